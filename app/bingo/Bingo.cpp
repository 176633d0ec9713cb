#include "Bingo.h"

#include <QLocale>

namespace mannam {

QString BingoKeyword::label() const
{
    const bool korean = QLocale().language() == QLocale::Korean;
    const QString &preferred = korean ? labelKo : labelEn;
    return preferred.isEmpty() ? (korean ? labelEn : labelKo) : preferred;
}

bool BingoKeyword::matches(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return false;
    return wanted.compare(labelKo, Qt::CaseInsensitive) == 0 || wanted.compare(labelEn, Qt::CaseInsensitive) == 0;
}

QList<bool> BingoCard::filledMask() const
{
    QList<bool> mask;
    mask.reserve(squares.size());
    for (const BingoSquare &square : squares)
        mask << square.isFilled();
    return mask;
}

int BingoCard::filledCount() const
{
    return int(std::count_if(squares.cbegin(), squares.cend(), [](const BingoSquare &s) { return s.isFilled(); }));
}

} // namespace mannam
