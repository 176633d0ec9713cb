#include "CodeLookup.h"

#include "codes/TicketCode.h"

namespace mannam {

CodeLookup CodeLookup::find(EventStore &store, const QString &rawCode, const QString &eventTag)
{
    CodeLookup lookup;
    lookup.code = TicketCode::stripGrouping(rawCode);
    const auto shape = TicketCode::classify(lookup.code, eventTag);
    if (shape == TicketCode::Shape::Empty) {
        lookup.result = Result::Empty;
        return lookup;
    }
    if (shape == TicketCode::Shape::BadCheckDigit) {
        lookup.result = Result::BadCheckDigit;
        return lookup;
    }
    lookup.owner = store.findByCode(lookup.code);
    // Imported codes may hold letters; CapsLock or a Korean IME between the
    // scanner and us can change their case. Digits-only codes are unaffected.
    if (!lookup.owner && shape == TicketCode::Shape::Foreign)
        lookup.owner = store.findByCodeIgnoringCase(lookup.code);
    if (lookup.owner)
        lookup.result = Result::Found;
    else // an imported code may look like another event's by chance: only a miss says so
        lookup.result = shape == TicketCode::Shape::OtherEvent ? Result::OtherEvent : Result::Unknown;
    return lookup;
}

} // namespace mannam
