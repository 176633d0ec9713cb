// Issue 6: desks on a shared event keep admitting when the server goes away,
// and nothing that turned a screen green is lost when it comes back.
#include "SharedTestServer.h"
#include "TestSupport.h"

#include "desk/DeskSession.h"
#include "storage/ChangeListener.h"
#include "storage/StorageError.h"
#include "sync/SharedDeskLink.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <algorithm>

using namespace mannam;
using namespace Qt::StringLiterals;

namespace {

// What one desk showed: every outcome, by nonce.
struct DeskRecord
{
    QList<CheckInOutcome> outcomes;
    QStringList failures;
};

bool isGreen(ScanResult result)
{
    return result == ScanResult::Admitted || result == ScanResult::Reentered;
}

} // namespace

class TestOfflineDesk : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::OwnTestServer> m_server;
    QString m_address;
    QStringList m_codes;

    void watch(DeskSession &desk, DeskRecord &record)
    {
        connect(&desk, &DeskSession::outcomeReady, this,
                [&record](const CheckInOutcome &outcome) { record.outcomes << outcome; });
        connect(&desk, &DeskSession::storageFailed, this,
                [&record](const QString &message) { record.failures << message; });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
        m_server = std::make_unique<test::OwnTestServer>();
        QVERIFY2(m_server->isStarted(), "the test's own PostgreSQL server did not start");
        m_address = m_server->createDatabase(u"fault_event"_s);
        auto event = test::createEvent(m_address);
        for (int i = 0; i < 300; ++i)
            m_codes << test::addPerson(event->store(), u"참가자 %1"_s.arg(i)).ticketCode;
    }

    void cleanupTestCase()
    {
        m_server.reset();
    }

    void serverStoppedMidStorm_everyGreenScanReachesTheServer_conflictsReported()
    {
        auto eventA = EventFile::open(m_address);
        auto eventB = EventFile::open(m_address);
        DeskSession deskA(*eventA, u"Desk A"_s);
        DeskSession deskB(*eventB, u"Desk B"_s);
        QVERIFY(deskA.sharedLink() && deskB.sharedLink());
        QSignalSpy aOnline(&deskA, &DeskSession::onlineChanged);
        QSignalSpy aReplay(&deskA, &DeskSession::replayFinished);
        QSignalSpy bReplay(&deskB, &DeskSession::replayFinished);
        DeskRecord a, b;
        watch(deskA, a);
        watch(deskB, b);

        // Each desk its own order through everybody; some people come to both.
        QStringList orderA = m_codes, orderB = m_codes;
        std::shuffle(orderA.begin(), orderA.end(), *QRandomGenerator::global());
        std::shuffle(orderB.begin(), orderB.end(), *QRandomGenerator::global());
        auto scanRound = [&](int from, int to) {
            for (int i = from; i < to; ++i) {
                deskA.submitCode(orderA.at(i), DeskSession::Source::Scanner);
                deskB.submitCode(orderB.at(i), DeskSession::Source::Scanner);
            }
        };

        scanRound(0, 80);
        QVERIFY(deskA.isOnline() && deskB.isOnline());
        // The copies the desks would fall back on, as their background refresh leaves them.
        deskA.sharedLink()->refreshLocalCopy();
        deskB.sharedLink()->refreshLocalCopy();

        // The server goes away while the desks go on scanning.
        QProcess killer;
        m_server->killInBackground(killer);
        int next = 80;
        while (killer.state() != QProcess::NotRunning || next < 100) {
            scanRound(next, next + 1);
            ++next;
            killer.waitForFinished(1);
        }
        scanRound(next, next + 100);
        next += 100;
        QVERIFY(!deskA.isOnline());
        QVERIFY(!deskB.isOnline());
        QCOMPARE(aOnline.count(), 1);
        QVERIFY(deskA.pendingScans() > 0);
        QVERIFY2(a.failures.isEmpty(), qPrintable(a.failures.join(u'\n')));
        QVERIFY2(b.failures.isEmpty(), qPrintable(b.failures.join(u'\n')));
        const int scans = int(a.outcomes.size() + b.outcomes.size());
        QCOMPARE(scans, 2 * next);

        // It comes back: the desks notice by themselves and replay their queues.
        QVERIFY(m_server->restart());
        QTRY_VERIFY_WITH_TIMEOUT(deskA.isOnline() && deskB.isOnline(), 20'000);
        QTRY_COMPARE(aReplay.count() + bReplay.count(), 2);
        QCOMPARE(deskA.pendingScans() + deskB.pendingScans(), 0);

        // Every scan either desk showed is on the server under its nonce, and
        // every green one is there as an admission or as a reported conflict.
        auto server = EventFile::open(m_address);
        EventStore &store = server->store();
        QSet<QString> conflicted;
        for (const SyncConflict &conflict : store.conflicts())
            conflicted.insert(conflict.nonce);
        int green = 0, greenKept = 0;
        QHash<qint64, int> greenPerAttendee;
        for (const CheckInOutcome &outcome : a.outcomes + b.outcomes) {
            const std::optional<LogEntry> row = store.logEntryByNonce(outcome.entry.nonce);
            QVERIFY2(row, qPrintable(u"scan %1 (%2) is not on the server"_s.arg(outcome.entry.nonce,
                                                                                resultToText(outcome.result))));
            if (!isGreen(outcome.result))
                continue;
            ++green;
            ++greenPerAttendee[outcome.entry.attendeeId];
            if (isGreen(row->result))
                ++greenKept;
            else
                QVERIFY2(conflicted.contains(outcome.entry.nonce), "a green scan the server judged otherwise is a conflict");
        }
        // Admitted exactly once each on the server, whatever the desks showed.
        int expectedConflicts = 0;
        for (auto it = greenPerAttendee.cbegin(); it != greenPerAttendee.cend(); ++it) {
            int admissions = 0;
            for (const LogEntry &row : store.logFor(it.key()))
                admissions += row.result == ScanResult::Admitted ? 1 : 0;
            QCOMPARE(admissions, 1);
            expectedConflicts += it.value() - 1;
        }
        QCOMPARE(store.stats().scans, scans);
        QCOMPARE(int(conflicted.size()), expectedConflicts);
        QVERIFY2(expectedConflicts > 0, "both desks admitted somebody while apart");
        qInfo("%d scans (%d green, %d admitted on the server, %d conflicts reported) across a server stop",
              scans, green, greenKept, expectedConflicts);

        // Live updates come back too: the listener reconnects at its health check.
        // Desk B scans once a second until desk A's listener hears a scan.
        QSignalSpy live(eventA->database().changeListener(), &ChangeListener::changed);
        bool heard = false;
        for (int i = 0; i < 8 && !heard; ++i) {
            deskB.submitCode(orderB.at(next + i), DeskSession::Source::Scanner);
            heard = live.wait(1000);
        }
        QVERIFY2(heard, "desk A hears desk B again after the restart");
    }

    void serverAway_noLocalCopy_refusesClearly()
    {
        QTemporaryDir dir;
        auto event = EventFile::open(m_address);
        SharedDeskLink link(*event, dir.filePath(u"copy.mannam"_s));
        QVERIFY(QFile::exists(link.localCopyPath()));
        QFile::remove(link.localCopyPath());
        QVERIFY(m_server->kill());
        try {
            link.checkIn([&](CheckInService &service) { return service.scan(m_codes.constFirst(), u"Desk C"_s); });
            QFAIL("a scan that cannot be saved anywhere must not succeed");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Unreachable);
            QVERIFY(error.message().contains(u"nothing was saved"_s));
        }
        QVERIFY(m_server->restart());
    }
};

QTEST_GUILESS_MAIN(TestOfflineDesk)
#include "tst_offlinedesk.moc"
