#include "BingoRules.h"

#include <QCryptographicHash>
#include <QRandomGenerator64>

namespace mannam::BingoRules {

int suggestedCardSize(int registered)
{
    if (registered <= 30)
        return 3;
    if (registered <= 100)
        return 4;
    return 5;
}

int maxLines(int size)
{
    return 2 * size + 2;
}

bool hasFreeCentre(int size, bool freeCentreWanted)
{
    return freeCentreWanted && size % 2 == 1;
}

int keywordsPerCard(int size, bool freeCentreWanted)
{
    return size * size - (hasFreeCentre(size, freeCentreWanted) ? 1 : 0);
}

QList<qint64> dealCard(const QList<qint64> &poolIds, int size, bool freeCentreWanted, const QByteArray &seed)
{
    Q_ASSERT(poolIds.size() >= keywordsPerCard(size, freeCentreWanted));
    // A hash of the seed, not qHash: the deal must not depend on the process.
    const QByteArray digest = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    quint64 state = 0;
    for (int i = 0; i < 8; ++i)
        state = (state << 8) | quint8(digest.at(i));
    QRandomGenerator64 random(state);

    QList<qint64> shuffled = poolIds;
    for (qsizetype i = shuffled.size() - 1; i > 0; --i)
        shuffled.swapItemsAt(i, qsizetype(random.bounded(quint64(i + 1))));

    QList<qint64> card = shuffled.mid(0, keywordsPerCard(size, freeCentreWanted));
    if (hasFreeCentre(size, freeCentreWanted))
        card.insert(size * size / 2, 0);
    return card;
}

QList<QList<int>> allLines(int size)
{
    QList<QList<int>> lines;
    QList<int> diagonal, antiDiagonal;
    for (int i = 0; i < size; ++i) {
        QList<int> row, column;
        for (int j = 0; j < size; ++j) {
            row << i * size + j;
            column << j * size + i;
        }
        lines << row << column;
        diagonal << i * size + i;
        antiDiagonal << i * size + (size - 1 - i);
    }
    lines << diagonal << antiDiagonal;
    return lines;
}

namespace {

bool lineComplete(const QList<int> &line, const QList<bool> &filled)
{
    return std::all_of(line.cbegin(), line.cend(), [&](int position) { return filled.value(position); });
}

} // namespace

int countLines(int size, const QList<bool> &filled)
{
    const QList<QList<int>> lines = allLines(size);
    return int(std::count_if(lines.cbegin(), lines.cend(), [&](const QList<int> &line) {
        return lineComplete(line, filled);
    }));
}

QList<int> squaresOnCompletedLines(int size, const QList<bool> &filled)
{
    QList<int> positions;
    for (const QList<int> &line : allLines(size)) {
        if (lineComplete(line, filled))
            positions << line;
    }
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    return positions;
}

bool kioskOpen(const BingoSettings &settings, const QTime &localNow)
{
    if (!settings.kioskOpens.isValid() || !settings.kioskCloses.isValid())
        return true;
    if (settings.kioskOpens <= settings.kioskCloses)
        return localNow >= settings.kioskOpens && localNow < settings.kioskCloses;
    return localNow >= settings.kioskOpens || localNow < settings.kioskCloses;
}

} // namespace mannam::BingoRules
