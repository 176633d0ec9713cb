#include "Database.h"

#include "ChangeListener.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QUrl>
#include <QSqlError>
#include <QUuid>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

// lupdate files these strings under the class whose functions use them.
QString tr(const char *text)
{
    return QCoreApplication::translate("mannam::Database", text);
}

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::Generic, tr("Missing built-in schema file %1.").arg(path));
    return QString::fromUtf8(file.readAll());
}

// What the first 100 bytes of a file say, read before SQLite touches it so that
// a foreign or newer file is refused without being changed in any way.
struct FileHeader
{
    bool isSqlite = false;
    qint32 userVersion = 0;
    qint32 applicationId = 0;
};

FileHeader readHeader(const QString &path)
{
    QFile file(path);
    FileHeader header;
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return header;
    header.isSqlite = true;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    return header;
}

} // namespace

Database::Database(QString path, Access access, SqlDialect dialect)
    : m_path(std::move(path)),
      m_connectionName(u"mannam-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_access(access),
      m_dialect(dialect)
{
}

Database::~Database()
{
    m_listener.reset();
    m_prepared.clear();
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::create(const QString &path, const std::function<void(Database &)> &populate)
{
    if (isSharedLocation(path))
        return createOnServer(path, populate);
    if (QFileInfo::exists(path))
        throw StorageError(StorageError::Kind::Generic,
                           tr("%1 already exists; choose another file name.").arg(path));
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        throw StorageError(StorageError::Kind::NotFound, tr("The folder %1 does not exist.").arg(folder.filePath()));
    if (!folder.isWritable())
        throw StorageError(StorageError::Kind::ReadOnly, tr("The folder %1 is read-only.").arg(folder.filePath()));
    std::unique_ptr<Database> db(new Database(path, Access::ReadWrite, SqlDialect::Sqlite));
    try {
        db->connect(DefaultBusyTimeoutMs, true);
        // WAL is a property of the file: set once here, checked on every open.
        SqlQuery::execRaw(db->connection(), u"PRAGMA journal_mode=WAL"_s);
        SqlQuery::execRaw(db->connection(), u"PRAGMA application_id=%1"_s.arg(ApplicationId));
        {
            WriteTransaction transaction(*db);
            db->execScript(readResource(Dialect::schemaDirectory(db->m_dialect) + u"/schema.sql"_s));
            SqlQuery::execRaw(db->connection(), u"PRAGMA user_version=%1"_s.arg(SchemaVersion));
            if (populate)
                populate(*db);
            transaction.commit();
        }
        // Put the header into the main file now, so that the pre-open check of
        // a later session sees our application_id even if the WAL is not merged.
        SqlQuery::execRaw(db->connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    } catch (...) {
        db.reset();
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        throw;
    }
    return db;
}

std::unique_ptr<Database> Database::open(const QString &path, Access access, int busyTimeoutMs, bool allowOlder)
{
    if (isSharedLocation(path))
        return openOnServer(path, access, busyTimeoutMs);
    const QFileInfo info(path);
    if (!info.exists())
        throw StorageError(StorageError::Kind::NotFound, tr("There is no event file at %1.").arg(path));
    if (!info.isFile() || !info.isReadable())
        throw StorageError(StorageError::Kind::NotFound, tr("%1 cannot be read.").arg(path));

    const FileHeader header = readHeader(path);
    if (!header.isSqlite || header.applicationId != ApplicationId)
        throw StorageError(StorageError::Kind::NotOurs,
                           tr("%1 is not a Mannam event file.").arg(path));
    if (header.userVersion > SchemaVersion)
        throw StorageError(StorageError::Kind::TooNew,
                           tr("%1 was written by a newer version of Mannam (file format %2; this version "
                              "reads up to %3). Update Mannam to open it.")
                                   .arg(path)
                                   .arg(header.userVersion)
                                   .arg(SchemaVersion));
    if (access == Access::ReadWrite) {
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("%1 is read-only (or its folder is), so check-ins could not be saved. "
                                  "Copy the event file to a folder you can write to.")
                                       .arg(path));
    }

    std::unique_ptr<Database> db(new Database(path, access, SqlDialect::Sqlite));
    QString check;
    try {
        db->connect(busyTimeoutMs, false);
        check = db->scalar(u"PRAGMA quick_check"_s).toString();
    } catch (const StorageError &error) {
        // SQLite cannot even make its -shm file: it says "disk I/O error".
        constexpr qint64 RoomToOpen = 64 * 1024;
        if (error.kind() == StorageError::Kind::Generic
            && QStorageInfo(info.absolutePath()).bytesAvailable() < RoomToOpen)
            throw StorageError(StorageError::Kind::Full,
                               tr("The disk is full: %1 cannot be opened. Free some space and try again.").arg(path),
                               error.detail());
        throw;
    }
    if (check != u"ok")
        throw StorageError(StorageError::Kind::Corrupt,
                           tr("%1 is damaged (%2). Restore it from a backup.").arg(path, check));
    if (access == Access::ReadWrite) {
        db->verifyWritable();
        if (db->scalar(u"PRAGMA journal_mode"_s).toString() != u"wal")
            SqlQuery::execRaw(db->connection(), u"PRAGMA journal_mode=WAL"_s);
        if (db->userVersion() < SchemaVersion)
            db->migrate();
    } else if (db->userVersion() < SchemaVersion && !allowOlder) {
        throw StorageError(StorageError::Kind::NeedsUpgrade,
                           tr("%1 uses an older file format and must be upgraded, which needs write access.")
                                   .arg(path));
    }
    return db;
}

namespace {

ServerAddress parseAddress(const QString &text)
{
    QString error;
    const std::optional<ServerAddress> address = ServerAddress::parse(text, &error);
    if (!address)
        throw StorageError(StorageError::Kind::NotFound, error);
    return *address;
}

} // namespace

std::unique_ptr<Database> Database::createOnServer(const QString &text,
                                                   const std::function<void(Database &)> &populate)
{
    const ServerAddress address = parseAddress(text);
    std::unique_ptr<Database> db(new Database(address.toString(), Access::ReadWrite, SqlDialect::Postgres));
    db->m_server = address;
    db->connectToServer(DefaultBusyTimeoutMs);
    if (db->scalar(u"SELECT to_regclass('mannam_schema') IS NOT NULL"_s).toBool())
        throw StorageError(StorageError::Kind::Generic,
                           tr("The database %1 already holds a Mannam event. Open it, or create an empty "
                              "database for the new event.")
                                   .arg(address.displayName()));
    WriteTransaction transaction(*db);
    db->execScript(readResource(Dialect::schemaDirectory(db->m_dialect) + u"/schema.sql"_s));
    db->query(u"INSERT INTO mannam_schema (application, version) VALUES ('mannam', ?)"_s).bind({SchemaVersion}).exec();
    if (populate)
        populate(*db);
    transaction.commit();
    return db;
}

std::unique_ptr<Database> Database::openOnServer(const QString &text, Access access, int busyTimeoutMs)
{
    const ServerAddress address = parseAddress(text);
    std::unique_ptr<Database> db(new Database(address.toString(), access, SqlDialect::Postgres));
    db->m_server = address;
    db->connectToServer(busyTimeoutMs);
    if (!db->scalar(u"SELECT to_regclass('mannam_schema') IS NOT NULL"_s).toBool())
        throw StorageError(StorageError::Kind::NotOurs,
                           tr("The database %1 holds no Mannam event. Publish one to it first "
                              "(mannam publish EVENT.mannam %2).")
                                   .arg(address.displayName(), address.toString()));
    const int version = db->userVersion();
    if (version > SchemaVersion)
        throw StorageError(StorageError::Kind::TooNew,
                           tr("The shared event %1 was written by a newer version of Mannam (format %2; this "
                              "version reads up to %3). Update Mannam to open it.")
                                   .arg(address.displayName())
                                   .arg(version)
                                   .arg(SchemaVersion));
    if (version < SchemaVersion)
        throw StorageError(StorageError::Kind::NeedsUpgrade,
                           tr("The shared event %1 uses an older format (%2). Pull it into a file, and publish "
                              "that file to a new database.")
                                   .arg(address.displayName())
                                   .arg(version));
    if (access == Access::ReadWrite)
        db->verifyWritable();
    return db;
}

void Database::connectToServer(int busyTimeoutMs)
{
    QSqlDatabase db = Dialect::addServerConnection(*m_server, m_connectionName);
    if (!db.open()) {
        const QString reason = db.lastError().databaseText().trimmed().isEmpty() ? db.lastError().text()
                                                                                 : db.lastError().databaseText();
        StorageError::Kind kind = StorageError::Kind::Unreachable;
        QString message = tr("Cannot reach the server of %1: %2").arg(m_server->displayName(), reason.trimmed());
        if (reason.contains(u"authentication failed"_s) || reason.contains(u"no password supplied"_s)) {
            kind = StorageError::Kind::Generic;
            message = tr("The server refused user %1: the password is wrong or missing.").arg(m_server->user);
        } else if (reason.contains(u"does not exist"_s)) {
            kind = StorageError::Kind::NotFound;
            message = tr("There is no database %1 on %2 (or no user %3). Create it first, then publish the "
                         "event to it.")
                              .arg(m_server->database, m_server->host, m_server->user);
        }
        throw StorageError(kind, message, reason);
    }
    // Waiting for another desk's write is bounded like SQLite's busy timeout;
    // notices (e.g. "relation exists") are not for people.
    SqlQuery::execRaw(db, u"SET lock_timeout = %1"_s.arg(busyTimeoutMs));
    SqlQuery::execRaw(db, u"SET client_min_messages = warning"_s);
    if (m_access == Access::ReadOnly)
        SqlQuery::execRaw(db, u"SET default_transaction_read_only = on"_s);
}

void Database::connect(int busyTimeoutMs, bool create)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(Dialect::driverName(m_dialect), m_connectionName);
    db.setDatabaseName(m_path);
    QStringList options{u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs)};
    if (m_access == Access::ReadOnly) {
        options << u"QSQLITE_OPEN_READONLY"_s;
        // A locked USB stick or a read-only share: SQLite cannot make the -shm
        // file a reader of a WAL file needs. A file closed cleanly (no -wal) is
        // read as immutable: nobody can write to it there anyway.
        if (!create && !QFileInfo(QFileInfo(m_path).absolutePath()).isWritable()) {
            if (QFileInfo::exists(m_path + u"-wal"_s))
                throw StorageError(StorageError::Kind::ReadOnly,
                                   tr("%1 is in a read-only folder and was not closed cleanly. Copy it together "
                                      "with its -wal file to a folder you can write to.")
                                           .arg(m_path));
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                               + u"?immutable=1"_s);
            options << u"QSQLITE_OPEN_URI"_s;
        }
    }
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        throw StorageError(create ? StorageError::Kind::ReadOnly : StorageError::Kind::Generic,
                           tr("Cannot open %1: %2").arg(m_path, db.lastError().text()));
    }
    applyConnectionPragmas();
}

void Database::applyConnectionPragmas()
{
    const QSqlDatabase db = connection();
    try {
        SqlQuery::execRaw(db, u"PRAGMA foreign_keys=ON"_s);
        // FULL: a check-in that turned the screen green survives a power cut.
        SqlQuery::execRaw(db, u"PRAGMA synchronous=FULL"_s);
        // Live screens (dashboard, big screen) re-read the log, the meetings and
        // the bingo squares every second; with SQLite's default 2 MB cache each
        // statement pushes the previous one's pages out. Up to 32 MB, held only
        // as far as the file needs it.
        SqlQuery::execRaw(db, u"PRAGMA cache_size=-32768"_s);
    } catch (const StorageError &error) {
        if (error.kind() == StorageError::Kind::Corrupt)
            throw StorageError(error.kind(), tr("%1 is damaged. Restore it from a backup.").arg(m_path),
                               error.detail());
        throw;
    }
}

void Database::verifyWritable()
{
    // Take the write lock once: a second program holding it longer than the
    // busy timeout is reported now rather than at the first check-in.
    try {
        for (const QString &statement : Dialect::beginWrite(m_dialect))
            SqlQuery::execRaw(connection(), statement);
        SqlQuery::execRaw(connection(), u"ROLLBACK"_s);
    } catch (const StorageError &error) {
        if (error.kind() == StorageError::Kind::Locked)
            throw StorageError(error.kind(),
                               tr("%1 is locked by another program that is writing to it. Close it there "
                                  "or try again in a moment.")
                                       .arg(m_path),
                               error.detail());
        throw;
    }
}

void Database::migrate()
{
    const int from = userVersion();
    for (int version = from + 1; version <= SchemaVersion; ++version) {
        WriteTransaction transaction(*this);
        execScript(readResource(Dialect::schemaDirectory(m_dialect) + u"/upgrade-%1.sql"_s.arg(version)));
        setUserVersion(version);
        transaction.commit();
    }
    SqlQuery::execRaw(connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

SqlQuery Database::query(const QString &sql)
{
    auto it = m_prepared.constFind(sql);
    if (it == m_prepared.constEnd())
        it = m_prepared.insert(sql, SqlQuery::prepare(connection(), sql));
    return SqlQuery(it.value(), sql);
}

QVariant Database::scalar(const QString &sql, std::initializer_list<QVariant> values)
{
    SqlQuery statement = query(sql);
    statement.bind(values).exec();
    return statement.next() ? statement.value(0) : QVariant();
}

void Database::execScript(const QString &script)
{
    const QStringList statements = splitStatements(script);
    for (const QString &statement : statements)
        SqlQuery::execRaw(connection(), statement);
}

QStringList Database::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool inDollarQuote = false;
    static const QRegularExpression triggerStart(u"^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(u"^\\s*END\\s*;\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(u"--")))
            continue;
        if (current.isEmpty())
            inTrigger = triggerStart.match(line).hasMatch();
        current += line + u'\n';
        // PostgreSQL function bodies are $$-quoted and hold semicolons of their own.
        if (line.count(u"$$"_s) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        const bool ends = inTrigger ? triggerEnd.match(line).hasMatch()
                                    : !inDollarQuote && trimmed.endsWith(u';');
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

int Database::userVersion()
{
    if (isShared())
        return scalar(u"SELECT version FROM mannam_schema"_s).toInt();
    return scalar(u"PRAGMA user_version"_s).toInt();
}

void Database::setUserVersion(int version)
{
    if (isShared())
        query(u"UPDATE mannam_schema SET version = ?"_s).bind({version}).exec();
    else
        SqlQuery::execRaw(connection(), u"PRAGMA user_version=%1"_s.arg(version));
}

qint64 Database::dataVersion()
{
    if (ChangeListener *listener = changeListener())
        return listener->count();
    return scalar(u"PRAGMA data_version"_s).toLongLong();
}

ChangeListener *Database::changeListener()
{
    if (isShared() && !m_listener)
        m_listener = std::make_unique<ChangeListener>(*m_server);
    return m_listener.get();
}

void Database::snapshotTo(const QString &targetPath)
{
    if (isShared())
        throw StorageError(StorageError::Kind::Generic,
                           tr("A shared event is copied with mannam pull, not as a snapshot."));
    SqlQuery(connection(), u"VACUUM INTO ?"_s).bind({targetPath}).exec();
}

QString Database::integrityCheck()
{
    if (isShared())
        return u"ok"_s; // the server keeps its own pages whole
    // Not through the statement cache: the rows are read once and never again.
    QStringList problems;
    SqlQuery rows(connection(), u"PRAGMA integrity_check(20)"_s);
    rows.exec();
    while (rows.next())
        problems << rows.text(0);
    return problems.join(u'\n');
}

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
{
    m_outermost = (m_db.m_transactionDepth == 0);
    if (m_outermost) {
        const QStringList begin = Dialect::beginWrite(m_db.dialect());
        SqlQuery::execRaw(m_db.connection(), begin.constFirst());
        try {
            for (qsizetype i = 1; i < begin.size(); ++i)
                SqlQuery::execRaw(m_db.connection(), begin.at(i));
        } catch (...) {
            QSqlQuery(m_db.connection()).exec(u"ROLLBACK"_s);
            throw;
        }
    }
    ++m_db.m_transactionDepth;
}

WriteTransaction::~WriteTransaction()
{
    --m_db.m_transactionDepth;
    if (m_open && m_outermost) {
        QSqlQuery rollback(m_db.connection());
        rollback.exec(u"ROLLBACK"_s); // best effort: the error that brought us here matters more
    }
}

void WriteTransaction::commit()
{
    if (m_outermost)
        SqlQuery::execRaw(m_db.connection(), u"COMMIT"_s);
    m_open = false;
}

} // namespace mannam
