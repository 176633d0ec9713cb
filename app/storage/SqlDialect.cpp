#include "SqlDialect.h"

using namespace Qt::StringLiterals;

namespace mannam::Dialect {

QString driverName(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

QString beginWrite(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u"BEGIN IMMEDIATE"_s
                                         : u"BEGIN ISOLATION LEVEL SERIALIZABLE"_s;
}

QString schemaDirectory(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u":/schema/sqlite"_s : u":/schema/postgres"_s;
}

} // namespace mannam::Dialect
