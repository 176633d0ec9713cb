#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mannam {

enum class AttendeeStatus { Registered, Cancelled };
enum class AttendeeSource { Import, WalkIn, Manual, Demo };

QString statusToText(AttendeeStatus status);          // "registered" / "cancelled" (stored form)
AttendeeStatus statusFromText(const QString &text);
QString sourceToText(AttendeeSource source);           // "import" / "walk_in" / "manual" / "demo"
AttendeeSource sourceFromText(const QString &text);

// One person registered for the event, as stored in the event file.
struct Attendee
{
    qint64 id = 0;                   // 0 until stored
    QString name;                    // displayed as written, never split into first/last
    QString email;
    QString phone;                   // normalised, e.g. 010-1234-5678
    QString affiliation;
    QString ticketType;
    AttendeeStatus status = AttendeeStatus::Registered;
    QString notes;
    bool attention = false;          // desk staff must read the notes
    QStringList keywords;            // up to 3 "my keywords" for bingo
    bool consent = false;            // may share contact details after the event
    AttendeeSource source = AttendeeSource::Import;
    QString externalId;              // id on the registration platform, empty if none
    QString ticketCode;              // admits at the door
    QString badgeCode;               // printed on the badge, used at the kiosk

    static constexpr int MaxKeywords = 3;
};

// Event-wide settings stored in the event file.
struct EventInfo
{
    QString eventId;                 // random UUID, set at creation
    QString codeTag;                 // 4 digits that start every generated code of this event
    QString name;
    QString venue;
    QDateTime startsAt;              // UTC; invalid if unset
    QDateTime endsAt;
    QStringList desks;
};

} // namespace mannam

Q_DECLARE_METATYPE(mannam::Attendee)
