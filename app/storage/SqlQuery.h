#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <limits>
#include <memory>

namespace mannam {

// A prepared statement with bound values that throws StorageError (carrying the
// SQL and the values) when it fails, so no caller forgets to check and every
// failure is readable.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    // Wraps a statement prepared earlier (Database keeps a cache of them).
    SqlQuery(std::shared_ptr<QSqlQuery> prepared, const QString &sql);
    // Resets the statement so that it holds no read lock between uses.
    ~SqlQuery();
    SqlQuery(SqlQuery &&) = default;
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(std::initializer_list<QVariant> values);
    SqlQuery &bindValue(int position, const QVariant &value);
    // Executes; for SELECTs the rows are then read with next()/value().
    SqlQuery &exec();

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QString text(int column) const { return m_query->value(column).toString(); }
    qint64 integer(int column) const { return m_query->value(column).toLongLong(); }
    // The id of an INSERT ... RETURNING id (both backends: SQLite's last rowid
    // would not do on PostgreSQL, and lastval() costs a round trip).
    qint64 returnedId();
    int rowsAffected() const { return m_query->numRowsAffected(); }

    // The value to bind to "LIMIT ?" for `limit` rows, a negative one meaning all
    // (SQLite takes -1 for that; PostgreSQL refuses it).
    static qint64 limitValue(int limit) { return limit < 0 ? std::numeric_limits<qint64>::max() : limit; }

    // A prepared statement to keep and reuse; throws like exec() if it does not prepare.
    static std::shared_ptr<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql);
    // Runs a statement that returns one value (COUNT(*), a setting...).
    static QVariant scalar(const QSqlDatabase &db, const QString &sql,
                           std::initializer_list<QVariant> values = {});
    // Runs a statement without bound values (PRAGMA, BEGIN, schema text).
    static void execRaw(const QSqlDatabase &db, const QString &sql);

private:
    [[noreturn]] void fail() const;

    std::shared_ptr<QSqlQuery> m_query;
    QString m_sql;
};

} // namespace mannam
