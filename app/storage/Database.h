#pragma once

#include "ServerAddress.h"
#include "SqlDialect.h"
#include "SqlQuery.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace mannam {

class ChangeListener;

// One open event: a named QSqlDatabase connection with our pragmas, the schema
// checked and migrated. The event is a SQLite file (its path) or a shared
// event on a PostgreSQL server (its postgresql:// address, see ServerAddress);
// every path argument below takes either. Use it from the thread that opened
// it only; a worker thread opens its own Database.
class Database
{
public:
    static constexpr int SchemaVersion = 5;
    static constexpr qint32 ApplicationId = 0x4D4E4D31; // "MNM1" marks Mannam files
    static constexpr int DefaultBusyTimeoutMs = 3000;

    enum class Access { ReadWrite, ReadOnly };

    // A new event file, filled by `populate` in the same transaction as the
    // schema: either the whole event is there or no file is. Fails if something
    // exists at `path`. On a server, the database must exist (the organizer's
    // `createdb`) and hold no Mannam event yet.
    static std::unique_ptr<Database> create(const QString &path,
                                            const std::function<void(Database &)> &populate = {});
    // An existing event file; migrated to SchemaVersion if older (ReadWrite only).
    // Throws StorageError with a message for people when the file is missing, not
    // ours, from a newer Mannam, damaged, read-only or locked; the file is then
    // left as it was.
    // `allowOlder`: a read-only connection to a file in an older format, for
    // copying it (nothing else may read an unmigrated schema).
    static std::unique_ptr<Database> open(const QString &path, Access access = Access::ReadWrite,
                                          int busyTimeoutMs = DefaultBusyTimeoutMs, bool allowOlder = false);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    SqlDialect dialect() const { return m_dialect; }
    // The file path, or the server address without password.
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // A shared event on a server (PostgreSQL) rather than a file.
    bool isShared() const { return m_dialect == SqlDialect::Postgres; }
    static bool isSharedLocation(const QString &path) { return ServerAddress::isServerAddress(path); }

    // A statement prepared once per connection and reused: the hot paths
    // (check-in, import) prepare nothing per call.
    SqlQuery query(const QString &sql);
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {});

    // Inside a WriteTransaction of this connection.
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Runs a script of several statements (schema files).
    void execScript(const QString &script);
    // Splits a script into statements; CREATE TRIGGER bodies stay whole.
    static QStringList splitStatements(const QString &script);

    int userVersion();
    // Changes whenever another connection (desk, kiosk, process) commits: a
    // cheap "is there anything new?" for screens that follow the event live.
    // On a server it counts the change notifications heard (no query).
    qint64 dataVersion();
    // A shared event's live notifications (created on first use, in this
    // thread); nullptr for an event file, whose screens compare dataVersion().
    ChangeListener *changeListener();
    // Copies the whole database to a new file (VACUUM INTO): snapshots, backups.
    void snapshotTo(const QString &targetPath);
    // PRAGMA integrity_check (the thorough one; opening runs quick_check): "ok", or the
    // problems SQLite found, one per line. For checking a backup before it is restored.
    QString integrityCheck();

private:
    Database(QString path, Access access, SqlDialect dialect);
    static std::unique_ptr<Database> createOnServer(const QString &address,
                                                    const std::function<void(Database &)> &populate);
    static std::unique_ptr<Database> openOnServer(const QString &address, Access access, int busyTimeoutMs);
    void connect(int busyTimeoutMs, bool create);
    void connectToServer(int busyTimeoutMs);
    void setUserVersion(int version);
    void applyConnectionPragmas();
    void migrate();
    void verifyWritable();

    QString m_path;
    QString m_connectionName;
    Access m_access;
    SqlDialect m_dialect;
    std::optional<ServerAddress> m_server;
    std::unique_ptr<ChangeListener> m_listener;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
    int m_transactionDepth = 0; // nested WriteTransactions join the outer one

    friend class WriteTransaction;
};

// BEGIN ... COMMIT around one unit of work; rolls back unless commit() ran,
// also when an exception leaves the scope.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    void commit();

    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

private:
    Database &m_db;
    bool m_outermost = false;
    bool m_open = true;
};

} // namespace mannam
