// Where scanned text goes: the kiosk's PIN QR ("MANNAM-PIN:…") first, then the code lookup that
// the door and the kiosk share (grouping removed, check digit checked before any lookup, exact
// match, then a case-forgiving match for imported codes), then the door's rules for what was
// found (ticket, badge, cancelled). Runs on a real event file with people whose tickets and
// badges follow our shape, an imported platform code, and an imported code that happens to look
// like another event's.
//
// Properties, beyond "no crash, no sanitizer report":
//  - PIN: a payload is recognised only with the prefix (any case); the PIN inside, put back
//    with qrPayload(), is the payload again; a PIN payload never matches a person.
//  - a 24-digit code with a wrong check digit is refused as such and never matches anybody;
//  - lookup against an independent model of the people stored: the looked-up code is
//    stripGrouping(input); Empty exactly for empty codes; BadCheckDigit exactly when classify
//    says so, and then nobody is found; Found names the person (and the kind: ticket or badge)
//    whose code is equal, or equal ignoring ASCII case for an imported code that is unique that
//    way; a miss happens exactly when the model has no such person; OtherEvent only for a valid
//    code of another event that nobody holds.
//  - the door: a found ticket of a registered person admits (green); a badge never does; a
//    cancelled registration is red.
#include "FuzzSupport.h"

#include "bingo/KioskPin.h"
#include "checkin/CheckInRules.h"
#include "checkin/CodeLookup.h"
#include "codes/TicketCode.h"
#include "storage/EventFile.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

const QString EventTag = u"4821"_s;

struct Person
{
    QString name;
    QString ticketCode;
    QString badgeCode;
    AttendeeStatus status = AttendeeStatus::Registered;
};

struct Fixture
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<EventFile> event;
    QList<Person> people;
};

Fixture *fixture = nullptr;

// Our shape with fixed "random" digits, so that the seed corpus can hold the real codes.
QString ourCode(const QString &tag, char16_t digit)
{
    QString code = tag + QString(TicketCode::RandomDigits, QChar(digit));
    code.append(QChar(u'0' + TicketCode::dammCheckDigit(code)));
    return code;
}

// SQLite's lower() folds ASCII letters only; so does the model.
QString asciiLower(const QString &text)
{
    QString lowered = text;
    for (QChar &c : lowered) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(char16_t(c.unicode() + (u'a' - u'A')));
    }
    return lowered;
}

struct Expected
{
    const Person *person = nullptr;
    CodeKind kind = CodeKind::Ticket;
};

// What the lookup should find for an already stripped code, from the list of people alone.
Expected expectedOwner(const QString &code, TicketCode::Shape shape)
{
    for (const Person &p : std::as_const(fixture->people)) {
        if (p.ticketCode == code)
            return {&p, CodeKind::Ticket};
        if (p.badgeCode == code)
            return {&p, CodeKind::Badge};
    }
    if (shape != TicketCode::Shape::Foreign)
        return {};
    Expected unique;
    int matches = 0;
    for (const Person &p : std::as_const(fixture->people)) {
        if (asciiLower(p.ticketCode) == asciiLower(code)) {
            unique = {&p, CodeKind::Ticket};
            ++matches;
        }
        if (asciiLower(p.badgeCode) == asciiLower(code)) {
            unique = {&p, CodeKind::Badge};
            ++matches;
        }
    }
    return matches == 1 ? unique : Expected{};
}

void checkPinPayload(const QString &scanned, const std::optional<QString> &pin)
{
    if (!pin) {
        MANNAM_FUZZ_CHECK(!scanned.trimmed().startsWith(u"MANNAM-PIN:"_s, Qt::CaseInsensitive),
                          "every payload with the prefix is a PIN payload");
        return;
    }
    MANNAM_FUZZ_CHECK(KioskPin::qrPayload(*pin).compare(scanned.trimmed(), Qt::CaseInsensitive) == 0,
                      "the PIN put back into a payload is the scanned payload");
    MANNAM_FUZZ_CHECK(KioskPin::fromPayload(KioskPin::qrPayload(*pin)) == pin, "PIN payloads round-trip");
}

void checkLookup(const QString &scanned, const CodeLookup &lookup, bool isPinPayload)
{
    const QString code = TicketCode::stripGrouping(scanned);
    MANNAM_FUZZ_CHECK(lookup.code == code, "the code looked up is the input without grouping");
    const TicketCode::Shape shape = TicketCode::classify(code, EventTag);
    MANNAM_FUZZ_CHECK((lookup.result == CodeLookup::Result::Empty) == code.isEmpty(), "Empty exactly for empty codes");
    MANNAM_FUZZ_CHECK((lookup.result == CodeLookup::Result::BadCheckDigit) == (shape == TicketCode::Shape::BadCheckDigit),
                      "BadCheckDigit exactly when the check digit is wrong");
    MANNAM_FUZZ_CHECK(lookup.result == CodeLookup::Result::Found || !lookup.owner, "only a found code has an owner");
    // The door's first promise, checked without classify(): a misread of one of our codes
    // (24 digits, wrong check digit) is refused as such, and never matches anybody.
    const bool ourLength = code.size() == TicketCode::Length
            && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (ourLength && !TicketCode::hasValidCheckDigit(code))
        MANNAM_FUZZ_CHECK(lookup.result == CodeLookup::Result::BadCheckDigit, "a misread of our code is refused, never looked up");

    if (shape == TicketCode::Shape::Empty || shape == TicketCode::Shape::BadCheckDigit)
        return;
    const Expected expected = expectedOwner(code, shape);
    if (!expected.person) {
        MANNAM_FUZZ_CHECK(lookup.result != CodeLookup::Result::Found, "nobody is found whose code does not match");
        MANNAM_FUZZ_CHECK((lookup.result == CodeLookup::Result::OtherEvent) == (shape == TicketCode::Shape::OtherEvent),
                          "OtherEvent exactly for another event's valid code that nobody holds");
        return;
    }
    MANNAM_FUZZ_CHECK(!isPinPayload, "a PIN payload never matches a person");
    MANNAM_FUZZ_CHECK(lookup.result == CodeLookup::Result::Found && lookup.owner, "a matching code is found");
    MANNAM_FUZZ_CHECK(lookup.owner->attendee.name == expected.person->name, "the code's owner is found, nobody else");
    MANNAM_FUZZ_CHECK(lookup.owner->kind == expected.kind, "a ticket is a ticket and a badge a badge");

    const ScanResult atDoor = CheckInRules::decide(ScanAction::Entry, lookup.owner->attendee.status, lookup.owner->kind, {});
    const bool green = CheckInRules::signalFor(atDoor) == CheckInRules::Signal::Green;
    const bool shouldAdmit = expected.kind == CodeKind::Ticket && expected.person->status == AttendeeStatus::Registered;
    MANNAM_FUZZ_CHECK(green == shouldAdmit, "only a registered person's ticket admits at the door");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fixture = new Fixture;
    fixture->app = std::make_unique<QCoreApplication>(*argc, *argv);
    fixture->dir = std::make_unique<QTemporaryDir>();
    EventInfo info;
    info.name = u"Fuzz Meetup"_s;
    info.codeTag = EventTag;
    info.desks = {u"Desk 1"_s};
    fixture->event = EventFile::create(fixture->dir->filePath(u"fuzz.mannam"_s), info);

    fixture->people = {
        {u"김민준"_s, ourCode(EventTag, u'1'), ourCode(EventTag, u'2'), AttendeeStatus::Registered},
        {u"Cancelled Lee"_s, ourCode(EventTag, u'3'), ourCode(EventTag, u'4'), AttendeeStatus::Cancelled},
        // Imported from a platform: letters, which a CapsLock or the Korean IME may change in case.
        {u"Imported Park"_s, u"EVT-gks24"_s, ourCode(EventTag, u'5'), AttendeeStatus::Registered},
        // An imported code that looks like a valid code of another event.
        {u"Lookalike Choi"_s, ourCode(u"9999"_s, u'6'), ourCode(EventTag, u'7'), AttendeeStatus::Registered},
        {u"행사 Jung"_s, u"행사-Ab1"_s, ourCode(EventTag, u'8'), AttendeeStatus::Registered},
    };
    EventStore &store = fixture->event->store();
    for (const Person &p : std::as_const(fixture->people)) {
        Attendee a;
        a.name = p.name;
        a.status = p.status;
        a.ticketCode = p.ticketCode;
        a.badgeCode = p.badgeCode;
        store.write([&] { store.insertAttendee(a, QDateTime::currentDateTimeUtc()); });
    }
    MANNAM_FUZZ_CHECK(store.allCodes().size() == 2 * fixture->people.size(), "the fixture's codes are all stored");
    // libFuzzer ends with exit(): remove the event file and its folder then. Registered last,
    // so that it runs before the destructors of Qt's SQL statics made above.
    std::atexit([] {
        delete fixture;
        fixture = nullptr;
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0; // a QR holds less; longer inputs only slow the lookups down
    const QString scanned = fuzz::textOf(data, size);
    const std::optional<QString> pin = KioskPin::fromPayload(scanned);
    checkPinPayload(scanned, pin);
    const CodeLookup lookup = CodeLookup::find(fixture->event->store(), scanned, EventTag);
    checkLookup(scanned, lookup, pin.has_value());
    return 0;
}
