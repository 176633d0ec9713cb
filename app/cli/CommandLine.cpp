#include "CommandLine.h"

#include "checkin/CheckInService.h"
#include "scanning/DecodeCommand.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"
#include "tickets/TicketWriter.h"
#include "transfer/AttendeeImporter.h"
#include "transfer/EventExporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

const QStringList Verbs = {u"new"_s, u"import"_s, u"export"_s, u"tickets"_s, u"checkin"_s, u"stats"_s, u"decode"_s};

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
              "  mannam export EVENT (--attendance|--scans) OUT.csv\n"
              "  mannam tickets EVENT --out DIR\n"
              "  mannam checkin EVENT CODE [--desk NAME] [--exit]\n"
              "  mannam stats EVENT [--json]\n"
              "  mannam decode IMAGE...                            print the code in each image (or \"no code\")\n"
              "  mannam EVENT --desk | --video FILE                open the registration desk (camera or video)\n"
              "  mannam --version | --help\n"
              "\n"
              "Exit codes: 0 done (checkin: admitted), 1 already checked in, 2 refused,\n"
              "3 bad arguments, 4 event file error, 5 input file error, 6 output error.\n");
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
    m_out << tr("Created %1 (%2).").arg(path, info.name) << u'\n';
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
    VerbParser p({attendance, scans});
    QString error;
    if (!p.parse(arguments, &error))
        return usageError(error);
    if (p.positional().size() != 2)
        return usageError(tr("export: give the event file and the output CSV file."));
    if (p.parser.isSet(attendance) == p.parser.isSet(scans))
        return usageError(tr("export: choose one of --attendance or --scans."));

    const QString out = p.positional().at(1);
    if (isEventFileOrCompanion(out, p.positional().constFirst()))
        return usageError(tr("export: the output file would replace the event file itself."));
    auto event = EventFile::openForReading(p.positional().constFirst());
    EventExporter exporter(event->store());
    const bool written = p.parser.isSet(attendance) ? exporter.exportAttendance(out, &error)
                                                    : exporter.exportScans(out, &error);
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
    VerbParser p({desk, exitMode});
    QString error;
    if (!p.parse(arguments, &error))
        return usageError(error);
    if (p.positional().size() != 2 || p.positional().at(1).trimmed().isEmpty())
        return usageError(tr("checkin: give the event file and the code."));

    auto event = EventFile::open(p.positional().constFirst());
    CheckInService service(event->store());
    const CheckInOutcome outcome = service.scan(p.positional().at(1), p.parser.value(desk),
                                                p.parser.isSet(exitMode) ? ScanAction::Exit : ScanAction::Entry);
    m_out << outcome.summary() << u'\n';
    m_out.flush();
    switch (outcome.signal()) {
    case CheckInRules::Signal::Green: return Ok;
    case CheckInRules::Signal::Yellow: return Already;
    case CheckInRules::Signal::Red: return Refused;
    }
    return Refused;
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
    return Ok;
}

} // namespace mannam
