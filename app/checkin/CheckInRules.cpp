#include "CheckInRules.h"

namespace mannam::CheckInRules {

ScanResult decide(ScanAction action, AttendeeStatus status, CodeKind kind, const AttendeeState &state)
{
    if (action == ScanAction::Exit) {
        if (!state.admitted)
            return ScanResult::NotCheckedIn;
        return state.inside ? ScanResult::Exited : ScanResult::AlreadyOutside;
    }
    // Entry. A person already inside is told so whatever code they show.
    if (state.admitted && state.inside)
        return ScanResult::AlreadyInside;
    if (status == AttendeeStatus::Cancelled)
        return ScanResult::Cancelled;
    if (kind == CodeKind::Badge)
        return state.admitted ? ScanResult::Reentered : ScanResult::BadgeNotTicket;
    return state.admitted ? ScanResult::Reentered : ScanResult::Admitted;
}

Signal signalFor(ScanResult result)
{
    switch (result) {
    case ScanResult::Admitted:
    case ScanResult::Reentered:
    case ScanResult::Exited:
    case ScanResult::Undone:
        return Signal::Green;
    case ScanResult::AlreadyInside:
    case ScanResult::AlreadyOutside:
        return Signal::Yellow;
    default:
        return Signal::Red;
    }
}

} // namespace mannam::CheckInRules
