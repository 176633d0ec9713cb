// The bingo kiosk's window driven like attendees and organizers would: USB
// scanner bursts, camera frames (injected NV12 and a real video), clicks on
// the keyword picker and the PIN pad, and every way out that must not work.
#include "ScannerTestSupport.h"
#include "BingoTestSupport.h"
#include "../scanning/ScanTestSupport.h"

#include "bingo/KioskPin.h"
#include "codes/TicketCode.h"
#include "storage/BingoStore.h"
#include "desk/FeedbackSounds.h"
#include "kiosk/BingoCardView.h"
#include "kiosk/CelebrationOverlay.h"
#include "kiosk/KioskLanguage.h"
#include "kiosk/KioskPhraseLabel.h"
#include "kiosk/KioskWindow.h"
#include "kiosk/PinPad.h"
#include "scanning/FrameDecoder.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QVideoSink>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

const QString Pin = u"2468"_s;

bool hasHangul(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3; });
}

// A meetup's pool, for the screenshots: what organizers would really set.
QList<BingoKeyword> meetupPool()
{
    const QList<std::pair<QString, QString>> labels{
        {u"머신러닝"_s, u"Machine learning"_s}, {u"오픈소스"_s, u"Open source"_s}, {u"파이썬"_s, u"Python"_s},
        {u"러스트"_s, u"Rust"_s}, {u"프론트엔드"_s, u"Frontend"_s}, {u"백엔드"_s, u"Backend"_s},
        {u"데이터 엔지니어링"_s, u"Data engineering"_s}, {u"LLM"_s, u"LLM"_s}, {u"스타트업"_s, u"Startup"_s},
        {u"디자인"_s, u"Design"_s}, {u"쿠버네티스"_s, u"Kubernetes"_s}, {u"게임 개발"_s, u"Game dev"_s},
        {u"보안"_s, u"Security"_s}, {u"모바일"_s, u"Mobile"_s}, {u"클라우드"_s, u"Cloud"_s},
        {u"데브옵스"_s, u"DevOps"_s}, {u"컴퓨터 비전"_s, u"Computer vision"_s}, {u"자연어 처리"_s, u"NLP"_s},
        {u"학생"_s, u"Student"_s}, {u"취업 준비"_s, u"Job hunting"_s}, {u"커피"_s, u"Coffee"_s},
        {u"등산"_s, u"Hiking"_s}, {u"고양이"_s, u"Cats"_s}, {u"여행"_s, u"Travel"_s}, {u"음악"_s, u"Music"_s},
        {u"사진"_s, u"Photography"_s}, {u"러닝"_s, u"Running"_s}, {u"독서"_s, u"Reading"_s},
        {u"테스트 자동화"_s, u"Test automation"_s}, {u"임베디드"_s, u"Embedded"_s},
    };
    QList<BingoKeyword> pool;
    for (const auto &[ko, en] : labels)
        pool << BingoKeyword{0, ko, en, {}};
    return pool;
}

} // namespace

class TestKioskWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileNo = 0;
    std::unique_ptr<EventFile> m_event;
    std::unique_ptr<KioskWindow> m_kiosk;
    QTranslator m_testKorean;

    EventStore &store() { return m_event->store(); }
    QWidget *page() { return m_kiosk->findChild<QStackedWidget *>(u"kioskPages"_s)->currentWidget(); }
    QString pageName() { return page()->objectName(); }
    KioskPhraseLabel *phraseLabel(const QString &name) { return m_kiosk->findChild<KioskPhraseLabel *>(name); }
    QString labelText(const QString &name) { return m_kiosk->findChild<QLabel *>(name)->text(); }
    BingoCardView *card(const QString &name) { return m_kiosk->findChild<BingoCardView *>(name); }
    PinPad *pinPad() { return m_kiosk->findChild<PinPad *>(u"pinPad"_s); }

    void click(const QString &buttonName)
    {
        auto *button = m_kiosk->findChild<QAbstractButton *>(buttonName);
        QVERIFY2(button, qPrintable(buttonName));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    void openKiosk(bool testKorean = true, const Clock &clock = Clock::system())
    {
        m_kiosk = std::make_unique<KioskWindow>(*m_event, u"Kiosk 1"_s, nullptr, clock);
        m_kiosk->sounds().setMuted(true);
        if (testKorean)
            m_kiosk->language().setKoreanTranslator(&m_testKorean);
        m_kiosk->resize(1366, 768);
        m_kiosk->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_kiosk.get()));
        m_kiosk->activateWindow();
        m_kiosk->setFocus();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of the test, not of the machine
        QCoreApplication::setApplicationName(u"mannam-tests"_s);
        QVERIFY(m_testKorean.load(u":/i18n/mannam_ko.qm"_s));
    }

    void init()
    {
        m_kiosk.reset();
        m_event = test::createEvent(m_dir.filePath(u"kiosk%1.mannam"_s.arg(++m_fileNo)));
        // 3×3 without a free centre from a pool of 9: every keyword is on every card.
        test::setUpBingo(store(), 3, 1, false, 9);
    }

    void cleanup()
    {
        m_kiosk.reset();
        m_event.reset();
    }

    void scannerBursts_recordTheMeetingAndShowBothCards()
    {
        const Attendee a = test::addPlayer(store(), u"김민준"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"Alice Park"_s, {u"K02"_s, u"K03"_s});
        openKiosk();
        QCOMPARE(pageName(), u"idlePage"_s);
        QCOMPARE(phraseLabel(u"instructionLabel"_s)->englishText(), u"Scan your badge"_s);
        QCOMPARE(phraseLabel(u"instructionLabel"_s)->koreanText(), u"배지를 스캔하세요"_s);

        test::sendScannerBurst(m_kiosk.get(), a.badgeCode);
        QTRY_COMPARE(pageName(), u"secondPage"_s);
        QCOMPARE(labelText(u"waitingNameLabel"_s), u"김민준"_s);
        QCOMPARE(card(u"waitingCardView"_s)->card().attendeeId, a.id);
        QVERIFY(phraseLabel(u"waitingStatsLabel"_s)->englishText().contains(u"People met: 0"_s));

        QSignalSpy shown(m_kiosk.get(), &KioskWindow::meetingShown);
        test::sendScannerBurst(m_kiosk.get(), b.badgeCode, false); // a scanner without Enter
        QTRY_COMPARE(pageName(), u"meetingPage"_s);
        QCOMPARE(labelText(u"firstNameLabel"_s), u"김민준"_s);
        QCOMPARE(labelText(u"secondNameLabel"_s), u"Alice Park"_s);
        QCOMPARE(card(u"firstCardView"_s)->justFilled().size(), 2);  // Alice's two keywords
        QCOMPARE(card(u"secondCardView"_s)->justFilled().size(), 1);
        QCOMPARE(card(u"firstCardView"_s)->card().filledCount(), 2);
        QCOMPARE(phraseLabel(u"firstGainLabel"_s)->englishText(), u"New squares: 2"_s);
        QCOMPARE(phraseLabel(u"firstGainLabel"_s)->koreanText(), u"새로 채운 칸 2개"_s);
        QVERIFY(phraseLabel(u"secondStatsLabel"_s)->englishText().contains(u"People met: 1"_s));
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY(m_kiosk->lastMeetingLatencyNs() > 0);
        QTRY_VERIFY(!card(u"firstCardView"_s)->isAnimating());
        QCOMPARE(m_kiosk->session().outcome().meeting.kiosk, u"Kiosk 1"_s);
        QCOMPARE(BingoStore(store()).meetingCount(), 1);
    }

    void ownBadgeAgain_showsAHintAndKeepsWaiting()
    {
        const Attendee a = test::addPlayer(store(), u"A"_s, {u"K01"_s});
        openKiosk();
        test::sendScannerBurst(m_kiosk.get(), a.badgeCode);
        QTRY_COMPARE(pageName(), u"secondPage"_s);
        test::sendScannerBurst(m_kiosk.get(), a.ticketCode); // their other code: still them
        QTRY_VERIFY(m_kiosk->findChild<QWidget *>(u"hintFrame"_s)->isVisible());
        QVERIFY(phraseLabel(u"hintLabel"_s)->englishText().startsWith(u"That is your own badge."_s));
        QCOMPARE(pageName(), u"secondPage"_s);
    }

    void refusal_isShownInBothLanguagesThenResets()
    {
        const Attendee a = test::addPlayer(store(), u"A"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"B"_s, {u"K02"_s});
        FakeClock earlier(test::eventDayUtc(10, 5));
        QVERIFY(BingoService(store(), earlier).meet(a.badgeCode, b.badgeCode, u"Kiosk 2"_s).ok());
        openKiosk();
        m_kiosk->session().setResultTimeoutMs(300);

        test::sendScannerBurst(m_kiosk.get(), b.badgeCode);
        QTRY_COMPARE(pageName(), u"secondPage"_s);
        test::sendScannerBurst(m_kiosk.get(), a.ticketCode);
        QTRY_COMPARE(pageName(), u"refusalPage"_s);
        KioskPhraseLabel *title = phraseLabel(u"refusalTitleLabel"_s);
        KioskPhraseLabel *reason = phraseLabel(u"refusalReasonLabel"_s);
        QCOMPARE(title->englishText(), u"You two have already met"_s);
        QCOMPARE(title->koreanText(), u"두 분은 이미 만났어요"_s);
        const QString at = test::eventDayUtc(10, 5).toLocalTime().toString(u"HH:mm"_s);
        QCOMPARE(reason->englishText(), u"You two already met at %1."_s.arg(at));
        QCOMPARE(reason->koreanText(), u"두 분은 %1에 이미 만났습니다."_s.arg(at));
        QVERIFY(m_kiosk->findChild<QLabel *>(u"refusalTitleKoreanLabel"_s)->isVisible());
        QTRY_COMPARE(pageName(), u"idlePage"_s); // it resets itself

        test::sendScannerBurst(m_kiosk.get(), u"99999999"_s);
        QTRY_COMPARE(pageName(), u"refusalPage"_s);
        QCOMPARE(title->englishText(), u"Unknown badge"_s);
        QCOMPARE(reason->koreanText(), u"이 행사에 등록되지 않은 코드입니다."_s);
    }

    void bundledTranslation_givesTheReasonsInKorean()
    {
        openKiosk(false); // the app's own :/i18n/mannam_ko.qm
        const QTranslator *bundled = m_kiosk->language().koreanTranslator();
        QVERIFY2(bundled, "the kiosk could not load :/i18n/mannam_ko.qm");
        test::sendScannerBurst(m_kiosk.get(), u"99999999"_s);
        QTRY_COMPARE(pageName(), u"refusalPage"_s);
        const BingoOutcome &outcome = m_kiosk->session().outcome();
        KioskPhraseLabel *reason = phraseLabel(u"refusalReasonLabel"_s);
        QCOMPARE(reason->englishText(), outcome.why.english());
        QCOMPARE(reason->koreanText(), outcome.why.translatedWith(bundled));
        QVERIFY(hasHangul(reason->koreanText()));
        // Headlines are Korean as soon as resources/translations has them; English alone until then.
        KioskPhraseLabel *title = phraseLabel(u"refusalTitleLabel"_s);
        QCOMPARE(title->englishText(), u"Unknown badge"_s);
        QVERIFY(title->koreanText().isEmpty() || hasHangul(title->koreanText()));
    }

    void notCheckedIn_andCancelled_areRefused()
    {
        const Attendee late = test::addPlayer(store(), u"Late Comer"_s, {u"K01"_s}, false);
        const Attendee gone = test::addPerson(store(), u"Gone"_s, AttendeeStatus::Cancelled);
        openKiosk();
        test::sendScannerBurst(m_kiosk.get(), late.badgeCode);
        QTRY_COMPARE(pageName(), u"refusalPage"_s);
        QCOMPARE(phraseLabel(u"refusalTitleLabel"_s)->englishText(), u"Please check in at the door first"_s);
        QCOMPARE(phraseLabel(u"refusalReasonLabel"_s)->koreanText(), u"Late Comer님은 아직 입구에서 체크인하지 않았습니다."_s);
        test::sendScannerBurst(m_kiosk.get(), gone.badgeCode);
        QTRY_COMPARE(phraseLabel(u"refusalTitleLabel"_s)->englishText(), u"Registration cancelled"_s);
    }

    void storageFailure_showsNotSaved()
    {
        const Attendee a = test::addPlayer(store(), u"A"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"B"_s, {u"K02"_s});
        const QString path = m_event->path();
        m_event.reset();
        m_event = EventFile::open(path, Database::Access::ReadWrite, 50); // waits briefly for the lock
        openKiosk();
        test::sendScannerBurst(m_kiosk.get(), a.badgeCode);
        QTRY_COMPARE(pageName(), u"secondPage"_s);
        auto other = EventFile::open(path);
        WriteTransaction lock(other->database()); // another program holds the file
        test::sendScannerBurst(m_kiosk.get(), b.badgeCode);
        QTRY_COMPARE(pageName(), u"notSavedPage"_s);
        QCOMPARE(phraseLabel(u"notSavedTitleLabel"_s)->englishText(), u"Not saved"_s);
        QCOMPARE(phraseLabel(u"notSavedTitleLabel"_s)->koreanText(), u"저장되지 않았습니다"_s);
        QVERIFY(!labelText(u"notSavedDetailLabel"_s).isEmpty());
        QCOMPARE(BingoStore(other->store()).meetingCount(), 0);
    }

    void keywords_areChosenOnTheScreenBeforeTheMeeting()
    {
        const Attendee a = test::addPlayer(store(), u"No Keywords"_s, {});
        const Attendee b = test::addPlayer(store(), u"B"_s, {u"K02"_s});
        openKiosk();
        test::sendScannerBurst(m_kiosk.get(), a.badgeCode);
        QTRY_COMPARE(pageName(), u"keywordsPage"_s);
        QVERIFY(phraseLabel(u"keywordsTitleLabel"_s)->englishText().startsWith(u"No Keywords, choose up to 3"_s));
        auto *done = m_kiosk->findChild<QAbstractButton *>(u"keywordsDoneButton"_s);
        QVERIFY(!done->isEnabled());
        const QList<BingoKeyword> pool = m_kiosk->session().keywordPool();
        for (int i = 0; i < 4; ++i)
            click(u"keyword%1Button"_s.arg(pool.at(i).id));
        // The fourth cannot be chosen: three is the limit.
        QVERIFY(!m_kiosk->findChild<QAbstractButton *>(u"keyword%1Button"_s.arg(pool.at(3).id))->isChecked());
        QVERIFY(done->isEnabled());
        click(u"keywordsDoneButton"_s);
        QTRY_COMPARE(pageName(), u"secondPage"_s);
        QCOMPARE(store().attendee(a.id)->keywords.size(), 3);
        // The scanner still works after all those clicks: the focus stayed on the kiosk.
        QCOMPARE(QApplication::focusWidget(), m_kiosk.get());
        test::sendScannerBurst(m_kiosk.get(), b.badgeCode);
        QTRY_COMPARE(pageName(), u"meetingPage"_s);
        QCOMPARE(card(u"secondCardView"_s)->justFilled().size(), 3);
    }

    void bingo_isCelebrated()
    {
        // A's card fills completely after meeting three people with three keywords each.
        const Attendee a = test::addPlayer(store(), u"Winner Kim"_s, {u"K01"_s});
        const QList<Attendee> others{
            test::addPlayer(store(), u"B"_s, {u"K01"_s, u"K02"_s, u"K03"_s}),
            test::addPlayer(store(), u"C"_s, {u"K04"_s, u"K05"_s, u"K06"_s}),
            test::addPlayer(store(), u"D"_s, {u"K07"_s, u"K08"_s, u"K09"_s}),
        };
        openKiosk();
        bool won = false;
        for (const Attendee &other : others) {
            test::sendScannerBurst(m_kiosk.get(), a.badgeCode);
            QTRY_COMPARE(pageName(), u"secondPage"_s);
            test::sendScannerBurst(m_kiosk.get(), other.badgeCode);
            QTRY_COMPARE(pageName(), u"meetingPage"_s);
            if (m_kiosk->session().outcome().first->wonNow) {
                won = true;
                break;
            }
        }
        QVERIFY(won);
        QCOMPARE(phraseLabel(u"bannerLabel"_s)->englishText(), u"BINGO!"_s);
        QCOMPARE(phraseLabel(u"prizeLabel"_s)->englishText(), u"Winner Kim: collect your prize at the desk!"_s);
        QVERIFY(m_kiosk->findChild<CelebrationOverlay *>()->isCelebrating());
        QVERIFY(!card(u"firstCardView"_s)->squaresOnLines().isEmpty());
    }

    void pin_typedOnTheKeyboardUnlocksAndCloses()
    {
        BingoService(store()).setKioskPin(Pin);
        openKiosk();
        QSignalSpy unlocked(m_kiosk.get(), &KioskWindow::unlocked);
        QTest::keyClicks(m_kiosk.get(), Pin, Qt::NoModifier, 60); // a person typing
        QTRY_VERIFY(pinPad()->isOpen());
        QTRY_COMPARE(pinPad()->enteredPin(), Pin);
        QTest::keyClick(m_kiosk.get(), Qt::Key_Return, Qt::NoModifier, 60);
        QTRY_COMPARE(unlocked.size(), 1);
        QVERIFY(m_kiosk->isUnlocked());
        QTRY_VERIFY(!m_kiosk->isVisible());
    }

    void pin_onTheScreenPadUnlocks()
    {
        BingoService(store()).setKioskPin(Pin);
        openKiosk();
        QSignalSpy unlocked(m_kiosk.get(), &KioskWindow::unlocked);
        click(u"organizerButton"_s);
        QVERIFY(pinPad()->isOpen());
        for (QChar digit : Pin)
            click(u"pinDigit%1Button"_s.arg(digit));
        QCOMPARE(labelText(u"pinDotsLabel"_s), u"●●●●"_s);
        click(u"pinEnterButton"_s);
        QTRY_COMPARE(unlocked.size(), 1);
    }

    void pin_scannedAsQrUnlocks()
    {
        BingoService(store()).setKioskPin(Pin);
        openKiosk();
        QSignalSpy unlocked(m_kiosk.get(), &KioskWindow::unlocked);
        test::sendScannerBurst(m_kiosk.get(), KioskPin::qrPayload(Pin));
        QTRY_COMPARE(unlocked.size(), 1);
    }

    void pin_wrongThreeTimesShowsTheWait()
    {
        BingoService(store()).setKioskPin(Pin);
        openKiosk();
        QSignalSpy unlocked(m_kiosk.get(), &KioskWindow::unlocked);
        click(u"organizerButton"_s);
        for (int attempt = 0; attempt < 3; ++attempt) {
            for (QChar digit : u"1357"_s)
                click(u"pinDigit%1Button"_s.arg(digit));
            click(u"pinEnterButton"_s);
        }
        QTRY_VERIFY(phraseLabel(u"pinMessageLabel"_s)->englishText().startsWith(u"Too many wrong PINs. Try again in"_s));
        QCOMPARE(phraseLabel(u"pinMessageLabel"_s)->koreanText().left(3), u"PIN"_s);
        for (QChar digit : Pin) // right, but during the lockout
            click(u"pinDigit%1Button"_s.arg(digit));
        click(u"pinEnterButton"_s);
        QCOMPARE(unlocked.size(), 0);
        QVERIFY(m_kiosk->isVisible());
    }

    void waysOut_doNothing()
    {
        BingoService(store()).setKioskPin(Pin);
        openKiosk();
        // Another window's application-wide shortcuts (the main window's Quit),
        // shown: a hidden window's shortcuts never fire.
        QWidget other;
        other.show();
        auto *quit = new QAction(&other);
        quit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence(Qt::CTRL | Qt::Key_W),
                            QKeySequence(Qt::ALT | Qt::Key_F4)});
        quit->setShortcutContext(Qt::ApplicationShortcut);
        other.addAction(quit);
        QSignalSpy triggered(quit, &QAction::triggered);

        QVERIFY(!m_kiosk->close());
        QTest::keyClick(m_kiosk.get(), Qt::Key_Escape);
        QTest::keyClick(m_kiosk.get(), Qt::Key_F4, Qt::AltModifier);
        QTest::keyClick(m_kiosk.get(), Qt::Key_W, Qt::ControlModifier);
        QTest::keyClick(m_kiosk.get(), Qt::Key_Q, Qt::ControlModifier);
        QTest::mouseClick(m_kiosk.get(), Qt::RightButton, {}, QPoint(200, 200));
        QContextMenuEvent menu(QContextMenuEvent::Mouse, QPoint(200, 200), m_kiosk->mapToGlobal(QPoint(200, 200)));
        QApplication::sendEvent(m_kiosk->childAt(200, 200) ? m_kiosk->childAt(200, 200) : m_kiosk.get(), &menu);
        QCoreApplication::processEvents();
        QCOMPARE(triggered.size(), 0);
        QVERIFY(!QApplication::activePopupWidget());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QVERIFY(m_kiosk->isVisible());
        QVERIFY(!m_kiosk->isUnlocked());
        QCOMPARE(pageName(), u"idlePage"_s);
    }

    // Every key combination that leaves or switches a window somewhere (the
    // window manager's, the desktop's, this app's Mode menu): none reaches
    // a shortcut, none leaves the kiosk.
    void waysOut_everyShortcutDoesNothing()
    {
        BingoService(store()).setKioskPin(Pin);
        openKiosk();
        const QList<QKeyCombination> combinations{
            Qt::ALT | Qt::Key_Tab, Qt::ALT | Qt::SHIFT | Qt::Key_Backtab, Qt::CTRL | Qt::Key_Tab,
            Qt::CTRL | Qt::ALT | Qt::Key_Tab, Qt::META | Qt::Key_Tab, Qt::ALT | Qt::Key_Escape,
            Qt::CTRL | Qt::Key_Escape, Qt::CTRL | Qt::SHIFT | Qt::Key_Escape, QKeyCombination(Qt::Key_Meta),
            QKeyCombination(Qt::Key_Super_L), QKeyCombination(Qt::Key_Super_R), Qt::META | Qt::Key_D,
            Qt::META | Qt::Key_L, Qt::META | Qt::Key_E, Qt::META | Qt::Key_Up, Qt::META | Qt::Key_Down,
            Qt::ALT | Qt::Key_F4, Qt::ALT | Qt::SHIFT | Qt::Key_F4, Qt::CTRL | Qt::Key_F4, Qt::CTRL | Qt::ALT | Qt::Key_F4,
            QKeyCombination(Qt::AltModifier | Qt::KeypadModifier, Qt::Key_F4), Qt::ALT | Qt::Key_F2, Qt::ALT | Qt::Key_Space,
            Qt::ALT | Qt::Key_F10, QKeyCombination(Qt::Key_F11), QKeyCombination(Qt::Key_F10),
            QKeyCombination(Qt::Key_F1), QKeyCombination(Qt::Key_Menu), Qt::SHIFT | Qt::Key_F10,
            Qt::CTRL | Qt::ALT | Qt::Key_Delete, Qt::CTRL | Qt::ALT | Qt::Key_Backspace, Qt::CTRL | Qt::ALT | Qt::Key_F1,
            Qt::CTRL | Qt::ALT | Qt::Key_T, Qt::CTRL | Qt::Key_Q, Qt::CTRL | Qt::Key_W, Qt::CTRL | Qt::SHIFT | Qt::Key_Q,
            Qt::CTRL | Qt::SHIFT | Qt::Key_W, Qt::CTRL | Qt::Key_N, Qt::CTRL | Qt::Key_O, Qt::CTRL | Qt::Key_1,
            Qt::CTRL | Qt::Key_2, Qt::CTRL | Qt::Key_3, Qt::CTRL | Qt::Key_4, Qt::CTRL | Qt::Key_I,
            Qt::ALT | Qt::Key_F, Qt::ALT | Qt::Key_M, QKeyCombination(Qt::Key_Escape), QKeyCombination(Qt::Key_Alt),
        };
        // The same keys as application-wide shortcuts of another window (the
        // main window's Quit, Close and Mode actions are such; a shortcut
        // fires only while its window is shown).
        QWidget other;
        other.show();
        QList<QKeySequence> sequences;
        for (const QKeyCombination &combination : combinations)
            sequences << QKeySequence(combination);
        auto *everything = new QAction(&other);
        everything->setShortcuts(sequences);
        everything->setShortcutContext(Qt::ApplicationShortcut);
        other.addAction(everything);
        QSignalSpy triggered(everything, &QAction::triggered);

        QWidget *targets[] = {m_kiosk.get(), m_kiosk->findChild<QWidget *>(u"organizerButton"_s),
                              m_kiosk->findChild<QWidget *>(u"kioskPages"_s)};
        for (const QKeyCombination &combination : combinations) {
            for (QWidget *target : targets) {
                QTest::keyClick(target, combination.key(), combination.keyboardModifiers());
                // Held down and released later, as a person does.
                QTest::keyPress(target, combination.key(), combination.keyboardModifiers());
                QTest::keyRelease(target, combination.key(), combination.keyboardModifiers());
            }
            QCoreApplication::processEvents();
            QVERIFY2(m_kiosk->isVisible() && !m_kiosk->isUnlocked(),
                     qPrintable(QKeySequence(combination).toString()));
        }
        QCOMPARE(triggered.size(), 0);
        QVERIFY(!QApplication::activePopupWidget());
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        // So many keys so fast look like a scanner's burst to the wedge: at most
        // an unknown badge, refused.
        QVERIFY2(pageName() == u"idlePage"_s || pageName() == u"refusalPage"_s, qPrintable(pageName()));
        QCOMPARE(BingoStore(store()).meetingCount(), 0);
        QVERIFY(!pinPad()->isOpen()); // no key opened anything (digits alone open the pad)
    }

    // What the window manager does when it is asked to close the window: the
    // title bar's button, a "close all", a delete-window message.
    void closeRequests_fromAnywhere_areRefused()
    {
        BingoService(store()).setKioskPin(Pin);
        openKiosk();
        QVERIFY(m_kiosk->windowHandle());
        QVERIFY(!m_kiosk->windowHandle()->close());
        QApplication::closeAllWindows();
        QCloseEvent spontaneous;
        QApplication::sendEvent(m_kiosk->windowHandle(), &spontaneous);
        QVERIFY(!spontaneous.isAccepted());
        QCloseEvent direct;
        QApplication::sendEvent(m_kiosk.get(), &direct);
        QVERIFY(!direct.isAccepted());
        QCoreApplication::processEvents();
        QVERIFY(m_kiosk->isVisible());
        QVERIFY(!m_kiosk->isUnlocked());
    }

    // Alt+Tab, Super or a click on another window take the kiosk out of the
    // front; minimizing hides it. It comes back by itself while locked.
    void minimizedOrLeftForAnotherWindow_itComesBack()
    {
        BingoService(store()).setKioskPin(Pin);
        openKiosk();
        QTRY_VERIFY(m_kiosk->isActiveWindow());
        QWidget other;
        other.resize(300, 200);
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(&other));
        other.activateWindow(); // what Alt+Tab does
        QTRY_VERIFY(m_kiosk->isActiveWindow());
        QCOMPARE(QApplication::focusWidget(), m_kiosk.get()); // the scanner still types here
        m_kiosk->showMinimized(); // what Super+H or a minimize button does
        QTRY_VERIFY(!m_kiosk->isMinimized());
        QTRY_VERIFY(m_kiosk->isActiveWindow());
        // Unlocked by the organizer: other windows may have the front again.
        m_kiosk->session().submitPin(Pin);
        QTRY_VERIFY(!m_kiosk->isVisible());
        other.activateWindow();
        QTRY_VERIFY(other.isActiveWindow());
    }

    // Codes that are not this event's badges — another event's PIN card,
    // badge and ticket, made-up admin and desk cards — scanned at the kiosk:
    // refused, and the kiosk stays locked. Only this event's PIN leaves.
    void otherCards_scannedAtTheKiosk_nothingLeavesButTheRightPin()
    {
        BingoService(store()).setKioskPin(Pin);
        auto otherEvent = test::createEvent(m_dir.filePath(u"other-event%1.mannam"_s.arg(++m_fileNo)), u"Other"_s);
        const Attendee stranger = test::addPerson(otherEvent->store(), u"Stranger"_s);
        const QString otherPin = u"975310"_s;
        BingoService(otherEvent->store()).setKioskPin(otherPin);
        FakeClock clock(test::eventDayUtc(10));
        openKiosk(true, clock);
        QSignalSpy unlocked(m_kiosk.get(), &KioskWindow::unlocked);
        const QStringList cards{
            KioskPin::qrPayload(otherPin), u"MANNAM-ADMIN:unlock"_s, u"MANNAM-DESK:Desk 1"_s, u"MANNAM-PIN:"_s,
            u"mannam-pin:0000"_s, stranger.badgeCode, stranger.ticketCode, u"ADMIN-CARD-0001"_s,
        };
        for (const QString &card : cards) {
            clock.advanceMs(10 * 60'000); // past any PIN lockout
            pinPad()->dismiss();
            m_kiosk->session().reset();
            test::sendScannerBurst(m_kiosk.get(), card);
            QTRY_VERIFY2(pinPad()->isOpen() || pageName() == u"refusalPage"_s, qPrintable(card));
            QCoreApplication::processEvents();
            QVERIFY2(!m_kiosk->isUnlocked() && m_kiosk->isVisible(), qPrintable(card));
        }
        QCOMPARE(unlocked.size(), 0);
        QCOMPARE(BingoStore(store()).meetingCount(), 0);
        clock.advanceMs(10 * 60'000);
        test::sendScannerBurst(m_kiosk.get(), KioskPin::qrPayload(Pin));
        QTRY_COMPARE(unlocked.size(), 1);
    }

    // Guessing the PIN gets slower: after 3 wrong tries each one waits, 5 s
    // doubling up to 5 minutes, and during the wait even the right PIN is
    // not checked. On the session's clock, so no test sleeps.
    void pin_wrongManyTimes_eachTryWaitsLonger()
    {
        BingoService(store()).setKioskPin(Pin);
        FakeClock clock(test::eventDayUtc(10));
        openKiosk(true, clock);
        QSignalSpy unlocked(m_kiosk.get(), &KioskWindow::unlocked);
        QSignalSpy refused(&m_kiosk->session(), &KioskSession::pinRefused);
        const auto enter = [&](const QString &pin) {
            if (!pinPad()->isOpen())
                click(u"organizerButton"_s);
            for (QChar digit : pin)
                click(u"pinDigit%1Button"_s.arg(digit));
            click(u"pinEnterButton"_s);
        };
        QList<qint64> waits;
        for (int attempt = 0; attempt < 10; ++attempt) {
            const qint64 wait = m_kiosk->session().pinLockRemainingMs();
            if (wait > 0) {
                const qsizetype tries = refused.size();
                enter(Pin); // the right PIN during the wait: not even checked
                QCOMPARE(refused.size(), tries + 1);
                QCOMPARE(refused.last().at(0).toLongLong(), wait);
                QCOMPARE(unlocked.size(), 0);
                clock.advanceMs(wait);
            }
            enter(u"1357"_s);
            waits << refused.last().at(0).toLongLong() / 1000;
        }
        QCOMPARE(waits, (QList<qint64>{0, 0, 5, 10, 20, 40, 80, 160, 300, 300}));
        QCOMPARE(phraseLabel(u"pinMessageLabel"_s)->englishText(), u"Too many wrong PINs. Try again in 300 s."_s);
        // A scanned PIN card during the wait is refused too.
        test::sendScannerBurst(m_kiosk.get(), KioskPin::qrPayload(Pin));
        QCoreApplication::processEvents();
        QCOMPARE(unlocked.size(), 0);
        clock.advanceMs(m_kiosk->session().pinLockRemainingMs());
        enter(Pin);
        QTRY_COMPARE(unlocked.size(), 1);
        QVERIFY(!m_kiosk->isVisible());
    }

    void injectedCameraFrames_reachTheSession()
    {
        const Attendee a = test::addPlayer(store(), u"카메라"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"Webcam"_s, {u"K02"_s});
        openKiosk();
        QSignalSpy shown(m_kiosk.get(), &KioskWindow::meetingShown);
        const QVideoFrame first = test::frameFromGray(test::qrScene(a.badgeCode, QSize(1280, 720)),
                                                      QVideoFrameFormat::Format_NV12);
        QVERIFY(first.isValid());
        for (int i = 0; i < 3; ++i) // held up for a moment: one scan
            m_kiosk->videoSink()->setVideoFrame(first);
        QTRY_COMPARE(pageName(), u"secondPage"_s);
        const QVideoFrame second = test::frameFromGray(test::qrScene(b.badgeCode, QSize(1280, 720)),
                                                       QVideoFrameFormat::Format_NV12);
        m_kiosk->videoSink()->setVideoFrame(second);
        QTRY_COMPARE(pageName(), u"meetingPage"_s);
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY(shown.at(0).at(0).toLongLong() > 0); // frame arrival → both cards painted
        // b still in view does not start a new pair.
        m_kiosk->videoSink()->setVideoFrame(second);
        const FrameDecoder &decoder = m_kiosk->frameDecoder();
        QTRY_COMPARE(decoder.framesDecoded() + decoder.framesDropped(), decoder.framesSubmitted());
        QCoreApplication::processEvents();
        QCOMPARE(pageName(), u"meetingPage"_s);
        QCOMPARE(BingoStore(store()).meetingCount(), 1);
    }

    void videoFile_playsIntoTheKiosk()
    {
        Attendee guest;
        guest.name = u"Video Guest"_s;
        QSet<QString> taken = store().allCodes();
        guest.ticketCode = TicketCode::generate(store().eventInfo().codeTag, taken);
        guest.badgeCode = test::Fixture720Code; // what the fixture shows
        store().write([&] {
            store().insertAttendee(guest, test::eventDayUtc(8));
            store().replaceKeywords(guest.id, {u"K01"_s});
        });
        QVERIFY(CheckInService(store()).scan(guest.ticketCode, u"Desk 1"_s).attendee);
        openKiosk();
        m_kiosk->startVideo(test::videoFixturePath(u"qr-720p.ogv"_s), false);
        QVERIFY(m_kiosk->findChild<QWidget *>(u"cameraPreview"_s)->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(pageName(), u"secondPage"_s, 30000);
        QCOMPARE(labelText(u"waitingNameLabel"_s), u"Video Guest"_s);
    }

    // Not a check: with MANNAM_SCREENSHOT_DIR set, saves the kiosk's screens
    // at laptop and TV size (Korean from the test translations).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MANNAM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set MANNAM_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(dir);
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            m_kiosk.reset();
            m_event = test::createEvent(m_dir.filePath(u"shots%1.mannam"_s.arg(++m_fileNo)), u"AI 오픈소스 밋업"_s);
            FakeClock clock(test::eventDayUtc(10, 5));
            BingoService bingo(store(), clock);
            BingoSettings settings;
            settings.cardSize = 5;
            settings.linesToWin = 1;
            settings.freeCentre = true;
            QVERIFY(bingo.configure(settings, meetupPool()).ok());
            bingo.setKioskPin(Pin);
            const Attendee kim = test::addPlayer(store(), u"김민준"_s, {u"머신러닝"_s, u"커피"_s, u"Rust"_s});
            const Attendee alice = test::addPlayer(store(), u"Alice Park"_s, {u"오픈소스"_s, u"Python"_s, u"고양이"_s});
            const Attendee newbie = test::addPlayer(store(), u"이서연"_s, {});
            // Kim's middle row (through the free centre) is one keyword short of a
            // bingo before the kiosk; Sam brings that keyword.
            const BingoCard kimsCard = bingo.identify(kim.badgeCode).first->card;
            QHash<qint64, QString> labels;
            for (const BingoKeyword &k : bingo.keywordPool())
                labels.insert(k.id, k.labelKo);
            const auto at = [&](int position) { return labels.value(kimsCard.squares.at(position).keywordId); };
            const Attendee helper = test::addPlayer(store(), u"박지훈"_s, {at(10), at(11), at(13)});
            const Attendee crowd = test::addPlayer(store(), u"Chris Jung"_s, {at(2), at(7), at(20)});
            const Attendee sam = test::addPlayer(store(), u"Sam Lee"_s, {at(14), at(0), u"여행"_s});
            QVERIFY(bingo.meet(kim.badgeCode, helper.badgeCode, u"Kiosk 1"_s).ok());
            QVERIFY(bingo.meet(kim.badgeCode, crowd.badgeCode, u"Kiosk 1"_s).ok());
            QVERIFY(bingo.meet(alice.badgeCode, crowd.badgeCode, u"Kiosk 1"_s).ok());

            m_kiosk = std::make_unique<KioskWindow>(*m_event, u"Kiosk 1"_s);
            m_kiosk->sounds().setMuted(true);
            m_kiosk->language().setKoreanTranslator(&m_testKorean);
            m_kiosk->session().setResultTimeoutMs(600'000);
            m_kiosk->session().setWaitingTimeoutMs(600'000);
            m_kiosk->resize(size);
            m_kiosk->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_kiosk.get()));
            const auto shoot = [&](const QString &name) {
                QCoreApplication::processEvents();
                const QString path = QDir(dir).filePath(u"kiosk-%1-%2x%3.png"_s.arg(name).arg(size.width()).arg(size.height()));
                QVERIFY(m_kiosk->grab().save(path));
            };
            KioskSession &session = m_kiosk->session();
            shoot(u"idle"_s);
            session.submitCode(kim.badgeCode, KioskSession::Source::Keyboard);
            shoot(u"second"_s);
            session.submitCode(kim.ticketCode, KioskSession::Source::Keyboard);
            shoot(u"hint"_s);
            session.submitCode(alice.badgeCode, KioskSession::Source::Keyboard);
            QTRY_VERIFY(!card(u"firstCardView"_s)->isAnimating());
            shoot(u"meeting"_s);
            session.submitCode(sam.badgeCode, KioskSession::Source::Scanner);
            session.submitCode(kim.badgeCode, KioskSession::Source::Scanner);
            if (!session.outcome().second || !session.outcome().second->wonNow) // Alice's keywords won it already
                qWarning("this deal gave Kim a bingo before Sam: the bingo screenshot shows a plain meeting");
            QTest::qWait(900); // into the animation: confetti falling, squares turning green
            shoot(u"bingo"_s);
            session.submitCode(alice.ticketCode, KioskSession::Source::Scanner);
            session.submitCode(kim.ticketCode, KioskSession::Source::Scanner);
            shoot(u"refusal"_s);
            session.submitCode(newbie.badgeCode, KioskSession::Source::Keyboard);
            const QList<BingoKeyword> pool = session.keywordPool();
            click(u"keyword%1Button"_s.arg(pool.at(1).id));
            click(u"keyword%1Button"_s.arg(pool.at(7).id));
            shoot(u"keywords"_s);
            session.reset();
            click(u"organizerButton"_s);
            click(u"pinDigit1Button"_s);
            click(u"pinDigit2Button"_s);
            shoot(u"pin"_s);
            m_kiosk.reset();
        }
    }
};

QTEST_MAIN(TestKioskWindow)
#include "tst_kioskwindow.moc"
