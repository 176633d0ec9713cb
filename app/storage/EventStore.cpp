#include "EventStore.h"

#include "common/Clock.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

const QString AttendeeColumns = u"a.id, a.name, a.email, a.phone, a.affiliation, a.ticket_type, a.status, "
                                "a.notes, a.attention, a.consent, a.source, a.external_id, t.code, b.code "_s;
const QString AttendeeJoins = u"LEFT JOIN attendee_codes t ON t.attendee_id = a.id AND t.kind = 'ticket' "
                              "LEFT JOIN attendee_codes b ON b.attendee_id = a.id AND b.kind = 'badge' "_s;

// Effective movements: admissions, re-entries and exits that no undo took back.
const QString EffectiveMovements =
        u"SELECT l.id, l.attendee_id, l.result, l.at_utc, l.desk FROM checkin_log l "
        "WHERE l.result IN ('admitted', 'reentered', 'exited') "
        "AND NOT EXISTS (SELECT 1 FROM checkin_log u WHERE u.undoes_id = l.id)"_s;

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString kindText(CodeKind kind)
{
    return kind == CodeKind::Badge ? u"badge"_s : u"ticket"_s;
}

LogEntry logEntryFromRow(SqlQuery &row)
{
    // Column order of SelectLog below.
    LogEntry entry;
    entry.id = row.integer(0);
    entry.nonce = row.text(1);
    entry.at = fromUtcText(row.text(2));
    entry.desk = row.text(3);
    entry.action = actionFromText(row.text(4));
    entry.result = resultFromText(row.text(5));
    entry.scannedCode = row.text(6);
    entry.attendeeId = row.integer(7);
    entry.undoesId = row.integer(8);
    entry.admissionRound = int(row.integer(9));
    entry.attendeeName = row.text(10);
    return entry;
}

// Every log query reads these columns (see logEntryFromRow), names joined in.
const QString SelectLog = u"SELECT l.id, l.nonce, l.at_utc, l.desk, l.action, l.result, l.scanned_code, "
                          "l.attendee_id, l.undoes_id, l.admission_round, a.name "
                          "FROM checkin_log l LEFT JOIN attendees a ON a.id = l.attendee_id "_s;

QList<LogEntry> readLog(SqlQuery &rows)
{
    QList<LogEntry> entries;
    while (rows.next())
        entries << logEntryFromRow(rows);
    return entries;
}

} // namespace

EventInfo EventStore::eventInfo()
{
    EventInfo info;
    SqlQuery rows = m_db.query(u"SELECT key, value FROM event_settings"_s);
    rows.exec();
    while (rows.next()) {
        const QString key = rows.text(0);
        const QString value = rows.text(1);
        if (key == u"event_id")
            info.eventId = value;
        else if (key == u"code_tag")
            info.codeTag = value;
        else if (key == u"name")
            info.name = value;
        else if (key == u"venue")
            info.venue = value;
        else if (key == u"starts_at")
            info.startsAt = fromUtcText(value);
        else if (key == u"ends_at")
            info.endsAt = fromUtcText(value);
        else if (key == u"desks")
            info.desks = value.split(u'\n', Qt::SkipEmptyParts);
    }
    return info;
}

void EventStore::saveEventInfo(const EventInfo &info)
{
    setSetting(u"event_id"_s, info.eventId);
    setSetting(u"code_tag"_s, info.codeTag);
    setSetting(u"name"_s, info.name);
    setSetting(u"venue"_s, info.venue);
    setSetting(u"starts_at"_s, info.startsAt.isValid() ? toUtcText(info.startsAt) : QString());
    setSetting(u"ends_at"_s, info.endsAt.isValid() ? toUtcText(info.endsAt) : QString());
    setSetting(u"desks"_s, info.desks.join(u'\n'));
}

QString EventStore::setting(const QString &key, const QString &fallback)
{
    const QVariant value = m_db.scalar(u"SELECT value FROM event_settings WHERE key = ?"_s, {key});
    return value.isValid() ? value.toString() : fallback;
}

void EventStore::setSetting(const QString &key, const QString &value)
{
    m_db.query(u"INSERT INTO event_settings (key, value) VALUES (?, ?) "
               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s)
            .bind({key, value})
            .exec();
}

int EventStore::attendeeCount()
{
    return m_db.scalar(u"SELECT COUNT(*) FROM attendees"_s).toInt();
}

Attendee EventStore::attendeeFromRow(SqlQuery &row)
{
    Attendee a;
    a.id = row.integer(0);
    a.name = row.text(1);
    a.email = row.text(2);
    a.phone = row.text(3);
    a.affiliation = row.text(4);
    a.ticketType = row.text(5);
    a.status = statusFromText(row.text(6));
    a.notes = row.text(7);
    a.attention = row.integer(8) != 0;
    a.consent = row.integer(9) != 0;
    a.source = sourceFromText(row.text(10));
    a.externalId = row.text(11);
    a.ticketCode = row.text(12);
    a.badgeCode = row.text(13);
    return a;
}

QList<Attendee> EventStore::attendees()
{
    const QHash<qint64, QStringList> keywords = allKeywords();
    QList<Attendee> result;
    result.reserve(attendeeCount());
    SqlQuery rows = m_db.query(u"SELECT "_s + AttendeeColumns + u"FROM attendees a "_s + AttendeeJoins
                               + u"ORDER BY a.id"_s);
    rows.exec();
    while (rows.next()) {
        Attendee a = attendeeFromRow(rows);
        a.keywords = keywords.value(a.id);
        result << a;
    }
    return result;
}

std::optional<Attendee> EventStore::attendee(qint64 id)
{
    std::optional<Attendee> found;
    {
        SqlQuery row = m_db.query(u"SELECT "_s + AttendeeColumns + u"FROM attendees a "_s + AttendeeJoins
                                  + u"WHERE a.id = ?"_s);
        row.bind({id}).exec();
        if (row.next())
            found = attendeeFromRow(row);
    }
    if (found)
        loadKeywords(*found);
    return found;
}

std::optional<EventStore::CodeOwner> EventStore::findByCode(const QString &code)
{
    std::optional<CodeOwner> found;
    {
        SqlQuery row = m_db.query(u"SELECT "_s + AttendeeColumns + u", c.kind FROM attendee_codes c "
                                  "JOIN attendees a ON a.id = c.attendee_id "_s + AttendeeJoins
                                  + u"WHERE c.code = ?"_s);
        row.bind({code}).exec();
        if (row.next())
            found = CodeOwner{attendeeFromRow(row), row.text(14) == u"badge" ? CodeKind::Badge : CodeKind::Ticket};
    }
    if (found)
        loadKeywords(found->attendee);
    return found;
}

std::optional<EventStore::CodeOwner> EventStore::findByCodeIgnoringCase(const QString &code)
{
    QList<QString> matches;
    {
        SqlQuery rows = m_db.query(u"SELECT code FROM attendee_codes WHERE lower(code) = lower(?) LIMIT 2"_s);
        rows.bind({code}).exec();
        while (rows.next())
            matches << rows.text(0);
    }
    return matches.size() == 1 ? findByCode(matches.constFirst()) : std::nullopt;
}

QSet<QString> EventStore::allCodes()
{
    QSet<QString> codes;
    SqlQuery rows = m_db.query(u"SELECT code FROM attendee_codes"_s);
    rows.exec();
    while (rows.next())
        codes.insert(rows.text(0));
    return codes;
}

QHash<qint64, QStringList> EventStore::allKeywords()
{
    QHash<qint64, QStringList> keywords;
    SqlQuery rows = m_db.query(u"SELECT attendee_id, label FROM attendee_keywords ORDER BY attendee_id, slot"_s);
    rows.exec();
    while (rows.next())
        keywords[rows.integer(0)] << rows.text(1);
    return keywords;
}

void EventStore::loadKeywords(Attendee &attendee)
{
    attendee.keywords.clear();
    SqlQuery rows = m_db.query(u"SELECT label FROM attendee_keywords WHERE attendee_id = ? ORDER BY slot"_s);
    rows.bind({attendee.id}).exec();
    while (rows.next())
        attendee.keywords << rows.text(0);
}

void EventStore::insertAttendee(Attendee &attendee, const QDateTime &nowUtc)
{
    const QString now = toUtcText(nowUtc);
    SqlQuery insert = m_db.query(
            u"INSERT INTO attendees (name, email, phone, affiliation, ticket_type, status, notes, attention, "
            "consent, source, external_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"_s);
    insert.bind({attendee.name, attendee.email, attendee.phone, attendee.affiliation, attendee.ticketType,
                 statusToText(attendee.status), attendee.notes, int(attendee.attention), int(attendee.consent),
                 sourceToText(attendee.source), nullIfEmpty(attendee.externalId), now, now})
            .exec();
    attendee.id = insert.returnedId();
    writeCode(attendee.id, CodeKind::Ticket, attendee.ticketCode);
    writeCode(attendee.id, CodeKind::Badge, attendee.badgeCode);
    writeKeywords(attendee.id, attendee.keywords);
}

void EventStore::updateAttendee(const Attendee &attendee, const QDateTime &nowUtc)
{
    m_db.query(u"UPDATE attendees SET name = ?, email = ?, phone = ?, affiliation = ?, ticket_type = ?, "
               "status = ?, notes = ?, attention = ?, consent = ?, external_id = ?, updated_at = ? WHERE id = ?"_s)
            .bind({attendee.name, attendee.email, attendee.phone, attendee.affiliation, attendee.ticketType,
                   statusToText(attendee.status), attendee.notes, int(attendee.attention), int(attendee.consent),
                   nullIfEmpty(attendee.externalId), toUtcText(nowUtc), attendee.id})
            .exec();
    m_db.query(u"UPDATE attendee_codes SET code = ? WHERE attendee_id = ? AND kind = 'ticket'"_s)
            .bind({attendee.ticketCode, attendee.id})
            .exec();
    replaceKeywords(attendee.id, attendee.keywords);
}

void EventStore::setAttendeeStatus(qint64 attendeeId, AttendeeStatus status, const QDateTime &nowUtc)
{
    m_db.query(u"UPDATE attendees SET status = ?, updated_at = ? WHERE id = ?"_s)
            .bind({statusToText(status), toUtcText(nowUtc), attendeeId})
            .exec();
}

void EventStore::replaceKeywords(qint64 attendeeId, const QStringList &keywords)
{
    m_db.query(u"DELETE FROM attendee_keywords WHERE attendee_id = ?"_s).bind({attendeeId}).exec();
    writeKeywords(attendeeId, keywords);
}

void EventStore::writeCode(qint64 attendeeId, CodeKind kind, const QString &code)
{
    m_db.query(u"INSERT INTO attendee_codes (code, attendee_id, kind) VALUES (?, ?, ?)"_s)
            .bind({code, attendeeId, kindText(kind)})
            .exec();
}

void EventStore::writeKeywords(qint64 attendeeId, const QStringList &keywords)
{
    const int count = std::min<int>(int(keywords.size()), Attendee::MaxKeywords);
    for (int slot = 0; slot < count; ++slot) {
        m_db.query(u"INSERT INTO attendee_keywords (attendee_id, slot, label) VALUES (?, ?, ?)"_s)
                .bind({attendeeId, slot + 1, keywords.at(slot)})
                .exec();
    }
}

qint64 EventStore::appendLog(LogEntry &entry)
{
    SqlQuery insert = m_db.query(
            u"INSERT INTO checkin_log (nonce, at_utc, desk, action, result, scanned_code, attendee_id, undoes_id, "
            "admission_round) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    const QVariant noId(QMetaType::fromType<qint64>());
    insert.bind({entry.nonce, toUtcText(entry.at), entry.desk, actionToText(entry.action),
                 resultToText(entry.result), entry.scannedCode,
                 entry.attendeeId ? QVariant(entry.attendeeId) : noId,
                 entry.undoesId ? QVariant(entry.undoesId) : noId,
                 entry.result == ScanResult::Admitted ? QVariant(entry.admissionRound) : QVariant()})
            .exec();
    entry.id = insert.returnedId();
    return entry.id;
}

QList<LogEntry> EventStore::logFor(qint64 attendeeId)
{
    SqlQuery rows = m_db.query(SelectLog + u"WHERE l.attendee_id = ? ORDER BY l.id"_s);
    rows.bind({attendeeId}).exec();
    return readLog(rows);
}

QList<LogEntry> EventStore::recentLog(int limit)
{
    SqlQuery rows = m_db.query(SelectLog + u"ORDER BY l.id DESC LIMIT ?"_s);
    rows.bind({SqlQuery::limitValue(limit)}).exec();
    return readLog(rows);
}

void EventStore::forEachLogEntry(const std::function<void(const LogEntry &)> &visit)
{
    SqlQuery rows = m_db.query(SelectLog + u"ORDER BY l.id"_s);
    rows.exec();
    while (rows.next())
        visit(logEntryFromRow(rows));
}

void EventStore::forEachAttendanceRow(const std::function<void(const AttendanceRow &)> &visit)
{
    const QHash<qint64, QStringList> keywords = allKeywords();
    SqlQuery rows = m_db.query(
            u"WITH effective AS ("_s + EffectiveMovements
            + u"), first_admission AS (SELECT attendee_id, MIN(id) AS id FROM effective "
              "WHERE result = 'admitted' GROUP BY attendee_id) "
              "SELECT "_s
            + AttendeeColumns + u", f_log.at_utc, f_log.desk FROM attendees a "_s + AttendeeJoins
            + u"LEFT JOIN first_admission f ON f.attendee_id = a.id "
              "LEFT JOIN checkin_log f_log ON f_log.id = f.id ORDER BY a.id"_s);
    rows.exec();
    while (rows.next()) {
        AttendanceRow row;
        row.attendee = attendeeFromRow(rows);
        row.attendee.keywords = keywords.value(row.attendee.id);
        if (!rows.value(14).isNull())
            row.firstCheckIn = fromUtcText(rows.text(14));
        row.firstDesk = rows.text(15);
        visit(row);
    }
}

void EventStore::recordBadgePrint(qint64 attendeeId, const QString &desk, const QDateTime &nowUtc)
{
    const bool reprint = badgePrintCount(attendeeId) > 0;
    m_db.query(u"INSERT INTO badge_prints (attendee_id, at_utc, desk, reprint) VALUES (?, ?, ?, ?)"_s)
            .bind({attendeeId, toUtcText(nowUtc), desk, int(reprint)})
            .exec();
}

int EventStore::badgePrintCount(qint64 attendeeId)
{
    return m_db.scalar(u"SELECT COUNT(*) FROM badge_prints WHERE attendee_id = ?"_s, {attendeeId}).toInt();
}

std::optional<LogEntry> EventStore::logEntryByNonce(const QString &nonce)
{
    SqlQuery rows = m_db.query(SelectLog + u"WHERE l.nonce = ?"_s);
    rows.bind({nonce}).exec();
    const QList<LogEntry> found = readLog(rows);
    return found.isEmpty() ? std::nullopt : std::optional<LogEntry>(found.constFirst());
}

void EventStore::markOfflineScan(qint64 logId)
{
    m_db.query(u"INSERT INTO offline_scans (log_id) VALUES (?)"_s).bind({logId}).exec();
}

QList<LogEntry> EventStore::offlineScans()
{
    SqlQuery rows = m_db.query(SelectLog + u"JOIN offline_scans o ON o.log_id = l.id ORDER BY l.id"_s);
    rows.exec();
    return readLog(rows);
}

int EventStore::offlineScanCount()
{
    return m_db.scalar(u"SELECT COUNT(*) FROM offline_scans"_s).toInt();
}

void EventStore::clearOfflineScan(qint64 logId)
{
    m_db.query(u"DELETE FROM offline_scans WHERE log_id = ?"_s).bind({logId}).exec();
}

void EventStore::recordConflict(const SyncConflict &conflict)
{
    const QVariant noId(QMetaType::fromType<qint64>());
    m_db.query(u"INSERT INTO sync_conflicts (nonce, attendee_id, desk, offline_at, offline_result, server_result, "
               "replayed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s)
            .bind({conflict.nonce, conflict.attendeeId ? QVariant(conflict.attendeeId) : noId, conflict.desk,
                   toUtcText(conflict.offlineAt), resultToText(conflict.offlineResult), conflict.serverResult,
                   toUtcText(conflict.replayedAt)})
            .exec();
}

QList<SyncConflict> EventStore::conflicts()
{
    QList<SyncConflict> found;
    SqlQuery rows = m_db.query(u"SELECT c.nonce, c.attendee_id, a.name, c.desk, c.offline_at, c.offline_result, "
                               "c.server_result, c.replayed_at FROM sync_conflicts c "
                               "LEFT JOIN attendees a ON a.id = c.attendee_id ORDER BY c.id"_s);
    rows.exec();
    while (rows.next()) {
        found << SyncConflict{rows.text(0), rows.integer(1), rows.text(2), rows.text(3), fromUtcText(rows.text(4)),
                              resultFromText(rows.text(5)), rows.text(6), fromUtcText(rows.text(7))};
    }
    return found;
}

EventStats EventStore::stats()
{
    EventStats stats;
    {
        SqlQuery counts = m_db.query(
                u"SELECT COUNT(CASE WHEN status = 'registered' THEN 1 END), "
                "COUNT(CASE WHEN status = 'cancelled' THEN 1 END) FROM attendees"_s);
        counts.exec();
        if (counts.next()) {
            stats.registered = int(counts.integer(0));
            stats.cancelled = int(counts.integer(1));
        }
    }
    {
        SqlQuery movement = m_db.query(
                u"WITH effective AS ("_s + EffectiveMovements
                + u"), latest AS (SELECT attendee_id, MAX(id) AS id FROM effective GROUP BY attendee_id) "
                  "SELECT (SELECT COUNT(DISTINCT attendee_id) FROM effective WHERE result = 'admitted'), "
                  "(SELECT COUNT(*) FROM latest JOIN checkin_log l ON l.id = latest.id "
                  " WHERE l.result IN ('admitted', 'reentered'))"_s);
        movement.exec();
        if (movement.next()) {
            stats.checkedIn = int(movement.integer(0));
            stats.inside = int(movement.integer(1));
        }
    }
    stats.scans = m_db.scalar(u"SELECT COUNT(*) FROM checkin_log WHERE action IN ('entry', 'exit')"_s).toInt();
    stats.meetings = m_db.scalar(u"SELECT COUNT(*) FROM meetings"_s).toInt();
    stats.winners = m_db.scalar(u"SELECT COUNT(*) FROM bingo_cards WHERE won_at IS NOT NULL"_s).toInt();
    return stats;
}

} // namespace mannam
