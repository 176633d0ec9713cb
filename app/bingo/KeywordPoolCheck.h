#pragma once

#include "Bingo.h"

#include <QCoreApplication>

namespace mannam {

// What is wrong with a keyword pool as an organizer edited it, by row.
struct KeywordPoolProblem
{
    int row = 0;         // 1-based row of the editor; 0 when fine
    QString message;     // translated; names the row

    bool ok() const { return message.isEmpty(); }
};

// Checks a pool before BingoService::configure sees it, so the editor can point
// at the row: configure refuses the same things but cannot say where.
class KeywordPoolCheck
{
    Q_DECLARE_TR_FUNCTIONS(mannam::KeywordPoolCheck)

public:
    // The first row without a Korean or English label, or whose label another
    // row already has (either language, ignoring case and surrounding spaces;
    // one row may have the same word in both languages, "LLM").
    static KeywordPoolProblem firstProblem(const QList<BingoKeyword> &rows);

    // Same labels and categories in the same order (ids and surrounding spaces
    // aside): saving it again would not change the pool or any card.
    static bool samePool(const QList<BingoKeyword> &a, const QList<BingoKeyword> &b);
};

} // namespace mannam
