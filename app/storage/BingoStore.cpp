#include "BingoStore.h"

#include "common/Clock.h"
#include "Database.h"
#include "EventStore.h"

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

// Keys of the bingo settings in event_settings.
const QString CardSizeKey = u"bingo.card_size"_s;
const QString LinesToWinKey = u"bingo.lines_to_win"_s;
const QString FreeCentreKey = u"bingo.free_centre"_s;
const QString NeedsCheckInKey = u"bingo.meeting_needs_checkin"_s;
const QString KioskOpensKey = u"bingo.kiosk_opens"_s;
const QString KioskClosesKey = u"bingo.kiosk_closes"_s;
const QString FirstNamesKey = u"bingo.big_screen_first_names"_s;
const QString KioskPinKey = u"kiosk.pin_hash"_s;
const QString TimeFormat = u"HH:mm"_s;

// Both ends of every meeting, one row per attendee per meeting.
const QString MeetingEnds = u"SELECT attendee_lo AS attendee_id FROM meetings "
                            "UNION ALL SELECT attendee_hi FROM meetings"_s;

QString flag(bool on)
{
    return on ? u"1"_s : u"0"_s;
}

QDateTime optionalTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromUtcText(value.toString());
}

} // namespace

BingoStore::BingoStore(EventStore &events) : m_events(events), m_db(events.database()) {}

BingoSettings BingoStore::settings()
{
    BingoSettings s;
    s.cardSize = m_events.setting(CardSizeKey, u"0"_s).toInt();
    s.linesToWin = std::max(1, m_events.setting(LinesToWinKey, u"1"_s).toInt());
    s.freeCentre = m_events.setting(FreeCentreKey, u"1"_s) == u"1";
    s.meetingNeedsCheckIn = m_events.setting(NeedsCheckInKey, u"1"_s) == u"1";
    s.kioskOpens = QTime::fromString(m_events.setting(KioskOpensKey), TimeFormat);
    s.kioskCloses = QTime::fromString(m_events.setting(KioskClosesKey), TimeFormat);
    s.bigScreenFirstNamesOnly = m_events.setting(FirstNamesKey, u"0"_s) == u"1";
    return s;
}

void BingoStore::saveSettings(const BingoSettings &s)
{
    m_events.setSetting(CardSizeKey, QString::number(s.cardSize));
    m_events.setSetting(LinesToWinKey, QString::number(s.linesToWin));
    m_events.setSetting(FreeCentreKey, flag(s.freeCentre));
    m_events.setSetting(NeedsCheckInKey, flag(s.meetingNeedsCheckIn));
    m_events.setSetting(KioskOpensKey, s.kioskOpens.isValid() ? s.kioskOpens.toString(TimeFormat) : QString());
    m_events.setSetting(KioskClosesKey, s.kioskCloses.isValid() ? s.kioskCloses.toString(TimeFormat) : QString());
    m_events.setSetting(FirstNamesKey, flag(s.bigScreenFirstNamesOnly));
}

QString BingoStore::kioskPinHash()
{
    return m_events.setting(KioskPinKey);
}

void BingoStore::setKioskPinHash(const QString &hash)
{
    m_events.setSetting(KioskPinKey, hash);
}

QList<BingoKeyword> BingoStore::keywordPool()
{
    QList<BingoKeyword> pool;
    SqlQuery rows = m_db.query(u"SELECT id, label_ko, label_en, category FROM bingo_keywords ORDER BY id"_s);
    rows.exec();
    while (rows.next())
        pool << BingoKeyword{rows.integer(0), rows.text(1), rows.text(2), rows.text(3)};
    return pool;
}

void BingoStore::replaceKeywordPool(const QList<BingoKeyword> &pool)
{
    deleteAllCards();
    m_db.query(u"DELETE FROM bingo_keywords"_s).exec();
    for (const BingoKeyword &keyword : pool) {
        m_db.query(u"INSERT INTO bingo_keywords (label_ko, label_en, category) VALUES (?, ?, ?)"_s)
                .bind({keyword.labelKo, keyword.labelEn, keyword.category})
                .exec();
    }
}

int BingoStore::cardCount()
{
    return m_db.scalar(u"SELECT COUNT(*) FROM bingo_cards"_s).toInt();
}

void BingoStore::deleteAllCards()
{
    m_db.query(u"DELETE FROM bingo_squares"_s).exec();
    m_db.query(u"DELETE FROM bingo_cards"_s).exec();
}

std::optional<BingoCard> BingoStore::card(qint64 attendeeId)
{
    BingoCard card;
    {
        SqlQuery row = m_db.query(u"SELECT size, lines, won_at FROM bingo_cards WHERE attendee_id = ?"_s);
        row.bind({attendeeId}).exec();
        if (!row.next())
            return std::nullopt;
        card.attendeeId = attendeeId;
        card.size = int(row.integer(0));
        card.lines = int(row.integer(1));
        card.wonAt = optionalTime(row.value(2));
    }
    card.squares.resize(card.size * card.size);
    SqlQuery squares = m_db.query(u"SELECT position, keyword_id, filled_by, filled_meeting FROM bingo_squares "
                                  "WHERE attendee_id = ?"_s);
    squares.bind({attendeeId}).exec();
    while (squares.next()) {
        const int position = int(squares.integer(0));
        if (position >= 0 && position < card.squares.size())
            card.squares[position] = BingoSquare{squares.integer(1), squares.integer(2), squares.integer(3)};
    }
    return card;
}

bool BingoStore::insertCard(qint64 attendeeId, int size, const QList<qint64> &keywordIds, const QDateTime &nowUtc)
{
    SqlQuery insert = m_db.query(u"INSERT INTO bingo_cards (attendee_id, size, created_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (attendee_id) DO NOTHING"_s);
    insert.bind({attendeeId, size, toUtcText(nowUtc)}).exec();
    if (insert.rowsAffected() != 1)
        return false;
    const QVariant free(QMetaType::fromType<qint64>());
    for (int position = 0; position < keywordIds.size(); ++position) {
        const qint64 keywordId = keywordIds.at(position);
        m_db.query(u"INSERT INTO bingo_squares (attendee_id, position, keyword_id) VALUES (?, ?, ?)"_s)
                .bind({attendeeId, position, keywordId ? QVariant(keywordId) : free})
                .exec();
    }
    return true;
}

QList<int> BingoStore::fillSquares(qint64 cardOwner, const QList<qint64> &keywordIds, qint64 filledBy,
                                   qint64 meetingId)
{
    // Square by square, only where still empty: two kiosks filling the same
    // card never overwrite each other (no read-modify-write of the card).
    for (const qint64 keywordId : keywordIds) {
        m_db.query(u"UPDATE bingo_squares SET filled_by = ?, filled_meeting = ? "
                   "WHERE attendee_id = ? AND keyword_id = ? AND filled_meeting IS NULL"_s)
                .bind({filledBy, meetingId, cardOwner, keywordId})
                .exec();
    }
    QList<int> positions;
    SqlQuery rows = m_db.query(u"SELECT position FROM bingo_squares WHERE filled_meeting = ? AND attendee_id = ? "
                               "ORDER BY position"_s);
    rows.bind({meetingId, cardOwner}).exec();
    while (rows.next())
        positions << int(rows.integer(0));
    return positions;
}

void BingoStore::setCardProgress(qint64 attendeeId, int lines, const QDateTime &wonAt)
{
    const QVariant won = wonAt.isValid() ? QVariant(toUtcText(wonAt)) : QVariant(QMetaType::fromType<QString>());
    m_db.query(u"UPDATE bingo_cards SET lines = ?, won_at = COALESCE(won_at, ?) WHERE attendee_id = ?"_s)
            .bind({lines, won, attendeeId})
            .exec();
}

int BingoStore::markWinners(int linesToWin, const QDateTime &wonAt)
{
    SqlQuery update = m_db.query(u"UPDATE bingo_cards SET won_at = ? WHERE won_at IS NULL AND lines >= ?"_s);
    update.bind({toUtcText(wonAt), linesToWin}).exec();
    return update.rowsAffected();
}

int BingoStore::meetingCount()
{
    return m_db.scalar(u"SELECT COUNT(*) FROM meetings"_s).toInt();
}

std::optional<Meeting> BingoStore::meetingBetween(qint64 a, qint64 b)
{
    SqlQuery row = m_db.query(u"SELECT id, attendee_lo, attendee_hi, at_utc, kiosk, nonce FROM meetings "
                              "WHERE attendee_lo = ? AND attendee_hi = ?"_s);
    row.bind({std::min(a, b), std::max(a, b)}).exec();
    if (!row.next())
        return std::nullopt;
    return Meeting{row.integer(0), row.integer(1), row.integer(2), fromUtcText(row.text(3)), row.text(4), row.text(5)};
}

void BingoStore::insertMeeting(Meeting &meeting)
{
    SqlQuery insert = m_db.query(
            u"INSERT INTO meetings (attendee_lo, attendee_hi, at_utc, kiosk, nonce) VALUES (?, ?, ?, ?, ?) "
              "RETURNING id"_s);
    insert.bind({meeting.attendeeLo, meeting.attendeeHi, toUtcText(meeting.at), meeting.kiosk, meeting.nonce}).exec();
    meeting.id = insert.returnedId();
}

int BingoStore::peopleMet(qint64 attendeeId)
{
    return m_db.scalar(u"SELECT (SELECT COUNT(*) FROM meetings WHERE attendee_lo = ?) "
                       "+ (SELECT COUNT(*) FROM meetings WHERE attendee_hi = ?)"_s,
                       {attendeeId, attendeeId})
            .toInt();
}

void BingoStore::forEachMeeting(const std::function<void(const MeetingRow &)> &visit)
{
    SqlQuery rows = m_db.query(
            u"SELECT m.id, m.attendee_lo, m.attendee_hi, m.at_utc, m.kiosk, m.nonce, lo.name, hi.name, "
            "(SELECT COUNT(*) FROM bingo_squares s WHERE s.filled_meeting = m.id AND s.attendee_id = m.attendee_lo), "
            "(SELECT COUNT(*) FROM bingo_squares s WHERE s.filled_meeting = m.id AND s.attendee_id = m.attendee_hi) "
            "FROM meetings m JOIN attendees lo ON lo.id = m.attendee_lo JOIN attendees hi ON hi.id = m.attendee_hi "
            "ORDER BY m.id"_s);
    rows.exec();
    while (rows.next()) {
        MeetingRow row;
        row.meeting = Meeting{rows.integer(0), rows.integer(1), rows.integer(2), fromUtcText(rows.text(3)),
                              rows.text(4), rows.text(5)};
        row.nameLo = rows.text(6);
        row.nameHi = rows.text(7);
        row.filledOnLo = int(rows.integer(8));
        row.filledOnHi = int(rows.integer(9));
        visit(row);
    }
}

QList<ConnectedAttendee> BingoStore::mostConnected(int limit)
{
    QList<ConnectedAttendee> result;
    SqlQuery rows = m_db.query(u"WITH ends AS ("_s + MeetingEnds
                               + u") SELECT e.attendee_id, a.name, COUNT(*) AS met FROM ends e "
                                 "JOIN attendees a ON a.id = e.attendee_id GROUP BY e.attendee_id, a.name "
                                 "ORDER BY met DESC, e.attendee_id LIMIT ?"_s);
    rows.bind({SqlQuery::limitValue(limit)}).exec();
    while (rows.next())
        result << ConnectedAttendee{rows.integer(0), rows.text(1), int(rows.integer(2))};
    return result;
}

int BingoStore::peopleWhoMetCount()
{
    // UNION (not ALL) keeps each attendee once.
    return m_db.scalar(u"SELECT COUNT(*) FROM (SELECT attendee_lo FROM meetings "
                       "UNION SELECT attendee_hi FROM meetings) AS met"_s)
            .toInt();
}

int BingoStore::winnerCount()
{
    return m_db.scalar(u"SELECT COUNT(*) FROM bingo_cards WHERE won_at IS NOT NULL"_s).toInt();
}

QList<BingoWinner> BingoStore::rankedWinners(const QString &order, int limit)
{
    QList<BingoWinner> result;
    SqlQuery rows = m_db.query(
            u"WITH ranked AS (SELECT attendee_id, won_at, lines, "
            "ROW_NUMBER() OVER (ORDER BY won_at, attendee_id) AS rank FROM bingo_cards WHERE won_at IS NOT NULL) "
            "SELECT r.rank, r.attendee_id, a.name, a.affiliation, r.won_at, r.lines, "
            "(SELECT COUNT(*) FROM meetings WHERE attendee_lo = r.attendee_id) "
            "+ (SELECT COUNT(*) FROM meetings WHERE attendee_hi = r.attendee_id), p.at_utc, p.given_by "
            "FROM ranked r JOIN attendees a ON a.id = r.attendee_id "
            "LEFT JOIN prize_handovers p ON p.attendee_id = r.attendee_id ORDER BY r.rank "_s
            + order + u" LIMIT ?"_s);
    rows.bind({SqlQuery::limitValue(limit)}).exec();
    while (rows.next()) {
        BingoWinner w;
        w.rank = int(rows.integer(0));
        w.attendeeId = rows.integer(1);
        w.name = rows.text(2);
        w.affiliation = rows.text(3);
        w.wonAt = fromUtcText(rows.text(4));
        w.lines = int(rows.integer(5));
        w.peopleMet = int(rows.integer(6));
        w.prizeGivenAt = optionalTime(rows.value(7));
        w.prizeGivenBy = rows.text(8);
        result << w;
    }
    return result;
}

QList<BingoWinner> BingoStore::winners(int limit)
{
    return rankedWinners(u"ASC"_s, limit);
}

QList<BingoWinner> BingoStore::latestWinners(int limit)
{
    return rankedWinners(u"DESC"_s, limit);
}

int BingoStore::winnerRank(qint64 attendeeId)
{
    return m_db.scalar(u"SELECT CASE WHEN me.won_at IS NULL THEN 0 ELSE (SELECT COUNT(*) + 1 FROM bingo_cards c "
                       "WHERE c.won_at < me.won_at OR (c.won_at = me.won_at AND c.attendee_id < me.attendee_id)) END "
                       "FROM bingo_cards me WHERE me.attendee_id = ?"_s,
                       {attendeeId})
            .toInt();
}

std::optional<PrizeHandover> BingoStore::prizeHandover(qint64 attendeeId)
{
    SqlQuery row = m_db.query(u"SELECT at_utc, given_by FROM prize_handovers WHERE attendee_id = ?"_s);
    row.bind({attendeeId}).exec();
    if (!row.next())
        return std::nullopt;
    return PrizeHandover{attendeeId, fromUtcText(row.text(0)), row.text(1)};
}

void BingoStore::insertPrizeHandover(const PrizeHandover &handover)
{
    m_db.query(u"INSERT INTO prize_handovers (attendee_id, at_utc, given_by) VALUES (?, ?, ?)"_s)
            .bind({handover.attendeeId, toUtcText(handover.at), handover.givenBy})
            .exec();
}

} // namespace mannam
