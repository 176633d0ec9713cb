#include "TicketCode.h"

#include <QRandomGenerator>

namespace mannam::TicketCode {

namespace {

// Damm's totally anti-symmetric quasigroup of order 10: detects every
// single-digit error and every adjacent transposition.
constexpr int DammTable[10][10] = {
    {0, 3, 1, 7, 5, 9, 8, 6, 4, 2}, {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
    {4, 2, 0, 6, 8, 7, 1, 3, 5, 9}, {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
    {6, 1, 2, 3, 0, 4, 5, 9, 7, 8}, {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
    {5, 8, 6, 9, 7, 2, 0, 1, 3, 4}, {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
    {9, 4, 3, 8, 6, 1, 7, 2, 0, 5}, {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
};

bool allAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !text.isEmpty();
}

QString randomDigits(int count)
{
    QString digits;
    digits.reserve(count);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        digits.append(QChar(u'0' + int(rng->bounded(10u))));
    return digits;
}

} // namespace

int dammCheckDigit(QStringView digits)
{
    int interim = 0;
    for (QChar c : digits)
        interim = DammTable[interim][c.unicode() - u'0'];
    return interim;
}

bool hasValidCheckDigit(QStringView digits)
{
    return allAsciiDigits(digits) && dammCheckDigit(digits) == 0;
}

QString generate(const QString &eventTag, const QSet<QString> &taken)
{
    Q_ASSERT(eventTag.size() == TagLength && allAsciiDigits(eventTag));
    for (;;) {
        QString code = eventTag + randomDigits(RandomDigits);
        code.append(QChar(u'0' + dammCheckDigit(code)));
        // With 63 random bits a repeat is practically impossible; the loop makes it certain.
        if (!taken.contains(code))
            return code;
    }
}

QString generateEventTag()
{
    return randomDigits(TagLength);
}

Shape classify(QStringView code, const QString &eventTag)
{
    if (code.isEmpty())
        return Shape::Empty;
    if (code.size() != Length || !allAsciiDigits(code))
        return Shape::Foreign;
    if (dammCheckDigit(code) != 0)
        return Shape::BadCheckDigit;
    return code.left(TagLength) == eventTag ? Shape::Ours : Shape::OtherEvent;
}

QString groupedForDisplay(const QString &code)
{
    if (!allAsciiDigits(code))
        return code;
    QString grouped;
    for (int i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped.append(u' ');
        grouped.append(code.at(i));
    }
    return grouped;
}

QString stripGrouping(const QString &typed)
{
    QString trimmed = typed.trimmed();
    QString stripped;
    stripped.reserve(trimmed.size());
    for (QChar c : trimmed) {
        if (c != u' ' && c != u'-')
            stripped.append(c);
    }
    return allAsciiDigits(stripped) ? stripped : trimmed;
}

} // namespace mannam::TicketCode
