// Issue 6: what a person at a desk sees when the shared event's server goes
// away and comes back: the banner, green scans meanwhile, the conflicts named.
#include "SharedTestServer.h"
#include "TestSupport.h"

#include "desk/DeskSession.h"
#include "desk/DeskWindow.h"
#include "sync/SharedDeskLink.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace mannam;
using namespace Qt::StringLiterals;

class TestOfflineDeskWindow : public QObject
{
    Q_OBJECT

private slots:
    void serverAway_bannerSaysSo_scansStayGreen_backOnlineNamesConflicts()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::OwnTestServer server;
        QVERIFY(server.isStarted());
        const QString address = server.createDatabase(u"desk_window"_s);
        QList<Attendee> people;
        {
            auto event = test::createEvent(address, u"서울 AI 밋업 11월"_s);
            for (const QString &name : {u"김민준"_s, u"이서연"_s, u"Alice Park"_s})
                people << test::addPerson(event->store(), name);
        }
        auto event = EventFile::open(address);
        DeskWindow desk(*event, u"Desk 1"_s);
        desk.resize(1366, 768);
        desk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&desk));
        auto *banner = desk.findChild<QLabel *>(u"connectionBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        // Desk 2 admits Kim on the server: Desk 1's copy knows it from its refresh.
        auto other = EventFile::open(address);
        CheckInService(other->store()).scan(people.at(0).ticketCode, u"Desk 2"_s);
        desk.session().sharedLink()->refreshLocalCopy();
        other.reset();

        QVERIFY(server.kill());
        QSignalSpy outcomes(&desk.session(), &DeskSession::outcomeReady);
        desk.session().submitCode(people.at(1).ticketCode, DeskSession::Source::Scanner);
        QCOMPARE(outcomes.count(), 1);
        QCOMPARE(outcomes.takeFirst().at(0).value<CheckInOutcome>().result, ScanResult::Admitted);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"1 scan"_s), qPrintable(banner->text()));
        desk.session().submitCode(people.at(0).ticketCode, DeskSession::Source::Scanner);
        QCOMPARE(outcomes.takeFirst().at(0).value<CheckInOutcome>().result, ScanResult::AlreadyInside);
        QTRY_VERIFY(banner->text().contains(u"2 scan"_s));
        if (qEnvironmentVariableIsSet("MANNAM_SCREENSHOT_DIR"))
            desk.grab().save(QDir(qEnvironmentVariable("MANNAM_SCREENSHOT_DIR")).filePath(u"desk-offline-1366x768.png"_s));

        // Back: the banner goes, the queue is sent, the status line says so.
        QVERIFY(server.restart());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10'000);
        QCOMPARE(desk.session().pendingScans(), 0);
        auto *status = desk.findChild<QLabel *>(u"scannerStatusLabel"_s);
        QVERIFY(status);
        QTRY_VERIFY(status->text().contains(u"Back online"_s));
        auto check = EventFile::open(address);
        QCOMPARE(check->store().stats().checkedIn, 2);
        QCOMPARE(check->store().stats().scans, 3);
    }
};

QTEST_MAIN(TestOfflineDeskWindow)
#include "tst_offlinedeskwindow.moc"
