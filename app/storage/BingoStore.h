#pragma once

#include "bingo/Bingo.h"

#include <functional>
#include <optional>

namespace mannam {

class Database;
class EventStore;

// The networking bingo's data: settings, keyword pool, cards, meetings,
// winners and prize handovers. SQL only; the rules live in bingo/.
// Writes must run inside EventStore::write().
class BingoStore
{
public:
    explicit BingoStore(EventStore &events);

    BingoSettings settings();
    void saveSettings(const BingoSettings &settings);
    QString kioskPinHash();
    void setKioskPinHash(const QString &hash);

    // Keyword pool
    QList<BingoKeyword> keywordPool();                          // by id
    // Replaces the pool; every card is removed with it (cards point at keywords).
    void replaceKeywordPool(const QList<BingoKeyword> &pool);

    // Cards
    int cardCount();
    void deleteAllCards();
    std::optional<BingoCard> card(qint64 attendeeId);
    // Stores a dealt card; false (and nothing written) when the attendee already has one.
    bool insertCard(qint64 attendeeId, int size, const QList<qint64> &keywordIds, const QDateTime &nowUtc);
    // Fills the unfilled squares of `cardOwner` that hold one of `keywordIds`;
    // returns the positions this meeting filled.
    QList<int> fillSquares(qint64 cardOwner, const QList<qint64> &keywordIds, qint64 filledBy, qint64 meetingId);
    // Stores the recounted lines; `wonAt` (if valid) is stored only when the card had not won yet.
    void setCardProgress(qint64 attendeeId, int lines, const QDateTime &wonAt);
    // Cards with at least `linesToWin` lines that have not won yet win at `wonAt`;
    // returns how many did (after the lines to win were lowered).
    int markWinners(int linesToWin, const QDateTime &wonAt);

    // Meetings
    int meetingCount();
    std::optional<Meeting> meetingBetween(qint64 a, qint64 b);
    void insertMeeting(Meeting &meeting);                      // sets meeting.id
    int peopleMet(qint64 attendeeId);
    void forEachMeeting(const std::function<void(const MeetingRow &)> &visit);   // oldest first
    QList<ConnectedAttendee> mostConnected(int limit);
    int peopleWhoMetCount();                                   // attendees in at least one meeting

    // Winners and prizes
    int winnerCount();
    QList<BingoWinner> winners(int limit = -1);                // first winner first
    QList<BingoWinner> latestWinners(int limit);               // newest first, ranks kept
    int winnerRank(qint64 attendeeId);                         // 0 if not a winner
    std::optional<PrizeHandover> prizeHandover(qint64 attendeeId);
    void insertPrizeHandover(const PrizeHandover &handover);

private:
    QList<BingoWinner> rankedWinners(const QString &order, int limit);

    EventStore &m_events;
    Database &m_db;
};

} // namespace mannam
