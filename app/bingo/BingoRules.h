#pragma once

#include "Bingo.h"

#include <QByteArray>

namespace mannam::BingoRules {

constexpr int MinCardSize = 3;
constexpr int MaxCardSize = 5;

// Up to 30 registered: 3×3, up to 100: 4×4, more: 5×5.
int suggestedCardSize(int registered);
// Rows + columns + both diagonals.
int maxLines(int size);
bool hasFreeCentre(int size, bool freeCentreWanted);
// How many keywords one card needs from the pool.
int keywordsPerCard(int size, bool freeCentreWanted);

// Deals a card from the pool: a shuffle seeded by `seed` (the same seed deals
// the same card), size² keyword ids row by row, 0 for the free centre.
// The pool must hold at least keywordsPerCard() ids.
QList<qint64> dealCard(const QList<qint64> &poolIds, int size, bool freeCentreWanted, const QByteArray &seed);

// The squares of every line of a card (rows, columns, diagonals), by position.
QList<QList<int>> allLines(int size);
// Completed lines of a card given which squares are filled (row by row).
int countLines(int size, const QList<bool> &filled);
// Positions of the squares that lie on a completed line, for highlighting.
QList<int> squaresOnCompletedLines(int size, const QList<bool> &filled);

// Whether the kiosk takes meetings at this local time. Both times invalid =
// always open; a closing time before the opening time runs past midnight.
bool kioskOpen(const BingoSettings &settings, const QTime &localNow);

} // namespace mannam::BingoRules
