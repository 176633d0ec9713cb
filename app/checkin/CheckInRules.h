#pragma once

#include "common/Attendee.h"
#include "AttendeeState.h"

namespace mannam::CheckInRules {

// What a scan of a known code comes to. Pure, so every rule is tested by table.
ScanResult decide(ScanAction action, AttendeeStatus status, CodeKind kind, const AttendeeState &state);

enum class Signal { Green, Yellow, Red };
Signal signalFor(ScanResult result);

} // namespace mannam::CheckInRules
