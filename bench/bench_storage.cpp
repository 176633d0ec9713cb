// mannam-bench-storage [ATTENDEES] [FOLDER]
//
// Storage figures at conference size, through the code paths the app uses:
// AttendeeImporter, CheckInService::scan, EventStore::findByCode and
// EventExporter, on a real SQLite event file (WAL, synchronous=FULL) in a
// temporary folder (inside FOLDER when given, else the system temp folder).
// Prints a table with the targets next to the figures. Not a test: these
// machines are noisy; a missed target is shown, not failed.
#include "checkin/CheckInService.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"
#include "transfer/AttendeeImporter.h"
#include "transfer/EventExporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace mannam {
namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// A registration export as a Korean platform writes it: Korean headers, Korean
// and English names, quoted commas, several phone formats.
QByteArray registrationCsv(int count)
{
    static const QStringList family = {u"김"_s, u"이"_s, u"박"_s, u"최"_s, u"정"_s,
                                       u"강"_s, u"조"_s, u"윤"_s, u"장"_s, u"임"_s};
    static const QStringList syllables = {u"민"_s, u"서"_s, u"지"_s, u"현"_s, u"준"_s, u"우"_s, u"하"_s, u"은"_s,
                                          u"도"_s, u"윤"_s, u"예"_s, u"수"_s, u"연"_s, u"주"_s, u"영"_s};
    static const QStringList first = {u"Ada"_s,   u"Grace"_s,  u"Alan"_s, u"Linus"_s,
                                      u"Margaret"_s, u"Dennis"_s, u"Barbara"_s, u"Ken"_s};
    static const QStringList last = {u"Lovelace"_s, u"Hopper"_s,   u"Turing"_s, u"Torvalds"_s,
                                     u"Hamilton"_s, u"Ritchie"_s, u"Liskov"_s, u"Thompson"_s};
    static const QStringList affiliations = {u"만남 커뮤니티"_s, u"AI 스터디"_s,       u"Open Source Korea"_s,
                                             u"\"Analytical Engines, Inc.\""_s, u"서울대학교"_s, u"Freelance"_s,
                                             QString()};
    static const QStringList ticketTypes = {u"일반"_s, u"학생"_s, u"VIP"_s, u"Speaker"_s, u"후원"_s};

    QRandomGenerator random(20261128);
    QString csv = u"이름,이메일,연락처,소속,티켓 종류,신청번호\r\n"_s;
    csv.reserve(count * 110);
    for (int i = 0; i < count; ++i) {
        QString name;
        if (i % 2 == 0) {
            name = family.at(random.bounded(int(family.size())))
                    + syllables.at(random.bounded(int(syllables.size())))
                    + syllables.at(random.bounded(int(syllables.size())));
        } else {
            name = first.at(random.bounded(int(first.size()))) + u' ' + last.at(random.bounded(int(last.size())));
        }
        const QString middle = u"%1"_s.arg(2000 + i / 10000, 4, 10, QChar(u'0'));
        const QString end = u"%1"_s.arg(i % 10000, 4, 10, QChar(u'0'));
        QString phone;
        switch (i % 3) {
        case 0: phone = u"010-"_s + middle + u'-' + end; break;
        case 1: phone = u"010"_s + middle + end; break;
        default: phone = u"+82 10 "_s + middle + u' ' + end; break;
        }
        csv += name + u",person"_s + QString::number(i) + u"@example.org,"_s + phone + u','
                + affiliations.at(i % affiliations.size()) + u',' + ticketTypes.at(i % ticketTypes.size())
                + u",R-"_s + u"%1"_s.arg(i + 1, 6, 10, QChar(u'0')) + u"\r\n"_s;
    }
    return csv.toUtf8();
}

struct Latencies
{
    std::vector<qint64> nanoseconds;

    void add(qint64 ns) { nanoseconds.push_back(ns); }
    void sort() { std::sort(nanoseconds.begin(), nanoseconds.end()); }
    double percentileMs(int percent) const
    {
        if (nanoseconds.empty())
            return 0;
        const size_t index = std::min(nanoseconds.size() - 1, nanoseconds.size() * size_t(percent) / 100);
        return double(nanoseconds.at(index)) / 1e6;
    }
    double maxMs() const { return nanoseconds.empty() ? 0 : double(nanoseconds.back()) / 1e6; }
    double meanMs() const
    {
        if (nanoseconds.empty())
            return 0;
        long double total = 0;
        for (qint64 ns : nanoseconds)
            total += ns;
        return double(total / nanoseconds.size()) / 1e6;
    }
};

QString ms(double value)
{
    if (value < 0.1)
        return QString::number(value, 'f', 4) + u" ms"_s;
    if (value < 10)
        return QString::number(value, 'f', 3) + u" ms"_s;
    return QString::number(value, 'f', 1) + u" ms"_s;
}

QString seconds(qint64 ns)
{
    return QString::number(double(ns) / 1e9, 'f', 3) + u" s"_s;
}

// One line of the table: what, the figure, the target and whether it is met.
void row(const QString &what, const QString &figure, const QString &target = {}, std::optional<bool> met = {})
{
    out() << u"  "_s << what.leftJustified(46) << figure.leftJustified(28) << target.leftJustified(16)
          << (met ? (*met ? u"ok"_s : u"MISSED"_s) : QString()) << Qt::endl;
}

int fail(const QString &message)
{
    out() << u"FAILED: "_s << message << Qt::endl;
    return 1;
}

int run(int count, const QString &folder)
{
    QTemporaryDir dir(folder.isEmpty() ? QString() : folder + u"/mannam-bench-XXXXXX"_s);
    if (!dir.isValid())
        return fail(u"cannot create a temporary folder: "_s + dir.errorString());
    const QString eventPath = dir.filePath(u"bench.mannam"_s);

    EventInfo info;
    info.name = u"Storage benchmark"_s;
    info.desks = {u"Desk 1"_s};
    auto event = EventFile::create(eventPath, info);
    EventStore &store = event->store();
    Database &db = event->database();
    const QString journal = db.scalar(u"PRAGMA journal_mode"_s).toString();
    const int synchronous = db.scalar(u"PRAGMA synchronous"_s).toInt();
    const QStorageInfo volume(dir.path());

    out() << u"Mannam storage benchmark: "_s << count << u" attendees ("_s
          << QStringLiteral(MANNAM_VERSION) << u", Qt "_s << QString::fromLatin1(qVersion()) << u")"_s << Qt::endl
          << u"Event file: "_s << eventPath << u" on "_s << QString::fromLatin1(volume.fileSystemType())
          << u"; journal_mode="_s << journal << u", synchronous="_s << synchronous
          << (synchronous == 2 ? u" (FULL)"_s : u" (NOT FULL)"_s) << Qt::endl;
    if (volume.fileSystemType() == "tmpfs")
        out() << u"Note: tmpfs ignores fsync, so the check-in rate is not a durable rate here; give a FOLDER on disk."_s
              << Qt::endl;
    out() << Qt::endl;

    // ---- import
    QElapsedTimer timer;
    timer.start();
    const QByteArray csv = registrationCsv(count);
    const qint64 generateNs = timer.nsecsElapsed();

    AttendeeImporter importer(store);
    timer.restart();
    const ImportPlan imported = importer.import(csv, {});
    const qint64 importNs = timer.nsecsElapsed();
    if (!imported.ok())
        return fail(u"import: "_s + imported.error);
    if (imported.count(ImportLine::Outcome::Added) != count || store.attendeeCount() != count)
        return fail(u"import added %1 of %2 (file has %3 attendees)"_s.arg(imported.count(ImportLine::Outcome::Added))
                            .arg(count)
                            .arg(store.attendeeCount()));

    timer.restart();
    const ImportPlan again = importer.import(csv, {});
    const qint64 reimportNs = timer.nsecsElapsed();
    if (!again.ok() || again.count(ImportLine::Outcome::Unchanged) != count || store.attendeeCount() != count)
        return fail(u"re-import was not idempotent: %1 unchanged, %2 attendees"_s
                            .arg(again.count(ImportLine::Outcome::Unchanged))
                            .arg(store.attendeeCount()));

    QStringList ticketCodes;
    ticketCodes.reserve(count);
    const QList<Attendee> people = store.attendees();
    for (const Attendee &a : people)
        ticketCodes << a.ticketCode;

    // ---- code lookups, before the check-ins (the desk looks up before it writes)
    QRandomGenerator random(42);
    Latencies hits;
    hits.nanoseconds.reserve(size_t(count));
    QElapsedTimer lookup;
    for (int i = 0; i < count; ++i) {
        const QString &code = ticketCodes.at(random.bounded(int(ticketCodes.size())));
        lookup.start();
        const auto owner = store.findByCode(code);
        hits.add(lookup.nsecsElapsed());
        if (!owner || owner->attendee.ticketCode != code)
            return fail(u"findByCode missed "_s + code);
    }
    hits.sort();
    Latencies misses;
    misses.nanoseconds.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const QString code = u"9%1"_s.arg(random.generate64() % 100000000000000000ULL, 23, 10, QChar(u'0'));
        lookup.start();
        const auto owner = store.findByCode(code);
        misses.add(lookup.nsecsElapsed());
        if (owner)
            return fail(u"findByCode found a random code "_s + code);
    }
    misses.sort();

    // ---- check-ins: every ticket once, in random order, one transaction each
    std::vector<int> order(size_t(ticketCodes.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::shuffle(order.begin(), order.end(), random);
    CheckInService service(store);
    Latencies checkIns;
    checkIns.nanoseconds.reserve(order.size());
    QElapsedTimer one;
    timer.restart();
    for (int index : order) {
        one.start();
        const CheckInOutcome outcome = service.scan(ticketCodes.at(index), u"Desk 1"_s);
        checkIns.add(one.nsecsElapsed());
        if (outcome.result != ScanResult::Admitted)
            return fail(u"check-in of %1 came to '%2'"_s.arg(ticketCodes.at(index), outcome.summary()));
    }
    const qint64 checkInNs = timer.nsecsElapsed();
    checkIns.sort();
    const double perSecond = double(order.size()) / (double(checkInNs) / 1e9);
    const EventStats stats = store.stats();
    if (stats.checkedIn != count || stats.scans != count)
        return fail(u"after the check-ins: checked in %1, scans %2"_s.arg(stats.checkedIn).arg(stats.scans));

    // ---- exports
    EventExporter exporter(store);
    QString error;
    const QString attendancePath = dir.filePath(u"attendance.csv"_s);
    timer.restart();
    if (!exporter.exportAttendance(attendancePath, &error))
        return fail(error);
    const qint64 attendanceNs = timer.nsecsElapsed();
    const QString scansPath = dir.filePath(u"scans.csv"_s);
    timer.restart();
    if (!exporter.exportScans(scansPath, &error))
        return fail(error);
    const qint64 scansNs = timer.nsecsElapsed();

    const auto kib = [](const QString &path) -> QString {
        return QString::number(QFileInfo(path).size() / 1024) + u" KiB"_s;
    };
    row(u"Step"_s, u"Figure"_s, u"Target"_s);
    row(QString(45, u'-'), QString(27, u'-'), QString(15, u'-'), std::nullopt);
    row(u"generate CSV in memory (%1 KiB)"_s.arg(csv.size() / 1024), seconds(generateNs));
    row(u"import %1 new rows"_s.arg(count), seconds(importNs), u"<= 1 s"_s, importNs <= 1'000'000'000);
    row(u"re-import same file (%1 unchanged)"_s.arg(count), seconds(reimportNs), u"(idempotent)"_s, true);
    row(u"check-ins, durable, one by one"_s, QString::number(perSecond, 'f', 0) + u" /s ("_s + seconds(checkInNs)
            + u')',
        u">= 1000 /s"_s, perSecond >= 1000);
    row(u"  latency per check-in p50 / p95"_s, ms(checkIns.percentileMs(50)) + u" / "_s + ms(checkIns.percentileMs(95)));
    row(u"  latency per check-in max"_s, ms(checkIns.maxMs()));
    row(u"findByCode, %1 random hits: mean"_s.arg(count), ms(hits.meanMs()), u"<= 0.1 ms"_s, hits.meanMs() <= 0.1);
    row(u"  p50 / p95 / max"_s,
        ms(hits.percentileMs(50)) + u" / "_s + ms(hits.percentileMs(95)) + u" / "_s + ms(hits.maxMs()));
    row(u"findByCode, %1 random misses: mean"_s.arg(count), ms(misses.meanMs()), u"<= 0.1 ms"_s,
        misses.meanMs() <= 0.1);
    row(u"export attendance (%1 rows, %2)"_s.arg(count).arg(kib(attendancePath)), seconds(attendanceNs),
        u"<= 0.3 s"_s, attendanceNs <= 300'000'000);
    row(u"export scans (%1 rows, %2)"_s.arg(stats.scans).arg(kib(scansPath)), seconds(scansNs), u"<= 0.3 s"_s,
        scansNs <= 300'000'000);
    out() << Qt::endl << u"Event file after the run: "_s << kib(eventPath) << u" (+ WAL "_s
          << kib(eventPath + u"-wal"_s) << u')' << Qt::endl;
    return 0;
}

} // namespace
} // namespace mannam

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mannam-bench-storage"_s);
    const QStringList arguments = QCoreApplication::arguments();
    int count = 10000;
    if (arguments.size() > 1) {
        bool ok = false;
        count = arguments.at(1).toInt(&ok);
        if (!ok || count < 1) {
            QTextStream(stderr) << u"usage: mannam-bench-storage [ATTENDEES (default 10000)] [FOLDER]\n"_s;
            return 3;
        }
    }
    try {
        return mannam::run(count, arguments.value(2));
    } catch (const mannam::StorageError &error) {
        QTextStream(stderr) << error.message() << u'\n' << error.detail() << u'\n';
        return 4;
    }
}
