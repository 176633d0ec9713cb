// The import dry run (`mannam import --dry-run`, the import wizard's preview) on arbitrary file
// bytes, against an event that already has people: decoding, the reader, the header mapping,
// matching against existing people, merging and code assignment, and the report text.
//
// Properties, beyond "no crash, no sanitizer report":
//  - a plan that fails adds and updates nobody; otherwise one guess per column, at most one line
//    per data record, each at a line of the file, and the Added/Updated counts match the people
//    to add and to update;
//  - every person to add has a name, a ticket code and a badge code;
//  - after the plan, every code of the event is still unique: the tickets and badges of the
//    people kept, updated and added never collide (the database would refuse the import);
//  - the generated codes have our shape, with this event's tag.
#include "FuzzSupport.h"

#include "codes/TicketCode.h"
#include "storage/EventFile.h"
#include "transfer/AttendeeImporter.h"
#include "transfer/TextDecoding.h"

#include <QCoreApplication>
#include <QHash>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

const QString EventTag = u"4821"_s;

struct Fixture
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<EventFile> event;
    QList<Attendee> existing;
};

Fixture *fixture = nullptr;

QString ourCode(char16_t digit)
{
    QString code = EventTag + QString(TicketCode::RandomDigits, QChar(digit));
    code.append(QChar(u'0' + TicketCode::dammCheckDigit(code)));
    return code;
}

void checkCodesUnique(const ImportPlan &plan)
{
    QHash<qint64, Attendee> afterwards;
    for (const Attendee &a : std::as_const(fixture->existing))
        afterwards.insert(a.id, a);
    for (const Attendee &a : plan.toUpdate) {
        MANNAM_FUZZ_CHECK(afterwards.contains(a.id), "only people of the event are updated");
        Attendee updated = a;
        updated.badgeCode = afterwards.value(a.id).badgeCode; // updateAttendee keeps the badge code
        afterwards.insert(a.id, updated);
    }
    QSet<QString> codes;
    const auto claim = [&codes](const QString &code) {
        MANNAM_FUZZ_CHECK(!code.isEmpty(), "everybody has a ticket and a badge code");
        MANNAM_FUZZ_CHECK(!codes.contains(code), "no two tickets or badges share a code");
        codes.insert(code);
    };
    for (const Attendee &a : std::as_const(afterwards)) {
        claim(a.ticketCode);
        claim(a.badgeCode);
    }
    for (const Attendee &a : plan.toAdd) {
        claim(a.ticketCode);
        claim(a.badgeCode);
        MANNAM_FUZZ_CHECK(TicketCode::classify(a.badgeCode, EventTag) == TicketCode::Shape::Ours,
                          "a generated badge code is ours");
    }
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
    fixture->event = EventFile::create(fixture->dir->filePath(u"fuzz.mannam"_s), info);
    EventStore &store = fixture->event->store();

    // People a re-import can match: by external id, e-mail, phone, name, and ticket code.
    Attendee kim;
    kim.name = u"김민준"_s;
    kim.email = u"minjun@example.com"_s;
    kim.phone = u"010-1234-5678"_s;
    kim.externalId = u"F-1001"_s;
    kim.ticketCode = ourCode(u'1');
    kim.badgeCode = ourCode(u'2');
    kim.keywords = {u"Rust"_s, u"UI/UX"_s};
    Attendee park;
    park.name = u"Park Seo-yeon"_s;
    park.email = u"seoyeon@example.org"_s;
    park.ticketCode = u"EVT-gks24"_s;
    park.badgeCode = ourCode(u'3');
    for (Attendee *a : {&kim, &park}) {
        store.write([&] { store.insertAttendee(*a, QDateTime::currentDateTimeUtc()); });
        fixture->existing.append(*a);
    }
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
    const QByteArray bytes = fuzz::bytesOf(data, size);
    AttendeeImporter importer(fixture->event->store());
    const ImportPlan plan = importer.plan(bytes, ImportOptions{});
    AttendeeImporter::report(plan, true, true);

    if (!plan.ok()) {
        MANNAM_FUZZ_CHECK(plan.toAdd.isEmpty() && plan.toUpdate.isEmpty(), "a failed plan changes nobody");
        return 0;
    }
    MANNAM_FUZZ_CHECK(plan.fields.size() == plan.headers.size(), "one field per column");
    const DecodedText decoded = decodeText(bytes);
    MANNAM_FUZZ_CHECK(decoded.ok(), "a plan that worked was decodable");
    const qsizetype lines = fuzz::lineEnds(decoded.text) + 1;
    for (const ImportLine &line : plan.lines)
        MANNAM_FUZZ_CHECK(line.line >= 2 && line.line <= lines, "each planned line is a data line of the file");
    MANNAM_FUZZ_CHECK(plan.count(ImportLine::Outcome::Added) == plan.toAdd.size(), "one person to add per added line");
    MANNAM_FUZZ_CHECK(plan.count(ImportLine::Outcome::Updated) == plan.toUpdate.size(), "one person to update per updated line");
    for (const Attendee &a : plan.toAdd)
        MANNAM_FUZZ_CHECK(!a.name.isEmpty(), "everybody added has a name");
    checkCodesUnique(plan);
    return 0;
}
