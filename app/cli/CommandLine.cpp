#include "CommandLine.h"

#include "bingo/BingoRules.h"
#include "bingo/BingoService.h"
#include "bingo/KioskPin.h"
#include "checkin/CheckInService.h"
#include "scanning/DecodeCommand.h"
#include "storage/BingoStore.h"
#include "storage/EventCopy.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"
#include "tickets/TicketWriter.h"
#include "transfer/AttendeeImporter.h"
#include "transfer/CsvReader.h"
#include "transfer/EventExporter.h"
#include "transfer/KeywordFile.h"
#include "transfer/TextDecoding.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

const QStringList Verbs = {u"new"_s,   u"import"_s, u"export"_s, u"tickets"_s, u"checkin"_s,
                           u"stats"_s, u"bingo"_s,  u"meet"_s,   u"prize"_s,   u"decode"_s,
                           u"publish"_s, u"pull"_s};

// A parser for one verb: positional arguments and options, no --help/--version
// of its own (the top-level usage text covers them).
struct VerbParser
{
    QCommandLineParser parser;
    explicit VerbParser(const QList<QCommandLineOption> &options)
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions(options);
    }
    bool parse(const QStringList &arguments, QString *error)
    {
        // arguments: program, verb, rest. Drop the verb so positionals start at 0.
        QStringList withoutVerb = arguments;
        withoutVerb.removeAt(1);
        if (!parser.parse(withoutVerb)) {
            *error = parser.errorText();
            return false;
        }
        return true;
    }
    QStringList positional() const { return parser.positionalArguments(); }
};

// Would writing `output` destroy the event (its file or its WAL/shared-memory companions)?
bool isEventFileOrCompanion(const QString &output, const QString &eventPath)
{
    const QString event = QFileInfo(eventPath).absoluteFilePath();
    const QString target = QFileInfo(output).absoluteFilePath();
    const QString eventCanonical = QFileInfo(eventPath).canonicalFilePath();
    const QString targetCanonical = QFileInfo(output).canonicalFilePath();
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (target == event + suffix || (!targetCanonical.isEmpty() && targetCanonical == eventCanonical + suffix))
            return true;
    }
    return false;
}

QDateTime parseDateTime(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed; // a time without an offset is local time
}

// "on"/"off" for the bingo's switches.
std::optional<bool> parseOnOff(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == u"on")
        return true;
    if (value == u"off")
        return false;
    return std::nullopt;
}

QString onOff(bool value)
{
    return value ? u"on"_s : u"off"_s;
}

// "HH:MM-HH:MM" (an en dash works too) into the kiosk's opening and closing time.
std::optional<std::pair<QTime, QTime>> parseKioskHours(const QString &text)
{
    static const QRegularExpression hours(u"^\\s*(\\d{1,2}:\\d\\d)\\s*[-–]\\s*(\\d{1,2}:\\d\\d)\\s*$"_s);
    const QRegularExpressionMatch match = hours.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime opens = QTime::fromString(match.captured(1).rightJustified(5, u'0'), u"HH:mm"_s);
    const QTime closes = QTime::fromString(match.captured(2).rightJustified(5, u'0'), u"HH:mm"_s);
    if (!opens.isValid() || !closes.isValid())
        return std::nullopt;
    return std::pair{opens, closes};
}

// The local time of day of a UTC moment, as the kiosk shows it.
QString clockTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(u"HH:mm"_s);
}

} // namespace

bool CommandLine::isVerb(const QString &word)
{
    return Verbs.contains(word);
}

bool CommandLine::needsGui(const QString &verb)
{
    return verb == u"tickets";
}

QString CommandLine::usage()
{
    return tr("Usage:\n"
              "  mannam [EVENT]                                    open the app on an event file\n"
              "  mannam --demo                                     open the app on the demo event\n"
              "  mannam new EVENT --name NAME [--venue V] [--starts ISO] [--ends ISO] [--desk NAME]...\n"
              "  mannam import EVENT CSV [--encoding auto|utf-8|cp949] [--map COLUMN=FIELD]... [--dry-run]\n"
              "  mannam export EVENT (--attendance|--scans|--meetings|--winners|--contacts) OUT.csv\n"
              "                                                    --contacts: one row per meeting of two people\n"
              "                                                    who both consented to share their contacts\n"
              "  mannam tickets EVENT --out DIR\n"
              "  mannam checkin EVENT CODE... | - [--desk NAME] [--exit] [--wait SECONDS]\n"
              "  mannam stats EVENT [--json]\n"
              "  mannam bingo EVENT [--size 0|3|4|5] [--lines N] [--free-centre on|off] [--keywords FILE.csv]\n"
              "               [--needs-checkin on|off] [--kiosk-hours HH:MM-HH:MM|always]\n"
              "               [--big-screen-names full|first] [--pin DIGITS]\n"
              "                                                    set the networking bingo (no options: show it)\n"
              "  mannam meet EVENT CODE_A CODE_B [--kiosk NAME]    record that two people met (bingo)\n"
              "  mannam prize EVENT CODE [--by NAME]               record a bingo prize handed over\n"
              "  mannam decode IMAGE...                            print the code in each image (or \"no code\")\n"
              "  mannam publish EVENT postgresql://USER@HOST[:PORT]/DB   copy an event file to an empty database\n"
              "                                                    on a server, for several desks to share\n"
              "  mannam pull postgresql://USER@HOST[:PORT]/DB EVENT      take a local copy of a shared event\n"
              "  (EVENT may be a postgresql:// address wherever an event file is read or written;\n"
              "  the password comes from the address, PGPASSWORD or ~/.pgpass and is never printed)\n"
              "  mannam EVENT --desk | --video FILE                open the registration desk (camera or video)\n"
              "  mannam EVENT --kiosk [--video FILE]               open the bingo kiosk, full screen (organizer PIN leaves)\n"
              "  mannam EVENT --big-screen                         open the bingo big screen for a projector\n"
              "  mannam --version | --help\n"
              "\n"
              "Exit codes: 0 done (checkin: admitted), 1 already checked in, 2 refused (checkin, meet,\n"
              "prize, bingo rules), 3 bad arguments, 4 event file error, 5 input file error, 6 output error.\n");
}

int CommandLine::usageError(const QString &message)
{
    m_err << message << u'\n' << usage();
    m_err.flush();
    return UsageError;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    try {
        if (verb == u"new")
            return runNew(arguments);
        if (verb == u"import")
            return runImport(arguments);
        if (verb == u"export")
            return runExport(arguments);
        if (verb == u"tickets")
            return runTickets(arguments);
        if (verb == u"checkin")
            return runCheckIn(arguments);
        if (verb == u"stats")
            return runStats(arguments);
        if (verb == u"bingo")
            return runBingo(arguments);
        if (verb == u"meet")
            return runMeet(arguments);
        if (verb == u"prize")
            return runPrize(arguments);
        if (verb == u"publish" || verb == u"pull")
            return runCopy(arguments);
        if (verb == u"decode") {
            if (arguments.size() < 3)
                return usageError(tr("decode: give one or more image files."));
            return runDecodeCommand(arguments.mid(2), m_out, m_err);
        }
    } catch (const StorageError &error) {
        m_err << error.message() << u'\n';
        m_err.flush();
        return EventFileError;
    }
    return usageError(tr("Unknown command '%1'.").arg(verb));
}

int CommandLine::runNew(const QStringList &arguments)
{
    const QCommandLineOption name(u"name"_s, tr("Event name."), u"NAME"_s);
    const QCommandLineOption venue(u"venue"_s, tr("Venue."), u"VENUE"_s);
    const QCommandLineOption starts(u"starts"_s, tr("Start (ISO 8601)."), u"ISO"_s);
    const QCommandLineOption ends(u"ends"_s, tr("End (ISO 8601)."), u"ISO"_s);
    const QCommandLineOption desk(u"desk"_s, tr("A desk name (repeatable)."), u"NAME"_s);
    VerbParser p({name, venue, starts, ends, desk});
    QString error;
    if (!p.parse(arguments, &error))
        return usageError(error);
    if (p.positional().size() != 1)
        return usageError(tr("new: give one event file name."));
    if (p.parser.value(name).trimmed().isEmpty())
        return usageError(tr("new: --name is required."));

    EventInfo info;
    info.name = p.parser.value(name).trimmed();
    info.venue = p.parser.value(venue).trimmed();
    info.desks = p.parser.values(desk);
    for (const auto &[option, target] : {std::pair{&starts, &info.startsAt}, std::pair{&ends, &info.endsAt}}) {
        if (!p.parser.isSet(*option))
            continue;
        *target = parseDateTime(p.parser.value(*option));
        if (!target->isValid())
            return usageError(tr("new: '%1' is not an ISO 8601 date and time (e.g. 2026-11-28T14:00+09:00).")
                                      .arg(p.parser.value(*option)));
    }
    if (info.startsAt.isValid() && info.endsAt.isValid() && info.endsAt < info.startsAt)
        return usageError(tr("new: the event ends before it starts."));

    const QString path = p.positional().constFirst();
    auto event = EventFile::create(path, info);
    // event->path(): for a shared event, the address without its password.
    m_out << tr("Created %1 (%2).").arg(Database::isSharedLocation(path) ? event->path() : path, info.name)
          << u'\n';
    return Ok;
}

int CommandLine::runImport(const QStringList &arguments)
{
    const QCommandLineOption encoding(u"encoding"_s, tr("auto, utf-8 or cp949."), u"ENCODING"_s, u"auto"_s);
    const QCommandLineOption map(u"map"_s, tr("COLUMN=FIELD (repeatable)."), u"COLUMN=FIELD"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Show what would change; change nothing."));
    VerbParser p({encoding, map, dryRun});
    QString error;
    if (!p.parse(arguments, &error))
        return usageError(error);
    if (p.positional().size() != 2)
        return usageError(tr("import: give the event file and the CSV file."));

    ImportOptions options;
    const auto chosen = encodingFromName(p.parser.value(encoding));
    if (!chosen)
        return usageError(tr("import: unknown encoding '%1' (use auto, utf-8 or cp949).").arg(p.parser.value(encoding)));
    options.encoding = *chosen;
    const QStringList maps = p.parser.values(map);
    for (const QString &mapping : maps) {
        const qsizetype equals = mapping.lastIndexOf(u'=');
        if (equals <= 0)
            return usageError(tr("import: --map takes COLUMN=FIELD, not '%1'.").arg(mapping));
        const QString field = mapping.mid(equals + 1).trimmed();
        if (!fieldFromName(field))
            return usageError(tr("import: unknown field '%1' in --map. Fields: %2")
                                      .arg(field, allFieldNames().join(u", "_s)));
        options.explicitMapping.append({mapping.left(equals), field});
    }

    QFile csv(p.positional().at(1));
    if (!csv.open(QIODevice::ReadOnly)) {
        m_err << tr("Cannot read %1: %2").arg(csv.fileName(), csv.errorString()) << u'\n';
        return InputError;
    }
    const QByteArray bytes = csv.readAll();

    const bool dry = p.parser.isSet(dryRun);
    // A dry run changes nothing, not even the file format of an older event.
    auto event = dry ? EventFile::openForReading(p.positional().constFirst())
                     : EventFile::open(p.positional().constFirst());
    AttendeeImporter importer(event->store());
    const ImportPlan plan = dry ? importer.plan(bytes, options) : importer.import(bytes, options);
    if (!plan.ok()) {
        m_err << tr("%1: nothing imported. %2").arg(csv.fileName(), plan.error) << u'\n';
        return InputError;
    }
    m_out << AttendeeImporter::report(plan, dry, dry) << u'\n';
    return Ok;
}

int CommandLine::runExport(const QStringList &arguments)
{
    const QCommandLineOption attendance(u"attendance"_s, tr("One row per attendee."));
    const QCommandLineOption scans(u"scans"_s, tr("One row per check-in log entry."));
    const QCommandLineOption meetings(u"meetings"_s, tr("One row per bingo meeting: who met whom."));
    const QCommandLineOption winners(u"winners"_s, tr("The bingo winners in order, with their prizes."));
    const QCommandLineOption contacts(u"contacts"_s,
                                      tr("People who met, one row per pair who both consented to share "
                                         "their contact details."));
    VerbParser p({attendance, scans, meetings, winners, contacts});
    QString error;
    if (!p.parse(arguments, &error))
        return usageError(error);
    if (p.positional().size() != 2)
        return usageError(tr("export: give the event file and the output CSV file."));
    const QList<const QCommandLineOption *> kinds = {&attendance, &scans, &meetings, &winners, &contacts};
    if (std::count_if(kinds.cbegin(), kinds.cend(), [&](const QCommandLineOption *kind) {
            return p.parser.isSet(*kind);
        }) != 1)
        return usageError(tr("export: choose one of --attendance, --scans, --meetings, --winners or --contacts."));

    const QString out = p.positional().at(1);
    if (isEventFileOrCompanion(out, p.positional().constFirst()))
        return usageError(tr("export: the output file would replace the event file itself."));
    auto event = EventFile::openForReading(p.positional().constFirst());
    EventExporter exporter(event->store());
    const bool written = p.parser.isSet(attendance) ? exporter.exportAttendance(out, &error)
                         : p.parser.isSet(scans)    ? exporter.exportScans(out, &error)
                         : p.parser.isSet(meetings) ? exporter.exportMeetings(out, &error)
                         : p.parser.isSet(winners)  ? exporter.exportWinners(out, &error)
                                                    : exporter.exportContacts(out, &error);
    if (!written) {
        m_err << error << u'\n';
        return OutputError;
    }
    m_out << tr("Wrote %1").arg(out) << u'\n';
    return Ok;
}

int CommandLine::runTickets(const QStringList &arguments)
{
    const QCommandLineOption outDir(u"out"_s, tr("Output folder."), u"DIR"_s);
    VerbParser p({outDir});
    QString error;
    if (!p.parse(arguments, &error))
        return usageError(error);
    if (p.positional().size() != 1 || !p.parser.isSet(outDir))
        return usageError(tr("tickets: give the event file and --out DIR."));

    auto event = EventFile::openForReading(p.positional().constFirst());
    const QList<Attendee> attendees = event->store().attendees();
    const bool anyoneToAdmit = std::any_of(attendees.cbegin(), attendees.cend(), [](const Attendee &a) {
        return a.status == AttendeeStatus::Registered;
    });
    if (!anyoneToAdmit) {
        m_out << tr("Nobody is registered (or everyone cancelled): no tickets to write.") << u'\n';
        return Ok;
    }
    const TicketWriter writer(event->store().eventInfo());
    const TicketBatchResult result = writer.write(attendees, p.parser.value(outDir));
    if (!result.ok()) {
        m_err << result.error << u'\n';
        return OutputError;
    }
    m_out << tr("Wrote %n ticket(s): %1, %2 and %3", nullptr, result.written)
                     .arg(QDir::toNativeSeparators(result.pdfPath), QDir::toNativeSeparators(result.csvPath),
                          QDir::toNativeSeparators(result.pngDir))
          << u'\n';
    if (result.skippedCancelled > 0)
        m_out << tr("Skipped %n cancelled registration(s).", nullptr, result.skippedCancelled) << u'\n';
    return Ok;
}

int CommandLine::runCheckIn(const QStringList &arguments)
{
    const QCommandLineOption desk(u"desk"_s, tr("Desk name."), u"NAME"_s, QSysInfo::machineHostName());
    const QCommandLineOption exitMode(u"exit"_s, tr("Record an exit instead of an entry."));
    const QCommandLineOption wait(u"wait"_s,
                                  tr("Seconds to wait for another desk's write on an event file before "
                                     "giving up (default 3)."),
                                  u"SECONDS"_s, u"3"_s);
    VerbParser p({desk, exitMode, wait});
    QString error;
    if (!p.parse(arguments, &error))
        return usageError(error);
    bool waitIsNumber = false;
    const int waitSeconds = p.parser.value(wait).toInt(&waitIsNumber);
    if (!waitIsNumber || waitSeconds < 0 || waitSeconds > 600)
        return usageError(tr("checkin: --wait takes a number of seconds from 0 to 600."));
    QStringList codes = p.positional().mid(1);
    codes.removeIf([](const QString &code) { return code.trimmed().isEmpty(); });
    if (p.positional().size() < 2 || codes.isEmpty())
        return usageError(tr("checkin: give the event file and the code."));

    auto event = EventFile::open(p.positional().constFirst(), Database::Access::ReadWrite, waitSeconds * 1000);
    CheckInService service(event->store());
    const ScanAction action = p.parser.isSet(exitMode) ? ScanAction::Exit : ScanAction::Entry;
    // Each line is printed only after its check-in is on disk, so a script
    // (or a crash test) may trust every line it has read.
    int worst = Ok;
    const auto checkIn = [&](const QString &code) {
        const CheckInOutcome outcome = service.scan(code, p.parser.value(desk), action);
        m_out << outcome.summary() << u'\n';
        m_out.flush();
        switch (outcome.signal()) {
        case CheckInRules::Signal::Green: break;
        case CheckInRules::Signal::Yellow: worst = std::max(worst, int(Already)); break;
        case CheckInRules::Signal::Red: worst = std::max(worst, int(Refused)); break;
        }
    };
    if (codes == QStringList{u"-"_s}) {
        QTextStream in(stdin);
        for (QString line; in.readLineInto(&line);) {
            if (!line.trimmed().isEmpty())
                checkIn(line.trimmed());
        }
    } else {
        for (const QString &code : std::as_const(codes))
            checkIn(code);
    }
    return worst;
}

int CommandLine::runCopy(const QStringList &arguments)
{
    const bool publish = arguments.value(1) == u"publish";
    VerbParser p({});
    QString error;
    if (!p.parse(arguments, &error))
        return usageError(error);
    if (p.positional().size() != 2)
        return usageError(publish ? tr("publish: give the event file and the server address.")
                                  : tr("pull: give the server address and the new event file."));
    const QString from = p.positional().at(0);
    const QString to = p.positional().at(1);
    const EventCopyCounts counts = publish ? EventCopy::publish(from, to) : EventCopy::pull(from, to);
    // Addresses as Database shows them: without the password.
    const QString shown = EventFile::open(to, Database::Access::ReadOnly)->path();
    m_out << (publish ? tr("Published to %1: %2 attendees, %3 scans, %4 meetings.")
                      : tr("Pulled into %1: %2 attendees, %3 scans, %4 meetings."))
                     .arg(shown)
                     .arg(counts.attendees)
                     .arg(counts.scans)
                     .arg(counts.meetings)
          << u'\n';
    return Ok;
}

int CommandLine::runStats(const QStringList &arguments)
{
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    VerbParser p({json});
    QString error;
    if (!p.parse(arguments, &error))
        return usageError(error);
    if (p.positional().size() != 1)
        return usageError(tr("stats: give the event file."));

    auto event = EventFile::openForReading(p.positional().constFirst());
    const EventStats stats = event->store().stats();
    const QString name = event->store().eventInfo().name;
    if (p.parser.isSet(json)) {
        const QJsonObject object{{u"event"_s, name},
                                 {u"registered"_s, stats.registered},
                                 {u"cancelled"_s, stats.cancelled},
                                 {u"checked_in"_s, stats.checkedIn},
                                 {u"inside"_s, stats.inside},
                                 {u"scans"_s, stats.scans},
                                 {u"meetings"_s, stats.meetings},
                                 {u"winners"_s, stats.winners}};
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Ok;
    }
    m_out << tr("Event:         %1").arg(name) << u'\n'
          << tr("Registered:    %1").arg(stats.registered) << u'\n'
          << tr("Cancelled:     %1").arg(stats.cancelled) << u'\n'
          << tr("Checked in:    %1").arg(stats.checkedIn) << u'\n'
          << tr("Inside now:    %1").arg(stats.inside) << u'\n'
          << tr("Scans:         %1").arg(stats.scans) << u'\n'
          << tr("Meetings:      %1").arg(stats.meetings) << u'\n'
          << tr("Bingo winners: %1").arg(stats.winners) << u'\n';
    // Scans made offline at two desks for the same person (shared events).
    const QList<SyncConflict> conflicts = event->store().conflicts();
    for (const SyncConflict &conflict : conflicts) {
        m_out << tr("Conflict: %1 admitted offline at %2 at %3; the server had them already (%4).")
                         .arg(conflict.attendeeName, conflict.desk,
                              conflict.offlineAt.toLocalTime().toString(u"HH:mm:ss"_s), conflict.serverResult)
              << u'\n';
    }
    return Ok;
}

int CommandLine::runBingo(const QStringList &arguments)
{
    const QCommandLineOption size(u"size"_s, tr("Card size: 3, 4 or 5; 0 = suggested from the number registered."),
                                  u"N"_s);
    const QCommandLineOption lines(u"lines"_s, tr("Lines (rows, columns, diagonals) needed to win."), u"N"_s);
    const QCommandLineOption freeCentre(u"free-centre"_s, tr("A free centre square (odd sizes): on or off."),
                                        u"on|off"_s);
    const QCommandLineOption keywords(u"keywords"_s,
                                      tr("The keyword pool: a CSV of Korean label, English label, category."),
                                      u"FILE"_s);
    const QCommandLineOption needsCheckIn(u"needs-checkin"_s,
                                          tr("A meeting needs both people checked in at the door: on or off."),
                                          u"on|off"_s);
    const QCommandLineOption kioskHours(u"kiosk-hours"_s, tr("When the kiosk takes meetings: HH:MM-HH:MM or always."),
                                        u"HOURS"_s);
    const QCommandLineOption bigScreenNames(u"big-screen-names"_s, tr("Names on the big screen: full or first."),
                                            u"full|first"_s);
    const QCommandLineOption pin(u"pin"_s, tr("The organizer PIN that leaves kiosk mode: 4 to 12 digits."),
                                 u"DIGITS"_s);
    VerbParser p({size, lines, freeCentre, keywords, needsCheckIn, kioskHours, bigScreenNames, pin});
    QString error;
    if (!p.parse(arguments, &error))
        return usageError(error);
    if (p.positional().size() != 1)
        return usageError(tr("bingo: give the event file."));
    const QCommandLineParser &parser = p.parser;

    // Every value is checked before anything is read or written.
    std::optional<int> wantedSize;
    if (parser.isSet(size)) {
        bool number = false;
        const int value = parser.value(size).trimmed().toInt(&number);
        if (!number || (value != 0 && (value < BingoRules::MinCardSize || value > BingoRules::MaxCardSize)))
            return usageError(tr("bingo: --size takes 3, 4 or 5 (or 0 for the suggested size), not '%1'.")
                                      .arg(parser.value(size)));
        wantedSize = value;
    }
    std::optional<int> wantedLines;
    if (parser.isSet(lines)) {
        bool number = false;
        const int value = parser.value(lines).trimmed().toInt(&number);
        if (!number || value < 1)
            return usageError(tr("bingo: --lines takes a number of lines from 1, not '%1'.").arg(parser.value(lines)));
        wantedLines = value;
    }
    std::optional<bool> wantedFreeCentre;
    std::optional<bool> wantedNeedsCheckIn;
    for (const auto &[option, target] : {std::pair{&freeCentre, &wantedFreeCentre},
                                         std::pair{&needsCheckIn, &wantedNeedsCheckIn}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parseOnOff(parser.value(*option));
        if (!target->has_value())
            return usageError(tr("bingo: --%1 takes on or off, not '%2'.")
                                      .arg(option->names().constFirst(), parser.value(*option)));
    }
    std::optional<std::pair<QTime, QTime>> wantedHours;
    if (parser.isSet(kioskHours)) {
        const QString text = parser.value(kioskHours);
        if (text.trimmed().compare(u"always"_s, Qt::CaseInsensitive) == 0) {
            wantedHours = std::pair{QTime(), QTime()};
        } else {
            wantedHours = parseKioskHours(text);
            if (!wantedHours)
                return usageError(tr("bingo: --kiosk-hours takes HH:MM-HH:MM (e.g. 18:30-21:00) or always, "
                                     "not '%1'.")
                                          .arg(text));
            if (wantedHours->first == wantedHours->second)
                return usageError(tr("bingo: --kiosk-hours %1 would never be open.").arg(text));
        }
    }
    std::optional<bool> wantedFirstNames;
    if (parser.isSet(bigScreenNames)) {
        const QString value = parser.value(bigScreenNames).trimmed().toLower();
        if (value != u"full" && value != u"first")
            return usageError(tr("bingo: --big-screen-names takes full or first, not '%1'.")
                                      .arg(parser.value(bigScreenNames)));
        wantedFirstNames = value == u"first";
    }
    const bool pinGiven = parser.isSet(pin);
    if (pinGiven && !KioskPin::isAcceptable(parser.value(pin)))
        // The value is not echoed: a mistyped PIN is nearly the PIN.
        return usageError(tr("bingo: --pin takes %1 to %2 digits (nothing else).")
                                  .arg(KioskPin::MinLength)
                                  .arg(KioskPin::MaxLength));

    std::optional<QList<BingoKeyword>> pool;
    QString poolReport;
    if (parser.isSet(keywords)) {
        QFile csv(parser.value(keywords));
        if (!csv.open(QIODevice::ReadOnly)) {
            m_err << tr("Cannot read %1: %2").arg(csv.fileName(), csv.errorString()) << u'\n';
            return InputError;
        }
        const KeywordFile file = KeywordFile::read(csv.readAll());
        if (!file.ok()) {
            m_err << tr("%1: bingo not changed. %2").arg(csv.fileName(), file.error) << u'\n';
            return InputError;
        }
        pool = file.pool;
        poolReport = tr("Keywords loaded: %1 from %2 (%3, %4).")
                             .arg(file.pool.size())
                             .arg(csv.fileName(), encodingName(file.encoding),
                                  file.hadHeader ? tr("header row") : tr("no header row"));
    }

    const bool rulesGiven = wantedSize.has_value() || wantedLines.has_value() || wantedFreeCentre.has_value()
            || wantedNeedsCheckIn.has_value() || wantedHours.has_value() || wantedFirstNames.has_value()
            || pool.has_value();
    const QString path = p.positional().constFirst();
    if (!rulesGiven && !pinGiven) {
        auto event = EventFile::openForReading(path);
        printBingoSummary(event->store());
        return Ok;
    }

    auto event = EventFile::open(path);
    EventStore &store = event->store();
    BingoService service(store);
    // The rules and the PIN change together or not at all: a refusal rolls
    // the one transaction back.
    struct Refusal
    {
        BingoOutcome outcome;
    };
    try {
        store.write([&] {
            if (rulesGiven) {
                BingoSettings wanted = service.settings();
                wanted.cardSize = wantedSize.value_or(wanted.cardSize);
                wanted.linesToWin = wantedLines.value_or(wanted.linesToWin);
                wanted.freeCentre = wantedFreeCentre.value_or(wanted.freeCentre);
                wanted.meetingNeedsCheckIn = wantedNeedsCheckIn.value_or(wanted.meetingNeedsCheckIn);
                if (wantedHours) {
                    wanted.kioskOpens = wantedHours->first;
                    wanted.kioskCloses = wantedHours->second;
                }
                wanted.bigScreenFirstNamesOnly = wantedFirstNames.value_or(wanted.bigScreenFirstNamesOnly);
                const BingoOutcome configured = service.configure(wanted, pool);
                if (!configured.ok())
                    throw Refusal{configured};
            }
            if (pinGiven)
                service.setKioskPin(parser.value(pin));
        });
    } catch (const Refusal &refusal) {
        m_err << tr("Bingo not changed: %1").arg(refusal.outcome.reason()) << u'\n';
        return Refused;
    }
    if (rulesGiven)
        m_out << tr("Bingo rules saved.") << u'\n';
    if (!poolReport.isEmpty())
        m_out << poolReport << u'\n';
    if (pinGiven)
        m_out << tr("Kiosk PIN set (stored hashed).") << u'\n';
    printBingoSummary(store);
    return Ok;
}

void CommandLine::printBingoSummary(EventStore &store)
{
    BingoService service(store);
    BingoStore bingo(store);
    const BingoSettings s = service.settings();
    const int size = service.cardSize();
    const int poolSize = int(service.keywordPool().size());
    const int needed = BingoRules::keywordsPerCard(size, s.freeCentre);

    QString sizeText = tr("%1×%1").arg(size);
    if (s.cardSize == 0)
        sizeText = tr("%1 (suggested for %2 registered; fixed when the first card is dealt)")
                           .arg(sizeText)
                           .arg(store.stats().registered);
    QString centreText = onOff(s.freeCentre);
    if (s.freeCentre && !BingoRules::hasFreeCentre(size, s.freeCentre))
        centreText = tr("%1 (a %2×%2 card has no centre)").arg(centreText).arg(size);
    const QString hours = s.kioskOpens.isValid() && s.kioskCloses.isValid()
            ? tr("%1-%2").arg(s.kioskOpens.toString(u"HH:mm"_s), s.kioskCloses.toString(u"HH:mm"_s))
            : tr("always");
    const QString poolText = poolSize < needed
            ? tr("%1 (a %2×%2 card needs %3: not ready)").arg(poolSize).arg(size).arg(needed)
            : tr("%1 (a %2×%2 card uses %3)").arg(poolSize).arg(size).arg(needed);

    m_out << tr("Event:            %1").arg(store.eventInfo().name) << u'\n'
          << tr("Card size:        %1").arg(sizeText) << u'\n'
          << tr("Lines to win:     %1").arg(s.linesToWin) << u'\n'
          << tr("Free centre:      %1").arg(centreText) << u'\n'
          << tr("Needs check-in:   %1").arg(onOff(s.meetingNeedsCheckIn)) << u'\n'
          << tr("Kiosk hours:      %1").arg(hours) << u'\n'
          << tr("Big-screen names: %1").arg(s.bigScreenFirstNamesOnly ? tr("first") : tr("full")) << u'\n'
          << tr("Kiosk PIN:        %1").arg(service.hasKioskPin() ? tr("set") : tr("not set")) << u'\n'
          << tr("Keyword pool:     %1").arg(poolText) << u'\n'
          << tr("Cards dealt:      %1").arg(bingo.cardCount()) << u'\n'
          << tr("Meetings:         %1").arg(bingo.meetingCount()) << u'\n'
          << tr("Winners:          %1").arg(bingo.winnerCount()) << u'\n';
    m_out.flush();
}

int CommandLine::runMeet(const QStringList &arguments)
{
    const QCommandLineOption kiosk(u"kiosk"_s, tr("Kiosk name recorded with the meeting."), u"NAME"_s, u"CLI"_s);
    VerbParser p({kiosk});
    QString error;
    if (!p.parse(arguments, &error))
        return usageError(error);
    if (p.positional().size() != 3 || p.positional().at(1).trimmed().isEmpty()
        || p.positional().at(2).trimmed().isEmpty())
        return usageError(tr("meet: give the event file and the two people's codes."));
    if (p.parser.value(kiosk).trimmed().isEmpty())
        return usageError(tr("meet: --kiosk needs a name."));

    auto event = EventFile::open(p.positional().constFirst());
    BingoService service(event->store());
    const BingoOutcome outcome = service.meet(p.positional().at(1), p.positional().at(2),
                                              p.parser.value(kiosk).trimmed());
    if (!outcome.ok()) {
        m_out << tr("Refused: %1").arg(outcome.reason()) << u'\n';
        m_out.flush();
        return Refused;
    }
    const BingoPlayer &a = *outcome.first;
    const BingoPlayer &b = *outcome.second;
    m_out << tr("Recorded: %1 ↔ %2 (%3 + %4 squares filled)")
                     .arg(a.attendee.name, b.attendee.name)
                     .arg(a.justFilled.size())
                     .arg(b.justFilled.size())
          << u'\n';
    for (const BingoPlayer *player : {&a, &b}) {
        QString line = tr("  %1: %2/%3 squares filled, lines: %4, people met: %5")
                               .arg(player->attendee.name)
                               .arg(player->card.filledCount())
                               .arg(player->card.squares.size())
                               .arg(player->card.lines)
                               .arg(player->peopleMet);
        if (player->winnerRank > 0 && !player->wonNow)
            line += tr(", winner #%1").arg(player->winnerRank);
        m_out << line << u'\n';
    }
    for (const BingoPlayer *player : {&a, &b}) {
        if (player->wonNow)
            m_out << tr("BINGO! %1 is winner #%2.").arg(player->attendee.name).arg(player->winnerRank) << u'\n';
    }
    for (const BingoPlayer *player : {&a, &b}) {
        if (player->needsKeywords)
            m_out << tr("Note: %1 has no keyword from the pool, so meeting them fills no squares on other "
                        "cards. They can pick keywords at the kiosk.")
                             .arg(player->attendee.name)
                  << u'\n';
    }
    m_out.flush();
    return Ok;
}

int CommandLine::runPrize(const QStringList &arguments)
{
    const QCommandLineOption by(u"by"_s, tr("Who handed the prize over (desk or person)."), u"NAME"_s, u"CLI"_s);
    VerbParser p({by});
    QString error;
    if (!p.parse(arguments, &error))
        return usageError(error);
    if (p.positional().size() != 2 || p.positional().at(1).trimmed().isEmpty())
        return usageError(tr("prize: give the event file and the winner's code."));
    if (p.parser.value(by).trimmed().isEmpty())
        return usageError(tr("prize: --by needs a name."));

    auto event = EventFile::open(p.positional().constFirst());
    BingoService service(event->store());
    const BingoOutcome outcome = service.handOverPrize(p.positional().at(1), p.parser.value(by).trimmed());
    if (!outcome.ok()) {
        m_out << tr("Refused: %1").arg(outcome.reason()) << u'\n';
        m_out.flush();
        return Refused;
    }
    m_out << tr("Prize handed over: %1 (winner #%2) at %3 by %4")
                     .arg(outcome.first->attendee.name)
                     .arg(outcome.first->winnerRank)
                     .arg(clockTime(outcome.prize->at), outcome.prize->givenBy)
          << u'\n';
    m_out.flush();
    return Ok;
}

} // namespace mannam
