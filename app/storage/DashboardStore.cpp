#include "DashboardStore.h"

#include "BingoStore.h"
#include "Database.h"
#include "EventStore.h"
#include "StorageError.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

// The same reading of the log as EventStore::stats(): admissions, re-entries
// and exits that no undo took back. (NOT IN over the few undo rows is one small
// list, cheaper than probing the undo index once per scan.)
const QString NotUndone = u"id NOT IN (SELECT undoes_id FROM checkin_log WHERE undoes_id IS NOT NULL)"_s;

// The 5-minute slice a stored UTC time ('2026-11-28T09:42:01.123Z') falls in,
// as text: '2026-11-28T09:40'. Sorts like the times themselves.
QString fiveMinuteSlice(const QString &column)
{
    return u"substr("_s + column + u", 1, 15) || CASE WHEN substr("_s + column
            + u", 16, 1) < '5' THEN '0' ELSE '5' END"_s;
}

QDateTime sliceStart(const QString &slice)
{
    const QDate date = QDate::fromString(slice.left(10), Qt::ISODate);
    const QTime time(slice.mid(11, 2).toInt(), slice.mid(14, 2).toInt());
    return QDateTime(date, time, Qt::UTC);
}

QList<TimeBucket> bucketsFrom(const QMap<QString, int> &countsBySlice)
{
    QList<TimeBucket> buckets;
    buckets.reserve(countsBySlice.size());
    for (auto it = countsBySlice.cbegin(); it != countsBySlice.cend(); ++it)
        buckets << TimeBucket{sliceStart(it.key()), it.value()};
    return buckets;
}

// A consistent view for all the statements of one snapshot. Inside a write
// transaction of the same connection there is one already, and that will do.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db) : m_db(db)
    {
        if (m_db.inTransaction())
            return;
        SqlQuery::execRaw(m_db.connection(), Dialect::beginRead(m_db.dialect()));
        m_open = true;
    }
    ~ReadTransaction()
    {
        if (!m_open)
            return;
        try {
            SqlQuery::execRaw(m_db.connection(), u"COMMIT"_s); // nothing written: ends the read
        } catch (const StorageError &error) {
            qWarning("Dashboard: ending the read failed: %s", qPrintable(error.detail()));
        }
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace

DashboardStore::DashboardStore(EventStore &events) : m_events(events), m_db(events.database()) {}

DashboardSnapshot DashboardStore::snapshot(int mostConnectedLength)
{
    ReadTransaction transaction(m_db);
    DashboardSnapshot snapshot;
    readAttendance(snapshot);
    readMeetingsOverTime(snapshot);
    readNetwork(snapshot, mostConnectedLength);
    readBingoProgress(snapshot);
    readKeywordPopularity(snapshot);
    snapshot.winnerList = BingoStore(m_events).winners();
    snapshot.winners = int(snapshot.winnerList.size());
    return snapshot;
}

void DashboardStore::readAttendance(DashboardSnapshot &snapshot)
{
    QMap<QString, TicketTypeFigures> byType;
    {
        SqlQuery rows = m_db.query(u"SELECT ticket_type, status, COUNT(*) FROM attendees GROUP BY 1, 2"_s);
        rows.exec();
        while (rows.next()) {
            TicketTypeFigures &type = byType[rows.text(0)];
            type.ticketType = rows.text(0);
            const int count = int(rows.integer(2));
            if (rows.text(1) == u"registered") {
                type.registered += count;
                snapshot.registered += count;
            } else {
                snapshot.cancelled += count;
            }
        }
    }
    {
        // Everybody's first admission that no undo took back (the partial index
        // of admissions holds only those rows), joined to the person by id and
        // grouped by ticket type, status and 5-minute slice.
        SqlQuery rows = m_db.query(
                u"SELECT a.ticket_type, a.status, "_s + fiveMinuteSlice(u"arrival.at_utc"_s)
                + u", COUNT(*) FROM (SELECT attendee_id, MIN(at_utc) AS at_utc FROM checkin_log "
                  "WHERE result = 'admitted' AND "_s
                + NotUndone + u" GROUP BY attendee_id) AS arrival JOIN attendees a ON a.id = arrival.attendee_id "
                              "GROUP BY 1, 2, 3"_s);
        rows.exec();
        QMap<QString, int> arrivals;
        while (rows.next()) {
            TicketTypeFigures &type = byType[rows.text(0)];
            type.ticketType = rows.text(0);
            const int count = int(rows.integer(3));
            type.checkedIn += count;
            if (rows.text(1) == u"registered")
                type.noShows -= count; // registered and admitted: not a no-show (see below)
            snapshot.checkedIn += count;
            arrivals[rows.text(2)] += count;
        }
        snapshot.arrivals = bucketsFrom(arrivals);
    }
    for (TicketTypeFigures &type : byType) {
        type.noShows += type.registered;
        snapshot.noShows += type.noShows;
        if (type.registered > 0 || type.checkedIn > 0) // a type held only by cancelled people is no help
            snapshot.ticketTypes << type;
    }
    // Most registered first; among equals by name, "no ticket type" last.
    std::stable_sort(snapshot.ticketTypes.begin(), snapshot.ticketTypes.end(),
                     [](const TicketTypeFigures &a, const TicketTypeFigures &b) {
                         if (a.registered != b.registered)
                             return a.registered > b.registered;
                         return a.ticketType.isEmpty() != b.ticketType.isEmpty() ? b.ticketType.isEmpty()
                                                                                 : a.ticketType < b.ticketType;
                     });

    // Inside now: effective entries minus effective exits. A person's effective
    // movements alternate in, out, in… (an entry while inside is "already
    // inside", an exit while outside "already outside", and an undo takes back
    // only the latest movement), so this counts the people whose latest
    // movement is an entry, like EventStore::stats(), without a row per person.
    snapshot.inside = m_db.scalar(u"SELECT COALESCE(SUM(CASE WHEN result = 'exited' THEN -1 ELSE 1 END), 0) "
                                  "FROM checkin_log WHERE result IN ('admitted', 'reentered', 'exited') AND "_s
                                  + NotUndone)
                              .toInt();
}

void DashboardStore::readMeetingsOverTime(DashboardSnapshot &snapshot)
{
    SqlQuery rows = m_db.query(u"SELECT "_s + fiveMinuteSlice(u"at_utc"_s) + u", COUNT(*) FROM meetings GROUP BY 1"_s);
    rows.exec();
    QMap<QString, int> meetings;
    while (rows.next()) {
        const int count = int(rows.integer(1));
        meetings[rows.text(0)] += count;
        snapshot.meetings += count;
    }
    snapshot.meetingsOverTime = bucketsFrom(meetings);
}

void DashboardStore::readNetwork(DashboardSnapshot &snapshot, int mostConnectedLength)
{
    // People met by each checked-in person, counted on the two indexes of
    // meetings (attendee_lo, attendee_hi).
    const QString peopleMet = u"(SELECT COUNT(*) FROM meetings WHERE attendee_lo = %1) "
                              "+ (SELECT COUNT(*) FROM meetings WHERE attendee_hi = %1)"_s;
    NetworkFigures &network = snapshot.network;
    {
        SqlQuery rows = m_db.query(
                u"WITH checked_in AS (SELECT DISTINCT attendee_id FROM checkin_log WHERE result = 'admitted' AND "_s
                + NotUndone + u") SELECT met, COUNT(*) FROM (SELECT "_s + peopleMet.arg(u"c.attendee_id"_s)
                + u" AS met FROM checked_in c) AS counts GROUP BY met ORDER BY met"_s);
        rows.exec();
        while (rows.next()) {
            const int met = int(rows.integer(0));
            if (network.checkedInByPeopleMet.size() <= met)
                network.checkedInByPeopleMet.resize(met + 1);
            network.checkedInByPeopleMet[met] = int(rows.integer(1));
        }
        network.summarise();
    }
    {
        // Everybody who met someone (checked in or not), counted over both ends of every meeting.
        SqlQuery rows = m_db.query(
                u"WITH ends AS (SELECT attendee_lo AS attendee_id FROM meetings UNION ALL "
                "SELECT attendee_hi FROM meetings), "
                "met AS (SELECT attendee_id, COUNT(*) AS n FROM ends GROUP BY attendee_id "
                "ORDER BY n DESC, attendee_id LIMIT ?) "
                "SELECT m.attendee_id, a.name, m.n FROM met m JOIN attendees a ON a.id = m.attendee_id "
                "ORDER BY m.n DESC, m.attendee_id"_s);
        rows.bind({SqlQuery::limitValue(mostConnectedLength)}).exec();
        while (rows.next())
            network.mostConnected << ConnectedAttendee{rows.integer(0), rows.text(1), int(rows.integer(2))};
    }
}

void DashboardStore::readBingoProgress(DashboardSnapshot &snapshot)
{
    const BingoSettings settings = BingoStore(m_events).settings();
    snapshot.linesToWin = settings.linesToWin;
    {
        SqlQuery cards = m_db.query(u"SELECT MAX(size), COUNT(*) FROM bingo_cards"_s);
        cards.exec();
        if (cards.next()) {
            snapshot.cardSize = int(cards.integer(0));
            snapshot.cards = int(cards.integer(1));
        }
    }
    if (snapshot.cards == 0) {
        snapshot.cardSize = settings.cardSize;
        return;
    }
    // The free centre (odd sizes, when the rules have one) counts as filled, like on the card.
    const int free = settings.freeCentre && snapshot.cardSize % 2 == 1 ? 1 : 0;
    const int columns = snapshot.cardSize * snapshot.cardSize + 1; // 0..size² squares
    QList<int> allCards(columns, 0);
    snapshot.cardsWithBingoByFilled.fill(0, columns);
    const auto add = [&](QList<int> &histogram, qint64 filled, qint64 count) {
        histogram[std::clamp(int(filled) + free, 0, columns - 1)] += int(count);
    };
    {
        // Squares filled per card that has any: an index-only scan of
        // bingo_squares_filled (schema 4).
        SqlQuery rows = m_db.query(
                u"SELECT filled, COUNT(*) FROM (SELECT COUNT(*) AS filled FROM bingo_squares "
                "WHERE filled_meeting IS NOT NULL GROUP BY attendee_id) AS cards GROUP BY filled"_s);
        rows.exec();
        int counted = 0;
        while (rows.next()) {
            add(allCards, rows.integer(0), rows.integer(1));
            counted += int(rows.integer(1));
        }
        add(allCards, 0, snapshot.cards - counted); // nothing filled yet
    }
    {
        // The winners' cards, a few hundred at most, square by square through the key.
        SqlQuery rows = m_db.query(
                u"SELECT (SELECT COUNT(*) FROM bingo_squares s WHERE s.attendee_id = c.attendee_id "
                "AND s.filled_meeting IS NOT NULL) AS filled, COUNT(*) FROM bingo_cards c "
                "WHERE c.won_at IS NOT NULL GROUP BY filled"_s);
        rows.exec();
        while (rows.next())
            add(snapshot.cardsWithBingoByFilled, rows.integer(0), rows.integer(1));
    }
    snapshot.cardsWithoutBingoByFilled.resize(columns);
    for (int filled = 0; filled < columns; ++filled)
        snapshot.cardsWithoutBingoByFilled[filled] = allCards.at(filled) - snapshot.cardsWithBingoByFilled.at(filled);
}

void DashboardStore::readKeywordPopularity(DashboardSnapshot &snapshot)
{
    // Grouped as written; matching to the pool (either label, any case) is
    // BingoKeyword's rule, applied to the few distinct labels in C++.
    SqlQuery rows = m_db.query(u"SELECT label, COUNT(*) FROM attendee_keywords GROUP BY label"_s);
    rows.exec();
    QList<std::pair<QString, int>> choices;
    while (rows.next())
        choices.append({rows.text(0), int(rows.integer(1))});
    snapshot.keywords = tallyKeywordChoices(BingoStore(m_events).keywordPool(), choices);
}

} // namespace mannam
