#include "Attendee.h"

using namespace Qt::StringLiterals;

namespace mannam {

QString statusToText(AttendeeStatus status)
{
    return status == AttendeeStatus::Cancelled ? u"cancelled"_s : u"registered"_s;
}

AttendeeStatus statusFromText(const QString &text)
{
    return text == u"cancelled" ? AttendeeStatus::Cancelled : AttendeeStatus::Registered;
}

QString sourceToText(AttendeeSource source)
{
    switch (source) {
    case AttendeeSource::Import: return u"import"_s;
    case AttendeeSource::WalkIn: return u"walk_in"_s;
    case AttendeeSource::Manual: return u"manual"_s;
    case AttendeeSource::Demo: return u"demo"_s;
    }
    return u"import"_s;
}

AttendeeSource sourceFromText(const QString &text)
{
    if (text == u"walk_in")
        return AttendeeSource::WalkIn;
    if (text == u"manual")
        return AttendeeSource::Manual;
    if (text == u"demo")
        return AttendeeSource::Demo;
    return AttendeeSource::Import;
}

} // namespace mannam
