#pragma once

#include "storage/EventStore.h"

namespace mannam {

// Who a scanned or typed code belongs to, with the check digit checked before
// any lookup so that a misread never matches somebody else. Shared by the door
// and the bingo kiosk.
struct CodeLookup
{
    enum class Result { Found, Empty, BadCheckDigit, OtherEvent, Unknown };

    Result result = Result::Unknown;
    QString code;                                  // as looked up (grouping spaces removed)
    std::optional<EventStore::CodeOwner> owner;    // when Found

    static CodeLookup find(EventStore &store, const QString &rawCode, const QString &eventTag);
};

} // namespace mannam
