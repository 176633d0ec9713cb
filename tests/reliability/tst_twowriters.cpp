// Two writers on one event file. Two desks — two processes of the real
// `mannam checkin EVENT -` reading codes on stdin — admit the same people at
// the same time: nothing is lost, nobody is admitted twice, every printed line
// is a row of the log and the file stays intact. A write lock that another
// program holds longer than the busy timeout is reported (the CLI exits 4
// with a message, the service throws Locked), never waited on forever, and
// nothing is written; once the lock goes, work continues. A second app
// instance on the same event works alongside the first.
#include "ReliabilitySupport.h"

#include "checkin/AttendeeState.h"
#include "checkin/CheckInService.h"
#include "desk/DeskSession.h"
#include "desk/DeskWindow.h"
#include "desk/FeedbackSounds.h"
#include "main/MainWindow.h"
#include "storage/StorageError.h"
#include "transfer/AttendeeImporter.h"
#include "transfer/EventExporter.h"

#include <QLabel>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

// What a desk printed for one code: admitted, or already in (with the desk
// that admitted them first).
struct PrintedLine
{
    QString name;
    bool admitted = false;
    QString firstDesk; // for "Already checked in: NAME at HH:MM at DESK"
};

std::optional<PrintedLine> parseLine(const QString &line)
{
    if (line.startsWith(u"Admitted: "_s))
        return PrintedLine{line.mid(10), true, {}};
    static const QRegularExpression already(u"^Already checked in: (.+) at \\S+ at (.+)$"_s);
    const QRegularExpressionMatch match = already.match(line);
    if (match.hasMatch())
        return PrintedLine{match.captured(1), false, match.captured(2)};
    return std::nullopt;
}

QStringList shuffled(QStringList list, QRandomGenerator &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(random.bounded(int(i + 1))));
    return list;
}

int logRows(const QString &path)
{
    return test::RawConnection(path).scalar(u"SELECT COUNT(*) FROM checkin_log"_s).toInt();
}

} // namespace

class TestTwoWriters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QRandomGenerator m_random{20261128};

private slots:
    void initTestCase()
    {
        QVERIFY2(!test::mannamBinary().isEmpty(), "MANNAM_BINARY is not set; run through ctest");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"mannam-tests"_s);
    }

    void twoDeskProcesses_sameFile_nothingLostNobodyTwice()
    {
        const QString path = m_dir.filePath(u"two-desks.mannam"_s);
        QStringList codes;
        {
            auto event = test::createEvent(path);
            for (const Attendee &person : test::addPeople(event->store(), 400))
                codes << person.ticketCode;
        }
        const QStringList desks{u"Desk A"_s, u"Desk B"_s};
        QHash<QString, QList<PrintedLine>> printed; // desk → lines
        const auto take = [&](const QString &desk, const QString &line) {
            const std::optional<PrintedLine> parsed = parseLine(line);
            QVERIFY2(parsed, qPrintable(desk + u": "_s + line));
            printed[desk] << *parsed;
        };

        // 1. Lockstep: each round both desks get the same person at the same
        //    moment, so their transactions collide every time.
        const QStringList lockstep = codes.mid(0, 200);
        QElapsedTimer timer;
        timer.start();
        {
            test::InteractiveCheckIn a(path, desks.at(0));
            test::InteractiveCheckIn b(path, desks.at(1));
            for (const QString &code : lockstep) {
                a.send(code);
                b.send(code);
                take(desks.at(0), a.readLine());
                take(desks.at(1), b.readLine());
            }
            QVERIFY(a.finish() <= 1);
            QVERIFY(b.finish() <= 1);
        }
        const qint64 lockstepMs = timer.restart();

        // 2. Flood: both desks get the other 200, in their own orders, at full speed.
        const QStringList flood = codes.mid(200);
        QProcess processes[2];
        for (int d = 0; d < 2; ++d) {
            processes[d].start(test::mannamBinary(), {u"checkin"_s, path, u"-"_s, u"--desk"_s, desks.at(d)});
            QVERIFY(processes[d].waitForStarted());
        }
        for (int d = 0; d < 2; ++d) {
            processes[d].write((shuffled(flood, m_random).join(u'\n') + u'\n').toUtf8());
            processes[d].closeWriteChannel();
        }
        for (int d = 0; d < 2; ++d) {
            QVERIFY2(processes[d].waitForFinished(60000), "a desk hung");
            QVERIFY2(processes[d].exitCode() <= 1, qPrintable(QString::fromUtf8(processes[d].readAllStandardError())));
            const QStringList lines = QString::fromUtf8(processes[d].readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), flood.size());
            for (const QString &line : lines)
                take(desks.at(d), line);
        }
        const qint64 floodMs = timer.elapsed();

        // Each person admitted exactly once, by one desk; the other desk's
        // yellow names that desk.
        QHash<QString, QString> admittedAt;
        for (const QString &desk : desks) {
            for (const PrintedLine &line : printed.value(desk)) {
                if (!line.admitted)
                    continue;
                QVERIFY2(!admittedAt.contains(line.name), qPrintable(line.name + u" admitted twice"_s));
                admittedAt.insert(line.name, desk);
            }
        }
        QCOMPARE(admittedAt.size(), codes.size());
        for (const QString &desk : desks) {
            for (const PrintedLine &line : printed.value(desk)) {
                if (!line.admitted)
                    QCOMPARE(line.firstDesk, admittedAt.value(line.name));
            }
        }

        // Every printed line is a row of the log, and nothing else is.
        auto event = EventFile::open(path);
        QCOMPARE(event->database().integrityCheck(), u"ok"_s);
        QHash<QString, QMultiHash<QString, bool>> logged; // desk → name → admitted?
        QString previousDesk;
        int switches = 0;
        int rows = 0;
        int lockstepSwitches = 0;
        event->store().forEachLogEntry([&](const LogEntry &entry) {
            logged[entry.desk].insert(entry.attendeeName, entry.result == ScanResult::Admitted);
            if (!previousDesk.isEmpty() && entry.desk != previousDesk)
                ++switches;
            previousDesk = entry.desk;
            if (++rows == 2 * int(lockstep.size()))
                lockstepSwitches = switches;
        });
        QCOMPARE(rows, 2 * int(codes.size()));
        for (const QString &desk : desks) {
            QMultiHash<QString, bool> expected;
            for (const PrintedLine &line : printed.value(desk))
                expected.insert(line.name, line.admitted);
            QCOMPARE(logged.value(desk), expected);
        }
        QCOMPARE(event->store().stats().checkedIn, int(codes.size()));
        // In lockstep the two desks' commits really alternate.
        QVERIFY2(lockstepSwitches >= int(lockstep.size()) / 2,
                 qPrintable(u"only %1 alternations: the desks did not overlap"_s.arg(lockstepSwitches)));
        qInfo("two desk processes, %d check-ins: lockstep %lld rounds in %lld ms (%d alternations), "
              "flood 2 × %lld in %lld ms (%d alternations); %lld admitted exactly once, every printed line logged",
              rows, qlonglong(lockstep.size()), lockstepMs, lockstepSwitches, qlonglong(flood.size()), floodMs,
              switches - lockstepSwitches, qlonglong(admittedAt.size()));
    }

    void heldWriteLock_cliReportsItWithinTheBusyTimeout_nothingWritten_thenWorks()
    {
        const QString path = m_dir.filePath(u"held-lock.mannam"_s);
        QList<Attendee> people;
        {
            auto event = test::createEvent(path);
            people = test::addPeople(event->store(), 5);
        }
        {
            const test::RawConnection other(path); // another program, mid-write
            QCOMPARE(other.exec(u"BEGIN IMMEDIATE"_s), QString());
            const test::CliRun locked = test::runCli({u"checkin"_s, path, people.at(0).ticketCode}, {}, 30000);
            QVERIFY2(locked.finished, "the CLI hung on the lock");
            QVERIFY2(locked.exitCode == 4, qPrintable(locked.describe()));
            QVERIFY2(locked.err.contains(u"is locked by another program"_s), qPrintable(locked.describe()));
            // The busy timeout (3 s) is waited, not much more.
            QVERIFY2(locked.ms >= 2500 && locked.ms < 15000, qPrintable(locked.describe()));
            QCOMPARE(other.exec(u"ROLLBACK"_s), QString());
            qInfo("lock held by another program: CLI exit 4 after %lld ms: %s", locked.ms,
                  qPrintable(locked.err.trimmed()));
        }
        QCOMPARE(logRows(path), 0);
        const test::CliRun free = test::runCli({u"checkin"_s, path, people.at(0).ticketCode});
        QVERIFY2(free.exitCode == 0 && free.out.startsWith(u"Admitted: "_s), qPrintable(free.describe()));
        QCOMPARE(logRows(path), 1);
    }

    void lockTakenWhileTheDeskRuns_cliSaysBusy_exits4_thenWorks()
    {
        const QString path = m_dir.filePath(u"lock-midway.mannam"_s);
        QList<Attendee> people;
        {
            auto event = test::createEvent(path);
            people = test::addPeople(event->store(), 5);
        }
        test::InteractiveCheckIn desk(path, u"Door"_s);
        QCOMPARE(desk.checkIn(people.at(0).ticketCode), u"Admitted: %1"_s.arg(people.at(0).name));
        QElapsedTimer timer;
        {
            const test::RawConnection other(path);
            QCOMPARE(other.exec(u"BEGIN IMMEDIATE"_s), QString());
            timer.start();
            QCOMPARE(desk.checkIn(people.at(1).ticketCode, 20000), QString()); // no line: not admitted
            QVERIFY2(desk.waitForExit(20000), "the CLI hung on the lock");
            const qint64 ms = timer.elapsed();
            QCOMPARE(desk.exitCode(), 4);
            const QString error = desk.errorOutput();
            QVERIFY2(error.contains(u"busy"_s), qPrintable(error));
            QVERIFY2(ms >= 2500 && ms < 15000, qPrintable(QString::number(ms)));
            QCOMPARE(other.exec(u"ROLLBACK"_s), QString());
            qInfo("lock taken between two codes: exit 4 after %lld ms: %s", ms, qPrintable(error.trimmed()));
        }
        QCOMPARE(logRows(path), 1); // only the first code
        const test::CliRun again = test::runCli({u"checkin"_s, path, people.at(1).ticketCode});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(logRows(path), 2);
    }

    void heldWriteLock_serviceAndImportReportLocked_readsGoOn_thenTheSameConnectionWorks()
    {
        const QString path = m_dir.filePath(u"service-lock.mannam"_s);
        auto event = test::createEvent(path);
        const QList<Attendee> people = test::addPeople(event->store(), 5);
        event.reset();
        constexpr int BusyTimeoutMs = 400;
        event = EventFile::open(path, Database::Access::ReadWrite, BusyTimeoutMs);
        CheckInService service(event->store());
        AttendeeImporter importer(event->store());
        const QByteArray csv = "name\nLate Registration\n";

        test::RawConnection other(path);
        const QString before = other.dumpAllTables();
        QCOMPARE(other.exec(u"BEGIN IMMEDIATE"_s), QString());
        QElapsedTimer timer;
        timer.start();
        try {
            service.scan(people.at(0).ticketCode, u"Desk 1"_s);
            QFAIL("a check-in under another program's write lock was reported as saved");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Locked);
            QVERIFY2(error.message().startsWith(u"The event file is busy"_s), qPrintable(error.message()));
        }
        const qint64 ms = timer.elapsed();
        QVERIFY2(ms >= BusyTimeoutMs - 50 && ms < 5000, qPrintable(QString::number(ms)));
        try {
            importer.import(csv, {});
            QFAIL("an import under another program's write lock was reported as done");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Locked);
        }
        // Reading is not blocked by a writer (WAL): the counts and an export work.
        QCOMPARE(event->store().stats().registered, 5);
        QString exportError;
        QVERIFY2(EventExporter(event->store()).exportAttendance(m_dir.filePath(u"during-lock.csv"_s), &exportError),
                 qPrintable(exportError));
        QCOMPARE(other.exec(u"ROLLBACK"_s), QString());
        const QString after = other.dumpAllTables();
        QVERIFY2(after == before, qPrintable(test::firstDifference(before, after)));

        QCOMPARE(service.scan(people.at(0).ticketCode, u"Desk 1"_s).result, ScanResult::Admitted);
        QVERIFY(importer.import(csv, {}).ok());
        QCOMPARE(event->store().attendeeCount(), 6);
        qInfo("service under a held lock: Locked after %lld ms (busy timeout %d ms); reads and exports went on",
              ms, BusyTimeoutMs);
    }

    // There is no single-instance guard: a second Mannam opening the same
    // event works alongside the first, both serialised by SQLite.
    void secondAppInstance_sameEvent_bothDesksWork_nothingLost()
    {
        const QString path = m_dir.filePath(u"two-instances.mannam"_s);
        QList<Attendee> people;
        {
            auto event = test::createEvent(path);
            people = test::addPeople(event->store(), 12);
        }
        QStringList errors;
        MainWindow first;
        MainWindow second;
        for (MainWindow *window : {&first, &second}) {
            window->showError = [&errors](const QString &title, const QString &message) { errors << title + u": "_s + message; };
            window->show();
        }
        QVERIFY(first.openEvent(path));
        QVERIFY2(second.openEvent(path), qPrintable(errors.join(u'\n')));
        DeskWindow *deskOne = first.showDesk(MainWindow::FrameSource::None);
        DeskWindow *deskTwo = second.showDesk(MainWindow::FrameSource::None);
        QVERIFY(deskOne && deskTwo);
        QList<CheckInOutcome> outcomes;
        for (DeskWindow *desk : {deskOne, deskTwo}) {
            desk->sounds().setMuted(true);
            connect(&desk->session(), &DeskSession::outcomeReady, this,
                    [&outcomes](const CheckInOutcome &outcome) { outcomes << outcome; });
        }
        // The same person at both instances: green once, then yellow.
        deskOne->session().submitCode(people.at(0).ticketCode, DeskSession::Source::Scanner);
        deskTwo->session().submitCode(people.at(0).ticketCode, DeskSession::Source::Scanner);
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.at(0).result, ScanResult::Admitted);
        QCOMPARE(outcomes.at(1).result, ScanResult::AlreadyInside);
        // Everybody else, alternating, with the CLI writing in between.
        for (int i = 1; i < people.size() - 1; ++i) {
            DeskWindow *desk = i % 2 ? deskOne : deskTwo;
            desk->session().submitCode(people.at(i).ticketCode, DeskSession::Source::Scanner);
            QCOMPARE(outcomes.last().result, ScanResult::Admitted);
        }
        const test::CliRun cli = test::runCli({u"checkin"_s, path, people.last().ticketCode});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
        // Both instances' counters follow the other writers.
        const QString all = QString::number(people.size());
        QTRY_VERIFY(deskOne->findChild<QLabel *>(u"checkedInCountLabel"_s)->text().contains(all));
        QTRY_VERIFY(deskTwo->findChild<QLabel *>(u"checkedInCountLabel"_s)->text().contains(all));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

        second.closeCurrentEvent();
        first.closeCurrentEvent();
        auto event = EventFile::open(path);
        QCOMPARE(event->database().integrityCheck(), u"ok"_s);
        QCOMPARE(event->store().stats().checkedIn, int(people.size()));
        QCOMPARE(event->store().stats().scans, int(people.size()) + 1);
    }
};

QTEST_MAIN(TestTwoWriters)
#include "tst_twowriters.moc"
