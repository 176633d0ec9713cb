#pragma once

#include <QString>

namespace mannam {

// Where the SQL of the two backends differs. SQLite is the event file; the
// PostgreSQL backend (shared events for several desks) plugs in here.
enum class SqlDialect { Sqlite, Postgres };

namespace Dialect {
QString driverName(SqlDialect dialect);
// Starts a transaction that holds the write lock from the first statement, so
// that two desks never both read "not admitted" and then both write.
QString beginWrite(SqlDialect dialect);
// Folder of schema.sql and upgrade-N.sql in the resources.
QString schemaDirectory(SqlDialect dialect);
} // namespace Dialect

} // namespace mannam
