#include "ScanRecord.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {
const std::array<std::pair<ScanResult, const char16_t *>, 12> ResultNames = {{
    {ScanResult::Admitted, u"admitted"},
    {ScanResult::Reentered, u"reentered"},
    {ScanResult::AlreadyInside, u"already_inside"},
    {ScanResult::Exited, u"exited"},
    {ScanResult::AlreadyOutside, u"already_outside"},
    {ScanResult::NotCheckedIn, u"not_checked_in"},
    {ScanResult::Undone, u"undone"},
    {ScanResult::UnknownCode, u"unknown_code"},
    {ScanResult::InvalidCode, u"invalid_code"},
    {ScanResult::OtherEvent, u"other_event"},
    {ScanResult::Cancelled, u"cancelled"},
    {ScanResult::BadgeNotTicket, u"badge_not_ticket"},
}};
} // namespace

QString actionToText(ScanAction action)
{
    switch (action) {
    case ScanAction::Entry: return u"entry"_s;
    case ScanAction::Exit: return u"exit"_s;
    case ScanAction::Undo: return u"undo"_s;
    }
    return u"entry"_s;
}

ScanAction actionFromText(const QString &text)
{
    if (text == u"exit")
        return ScanAction::Exit;
    if (text == u"undo")
        return ScanAction::Undo;
    return ScanAction::Entry;
}

QString resultToText(ScanResult result)
{
    for (const auto &[value, name] : ResultNames) {
        if (value == result)
            return QString::fromUtf16(name);
    }
    return {};
}

ScanResult resultFromText(const QString &text)
{
    for (const auto &[value, name] : ResultNames) {
        if (text == QStringView(name))
            return value;
    }
    return ScanResult::UnknownCode;
}

bool isMovement(ScanResult result)
{
    return result == ScanResult::Admitted || result == ScanResult::Reentered || result == ScanResult::Exited;
}

} // namespace mannam
