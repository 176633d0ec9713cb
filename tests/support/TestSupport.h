#pragma once
// Shared helpers for the Qt Test executables: real event files in temporary
// folders, people added through the real store.
#include "codes/TicketCode.h"
#include "storage/EventFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>

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

inline std::unique_ptr<EventFile> createEvent(const QString &path, const QString &name = QStringLiteral("Test Meetup"))
{
    EventInfo info;
    info.name = name;
    info.venue = QStringLiteral("Seoul");
    info.startsAt = eventDayUtc(9);
    info.desks = {QStringLiteral("Desk 1"), QStringLiteral("Desk 2")};
    return EventFile::create(path, info);
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
