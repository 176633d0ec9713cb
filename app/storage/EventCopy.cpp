#include "EventCopy.h"

#include "Database.h"
#include "EventFile.h"
#include "StorageError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mannam::EventCopy {

namespace {

struct Table
{
    QString name;
    QStringList columns;
    bool hasIdentity = false; // an id the server numbers itself afterwards
};

// Parents before children, so that every reference finds its row.
const QList<Table> &eventTables()
{
    static const QList<Table> tables = {
        {u"event_settings"_s, {u"key"_s, u"value"_s}},
        {u"attendees"_s,
         {u"id"_s, u"name"_s, u"email"_s, u"phone"_s, u"affiliation"_s, u"ticket_type"_s, u"status"_s, u"notes"_s,
          u"attention"_s, u"consent"_s, u"source"_s, u"external_id"_s, u"created_at"_s, u"updated_at"_s},
         true},
        {u"attendee_codes"_s, {u"code"_s, u"attendee_id"_s, u"kind"_s}},
        {u"attendee_keywords"_s, {u"attendee_id"_s, u"slot"_s, u"label"_s}},
        {u"checkin_log"_s,
         {u"id"_s, u"nonce"_s, u"at_utc"_s, u"desk"_s, u"action"_s, u"result"_s, u"scanned_code"_s,
          u"attendee_id"_s, u"undoes_id"_s, u"admission_round"_s},
         true},
        {u"badge_prints"_s, {u"id"_s, u"attendee_id"_s, u"at_utc"_s, u"desk"_s, u"reprint"_s}, true},
        {u"bingo_keywords"_s, {u"id"_s, u"label_ko"_s, u"label_en"_s, u"category"_s}, true},
        {u"bingo_cards"_s, {u"attendee_id"_s, u"size"_s, u"created_at"_s, u"lines"_s, u"won_at"_s}},
        {u"meetings"_s, {u"id"_s, u"attendee_lo"_s, u"attendee_hi"_s, u"at_utc"_s, u"kiosk"_s, u"nonce"_s}, true},
        {u"bingo_squares"_s, {u"attendee_id"_s, u"position"_s, u"keyword_id"_s, u"filled_by"_s, u"filled_meeting"_s}},
        {u"prize_handovers"_s, {u"id"_s, u"attendee_id"_s, u"at_utc"_s, u"given_by"_s}, true},
        {u"sync_conflicts"_s,
         {u"id"_s, u"nonce"_s, u"attendee_id"_s, u"desk"_s, u"offline_at"_s, u"offline_result"_s, u"server_result"_s,
          u"replayed_at"_s},
         true},
    };
    return tables;
}

// Ends the source's snapshot read however the copy ends.
class SnapshotRead
{
public:
    explicit SnapshotRead(Database &db) : m_db(db)
    {
        SqlQuery::execRaw(m_db.connection(), Dialect::beginRead(m_db.dialect()));
    }
    ~SnapshotRead()
    {
        try {
            SqlQuery::execRaw(m_db.connection(), u"COMMIT"_s);
        } catch (const StorageError &) {
            // nothing was written; the connection closes next anyway
        }
    }

private:
    Database &m_db;
};

int copyTable(Database &source, Database &target, const Table &table)
{
    const QString columns = table.columns.join(u", "_s);
    QStringList placeholders;
    placeholders.fill(u"?"_s, table.columns.size());
    // Not through the statement caches: each runs once per copy.
    SqlQuery rows(source.connection(), u"SELECT "_s + columns + u" FROM "_s + table.name + u" ORDER BY 1"_s);
    SqlQuery insert(target.connection(), u"INSERT INTO "_s + table.name + u" ("_s + columns + u") VALUES ("_s
                                                 + placeholders.join(u", "_s) + u")"_s);
    rows.exec();
    int count = 0;
    while (rows.next()) {
        for (int column = 0; column < table.columns.size(); ++column)
            insert.bindValue(column, rows.value(column));
        insert.exec();
        ++count;
    }
    if (table.hasIdentity && target.isShared()) {
        // Rows came with their ids: the server's numbering continues after them.
        SqlQuery::execRaw(target.connection(),
                          u"SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM %1"_s
                                  .arg(table.name));
    }
    return count;
}

} // namespace

EventCopyCounts copyAll(Database &source, Database &target)
{
    SnapshotRead snapshot(source);
    EventCopyCounts counts;
    for (const Table &table : eventTables()) {
        const int copied = copyTable(source, target, table);
        if (table.name == u"attendees")
            counts.attendees = copied;
        else if (table.name == u"checkin_log")
            counts.scans = copied;
        else if (table.name == u"meetings")
            counts.meetings = copied;
    }
    return counts;
}

EventCopyCounts publish(const QString &eventFile, const QString &serverAddress)
{
    if (!Database::isSharedLocation(serverAddress))
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("mannam::Storage", "Publish to a server address: "
                                                                          "postgresql://USER@HOST:PORT/DATABASE"));
    auto source = EventFile::openForReading(eventFile);
    EventCopyCounts counts;
    Database::create(serverAddress, [&](Database &target) { counts = copyAll(source->database(), target); });
    return counts;
}

EventCopyCounts pull(const QString &serverAddress, const QString &eventFile)
{
    if (!Database::isSharedLocation(serverAddress))
        throw StorageError(StorageError::Kind::NotFound,
                           QCoreApplication::translate("mannam::Storage",
                                                       "Pull from a server address: postgresql://USER@HOST:PORT/DATABASE"));
    auto source = Database::open(serverAddress, Database::Access::ReadOnly);
    EventCopyCounts counts;
    Database::create(eventFile, [&](Database &target) { counts = copyAll(*source, target); });
    return counts;
}

} // namespace mannam::EventCopy
