#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace mannam {

struct ServerAddress;

// Where the SQL of the two backends differs: SQLite is the event file,
// PostgreSQL the shared event of several desks.
enum class SqlDialect { Sqlite, Postgres };

namespace Dialect {
QString driverName(SqlDialect dialect);
// Statements that start a transaction holding the event's write lock from the
// start, so that two desks never both read "not admitted" and then both write.
// SQLite: BEGIN IMMEDIATE. PostgreSQL: a transaction-scoped advisory lock of
// the event's database, the same one writer at a time (readers never wait);
// the unique indexes enforce exactly-once admission and meetings on top.
QStringList beginWrite(SqlDialect dialect);
// A read of several statements that must agree with each other (one snapshot).
QString beginRead(SqlDialect dialect);
// Folder of schema.sql and upgrade-N.sql in the resources.
QString schemaDirectory(SqlDialect dialect);

// The channel the server's triggers notify at every commit (see ChangeListener).
inline const QString ChangeChannel = QStringLiteral("mannam_changes");
// A QPSQL connection to `address` (not opened yet): the remembered password,
// a short connect timeout, and TCP keepalives so that a server that vanished
// from the network is noticed in seconds rather than minutes.
QSqlDatabase addServerConnection(const ServerAddress &address, const QString &connectionName);
} // namespace Dialect

} // namespace mannam
