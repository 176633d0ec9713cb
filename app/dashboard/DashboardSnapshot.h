#pragma once

#include "bingo/Bingo.h"

#include <QMetaType>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

#include <utility>

namespace mannam {

// How many things happened in one 5-minute slice of the day. The slice starts
// on a 5-minute boundary of UTC, which is also one of local time (every time
// zone's offset is a multiple of 15 minutes), so it is shown in local time as is.
struct TimeBucket
{
    static constexpr int Minutes = 5;

    QDateTime startUtc;
    int count = 0;          // may be negative for net changes (people leaving)

    QDateTime endUtc() const { return startUtc.addSecs(Minutes * 60); }
    bool operator==(const TimeBucket &other) const
    {
        return startUtc == other.startUtc && count == other.count;
    }
};

// The door's figures of one ticket type.
struct TicketTypeFigures
{
    QString ticketType;     // as imported; empty when the registration had none
    int registered = 0;     // status registered (cancelled people excluded)
    int checkedIn = 0;      // admitted and not undone (like EventStore::stats(): also
                            // somebody admitted before their registration was cancelled)
    int noShows = 0;        // registered and not checked in
};

// How popular one keyword of the pool is.
struct KeywordPopularity
{
    BingoKeyword keyword;
    int chosenBy = 0;       // "my keyword" choices that name it (either label, any case)
};

// The meetings as a network, among the people checked in at the door.
struct NetworkFigures
{
    int checkedIn = 0;
    QList<int> checkedInByPeopleMet;        // [n] = checked-in attendees who met n people
    double meanPeopleMet = 0;
    double medianPeopleMet = 0;
    int metNobody = 0;
    QList<ConnectedAttendee> mostConnected; // most people met first (everybody who met someone)

    // 0..1; 0 when nobody is checked in.
    double metNobodyShare() const { return checkedIn > 0 ? double(metNobody) / checkedIn : 0.0; }

    // Fills the counts, mean and median from checkedInByPeopleMet.
    void summarise();
};

// Counts the "my keyword" choices that name each pool keyword (BingoKeyword::matches):
// `choices` are labels as written with how many people wrote them. The whole
// pool comes back, most chosen first (pool order among equals).
QList<KeywordPopularity> tallyKeywordChoices(const QList<BingoKeyword> &pool,
                                             const QList<std::pair<QString, int>> &choices);

// Everything the organizer's dashboard shows, read in one go (DashboardStore).
// Aggregates only: a few hundred rows at most, whatever the size of the event.
struct DashboardSnapshot
{
    static constexpr int MostConnectedLength = 10;

    // The figures on top; they agree with EventStore::stats().
    int registered = 0;
    int cancelled = 0;
    int checkedIn = 0;
    int noShows = 0;
    int inside = 0;
    int meetings = 0;
    int winners = 0;

    // Time series, oldest first, only slices where something happened.
    QList<TimeBucket> arrivals;         // people admitted for the first time (undone ones excluded)
    QList<TimeBucket> insideChanges;    // entries minus exits that no undo took back
    QList<TimeBucket> meetingsOverTime;

    QList<TicketTypeFigures> ticketTypes; // most registered first, then by name, none last

    // Bingo progress: [n] = cards with n squares filled (free centre counted),
    // split by whether the card has its bingo yet.
    int cardSize = 0;
    int linesToWin = 1;
    int cards = 0;
    QList<int> cardsWithoutBingoByFilled;
    QList<int> cardsWithBingoByFilled;

    QList<KeywordPopularity> keywords;  // the whole pool, most chosen first

    NetworkFigures network;
    QList<BingoWinner> winnerList;      // first winner first
};

// Turns time buckets into chart points (x = ms since the epoch, for a date-time axis).
namespace DashboardSeries {

// A histogram drawn as steps: each slice is a flat top from its start to its
// end, dropping to 0 where no slice follows directly.
QList<QPointF> steps(const QList<TimeBucket> &buckets);
// The running total at the end of each slice, flat across empty stretches,
// starting from 0 at the first slice's start.
QList<QPointF> runningTotal(const QList<TimeBucket> &buckets);
// The largest count of any slice (0 when there is none).
int peak(const QList<TimeBucket> &buckets);

} // namespace DashboardSeries

} // namespace mannam

Q_DECLARE_METATYPE(mannam::DashboardSnapshot)
