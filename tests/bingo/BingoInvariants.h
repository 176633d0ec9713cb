#pragma once
// What must hold in any bingo event file, checked from its raw tables through a
// plain QSqlDatabase connection of its own, never through the code under test:
// every filled square is explained by the first meeting whose partner names its
// keyword, every unfilled square by none, lines and wins recounted from scratch.
// Shared by the service, property and two-process tests.
#include "storage/ServerAddress.h"
#include "storage/SqlDialect.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace mannam::test {

// A second connection to an event file, as another program would see it.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_server = ServerAddress::isServerAddress(path);
        if (m_server) {
            Dialect::addServerConnection(*ServerAddress::parse(path), m_name).open();
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return QSqlDatabase::database(m_name, false).isOpen(); }

    // Runs one statement; the error text, empty if it worked.
    QString exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.prepare(sql))
            return query.lastError().text();
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec() ? QString() : query.lastError().text();
    }

    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {}) const
    {
        QList<QVariantList> result;
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            qFatal("raw query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qFatal("raw query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
            result << row;
        }
        return result;
    }

    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        const QList<QVariantList> result = rows(sql, values);
        return result.isEmpty() || result.first().isEmpty() ? QVariant() : result.first().first();
    }

    // Every row of every table, as text: equal before and after = nothing was written.
    QString dumpAllTables() const
    {
        QString dump;
        const QList<QVariantList> tables = rows(
                m_server ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
                         : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        for (const QVariantList &table : tables) {
            const QString name = table.first().toString();
            dump += QStringLiteral("== ") + name + u'\n';
            const QString order = m_server ? QStringLiteral("1, 2") : QStringLiteral("rowid");
            for (const QVariantList &row : rows(QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(name, order))) {
                QStringList cells;
                for (const QVariant &cell : row)
                    cells << (cell.isNull() ? QStringLiteral("NULL") : cell.toString());
                dump += cells.join(u'|') + u'\n';
            }
        }
        return dump;
    }

private:
    QString m_name;
    bool m_server = false;
};

// The first line where two dumps differ, for a readable failure.
inline QString firstDifference(const QString &before, const QString &after)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString left = a.value(i, QStringLiteral("<end>"));
        const QString right = b.value(i, QStringLiteral("<end>"));
        if (left != right)
            return QStringLiteral("line %1: before \"%2\", after \"%3\"").arg(i + 1).arg(left, right);
    }
    return {};
}

struct BingoCheck
{
    QStringList violations;
    int cards = 0;
    int meetings = 0;
    int filledSquares = 0;   // filled by meetings (free centres not counted)
    int winners = 0;
    int mostLines = 0;
    int prizes = 0;

    bool ok() const { return violations.isEmpty(); }
    QString report() const
    {
        QStringList shown = violations.mid(0, 20);
        if (violations.size() > shown.size())
            shown << QStringLiteral("... and %1 more").arg(violations.size() - shown.size());
        return shown.join(u'\n');
    }
};

namespace invariants {

inline int countLines(int size, const QList<bool> &filled)
{
    int lines = 0;
    bool diagonal = true, antiDiagonal = true;
    for (int i = 0; i < size; ++i) {
        bool row = true, column = true;
        for (int j = 0; j < size; ++j) {
            row = row && filled.at(i * size + j);
            column = column && filled.at(j * size + i);
        }
        lines += int(row) + int(column);
        diagonal = diagonal && filled.at(i * size + i);
        antiDiagonal = antiDiagonal && filled.at(i * size + size - 1 - i);
    }
    return lines + int(diagonal) + int(antiDiagonal);
}

struct Square
{
    qint64 keyword = 0;      // 0: the free centre
    qint64 filledBy = 0;
    qint64 filledMeeting = 0;
};

struct Card
{
    int size = 0;
    int lines = 0;
    QString wonAt;           // as stored; empty if NULL
    QList<Square> squares;
};

struct MeetingRecord
{
    qint64 id = 0;
    qint64 lo = 0;
    qint64 hi = 0;
    QString at;
};

} // namespace invariants

// Reads the whole bingo from the file and checks it against the rules.
inline BingoCheck checkBingoInvariants(const RawConnection &raw)
{
    using namespace invariants;
    BingoCheck check;
    const auto fail = [&](const QString &what) { check.violations << what; };
    const auto setting = [&](const char *key, const QString &fallback) {
        const QVariant value = raw.scalar(QStringLiteral("SELECT value FROM event_settings WHERE key = ?"),
                                          {QString::fromLatin1(key)});
        return value.isNull() ? fallback : value.toString();
    };
    const int linesToWin = std::max(1, setting("bingo.lines_to_win", QStringLiteral("1")).toInt());
    const bool freeCentreWanted = setting("bingo.free_centre", QStringLiteral("1")) == u"1";
    const int cardSize = setting("bingo.card_size", QStringLiteral("0")).toInt();

    // Pool and what each attendee's free-text keywords name in it.
    QHash<qint64, QPair<QString, QString>> pool;
    for (const QVariantList &row : raw.rows(QStringLiteral("SELECT id, label_ko, label_en FROM bingo_keywords")))
        pool.insert(row.at(0).toLongLong(), {row.at(1).toString(), row.at(2).toString()});
    QHash<qint64, QSet<qint64>> named;
    for (const QVariantList &row : raw.rows(QStringLiteral("SELECT attendee_id, label FROM attendee_keywords"))) {
        const QString text = row.at(1).toString().trimmed();
        if (text.isEmpty())
            continue;
        for (auto it = pool.cbegin(); it != pool.cend(); ++it) {
            const auto sameWord = [&](const QString &label) {
                return !label.isEmpty() && text.compare(label, Qt::CaseInsensitive) == 0;
            };
            if (sameWord(it.value().first) || sameWord(it.value().second))
                named[row.at(0).toLongLong()].insert(it.key());
        }
    }

    // Cards and squares.
    QMap<qint64, Card> cards;
    for (const QVariantList &row : raw.rows(QStringLiteral("SELECT attendee_id, size, lines, won_at FROM bingo_cards"))) {
        Card card;
        card.size = row.at(1).toInt();
        card.lines = row.at(2).toInt();
        card.wonAt = row.at(3).isNull() ? QString() : row.at(3).toString();
        card.squares.resize(card.size * card.size);
        cards.insert(row.at(0).toLongLong(), card);
    }
    QHash<qint64, QSet<int>> positionsSeen;
    for (const QVariantList &row : raw.rows(QStringLiteral(
                 "SELECT attendee_id, position, keyword_id, filled_by, filled_meeting FROM bingo_squares"))) {
        const qint64 owner = row.at(0).toLongLong();
        const int position = row.at(1).toInt();
        auto card = cards.find(owner);
        if (card == cards.end()) {
            fail(QStringLiteral("square %1 of attendee %2 without a card").arg(position).arg(owner));
            continue;
        }
        if (position < 0 || position >= card->squares.size() || positionsSeen[owner].contains(position)) {
            fail(QStringLiteral("card %1: square position %2 out of range or twice").arg(owner).arg(position));
            continue;
        }
        positionsSeen[owner].insert(position);
        card->squares[position] = Square{row.at(2).isNull() ? 0 : row.at(2).toLongLong(),
                                         row.at(3).isNull() ? 0 : row.at(3).toLongLong(),
                                         row.at(4).isNull() ? 0 : row.at(4).toLongLong()};
    }

    // Meetings, in the order they were recorded.
    QList<MeetingRecord> meetings;
    QSet<QPair<qint64, qint64>> pairs;
    QHash<qint64, QList<int>> meetingsOf; // attendee -> indexes into meetings
    QHash<qint64, int> meetingIndex;
    for (const QVariantList &row : raw.rows(QStringLiteral(
                 "SELECT id, attendee_lo, attendee_hi, at_utc FROM meetings ORDER BY id"))) {
        const MeetingRecord m{row.at(0).toLongLong(), row.at(1).toLongLong(), row.at(2).toLongLong(),
                              row.at(3).toString()};
        if (m.lo >= m.hi)
            fail(QStringLiteral("meeting %1: attendees %2 and %3 not in order").arg(m.id).arg(m.lo).arg(m.hi));
        if (pairs.contains({m.lo, m.hi}))
            fail(QStringLiteral("meeting %1: pair %2-%3 met twice").arg(m.id).arg(m.lo).arg(m.hi));
        pairs.insert({m.lo, m.hi});
        for (const qint64 person : {m.lo, m.hi}) {
            if (!cards.contains(person))
                fail(QStringLiteral("meeting %1: attendee %2 has no card").arg(m.id).arg(person));
            meetingsOf[person] << int(meetings.size());
        }
        meetingIndex.insert(m.id, int(meetings.size()));
        meetings << m;
    }
    check.meetings = int(meetings.size());

    for (auto it = cards.cbegin(); it != cards.cend(); ++it) {
        const qint64 owner = it.key();
        const Card &card = it.value();
        const QString who = QStringLiteral("card of %1").arg(owner);
        ++check.cards;
        if (card.size < 3 || card.size > 5 || (cardSize != 0 && card.size != cardSize)) {
            fail(QStringLiteral("%1: size %2 (event: %3)").arg(who).arg(card.size).arg(cardSize));
            continue;
        }
        if (positionsSeen.value(owner).size() != card.size * card.size)
            fail(QStringLiteral("%1: %2 squares stored").arg(who).arg(positionsSeen.value(owner).size()));

        // Dealt as the rules say: distinct pool keywords, the free centre only in the middle.
        const int middle = card.size % 2 == 1 ? card.size * card.size / 2 : -1;
        const bool freeCentre = freeCentreWanted && middle >= 0;
        QSet<qint64> onCard;
        for (int position = 0; position < card.squares.size(); ++position) {
            const Square &square = card.squares.at(position);
            if (square.keyword == 0) {
                if (!(freeCentre && position == middle))
                    fail(QStringLiteral("%1: square %2 has no keyword").arg(who).arg(position));
                if (square.filledBy || square.filledMeeting)
                    fail(QStringLiteral("%1: the free centre was filled by a meeting").arg(who));
                continue;
            }
            if (freeCentre && position == middle)
                fail(QStringLiteral("%1: the free centre holds a keyword").arg(who));
            if (!pool.contains(square.keyword))
                fail(QStringLiteral("%1: keyword %2 is not in the pool").arg(who).arg(square.keyword));
            if (onCard.contains(square.keyword))
                fail(QStringLiteral("%1: keyword %2 twice").arg(who).arg(square.keyword));
            onCard.insert(square.keyword);
        }

        // Replay the owner's meetings in order: each fills the still empty squares
        // that the partner's keywords name, and the first one to reach the lines
        // needed is the win.
        QList<Square> expected(card.squares.size());
        QList<bool> filled(card.squares.size(), false);
        for (int position = 0; position < card.squares.size(); ++position) {
            expected[position].keyword = card.squares.at(position).keyword;
            filled[position] = card.squares.at(position).keyword == 0;
        }
        int lines = countLines(card.size, filled);
        QString expectedWonAt = lines >= linesToWin ? QStringLiteral("<before any meeting>") : QString();
        for (const int index : meetingsOf.value(owner)) {
            const MeetingRecord &m = meetings.at(index);
            const qint64 partner = m.lo == owner ? m.hi : m.lo;
            const QSet<qint64> partnerNames = named.value(partner);
            for (int position = 0; position < expected.size(); ++position) {
                if (!filled.at(position) && partnerNames.contains(expected.at(position).keyword)) {
                    expected[position].filledBy = partner;
                    expected[position].filledMeeting = m.id;
                    filled[position] = true;
                }
            }
            lines = countLines(card.size, filled);
            if (expectedWonAt.isEmpty() && lines >= linesToWin)
                expectedWonAt = m.at;
        }
        for (int position = 0; position < expected.size(); ++position) {
            const Square &stored = card.squares.at(position);
            const Square &wanted = expected.at(position);
            if (stored.filledMeeting != wanted.filledMeeting || stored.filledBy != wanted.filledBy) {
                fail(QStringLiteral("%1, square %2 (keyword %3): filled by %4 in meeting %5; the meetings say "
                                    "by %6 in meeting %7")
                             .arg(who)
                             .arg(position)
                             .arg(stored.keyword)
                             .arg(stored.filledBy)
                             .arg(stored.filledMeeting)
                             .arg(wanted.filledBy)
                             .arg(wanted.filledMeeting));
            }
            if (stored.filledMeeting) {
                ++check.filledSquares;
                const int index = meetingIndex.value(stored.filledMeeting, -1);
                if (index < 0) {
                    fail(QStringLiteral("%1, square %2: meeting %3 does not exist")
                                 .arg(who)
                                 .arg(position)
                                 .arg(stored.filledMeeting));
                } else {
                    const MeetingRecord &m = meetings.at(index);
                    const bool involvesBoth = (m.lo == owner && m.hi == stored.filledBy)
                            || (m.hi == owner && m.lo == stored.filledBy);
                    if (!involvesBoth)
                        fail(QStringLiteral("%1, square %2: meeting %3 is not between %4 and %5")
                                     .arg(who)
                                     .arg(position)
                                     .arg(m.id)
                                     .arg(owner)
                                     .arg(stored.filledBy));
                }
            }
        }

        // Lines and the win, recounted from the stored squares.
        QList<bool> storedMask;
        for (const Square &square : card.squares)
            storedMask << (square.keyword == 0 || square.filledMeeting != 0);
        const int recounted = countLines(card.size, storedMask);
        if (card.lines != recounted)
            fail(QStringLiteral("%1: %2 lines stored, %3 on the card").arg(who).arg(card.lines).arg(recounted));
        if (card.wonAt.isEmpty() != (card.lines < linesToWin))
            fail(QStringLiteral("%1: %2 lines of %3 needed, won at \"%4\"")
                         .arg(who)
                         .arg(card.lines)
                         .arg(linesToWin)
                         .arg(card.wonAt));
        if (card.wonAt != expectedWonAt)
            fail(QStringLiteral("%1: won at \"%2\", the meetings say \"%3\"").arg(who, card.wonAt, expectedWonAt));
        if (!card.wonAt.isEmpty())
            ++check.winners;
        check.mostLines = std::max(check.mostLines, card.lines);
    }

    for (const QVariantList &row : raw.rows(QStringLiteral("SELECT attendee_id FROM prize_handovers"))) {
        ++check.prizes;
        const qint64 person = row.at(0).toLongLong();
        if (!cards.contains(person) || cards.value(person).wonAt.isEmpty())
            fail(QStringLiteral("a prize for %1, who has not won").arg(person));
    }
    return check;
}

} // namespace mannam::test
