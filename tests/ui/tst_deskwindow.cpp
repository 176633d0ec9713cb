// The registration desk driven like staff and attendees would: a USB scanner's
// burst, a person typing, a Korean IME in the way, the camera (injected frames
// and a real video through QMediaPlayer), search with 초성, undo, walk-ins.
#include "ScannerTestSupport.h"
#include "BingoTestSupport.h"
#include "../scanning/ScanTestSupport.h"

#include "checkin/CheckInService.h"
#include "desk/BadgePrinter.h"
#include "desk/DeskSession.h"
#include "desk/DeskWindow.h"
#include "desk/FeedbackSounds.h"
#include "desk/ResultPanel.h"
#include "scanning/FrameDecoder.h"

#include <QApplication>
#include <QCheckBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

} // namespace

class TestDeskWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileNo = 0;
    std::unique_ptr<EventFile> m_event;
    std::unique_ptr<DeskWindow> m_desk;

    ResultPanel *panel() { return m_desk->findChild<ResultPanel *>(u"resultPanel"_s); }
    QLineEdit *searchEdit() { return m_desk->findChild<QLineEdit *>(u"searchLineEdit"_s); }
    EventStore &store() { return m_event->store(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of the test, not of the machine
        QCoreApplication::setApplicationName(u"mannam-tests"_s);
    }

    void init()
    {
        m_desk.reset();
        m_event = test::createEvent(m_dir.filePath(u"desk%1.mannam"_s.arg(++m_fileNo)));
    }

    void cleanup()
    {
        m_desk.reset();
        m_event.reset();
    }

    void openDesk()
    {
        m_desk = std::make_unique<DeskWindow>(*m_event, u"Desk 1"_s);
        m_desk->sounds().setMuted(true);
        m_desk->resize(1366, 768);
        m_desk->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_desk.get()));
        searchEdit()->setFocus();
    }

    void scannerBurst_checksInWithoutTouchingTheSearchBox()
    {
        const Attendee kim = test::addPerson(store(), u"김민준"_s);
        openDesk();
        test::sendScannerBurst(searchEdit(), kim.ticketCode, true);
        QTRY_COMPARE(panel()->state(), u"green"_s);
        QVERIFY(m_desk->findChild<QLabel *>(u"resultNameLabel"_s)->text() == u"김민준"_s);
        QCOMPARE(searchEdit()->text(), QString());
        QCOMPARE(store().stats().checkedIn, 1);
    }

    void scannerBurstWithoutEnter_checksInToo()
    {
        const Attendee a = test::addPerson(store(), u"Alice Park"_s);
        openDesk();
        test::sendScannerBurst(searchEdit(), a.ticketCode, false);
        QTRY_COMPARE(panel()->state(), u"green"_s);
        QCOMPARE(store().stats().checkedIn, 1);
    }

    void humanTyping_isNotAScan()
    {
        test::addPerson(store(), u"Kim Minsu"_s);
        openDesk();
        QTest::keyClicks(searchEdit(), u"kim"_s, Qt::NoModifier, 60);
        QTRY_COMPARE(searchEdit()->text(), u"kim"_s);
        QCOMPARE(panel()->state(), u"ready"_s);
        QTRY_COMPARE(m_desk->findChild<QListWidget *>(u"searchResultsList"_s)->count(), 1);
        QCOMPARE(store().stats().scans, 0);
    }

    void koreanImeBurst_isMappedBackToTheCode()
    {
        // An imported platform code with letters: through a Korean IME the
        // scanner's keys arrive as jamo (a→ㅁ, b→ㅠ, c→ㅊ).
        Attendee guest;
        guest.name = u"이서연"_s;
        guest.ticketCode = u"abc-123456"_s;
        guest.badgeCode = u"badge-1"_s;
        store().write([&] { store().insertAttendee(guest, test::eventDayUtc()); });
        openDesk();
        for (const QString &piece : {u"ㅁ"_s, u"ㅠ"_s, u"ㅊ"_s, u"-"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s}) {
            QInputMethodEvent event;
            event.setCommitString(piece);
            QApplication::sendEvent(searchEdit(), &event);
        }
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, u"\r"_s);
        QApplication::sendEvent(searchEdit(), &enter);
        QTRY_COMPARE(panel()->state(), u"green"_s);
        QCOMPARE(store().stats().checkedIn, 1);
        QCOMPARE(searchEdit()->text(), QString());
    }

    void secondScan_isYellowWithFirstTimeAndDesk()
    {
        const Attendee a = test::addPerson(store(), u"박지민"_s);
        CheckInService(store()).scan(a.ticketCode, u"Desk 2"_s);
        openDesk();
        test::sendScannerBurst(searchEdit(), a.ticketCode, true);
        QTRY_COMPARE(panel()->state(), u"yellow"_s);
        QVERIFY(m_desk->findChild<QLabel *>(u"resultDetailLabel"_s)->text().contains(u"Desk 2"_s));
    }

    void invalidCode_isRedAndScanningGoesOn()
    {
        const Attendee a = test::addPerson(store(), u"Ben"_s);
        openDesk();
        QString misread = a.ticketCode;
        misread[5] = QChar(u'0' + (misread.at(5).digitValue() + 3) % 10);
        test::sendScannerBurst(searchEdit(), misread, true);
        QTRY_COMPARE(panel()->state(), u"red"_s);
        test::sendScannerBurst(searchEdit(), a.ticketCode, true);
        QTRY_COMPARE(panel()->state(), u"green"_s);
    }

    void searchWithInitialConsonants_thenEnter_checksIn()
    {
        test::addPerson(store(), u"홍길동"_s);
        test::addPerson(store(), u"김철수"_s);
        openDesk();
        for (QChar jamo : u"ㅎㄱㄷ"_s) // typed by a person, one key at a time
            QTest::sendKeyEvent(QTest::Click, searchEdit(), Qt::Key_unknown, QString(jamo), Qt::NoModifier, 60);
        auto *results = m_desk->findChild<QListWidget *>(u"searchResultsList"_s);
        QTRY_COMPARE(results->count(), 1);
        QVERIFY(results->item(0)->text().startsWith(u"홍길동"_s));
        QTest::keyClick(searchEdit(), Qt::Key_Return);
        QTRY_COMPARE(panel()->state(), u"green"_s);
        QCOMPARE(store().stats().checkedIn, 1);
        QCOMPARE(searchEdit()->text(), QString());
    }

    void undo_takesBackTheSelectedCheckIn()
    {
        const Attendee a = test::addPerson(store(), u"Chloe Kim"_s);
        openDesk();
        test::sendScannerBurst(searchEdit(), a.ticketCode, true);
        QTRY_COMPARE(store().stats().checkedIn, 1);
        auto *recent = m_desk->findChild<QTableWidget *>(u"recentScansTable"_s);
        QTRY_COMPARE(recent->rowCount(), 1);
        recent->selectRow(0);
        QTest::mouseClick(m_desk->findChild<QPushButton *>(u"undoButton"_s), Qt::LeftButton);
        QTRY_COMPARE(store().stats().checkedIn, 0);
        QCOMPARE(store().logFor(a.id).size(), 2); // the admission stays in the log, undone
        QTRY_COMPARE(recent->rowCount(), 2);
    }

    void walkIn_isAddedAndCheckedIn()
    {
        openDesk();
        m_desk->askForWalkIn = [] {
            Attendee walkIn;
            walkIn.name = u"정하은"_s;
            walkIn.phone = u"010-7777-8888"_s;
            return std::optional<Attendee>(walkIn);
        };
        QTest::mouseClick(m_desk->findChild<QPushButton *>(u"walkInButton"_s), Qt::LeftButton);
        QTRY_COMPARE(panel()->state(), u"green"_s);
        QCOMPARE(store().attendeeCount(), 1);
        QCOMPARE(store().attendees().at(0).source, AttendeeSource::WalkIn);
        // and the desk's search knows them at once
        QTest::keyClicks(searchEdit(), u"8888"_s, Qt::NoModifier, 60);
        QTRY_COMPARE(m_desk->findChild<QListWidget *>(u"searchResultsList"_s)->count(), 1);
    }

    void badges_printOnFirstCheckInAndOnDemand()
    {
        const Attendee a = test::addPerson(store(), u"배지 인쇄"_s);
        openDesk();
        QStringList printed;
        m_desk->printBadge = [this, &printed](const Attendee &attendee, QString *error) {
            const QString pdf = m_dir.filePath(u"badge-%1.pdf"_s.arg(printed.size()));
            BadgePrinter printer(store(), u"Desk 1"_s);
            printed << attendee.name;
            return printer.printToPdf(attendee, pdf, error);
        };
        m_desk->findChild<QCheckBox *>(u"badgeOnCheckInCheckBox"_s)->setChecked(true);
        test::sendScannerBurst(searchEdit(), a.ticketCode, true);
        QTRY_COMPARE(printed.size(), 1);
        QCOMPARE(store().badgePrintCount(a.id), 1);
        // A yellow does not print again; the button reprints (recorded as a reprint).
        m_desk->findChild<QCheckBox *>(u"badgeOnCheckInCheckBox"_s)->setChecked(false);
        QTest::mouseClick(m_desk->findChild<QPushButton *>(u"printBadgeButton"_s), Qt::LeftButton);
        QCOMPARE(printed, (QStringList{u"배지 인쇄"_s, u"배지 인쇄"_s}));
        QCOMPARE(store().badgePrintCount(a.id), 2);
        QVERIFY(QFile::exists(m_dir.filePath(u"badge-1.pdf"_s)));
    }

    void bingoKeywords_setAtTheDeskForTheLastPersonScanned()
    {
        test::setUpBingo(store(), 3, 1, false, 9);
        const Attendee a = test::addPerson(store(), u"키워드 설정"_s);
        openDesk();
        QList<BingoKeyword> offered;
        m_desk->askForKeywords = [&offered](const Attendee &, const QList<BingoKeyword> &pool) {
            offered = pool;
            return std::optional<QStringList>(QStringList{pool.at(0).labelKo, pool.at(4).labelEn});
        };
        auto *button = m_desk->findChild<QPushButton *>(u"bingoKeywordsButton"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(offered.isEmpty()); // nobody in focus yet: nothing asked
        test::sendScannerBurst(searchEdit(), a.ticketCode, true);
        QTRY_COMPARE(panel()->property("state").toString(), u"green"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(offered.size(), 9);
        QCOMPARE(store().attendee(a.id)->keywords, (QStringList{u"키워드01"_s, u"K05"_s}));
    }

    void exitMode_recordsExits()
    {
        const Attendee a = test::addPerson(store(), u"Exit Person"_s);
        CheckInService(store()).scan(a.ticketCode, u"Desk 2"_s);
        openDesk();
        QTest::mouseClick(m_desk->findChild<QPushButton *>(u"exitModeButton"_s), Qt::LeftButton);
        test::sendScannerBurst(searchEdit(), a.ticketCode, true);
        QTRY_COMPARE(store().stats().inside, 0);
        QCOMPARE(panel()->state(), u"green"_s);
        QTRY_VERIFY(m_desk->findChild<QLabel *>(u"insideCountLabel"_s)->text().contains(u'0'));
    }

    void injectedCameraFrames_checkIn()
    {
        const Attendee a = test::addPerson(store(), u"카메라"_s);
        openDesk();
        const QVideoFrame frame = test::frameFromGray(test::qrScene(a.ticketCode, QSize(1280, 720)),
                                                         QVideoFrameFormat::Format_NV12);
        QVERIFY(frame.isValid());
        m_desk->videoSink()->setVideoFrame(frame);
        QTRY_COMPARE(panel()->state(), u"green"_s);
        QCOMPARE(store().stats().checkedIn, 1);
        QVERIFY(m_desk->lastFeedbackLatencyNs() > 0);
        // The same code seen in the next frames is one check-in, not a yellow.
        for (int i = 0; i < 5; ++i)
            m_desk->videoSink()->setVideoFrame(frame);
        const FrameDecoder &decoder = m_desk->frameDecoder();
        QTRY_COMPARE(decoder.framesDecoded() + decoder.framesDropped(), decoder.framesSubmitted());
        QCoreApplication::processEvents(); // deliver the last codeFound
        QCOMPARE(store().stats().scans, 1);
    }

    void videoFile_playsIntoTheDeskAndChecksIn()
    {
        Attendee guest;
        guest.name = u"Video Guest"_s;
        guest.ticketCode = test::Fixture720Code; // what the fixture shows
        guest.badgeCode = u"video-badge"_s;
        store().write([&] { store().insertAttendee(guest, test::eventDayUtc()); });
        openDesk();
        m_desk->startVideo(test::videoFixturePath(u"qr-720p.ogv"_s), false);
        QTRY_COMPARE_WITH_TIMEOUT(panel()->state(), u"green"_s, 30000);
        QCOMPARE(store().stats().checkedIn, 1);
    }
};

QTEST_MAIN(TestDeskWindow)
#include "tst_deskwindow.moc"
