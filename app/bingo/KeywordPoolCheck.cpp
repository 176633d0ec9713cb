#include "KeywordPoolCheck.h"

#include <QHash>

namespace mannam {

namespace {

// The same key BingoService::configure compares labels by.
QString labelKey(const QString &label)
{
    return label.trimmed().toCaseFolded();
}

} // namespace

KeywordPoolProblem KeywordPoolCheck::firstProblem(const QList<BingoKeyword> &rows)
{
    QHash<QString, int> firstRowOf; // label key → 1-based row
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int row = int(i) + 1;
        const BingoKeyword &keyword = rows.at(i);
        if (keyword.labelKo.trimmed().isEmpty() && keyword.labelEn.trimmed().isEmpty())
            return {row, tr("Row %1 has neither a Korean nor an English label. "
                            "Fill one in or remove the row.").arg(row)};
        for (const QString &label : {keyword.labelKo, keyword.labelEn}) {
            const QString key = labelKey(label);
            if (key.isEmpty() || firstRowOf.value(key) == row)
                continue;
            if (firstRowOf.contains(key))
                return {row, tr("Row %1: the keyword “%2” is already on row %3.")
                                     .arg(row)
                                     .arg(label.trimmed())
                                     .arg(firstRowOf.value(key))};
            firstRowOf.insert(key, row);
        }
    }
    return {};
}

bool KeywordPoolCheck::samePool(const QList<BingoKeyword> &a, const QList<BingoKeyword> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const BingoKeyword &x = a.at(i);
        const BingoKeyword &y = b.at(i);
        if (x.labelKo.trimmed() != y.labelKo.trimmed() || x.labelEn.trimmed() != y.labelEn.trimmed()
            || x.category.trimmed() != y.category.trimmed())
            return false;
    }
    return true;
}

} // namespace mannam
