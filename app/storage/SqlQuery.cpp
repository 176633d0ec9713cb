#include "SqlQuery.h"

#include "StorageError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

StorageError::Kind sqliteKind(const QSqlError &error)
{
    // SQLite's primary result codes (QSQLITE reports them as nativeErrorCode).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
        return StorageError::Kind::Locked;
    case 8:  // SQLITE_READONLY
        return StorageError::Kind::ReadOnly;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StorageError::Kind::Corrupt;
    case 13: // SQLITE_FULL
        return StorageError::Kind::Full;
    case 19: // SQLITE_CONSTRAINT
        return StorageError::Kind::Constraint;
    default:
        return StorageError::Kind::Generic;
    }
}

StorageError::Kind postgresKind(const QSqlError &error)
{
    // SQLSTATE (QPSQL's nativeErrorCode). None at all: the reply never came,
    // i.e. the connection is gone.
    const QString state = error.nativeErrorCode();
    if (state.isEmpty() || state.startsWith(u"08"_s) || state.startsWith(u"57P"_s))
        return StorageError::Kind::Unreachable;
    if (state.startsWith(u"23"_s))
        return StorageError::Kind::Constraint;
    if (state == u"55P03" || state == u"40P01" || state == u"40001") // lock timeout, deadlock, serialization
        return StorageError::Kind::Locked;
    if (state == u"P0001") // RAISE EXCEPTION: our triggers guarding the rules
        return StorageError::Kind::Constraint;
    if (state == u"25006") // read-only transaction
        return StorageError::Kind::ReadOnly;
    if (state == u"53100") // disk full
        return StorageError::Kind::Full;
    return StorageError::Kind::Generic;
}

StorageError::Kind kindOf(const QSqlError &error, const QSqlDriver *driver)
{
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        return postgresKind(error);
    return sqliteKind(error);
}

QString messageFor(StorageError::Kind kind, const QSqlError &error)
{
    switch (kind) {
    case StorageError::Kind::Locked:
        return QCoreApplication::translate("mannam::Storage",
                                           "The event file is busy: another program is writing to it. Try again.");
    case StorageError::Kind::ReadOnly:
        return QCoreApplication::translate("mannam::Storage",
                                           "The event file cannot be written (read-only file or folder).");
    case StorageError::Kind::Corrupt:
        return QCoreApplication::translate("mannam::Storage", "The event file is damaged.");
    case StorageError::Kind::Full:
        return QCoreApplication::translate("mannam::Storage", "The disk is full: nothing was saved.");
    case StorageError::Kind::Unreachable:
        return QCoreApplication::translate("mannam::Storage",
                                           "The event's server cannot be reached: nothing was saved there.");
    default:
        return QCoreApplication::translate("mannam::Storage", "Storage error: %1").arg(error.text());
    }
}

} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(prepare(db, sql)), m_sql(sql)
{
}

std::shared_ptr<QSqlQuery> SqlQuery::prepare(const QSqlDatabase &db, const QString &sql)
{
    auto query = std::make_shared<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        SqlQuery(query, sql).fail();
    return query;
}

SqlQuery::SqlQuery(std::shared_ptr<QSqlQuery> prepared, const QString &sql)
    : m_query(std::move(prepared)), m_sql(sql)
{
}

SqlQuery::~SqlQuery()
{
    if (m_query)
        m_query->finish();
}

SqlQuery &SqlQuery::bind(std::initializer_list<QVariant> values)
{
    int position = 0;
    for (const QVariant &value : values)
        bindValue(position++, value);
    return *this;
}

SqlQuery &SqlQuery::bindValue(int position, const QVariant &value)
{
    // Qt binds a null QString as SQL NULL; our text columns mean "empty" by it.
    // A deliberate NULL is a null QVariant (see nullIfEmpty in EventStore).
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(position, QString(u""_s));
    else
        m_query->bindValue(position, value);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query->exec())
        fail();
    return *this;
}

qint64 SqlQuery::returnedId()
{
    return m_query->next() ? m_query->value(0).toLongLong() : 0;
}

QVariant SqlQuery::scalar(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values)
{
    SqlQuery query(db, sql);
    query.bind(values).exec();
    return query.next() ? query.value(0) : QVariant();
}

void SqlQuery::execRaw(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        const auto kind = kindOf(query.lastError(), db.driver());
        throw StorageError(kind, messageFor(kind, query.lastError()),
                           sql + u"\n"_s + query.lastError().text());
    }
}

void SqlQuery::fail() const
{
    const QSqlError error = m_query->lastError();
    QStringList bound;
    const QVariantList values = m_query->boundValues();
    for (const QVariant &value : values)
        bound << value.toString();
    const auto kind = kindOf(error, m_query->driver());
    throw StorageError(kind, messageFor(kind, error),
                       m_sql + u"\nvalues: ["_s + bound.join(u", "_s) + u"]\n"_s + error.text());
}

} // namespace mannam
