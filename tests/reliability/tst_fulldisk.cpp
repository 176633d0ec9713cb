// Full and read-only disks. On a real, small, size-limited filesystem (a
// tmpfs: ENOSPC is what a full USB stick or laptop disk gives too) check-ins
// through the service, the real CLI and the desk window, a big import and
// every export run until the disk is full. Each fails with a clear message,
// leaves nothing half-written (no partial export, the import rolled back
// whole, the event file intact, every acknowledged check-in there) and the
// program keeps working; when space returns, work continues on the same open
// connection. A read-only event file and a read-only folder are refused on
// open with nothing changed.
#include "ReliabilitySupport.h"

#include "checkin/AttendeeState.h"
#include "checkin/CheckInService.h"
#include "desk/DeskSession.h"
#include "desk/DeskWindow.h"
#include "desk/FeedbackSounds.h"
#include "desk/ResultPanel.h"
#include "exports/ExportActions.h"
#include "storage/StorageError.h"
#include "tickets/BadgeSheet.h"
#include "tickets/TicketWriter.h"
#include "transfer/AttendeeImporter.h"
#include "transfer/EventExporter.h"

#include "BingoTestSupport.h"
#include "ScannerTestSupport.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

constexpr qint64 MB = 1024 * 1024;

// The check-ins of the event's log that admitted somebody, by name.
QSet<QString> admittedNames(EventStore &store)
{
    QSet<QString> names;
    for (const Attendee &person : store.attendees()) {
        if (AttendeeState::fromLog(store.logFor(person.id)).admitted)
            names.insert(person.name);
    }
    return names;
}

QByteArray registrationCsv(int rows, const QString &prefix)
{
    QByteArray csv = "name,email,phone,affiliation\n";
    for (int i = 0; i < rows; ++i) {
        csv += u"%1 %2,%3.%2@example.org,010-%4-%5,Company %6\n"_s
                       .arg(prefix)
                       .arg(i, 5, 10, QChar(u'0'))
                       .arg(prefix.toLower())
                       .arg(1000 + i % 9000)
                       .arg(2000 + (i * 7) % 8000)
                       .arg(i % 40)
                       .toUtf8();
    }
    return csv;
}

} // namespace

#define REQUIRE_MOUNTED(disk)                                                                                          \
    do {                                                                                                               \
        if (!(disk).isMounted())                                                                                       \
            QSKIP(qPrintable(u"no size-limited filesystem: "_s + (disk).error()));                                    \
    } while (false)

class TestFullDisk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString nextMountPoint() { return m_dir.path(); } // SmallDisk names its folder

private slots:
    void initTestCase()
    {
        QVERIFY2(!test::mannamBinary().isEmpty(), "MANNAM_BINARY is not set; run through ctest");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"mannam-tests"_s);
    }

    // --- check-ins -------------------------------------------------------

    void checkIns_service_fullDisk_failClearly_thenContinueOnTheSameConnection()
    {
        test::SmallDisk disk(nextMountPoint(), 2 * MB);
        REQUIRE_MOUNTED(disk);
        auto event = test::createEvent(disk.filePath(u"door.mannam"_s));
        const QList<Attendee> people = test::addPeople(event->store(), 300);
        CheckInService service(event->store());

        // Another program takes the disk, leaving room for a few check-ins.
        QVERIFY(disk.fill(48 * 1024) > 0);
        QSet<QString> acknowledged;
        std::optional<StorageError> failure;
        int failedAt = -1;
        for (int i = 0; i < people.size() && !failure; ++i) {
            try {
                const CheckInOutcome outcome = service.scan(people.at(i).ticketCode, u"Desk 1"_s);
                QCOMPARE(outcome.result, ScanResult::Admitted);
                acknowledged.insert(people.at(i).name);
            } catch (const StorageError &error) {
                failure = error;
                failedAt = i;
            }
        }
        QVERIFY2(failure, "the disk never filled up");
        QCOMPARE(failure->kind(), StorageError::Kind::Full);
        QVERIFY2(failure->message().startsWith(u"The disk is full"_s), qPrintable(failure->message()));

        // Still full: every further try says so again, and nothing breaks.
        for (int retry = 0; retry < 3; ++retry) {
            try {
                service.scan(people.at(failedAt + retry).ticketCode, u"Desk 1"_s);
                QFAIL("a check-in on a full disk was reported as saved");
            } catch (const StorageError &error) {
                QCOMPARE(error.kind(), StorageError::Kind::Full);
            }
        }
        // Reading goes on: the counts are those acknowledged, nothing half-written.
        QCOMPARE(event->store().stats().checkedIn, int(acknowledged.size()));
        QCOMPARE(admittedNames(event->store()), acknowledged);

        // Space returns: the same service on the same connection carries on.
        disk.removeFiller();
        const int more = 20;
        for (int i = failedAt; i < failedAt + more; ++i) {
            QCOMPARE(service.scan(people.at(i).ticketCode, u"Desk 1"_s).result, ScanResult::Admitted);
            acknowledged.insert(people.at(i).name);
        }
        QCOMPARE(event->database().integrityCheck(), u"ok"_s);
        QCOMPARE(event->store().stats().scans, int(acknowledged.size())); // no row of a failed try
        event.reset();

        auto reopened = EventFile::open(disk.filePath(u"door.mannam"_s));
        QCOMPARE(reopened->database().integrityCheck(), u"ok"_s);
        QCOMPARE(admittedNames(reopened->store()), acknowledged);
        qInfo("service: %d check-ins saved before the disk was full, %d after space returned; "
              "4 refused with \"%s\"",
              failedAt, more, qPrintable(failure->message()));
    }

    void checkIns_cli_fullDisk_exitWithTheMessage_everyPrintedLineIsOnDisk()
    {
        // Room for the WAL to grow to SQLite's 1,000-page checkpoint once space returns.
        test::SmallDisk disk(nextMountPoint(), 8 * MB);
        REQUIRE_MOUNTED(disk);
        const QString path = disk.filePath(u"cli.mannam"_s);
        QList<Attendee> people;
        {
            auto event = test::createEvent(path);
            people = test::addPeople(event->store(), 300);
        }

        QSet<QString> acknowledged;
        test::InteractiveCheckIn desk(path, u"Door"_s);
        QCOMPARE(desk.checkIn(people.at(0).ticketCode), u"Admitted: %1"_s.arg(people.at(0).name));
        acknowledged.insert(people.at(0).name);
        QVERIFY(disk.fill(0) > 0); // full while the desk runs
        int sent = 1;
        QString line;
        while (sent < people.size() && !(line = desk.checkIn(people.at(sent).ticketCode)).isEmpty()) {
            QVERIFY2(line.startsWith(u"Admitted: "_s), qPrintable(line));
            acknowledged.insert(line.mid(10));
            ++sent;
        }
        QVERIFY2(sent < people.size(), "the CLI never reported the full disk");
        QVERIFY(desk.waitForExit(15000));
        QCOMPARE(desk.exitCode(), 4);
        const QString error = desk.errorOutput();
        QVERIFY2(error.contains(u"The disk is full"_s), qPrintable(error));

        disk.removeFiller();
        QStringList rest;
        for (int i = sent; i < people.size(); ++i)
            rest << people.at(i).ticketCode;
        const test::CliRun again = test::runCli({u"checkin"_s, path, u"-"_s, u"--desk"_s, u"Door"_s},
                                                (rest.join(u'\n') + u'\n').toUtf8());
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        for (const QString &admitted : again.out.split(u'\n', Qt::SkipEmptyParts))
            acknowledged.insert(admitted.mid(10));

        auto event = EventFile::open(path);
        QCOMPARE(event->database().integrityCheck(), u"ok"_s);
        QCOMPARE(admittedNames(event->store()), acknowledged);
        QCOMPARE(int(acknowledged.size()), int(people.size()));
        QCOMPARE(event->store().stats().scans, int(people.size())); // the refused one left no row
        qInfo("CLI: %d check-ins printed before exit 4 on the full disk, %lld after; all %lld on disk",
              sent, qlonglong(people.size() - sent), qlonglong(acknowledged.size()));
    }

    // The disk was full before the program started: SQLite cannot even make
    // the shared-memory file it needs to open the event.
    void open_onADiskAlreadyFull_refusedSayingSo_nothingChanged()
    {
        test::SmallDisk disk(nextMountPoint(), 1 * MB);
        REQUIRE_MOUNTED(disk);
        const QString path = disk.filePath(u"full-at-start.mannam"_s);
        QList<Attendee> people;
        {
            auto event = test::createEvent(path);
            people = test::addPeople(event->store(), 20);
        }
        const QByteArray hash = test::fileHash(path);
        QVERIFY(disk.fill(0) > 0);
        const test::CliRun checkIn = test::runCli({u"checkin"_s, path, people.at(0).ticketCode});
        QVERIFY2(checkIn.finished && checkIn.exitCode == 4, qPrintable(checkIn.describe()));
        QCOMPARE(test::fileHash(path), hash);
        QVERIFY2(checkIn.err.contains(u"The disk is full"_s), qPrintable(checkIn.describe()));

        disk.removeFiller();
        const test::CliRun again = test::runCli({u"checkin"_s, path, people.at(0).ticketCode});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    }

    // --- import ----------------------------------------------------------

    void import_bigCsv_fullDisk_rollsBackWhole_thenImportsOnTheSameConnection()
    {
        test::SmallDisk disk(nextMountPoint(), 2 * MB);
        REQUIRE_MOUNTED(disk);
        const QString path = disk.filePath(u"import.mannam"_s);
        auto event = test::createEvent(path);
        test::addPeople(event->store(), 10, u"Early"_s);
        const QByteArray csv = registrationCsv(4000, u"Bulk"_s);
        const test::RawConnection raw(path);
        const QString before = raw.dumpAllTables();

        QVERIFY(disk.fill(256 * 1024) > 0);
        AttendeeImporter importer(event->store());
        QElapsedTimer timer;
        timer.start();
        try {
            importer.import(csv, {});
            QFAIL("an import that cannot fit was reported as done");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Full);
            QVERIFY2(error.message().startsWith(u"The disk is full"_s), qPrintable(error.message()));
        }
        const qint64 failedMs = timer.elapsed();
        QCOMPARE(event->store().attendeeCount(), 10);
        const QString after = raw.dumpAllTables();
        QVERIFY2(after == before, qPrintable(test::firstDifference(before, after)));
        QCOMPARE(event->database().integrityCheck(), u"ok"_s);

        // More room (the disk is grown): the same importer on the same connection.
        QVERIFY2(disk.resize(32 * MB), qPrintable(disk.error()));
        const ImportPlan plan = importer.import(csv, {});
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.count(ImportLine::Outcome::Added), 4000);
        QCOMPARE(event->store().attendeeCount(), 4010);
        QCOMPARE(event->database().integrityCheck(), u"ok"_s);
        qInfo("import: %lld-byte CSV of 4,000 people refused on the full disk after %lld ms, nothing kept; "
              "imported whole once the disk grew", qlonglong(csv.size()), failedMs);
    }

    void import_cli_fullDisk_exit4_nothingImported_thenWorks()
    {
        test::SmallDisk disk(nextMountPoint(), 2 * MB);
        REQUIRE_MOUNTED(disk);
        const QString path = disk.filePath(u"import-cli.mannam"_s);
        {
            auto event = test::createEvent(path);
            test::addPeople(event->store(), 10, u"Early"_s);
        }
        const QString csvPath = m_dir.filePath(u"bulk.csv"_s);
        {
            QFile file(csvPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(registrationCsv(4000, u"Cli"_s));
        }
        const QString before = test::RawConnection(path).dumpAllTables();
        QVERIFY(disk.fill(256 * 1024) > 0);
        const test::CliRun full = test::runCli({u"import"_s, path, csvPath});
        QVERIFY2(full.exitCode == 4, qPrintable(full.describe()));
        QVERIFY2(full.err.contains(u"The disk is full"_s), qPrintable(full.describe()));
        const QString after = test::RawConnection(path).dumpAllTables();
        QVERIFY2(after == before, qPrintable(test::firstDifference(before, after)));

        disk.removeFiller();
        const test::CliRun again = test::runCli({u"import"_s, path, csvPath});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        auto event = EventFile::open(path);
        QCOMPARE(event->store().attendeeCount(), 4010);
        QCOMPARE(event->database().integrityCheck(), u"ok"_s);
    }

    // --- exports ---------------------------------------------------------

    void exports_fullDisk_failNamingTheFile_leaveNothingBehind()
    {
        test::SmallDisk disk(nextMountPoint(), 1 * MB);
        REQUIRE_MOUNTED(disk);
        // The event is on a healthy disk; the exports go to the full one.
        const QString path = m_dir.filePath(u"exports.mannam"_s);
        auto event = test::createEvent(path);
        test::setUpBingo(event->store(), 3, 1, false, 9);
        const QList<Attendee> people = test::addPeople(event->store(), 600);
        {
            CheckInService service(event->store());
            event->store().write([&] { // one transaction: the scans join it
                for (const Attendee &person : people)
                    service.scan(person.ticketCode, u"Desk 1"_s);
            });
            BingoService bingo(event->store());
            QList<Attendee> players;
            for (int i = 0; i < 6; ++i)
                players << test::addPlayer(event->store(), u"Player %1"_s.arg(i), {u"K0%1"_s.arg(i + 1)});
            for (int i = 1; i < players.size(); ++i)
                QVERIFY(bingo.meet(players.at(0).badgeCode, players.at(i).badgeCode, u"Kiosk"_s).ok());
            event->store().write([&] {
                for (const Attendee &player : std::as_const(players)) {
                    Attendee consenting = *event->store().attendee(player.id);
                    consenting.consent = true;
                    event->store().updateAttendee(consenting, test::eventDayUtc(9));
                }
            });
        }
        // An earlier export at one of the names must survive a failed one.
        const QString earlier = disk.filePath(u"attendance.csv"_s);
        {
            QFile file(earlier);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name\r\nfrom the earlier export\r\n");
        }
        const QByteArray earlierHash = test::fileHash(earlier);

        struct Export
        {
            QString file;
            std::function<bool(EventExporter &, const QString &, QString *)> write;
        };
        const QList<Export> exports{
            {u"attendance.csv"_s, &EventExporter::exportAttendance},
            {u"scans.csv"_s, &EventExporter::exportScans},
            {u"meetings.csv"_s, &EventExporter::exportMeetings},
            {u"winners.csv"_s, &EventExporter::exportWinners},
            {u"contacts.csv"_s, &EventExporter::exportContacts},
        };
        int refused = 0;
        // Completely full, then with a little room: a big export stops halfway.
        for (const qint64 leave : {qint64(0), qint64(24 * 1024)}) {
            disk.removeFiller();
            QVERIFY(disk.fill(leave) > 0);
            const QStringList entriesBefore = test::folderEntries(disk.folder());
            EventExporter exporter(event->store());
            for (const Export &e : exports) {
                const QString target = disk.filePath(e.file);
                QString error;
                const bool written = e.write(exporter, target, &error);
                if (written) {
                    // Only a small file fits into the room left; it is then whole.
                    QVERIFY2(leave > 0 && e.file != u"attendance.csv" && e.file != u"scans.csv",
                             qPrintable(u"%1 written with %2 bytes free"_s.arg(e.file).arg(leave)));
                    QVERIFY(QFile::remove(target));
                    continue;
                }
                ++refused;
                QVERIFY2(error.contains(target), qPrintable(error));
                QVERIFY2(error.contains(u"No space left on device"_s), qPrintable(error));
                QCOMPARE(test::folderEntries(disk.folder()), entriesBefore); // no partial or temporary file
            }
            QCOMPARE(test::fileHash(earlier), earlierHash);
        }
        QVERIFY(refused >= 7);

        // Tickets (a PNG each, a PDF, a mail-merge CSV) and the badge sheet PDF.
        disk.removeFiller();
        QVERIFY(disk.fill(96 * 1024) > 0);
        const QList<Attendee> batch = event->store().attendees().mid(0, 60);
        const QString ticketDir = disk.filePath(u"tickets"_s);
        const TicketBatchResult tickets = TicketWriter(event->store().eventInfo()).write(batch, ticketDir);
        QVERIFY2(!tickets.ok(), "60 tickets fit into 96 KB?");
        QVERIFY2(tickets.error.contains(ticketDir) && tickets.error.contains(u"No space left on device"_s),
                 qPrintable(tickets.error));
        QCOMPARE(test::folderEntries(ticketDir), QStringList{u"png"_s}); // no tickets.pdf, no mail-merge.csv
        const QStringList pngs = test::folderEntries(ticketDir + u"/png"_s);
        for (const QString &png : pngs) {
            QVERIFY2(png.endsWith(u".png"_s), qPrintable(png));
            QVERIFY2(!QImage(ticketDir + u"/png/"_s + png).isNull(), qPrintable(png + u" is half-written"_s));
        }
        QString badgeError;
        const QString sheet = disk.filePath(u"badges.pdf"_s);
        const QStringList beforeSheet = test::folderEntries(disk.folder());
        QVERIFY(!BadgeSheet(event->store().eventInfo()).write(batch, sheet, &badgeError));
        QVERIFY2(badgeError.contains(sheet) && badgeError.contains(u"No space left on device"_s),
                 qPrintable(badgeError));
        QCOMPARE(test::folderEntries(disk.folder()), beforeSheet);
        qInfo("exports: %d CSV exports refused on a full disk naming the file, none left a file; "
              "tickets stopped after %d complete PNGs (no PDF/CSV), badge sheet refused",
              refused, tickets.written);

        // Space returns: the same exporter writes everything.
        disk.removeFiller();
        QVERIFY2(disk.resize(64 * MB), qPrintable(disk.error()));
        EventExporter exporter(event->store());
        for (const Export &e : exports) {
            QString error;
            QVERIFY2(e.write(exporter, disk.filePath(e.file), &error), qPrintable(error));
        }
        QVERIFY(TicketWriter(event->store().eventInfo()).write(batch, ticketDir).ok());
        QVERIFY(BadgeSheet(event->store().eventInfo()).write(batch, sheet, &badgeError));
    }

    void exports_cli_fullDisk_exit6_namingTheFile()
    {
        test::SmallDisk disk(nextMountPoint(), 1 * MB);
        REQUIRE_MOUNTED(disk);
        const QString path = m_dir.filePath(u"cli-export.mannam"_s);
        {
            auto event = test::createEvent(path);
            test::addPeople(event->store(), 200);
        }
        QVERIFY(disk.fill(0) > 0);
        const QString out = disk.filePath(u"out.csv"_s);
        const test::CliRun csv = test::runCli({u"export"_s, path, u"--attendance"_s, out});
        QVERIFY2(csv.exitCode == 6 && csv.err.contains(out) && csv.err.contains(u"No space left on device"_s),
                 qPrintable(csv.describe()));
        const QString ticketDir = disk.filePath(u"tickets"_s);
        const test::CliRun tickets = test::runCli({u"tickets"_s, path, u"--out"_s, ticketDir});
        QVERIFY2(tickets.exitCode == 6 && tickets.err.contains(ticketDir), qPrintable(tickets.describe()));
        QCOMPARE(test::folderEntries(disk.folder()), (QStringList{u"filler.bin"_s, u"tickets"_s}));
        QCOMPARE(test::folderEntries(ticketDir), QStringList{u"png"_s});
        QCOMPARE(test::folderEntries(ticketDir + u"/png"_s), QStringList());
    }

    // --- the desk window and the organizer's exports ---------------------

    void desk_fullDisk_showsNotSaved_staysUsable_andContinues()
    {
        test::SmallDisk disk(nextMountPoint(), 2 * MB);
        REQUIRE_MOUNTED(disk);
        auto event = test::createEvent(disk.filePath(u"desk.mannam"_s));
        const QList<Attendee> people = test::addPeople(event->store(), 200);
        DeskWindow desk(*event, u"Desk 1"_s);
        desk.sounds().setMuted(true);
        desk.resize(1366, 768);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        auto *panel = desk.findChild<ResultPanel *>(u"resultPanel"_s);
        auto *search = desk.findChild<QLineEdit *>(u"searchLineEdit"_s);
        auto *title = desk.findChild<QLabel *>(u"resultTitleLabel"_s);
        auto *detail = desk.findChild<QLabel *>(u"resultDetailLabel"_s);
        search->setFocus();

        QVERIFY(disk.fill(0) > 0);
        QSignalSpy failures(&desk.session(), &DeskSession::storageFailed);
        int admitted = 0;
        int notSavedAt = -1;
        for (int i = 0; i < people.size() && notSavedAt < 0; ++i) {
            test::sendScannerBurst(search, people.at(i).ticketCode, true);
            QTRY_VERIFY(title->text() == CheckInService::resultLabel(ScanResult::Admitted)
                        || title->text() == u"NOT SAVED"_s);
            if (title->text() == u"NOT SAVED"_s) {
                notSavedAt = i;
            } else {
                ++admitted;
                panel->showReady();
            }
        }
        QVERIFY2(notSavedAt >= 0, "the desk never filled the disk");
        QCOMPARE(failures.size(), 1);
        const QString shown = detail->text();
        QVERIFY2(shown.startsWith(u"The disk is full"_s), qPrintable(shown));
        QCOMPARE(panel->state(), u"red"_s);
        QCOMPARE(event->store().stats().checkedIn, admitted);

        // The window still answers (the search works) while the disk is full.
        auto *results = desk.findChild<QListWidget *>(u"searchResultsList"_s);
        QTest::keyClicks(search, u"Guest 0199"_s, Qt::NoModifier, 60); // a person typing, not a scanner
        QTRY_COMPARE(results->count(), 1);
        search->clear();

        // Space returns: the same person, picked by name, is admitted; the scanner goes on.
        disk.removeFiller();
        QTest::keyClicks(search, people.at(notSavedAt).name, Qt::NoModifier, 60);
        QTRY_COMPARE(results->count(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(panel->state(), u"green"_s);
        panel->showReady();
        test::sendScannerBurst(search, people.at(notSavedAt + 1).ticketCode, true);
        QTRY_COMPARE(panel->state(), u"green"_s);
        QCOMPARE(event->store().stats().checkedIn, admitted + 2);
        QCOMPARE(event->database().integrityCheck(), u"ok"_s);
        qInfo("desk: %d scanned green, then NOT SAVED with \"%s\"; green again once space returned", admitted,
              qPrintable(shown));
    }

    void exportActions_fullDisk_showTheErrorNamingTheFile()
    {
        test::SmallDisk disk(nextMountPoint(), 1 * MB);
        REQUIRE_MOUNTED(disk);
        auto event = test::createEvent(m_dir.filePath(u"organizer.mannam"_s));
        test::addPeople(event->store(), 300);
        QWidget window;
        ExportActions actions(*event, &window);
        actions.setProgressDelay(0);
        const QString target = disk.filePath(u"attendance.csv"_s);
        actions.askSavePath = [&](const QString &, const QString &, const QString &) { return target; };
        QStringList errors;
        actions.showError = [&](const QString &, const QString &message) { errors << message; };
        actions.showMessage = [](const QString &, const QString &) {};
        QVERIFY(disk.fill(0) > 0);
        QSignalSpy finished(&actions, &ExportActions::finished);
        actions.exportAttendance();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).contains(target) && errors.at(0).contains(u"No space left on device"_s),
                 qPrintable(errors.at(0)));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!actions.isBusy());

        disk.removeFiller();
        actions.exportAttendance();
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        QVERIFY(QFile::exists(target));
    }

    // --- read-only -------------------------------------------------------

    void readOnlyFolder_refusedOnOpen_nothingChanged()
    {
        test::SmallDisk disk(nextMountPoint(), 1 * MB);
        REQUIRE_MOUNTED(disk);
        const QString path = disk.filePath(u"locked-away.mannam"_s);
        QList<Attendee> people;
        {
            auto event = test::createEvent(path);
            people = test::addPeople(event->store(), 20);
        }
        QVERIFY2(disk.setReadOnly(true), qPrintable(disk.error()));
        const QByteArray hash = test::fileHash(path);
        const QStringList entries = test::folderEntries(disk.folder());

        try {
            EventFile::open(path);
            QFAIL("an event on a read-only disk was opened for writing");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::ReadOnly);
            QVERIFY2(error.message().contains(u"read-only"_s), qPrintable(error.message()));
        }
        const test::CliRun checkIn = test::runCli({u"checkin"_s, path, people.at(0).ticketCode});
        QVERIFY2(checkIn.exitCode == 4 && checkIn.err.contains(u"read-only"_s), qPrintable(checkIn.describe()));
        const test::CliRun import = test::runCli({u"import"_s, path, tinyCsv()});
        QVERIFY2(import.exitCode == 4 && import.err.contains(u"read-only"_s), qPrintable(import.describe()));
        const QString csv = m_dir.filePath(u"from-readonly.csv"_s);
        // Reading for an export needs no write access; at the least the refusal must say why.
        const test::CliRun exported = test::runCli({u"export"_s, path, u"--attendance"_s, csv});
        QVERIFY2(exported.exitCode == 0 || exported.err.contains(u"read-only"_s), qPrintable(exported.describe()));
        QCOMPARE(test::fileHash(path), hash);
        QCOMPARE(test::folderEntries(disk.folder()), entries); // not even a -wal or -shm

        QVERIFY2(disk.setReadOnly(false), qPrintable(disk.error()));
        const test::CliRun writable = test::runCli({u"checkin"_s, path, people.at(0).ticketCode});
        QVERIFY2(writable.exitCode == 0, qPrintable(writable.describe()));
    }

    void readOnlyFile_refusedOnOpen_nothingChanged()
    {
        const QString folder = m_dir.filePath(u"writable-folder"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(u"readonly.mannam"_s);
        QList<Attendee> people;
        {
            auto event = test::createEvent(path);
            people = test::addPeople(event->store(), 20);
        }
        // Root ignores permission bits: a read-only bind mount of the file
        // itself stands in for them (as a file on a locked medium would).
        const bool root = ::geteuid() == 0;
        QString error;
        if (root) {
            if (!test::runTool(u"mount"_s, {u"--bind"_s, path, path}, &error))
                QSKIP(qPrintable(u"cannot bind-mount the event file: "_s + error));
            QVERIFY2(test::runTool(u"mount"_s, {u"-o"_s, u"remount,bind,ro"_s, path}, &error), qPrintable(error));
        } else {
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        }
        const auto restore = qScopeGuard([&] {
            if (root)
                test::runTool(u"umount"_s, {path});
            else
                QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        });
        const QByteArray hash = test::fileHash(path);
        const QStringList entries = test::folderEntries(folder);

        try {
            EventFile::open(path);
            QFAIL("a read-only event file was opened for writing");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::ReadOnly);
            QVERIFY2(e.message().contains(u"read-only"_s) && e.message().contains(path), qPrintable(e.message()));
        }
        const test::CliRun checkIn = test::runCli({u"checkin"_s, path, people.at(0).ticketCode});
        QVERIFY2(checkIn.exitCode == 4 && checkIn.err.contains(u"read-only"_s), qPrintable(checkIn.describe()));
        QCOMPARE(test::fileHash(path), hash);
        QCOMPARE(test::folderEntries(folder), entries);

        // Reading needs no write access: the figures are there, the file unchanged.
        const test::CliRun stats = test::runCli({u"stats"_s, path});
        QVERIFY2(stats.exitCode == 0 && stats.out.contains(u"Registered:    20"_s), qPrintable(stats.describe()));
        QCOMPARE(test::fileHash(path), hash);
    }

private:
    QString tinyCsv()
    {
        const QString csv = m_dir.filePath(u"tiny.csv"_s);
        QFile file(csv);
        if (file.open(QIODevice::WriteOnly))
            file.write("name\nSomebody New\n");
        return csv;
    }
};

QTEST_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
