// Issue 6: an event shared on a PostgreSQL server — addresses and passwords,
// publish and pull, the database's own guarantees, live notifications, two
// desks and a kiosk on one event, and replays that never count twice.
#include "BingoInvariants.h"
#include "BingoTestSupport.h"
#include "TestSupport.h"

#include "cli/CommandLine.h"
#include "desk/DeskSession.h"
#include "kiosk/KioskSession.h"
#include "storage/ChangeListener.h"
#include "storage/EventCopy.h"
#include "storage/StorageError.h"
#include "sync/OfflineReplay.h"
#include "transfer/EventExporter.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace mannam;
using namespace Qt::StringLiterals;

namespace {

// Everything a test process printed through Qt's logging.
QStringList g_logged;
void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged << message;
}

QString passwordOf(const QString &url)
{
    return QUrl(url).password();
}

// The address of `database` on the test server with the admin's password in it,
// as a person would paste it.
QString addressWithPassword(const QString &address)
{
    QUrl url(address);
    url.setPassword(passwordOf(test::serverAdminUrl()));
    return url.toString();
}

} // namespace

class TestSharedEvent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void address_passwordIsRememberedAndNeverShown()
    {
        QString error;
        const auto address = ServerAddress::parse(u"postgresql://desk:s%40cret@192.168.0.10:5433/meetup"_s, &error);
        QVERIFY2(address, qPrintable(error));
        QCOMPARE(address->user, u"desk"_s);
        QCOMPARE(address->host, u"192.168.0.10"_s);
        QCOMPARE(address->port, 5433);
        QCOMPARE(address->database, u"meetup"_s);
        QCOMPARE(address->toString(), u"postgresql://desk@192.168.0.10:5433/meetup"_s);
        QCOMPARE(address->rememberedPassword(), u"s@cret"_s);
        QVERIFY(!address->displayName().contains(u"cret"_s));
        QCOMPARE(ServerAddress::parse(u"postgres://a@h/db"_s)->port, 5432);
    }

    void address_malformed_clearMessages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("file") << u"/tmp/x.mannam"_s << u"postgresql://"_s;
        QTest::newRow("no host") << u"postgresql://u@/db"_s << u"host"_s;
        QTest::newRow("no database") << u"postgresql://u@host"_s << u"database"_s;
        QTest::newRow("no user") << u"postgresql://host/db"_s << u"user"_s;
        QTest::newRow("bad port") << u"postgresql://u@host:99999/db"_s << u"address"_s;
    }

    void address_malformed_clearMessages()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!ServerAddress::parse(text, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void open_refusals_sayWhatIsWrongWithoutThePassword()
    {
        const QString empty = test::emptyServerDatabase();
        auto openFails = [](const QString &address, StorageError::Kind kind) -> QString {
            try {
                EventFile::open(address);
            } catch (const StorageError &error) {
                if (error.kind() != kind)
                    return u"wrong kind: "_s + error.message();
                return error.message();
            }
            return u"opened"_s;
        };
        // An empty database holds no event.
        QVERIFY(openFails(empty, StorageError::Kind::NotOurs).contains(u"holds no Mannam event"_s));
        // A wrong password.
        QUrl wrong(addressWithPassword(empty));
        wrong.setPassword(u"not-the-password-123"_s);
        const QString refused = openFails(wrong.toString(), StorageError::Kind::Generic);
        QVERIFY2(refused.contains(u"password"_s), qPrintable(refused));
        QVERIFY(!refused.contains(u"not-the-password-123"_s));
        ServerAddress::parse(addressWithPassword(empty)); // the right one again (the latest typed wins)
        // A database that does not exist.
        QUrl missing(addressWithPassword(empty));
        missing.setPath(u"/no_such_event"_s);
        QVERIFY(openFails(missing.toString(), StorageError::Kind::NotFound).contains(u"no_such_event"_s));
        // Nobody listening on that port: unreachable, at once.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(openFails(u"postgresql://u@127.0.0.1:1/db"_s, StorageError::Kind::Unreachable).contains(u"reach"_s));
        QVERIFY(timer.elapsed() < 5000);
        // Creating over an existing event is refused, the event untouched.
        auto event = test::createEvent(empty);
        test::addPerson(event->store(), u"김민준"_s);
        QVERIFY_THROWS_EXCEPTION(StorageError, test::createEvent(event->path()));
        QCOMPARE(event->store().attendeeCount(), 1);
    }

    void database_enforcesExactlyOnceAndAppendOnly()
    {
        auto event = test::createEvent(test::emptyServerDatabase());
        const Attendee kim = test::addPerson(event->store(), u"김민준"_s);
        QCOMPARE(CheckInService(event->store()).scan(kim.ticketCode, u"Desk 1"_s).result, ScanResult::Admitted);
        // Past the application: the database itself refuses a second admission in round 1.
        test::RawConnection raw(event->path());
        const QString second = raw.exec(
                u"INSERT INTO checkin_log (nonce, at_utc, desk, action, result, scanned_code, attendee_id, "
                "admission_round) VALUES ('n2', '2026-11-28T09:00:00.000Z', 'Desk 2', 'entry', 'admitted', ?, ?, 1)"_s,
                {kim.ticketCode, kim.id});
        QVERIFY2(second.contains(u"checkin_log_one_admission"_s), qPrintable(second));
        QVERIFY(raw.exec(u"DELETE FROM checkin_log"_s).contains(u"append-only"_s));
        QVERIFY(raw.exec(u"UPDATE checkin_log SET desk = 'x'"_s).contains(u"append-only"_s));
        QCOMPARE(event->store().stats().checkedIn, 1);
    }

    void publishThenPull_keepsTheWholeEventAndItsIds()
    {
        const QString file = m_dir.filePath(u"published.mannam"_s);
        {
            auto event = EventFile::create(file, EventInfo{});
            test::setUpBingo(event->store(), 3, 1, false, 9);
            const Attendee kim = test::addPlayer(event->store(), u"김민준"_s, {u"K01"_s});
            const Attendee lee = test::addPlayer(event->store(), u"이서연"_s, {u"K02"_s});
            test::addPerson(event->store(), u"Alice Park"_s);
            CheckInService service(event->store());
            service.undoLast(lee.id, u"Desk 1"_s);
            service.scan(lee.ticketCode, u"Desk 2"_s);
            service.scan(u"garbage"_s, u"Desk 2"_s);
            QVERIFY(BingoService(event->store()).meet(kim.badgeCode, lee.badgeCode, u"Kiosk"_s).ok());
        }
        const QString server = test::emptyServerDatabase();
        const EventCopyCounts published = EventCopy::publish(file, server);
        QCOMPARE(published.attendees, 3);
        QCOMPARE(published.meetings, 1);
        const QString pulled = m_dir.filePath(u"pulled.mannam"_s);
        const EventCopyCounts back = EventCopy::pull(server, pulled);
        QCOMPARE(back.scans, published.scans);
        // Row for row the same, ids included (rows without an id may come in another order).
        auto sortedDump = [](const QString &path) {
            QStringList lines = test::RawConnection(path).dumpAllTables().split(u'\n');
            lines.sort();
            return lines.join(u'\n');
        };
        const QString before = sortedDump(file);
        const QString after = sortedDump(pulled);
        QVERIFY2(before == after, qPrintable(test::firstDifference(before, after)));
        QVERIFY(test::checkBingoInvariants(test::RawConnection(server)).violations.isEmpty());
        // The server numbers new rows after the copied ones.
        auto shared = EventFile::open(server);
        const Attendee alice = shared->store().attendees().at(2);
        const CheckInOutcome admitted = CheckInService(shared->store()).scan(alice.ticketCode, u"Desk 1"_s);
        QCOMPARE(admitted.result, ScanResult::Admitted);
        QVERIFY(admitted.entry.id > published.scans);
        // Publishing twice to one database is refused.
        QVERIFY_THROWS_EXCEPTION(StorageError, EventCopy::publish(file, server));
    }

    void twoDesksAndAKiosk_shareOneEventLive()
    {
        const QString address = test::emptyServerDatabase();
        {
            auto setup = test::createEvent(address);
            test::setUpBingo(setup->store(), 3, 1, false, 9);
            test::addPlayer(setup->store(), u"김민준"_s, {u"K01"_s}, false);
            test::addPlayer(setup->store(), u"이서연"_s, {u"K02"_s}, false);
        }
        auto eventA = EventFile::open(address);
        auto eventB = EventFile::open(address);
        auto eventKiosk = EventFile::open(address);
        const QList<Attendee> people = eventA->store().attendees();
        DeskSession deskA(*eventA, u"Desk A"_s);
        DeskSession deskB(*eventB, u"Desk B"_s);
        KioskSession kiosk(*eventKiosk, u"Kiosk"_s);
        QSignalSpy bChanged(eventB->database().changeListener(), &ChangeListener::changed);
        QSignalSpy bOutcomes(&deskB, &DeskSession::outcomeReady);
        QSignalSpy aOutcomes(&deskA, &DeskSession::outcomeReady);
        QVERIFY(eventB->database().changeListener()->isListening());

        // Desk A admits Kim: Desk B hears of it within a second, without asking.
        deskA.submitCode(people.at(0).ticketCode, DeskSession::Source::Scanner);
        QCOMPARE(aOutcomes.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(bChanged.count() > 0, 1000);
        QCOMPARE(deskB.stats().checkedIn, 1);
        // ... and says "already, at Desk A" when Kim comes to it.
        deskB.submitCode(people.at(0).ticketCode, DeskSession::Source::Scanner);
        const auto again = bOutcomes.takeFirst().at(0).value<CheckInOutcome>();
        QCOMPARE(again.result, ScanResult::AlreadyInside);
        QVERIFY(again.summary().contains(u"Desk A"_s));
        deskB.submitCode(people.at(1).ticketCode, DeskSession::Source::Scanner);

        // The kiosk records their meeting; both desks' counts follow.
        QSignalSpy met(&kiosk, &KioskSession::meetingRecorded);
        kiosk.submitCode(people.at(0).badgeCode, KioskSession::Source::Scanner);
        kiosk.submitCode(people.at(1).badgeCode, KioskSession::Source::Scanner);
        QCOMPARE(met.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(deskA.stats().meetings, 1, 1000);
        const EventStats stats = deskB.stats();
        QCOMPARE(stats.checkedIn, 2);
        QCOMPARE(stats.scans, 3);
        QVERIFY(test::checkBingoInvariants(test::RawConnection(address)).violations.isEmpty());
    }

    void replay_interruptedAndRunAgain_countsEveryScanOnce()
    {
        const QString address = test::emptyServerDatabase();
        auto server = test::createEvent(address);
        const Attendee kim = test::addPerson(server->store(), u"김민준"_s);
        const Attendee lee = test::addPerson(server->store(), u"이서연"_s);
        const QString copy = m_dir.filePath(u"local.mannam"_s);
        EventCopy::pull(address, copy);
        auto local = EventFile::open(copy);
        CheckInService offline(local->store());
        QList<qint64> queued;
        for (const QString &code : {kim.ticketCode, lee.ticketCode, u"garbage"_s}) {
            local->store().write([&] {
                const CheckInOutcome outcome = offline.scan(code, u"Desk 2"_s);
                local->store().markOfflineScan(outcome.entry.id);
                queued << outcome.entry.id;
            });
        }
        // Meanwhile Desk 1 admitted Kim on the server.
        CheckInService(server->store()).scan(kim.ticketCode, u"Desk 1"_s);

        const ReplayReport first = replayOfflineScans(local->store(), server->store(), Clock::system());
        QCOMPARE(first.replayed, 3);
        QCOMPARE(first.conflicts.size(), 1);
        QCOMPARE(first.conflicts.at(0).attendeeId, kim.id);
        QCOMPARE(first.conflicts.at(0).desk, u"Desk 2"_s);
        QCOMPARE(local->store().offlineScanCount(), 0);
        // As if the desk had died before clearing its marks: the same scans again.
        local->store().write([&] {
            for (const qint64 id : std::as_const(queued))
                local->store().markOfflineScan(id);
        });
        const ReplayReport second = replayOfflineScans(local->store(), server->store(), Clock::system());
        QCOMPARE(second.replayed, 0);
        QCOMPARE(second.alreadyThere, 3);
        QCOMPARE(server->store().stats().scans, 4);
        QCOMPARE(server->store().conflicts().size(), 1);
        QCOMPARE(server->store().conflicts().at(0).attendeeName, u"김민준"_s);
        QCOMPARE(server->store().stats().checkedIn, 2);
    }

    void credentials_neverPrintedLoggedOrExported()
    {
        const QString address = test::emptyServerDatabase();
        const QString secret = passwordOf(test::serverAdminUrl());
        QVERIFY(secret.size() >= 8);
        {
            auto event = test::createEvent(address);
            const Attendee kim = test::addPerson(event->store(), u"김민준"_s);
            CheckInService(event->store()).scan(kim.ticketCode, u"Desk 1"_s);
        }
        g_logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
        QString out, err;
        {
            QTextStream outStream(&out), errStream(&err);
            CommandLine cli(outStream, errStream);
            const QString withPassword = addressWithPassword(address);
            QCOMPARE(cli.run({u"mannam"_s, u"stats"_s, withPassword}), int(CommandLine::Ok));
            const QString csv = m_dir.filePath(u"scans.csv"_s);
            QCOMPARE(cli.run({u"mannam"_s, u"export"_s, withPassword, u"--scans"_s, csv}), int(CommandLine::Ok));
            QFile exported(csv);
            QVERIFY(exported.open(QIODevice::ReadOnly));
            QVERIFY(!QString::fromUtf8(exported.readAll()).contains(secret));
            QUrl missing(withPassword);
            missing.setPath(u"/no_such_event"_s);
            QVERIFY(cli.run({u"mannam"_s, u"stats"_s, missing.toString()}) != int(CommandLine::Ok));
            const QString pulled = m_dir.filePath(u"credentials.mannam"_s);
            QCOMPARE(cli.run({u"mannam"_s, u"pull"_s, withPassword, pulled}), int(CommandLine::Ok));
            QVERIFY(!QString::fromLatin1(test::fileHash(pulled)).isEmpty());
            QFile file(pulled);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains(secret.toUtf8()));
        }
        qInstallMessageHandler(previous);
        QVERIFY(out.contains(u"Checked in:    1"_s));
        QVERIFY2(!out.contains(secret) && !err.contains(secret), qPrintable(out + err));
        QVERIFY(!g_logged.join(u'\n').contains(secret));
    }
};

QTEST_GUILESS_MAIN(TestSharedEvent)
#include "tst_sharedevent.moc"
