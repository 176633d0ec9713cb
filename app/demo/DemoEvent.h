#pragma once

#include <QCoreApplication>
#include <QString>

namespace mannam {

// The demo event: ~120 sample attendees (Korean and English names), some of them
// already checked in, so that every screen has something to show.
class DemoEvent
{
    Q_DECLARE_TR_FUNCTIONS(mannam::DemoEvent)

public:
    static constexpr int AttendeeCount = 120;
    static constexpr int DemoMeetings = 120;           // attempted; repeats are refused
    static constexpr const char16_t *DemoKioskPin = u"1234";

    // Where `mannam --demo` keeps it (the user's data folder).
    static QString defaultPath();
    // Creates the demo event at `path` unless a file is already there; returns the path.
    static QString ensure(const QString &path = defaultPath());
};

} // namespace mannam
