#pragma once

#include "SqlDialect.h"
#include "SqlQuery.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace mannam {

// One open event file: a named QSqlDatabase connection with our pragmas, the
// schema checked and migrated. Use it from the thread that opened it only; a
// worker thread opens its own Database.
class Database
{
public:
    static constexpr int SchemaVersion = 4;
    static constexpr qint32 ApplicationId = 0x4D4E4D31; // "MNM1" marks Mannam files
    static constexpr int DefaultBusyTimeoutMs = 3000;

    enum class Access { ReadWrite, ReadOnly };

    // A new event file, filled by `populate` in the same transaction as the
    // schema: either the whole event is there or no file is. Fails if something
    // exists at `path`.
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
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    // A statement prepared once per connection and reused: the hot paths
    // (check-in, import) prepare nothing per call.
    SqlQuery query(const QString &sql);
    QVariant scalar(const QString &sql, std::initializer_list<QVariant> values = {});

    // Runs a script of several statements (schema files).
    void execScript(const QString &script);
    // Splits a script into statements; CREATE TRIGGER bodies stay whole.
    static QStringList splitStatements(const QString &script);

    int userVersion();
    // Changes whenever another connection (desk, kiosk, process) commits: a
    // cheap "is there anything new?" for screens that follow the event live.
    qint64 dataVersion();
    // Copies the whole database to a new file (VACUUM INTO): snapshots, backups.
    void snapshotTo(const QString &targetPath);
    // PRAGMA integrity_check (the thorough one; opening runs quick_check): "ok", or the
    // problems SQLite found, one per line. For checking a backup before it is restored.
    QString integrityCheck();

private:
    Database(QString path, Access access, SqlDialect dialect);
    void connect(int busyTimeoutMs, bool create);
    void applyConnectionPragmas();
    void migrate();
    void verifyWritable();

    QString m_path;
    QString m_connectionName;
    Access m_access;
    SqlDialect m_dialect;
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
