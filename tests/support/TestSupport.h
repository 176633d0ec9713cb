#pragma once
// Shared helpers for the Qt Test executables: real event files in temporary
// folders, people added through the real store.
#include "codes/TicketCode.h"
#include "storage/EventFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

#include <memory>

#include <unistd.h>

namespace mannam::test {

// tests/data, passed in by CTest.
inline QString dataPath(const QString &name)
{
    return QDir(qEnvironmentVariable("MANNAM_TEST_DATA")).filePath(name);
}

inline QDateTime eventDayUtc(int hour = 9, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 28), QTime(hour, minute), Qt::UTC);
}

// The storage suites run twice: on event files, and with
// MANNAM_TEST_BACKEND=postgres on the test server that CTest starts
// (scripts/pg-test-server.sh; MANNAM_TEST_PG_STATE is its state folder).
inline bool testingOnServer()
{
    return qEnvironmentVariable("MANNAM_TEST_BACKEND") == QLatin1String("postgres");
}

// The test server's superuser address, password included (tests only).
inline QString serverAdminUrl()
{
    QFile file(QDir(qEnvironmentVariable("MANNAM_TEST_PG_STATE")).filePath(QStringLiteral("admin-url")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("No test PostgreSQL server: %s is missing", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll()).trimmed();
}

// A QPSQL connection (not opened) as the user of `url` to `database`.
inline QSqlDatabase addServerConnection(const QString &connectionName, const QUrl &url, const QString &database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(database);
    return db;
}

// An empty database on the test server, as a postgresql:// address whose
// password is remembered in this process. Databases this process made earlier
// are emptied and reused once nobody is connected to them (an empty
// PostgreSQL database costs ~8 MB and dropping one forces a checkpoint).
inline QString emptyServerDatabase()
{
    static QStringList made;
    const QString admin = QStringLiteral("mannam-test-admin");
    if (!QSqlDatabase::contains(admin)) {
        QSqlDatabase db = addServerConnection(admin, QUrl(serverAdminUrl()), QStringLiteral("postgres"));
        if (!db.open())
            qFatal("Cannot connect to the test server: %s", qPrintable(db.lastError().text()));
    }
    QSqlDatabase db = QSqlDatabase::database(admin);
    QString name;
    for (const QString &candidate : std::as_const(made)) {
        QSqlQuery busy(db);
        busy.prepare(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ?"));
        busy.addBindValue(candidate);
        if (busy.exec() && busy.next() && busy.value(0).toInt() == 0) {
            name = candidate;
            break;
        }
    }
    QUrl url(serverAdminUrl());
    if (name.isEmpty()) {
        name = QStringLiteral("t%1_%2").arg(::getpid()).arg(made.size());
        QSqlQuery create(db);
        if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("CREATE DATABASE failed: %s", qPrintable(create.lastError().text()));
        made << name;
    } else {
        // Emptied through a connection of its own (DROP SCHEMA works within one database).
        const QString reset = QStringLiteral("mannam-test-reset");
        {
            QSqlDatabase target = addServerConnection(reset, url, name);
            target.setConnectOptions(QStringLiteral("options='-c client_min_messages=warning'"));
            QSqlQuery drop(target);
            if (!target.open() || !drop.exec(QStringLiteral("DROP SCHEMA public CASCADE"))
                || !drop.exec(QStringLiteral("CREATE SCHEMA public")))
                qFatal("Cannot empty %s: %s", qPrintable(name), qPrintable(drop.lastError().text()));
            target.close();
        }
        QSqlDatabase::removeDatabase(reset);
    }
    url.setPath(QLatin1Char('/') + name);
    // parse() remembers the password for this address, and the address it
    // returns carries none (like the app's own).
    return ServerAddress::parse(url.toString())->toString();
}

// Where a test's event lives: the file path it asked for, or on the server.
inline QString eventLocation(const QString &path)
{
    return testingOnServer() ? emptyServerDatabase() : path;
}

inline std::unique_ptr<EventFile> createEvent(const QString &path, const QString &name = QStringLiteral("Test Meetup"))
{
    EventInfo info;
    info.name = name;
    info.venue = QStringLiteral("Seoul");
    info.startsAt = eventDayUtc(9);
    info.desks = {QStringLiteral("Desk 1"), QStringLiteral("Desk 2")};
    return EventFile::create(eventLocation(path), info);
}

// Adds a registered person with fresh codes and returns them as stored.
inline Attendee addPerson(EventStore &store, const QString &name,
                          AttendeeStatus status = AttendeeStatus::Registered)
{
    Attendee a;
    a.name = name;
    a.status = status;
    const QString tag = store.eventInfo().codeTag;
    QSet<QString> taken = store.allCodes();
    a.ticketCode = TicketCode::generate(tag, taken);
    taken.insert(a.ticketCode);
    a.badgeCode = TicketCode::generate(tag, taken);
    store.write([&] { store.insertAttendee(a, eventDayUtc(8)); });
    return a;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Root ignores file permissions, so read-only tests cannot run as root.
inline bool permissionsAreEnforced()
{
    return ::geteuid() != 0;
}

} // namespace mannam::test
