#include "SqlDialect.h"

#include "ServerAddress.h"

using namespace Qt::StringLiterals;

namespace mannam::Dialect {

namespace {
// Any fixed number: advisory locks are per database, and one event is one database.
constexpr qint64 EventWriteLockKey = 0x4D4E4D31;
constexpr int ConnectTimeoutSeconds = 4;
} // namespace

QString driverName(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

QStringList beginWrite(SqlDialect dialect)
{
    if (dialect == SqlDialect::Sqlite)
        return {u"BEGIN IMMEDIATE"_s};
    return {u"BEGIN"_s, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(EventWriteLockKey)};
}

QString beginRead(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u"BEGIN"_s : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s;
}

QString schemaDirectory(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u":/schema/sqlite"_s : u":/schema/postgres"_s;
}

QSqlDatabase addServerConnection(const ServerAddress &address, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(SqlDialect::Postgres), connectionName);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setUserName(address.user);
    db.setDatabaseName(address.database);
    const QString password = address.rememberedPassword();
    if (!password.isEmpty())
        db.setPassword(password); // otherwise libpq reads PGPASSWORD or ~/.pgpass
    db.setConnectOptions(u"connect_timeout=%1;application_name=mannam;keepalives=1;keepalives_idle=5;"
                         "keepalives_interval=2;keepalives_count=2;tcp_user_timeout=6000"_s
                                 .arg(ConnectTimeoutSeconds));
    return db;
}

} // namespace mannam::Dialect
