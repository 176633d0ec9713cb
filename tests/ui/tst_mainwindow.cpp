// The main window on the offscreen platform: opens an event, shows its counts,
// follows check-ins made elsewhere, and explains files it cannot open.
#include "BingoTestSupport.h"

#include "bigscreen/BigScreenWindow.h"
#include "checkin/CheckInService.h"
#include "desk/DeskWindow.h"
#include "kiosk/KioskWindow.h"
#include "main/MainWindow.h"

#include <QStandardPaths>

#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QString labelText(const MainWindow &window, const QString &name)
    {
        auto *label = window.findChild<QLabel *>(name);
        return label ? label->text() : u"<missing %1>"_s.arg(name);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // desk/kiosk name settings of the test, not of the machine
    }

    // The kiosk from the Mode menu: a PIN is chosen first, the main window
    // steps aside, meetings reach the big screen, and the PIN brings it back.
    void kiosk_asksForAPin_hidesTheWindow_andTheRightPinBringsItBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bingo.mannam"_s);
        Attendee a, b;
        {
            auto event = test::createEvent(path);
            test::setUpBingo(event->store(), 3, 1, false, 9);
            a = test::addPlayer(event->store(), u"홍길동"_s, {u"K01"_s});
            b = test::addPlayer(event->store(), u"Alice Park"_s, {u"K02"_s});
        }
        MainWindow window;
        int pinQuestions = 0;
        window.askForKioskPin = [&] { ++pinQuestions; return u"2468"_s; };
        window.show();
        QVERIFY(window.openEvent(path));
        BigScreenWindow *bigScreen = window.showBigScreen();
        QVERIFY(bigScreen && bigScreen->isVisible());

        KioskWindow *kiosk = window.showKiosk(MainWindow::FrameSource::None);
        QVERIFY(kiosk);
        QCOMPARE(pinQuestions, 1);
        QTRY_VERIFY(kiosk->isVisible());
        QVERIFY(!window.isVisible());
        QVERIFY(BingoService(window.event()->store()).verifyKioskPin(u"2468"_s));

        kiosk->session().submitCode(a.badgeCode, KioskSession::Source::Scanner);
        kiosk->session().submitCode(b.badgeCode, KioskSession::Source::Scanner);
        QCOMPARE(kiosk->session().state(), KioskSession::State::ShowingMeeting);
        auto *meetings = bigScreen->findChild<QLabel *>(u"meetingCountLabel"_s);
        QVERIFY(meetings);
        QTRY_COMPARE(meetings->text(), u"1"_s);

        kiosk->session().submitPin(u"2468"_s);
        QTRY_VERIFY(window.isVisible());
        QTRY_VERIFY(window.kiosk() == nullptr);

        // A PIN exists now: the next kiosk does not ask again.
        QVERIFY(window.showKiosk(MainWindow::FrameSource::None));
        QCOMPARE(pinQuestions, 1);
        // Closing everything with the kiosk and the big screen open releases the event cleanly.
    }

    void kiosk_pinQuestionCancelled_staysOnTheMainWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bingo.mannam"_s);
        test::createEvent(path);
        MainWindow window;
        window.askForKioskPin = [] { return QString(); };
        window.show();
        QVERIFY(window.openEvent(path));
        QVERIFY(window.showKiosk(MainWindow::FrameSource::None) == nullptr);
        QVERIFY(window.isVisible());
        QVERIFY(!BingoService(window.event()->store()).hasKioskPin());
    }

    void openEvent_showsNameAndCounts_andFollowsOtherDesks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"meetup.mannam"_s);
        Attendee first;
        {
            auto event = test::createEvent(path, u"서울 AI 밋업"_s);
            first = test::addPerson(event->store(), u"홍길동"_s);
            test::addPerson(event->store(), u"Alice Park"_s);
            CheckInService(event->store()).scan(first.ticketCode, u"Desk 1"_s);
        }
        MainWindow window;
        window.show();
        QVERIFY(window.openEvent(path));
        QCOMPARE(labelText(window, u"eventNameLabel"_s), u"서울 AI 밋업"_s);
        QCOMPARE(labelText(window, u"registeredCountLabel"_s), u"2"_s);
        QCOMPARE(labelText(window, u"checkedInCountLabel"_s), u"1"_s);
        QVERIFY(window.windowTitle().contains(u"서울 AI 밋업"_s));

        // Another desk admits somebody: the window catches up by itself.
        auto otherDesk = EventFile::open(path);
        const Attendee second = otherDesk->store().attendees().at(1);
        CheckInService(otherDesk->store()).scan(second.ticketCode, u"Desk 2"_s);
        QTRY_COMPARE(labelText(window, u"checkedInCountLabel"_s), u"2"_s);
        QCOMPARE(labelText(window, u"insideCountLabel"_s), u"2"_s);
        auto *recent = window.findChild<QTableWidget *>(u"recentScansTable"_s);
        QVERIFY(recent);
        QCOMPARE(recent->rowCount(), 2);
        QCOMPARE(recent->item(0, 1)->text(), second.name); // newest first
        QCOMPARE(recent->item(0, 3)->text(), u"Desk 2"_s);
        QCOMPARE(recent->item(1, 1)->text(), u"홍길동"_s);
    }

    void closingWithTheDeskOpen_releasesTheEventCleanly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"desk.mannam"_s);
        test::createEvent(path);
        {
            MainWindow window;
            QVERIFY(window.openEvent(path));
            QVERIFY(window.showDesk(MainWindow::FrameSource::None));
            QVERIFY(window.desk()->isVisible() || !window.isVisible());
            // Opening another event replaces the desk that worked on the first.
            QVERIFY(window.openEvent(path));
            QVERIFY(!window.desk());
            QVERIFY(window.showDesk(MainWindow::FrameSource::None));
        } // destroyed with the desk open: the desk goes before the event it uses
        QVERIFY(EventFile::open(path));
    }

    void openEvent_foreignFile_explainsAndKeepsCurrentEvent()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good.mannam"_s);
        test::createEvent(good, u"Good Event"_s);
        const QString bad = dir.filePath(u"notes.txt"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();

        MainWindow window;
        QStringList errors;
        window.showError = [&errors](const QString &, const QString &message) { errors << message; };
        QVERIFY(window.openEvent(good));
        QVERIFY(!window.openEvent(bad));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).contains(u"not a Mannam event file"_s));
        QCOMPARE(labelText(window, u"eventNameLabel"_s), u"Good Event"_s);
        QVERIFY(window.event());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
