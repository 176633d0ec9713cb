// The bingo kiosk's flow without a screen: badges in (any order, any source),
// states and outcomes out, on real event files; time from a FakeClock.
#include "BingoTestSupport.h"

#include "bingo/KioskPin.h"
#include "kiosk/KioskSession.h"
#include "storage/BingoStore.h"
#include "storage/StorageError.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

using State = KioskSession::State;
using Source = KioskSession::Source;

namespace {
const QString Pin = u"2468"_s;
}

class TestKioskSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventFile> m_event;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<KioskSession> m_session;

    EventStore &store() { return m_event->store(); }

    int m_fileNo = 0;

    QString eventPath()
    {
        return m_dir.filePath(u"kiosk-%1.mannam"_s.arg(++m_fileNo));
    }

    KioskSession &openKiosk()
    {
        m_session = std::make_unique<KioskSession>(*m_event, u"Kiosk 1"_s, *m_clock);
        return *m_session;
    }

    // A person at the scanner: a moment later than the previous scan, so the
    // same code scanned again is a new scan, not the deduplicated echo of one.
    void scan(const QString &code, Source source = Source::Scanner)
    {
        m_clock->advanceMs(4000);
        m_session->submitCode(code, source);
    }

    qint64 keywordId(const QString &labelEn)
    {
        for (const BingoKeyword &k : m_session->keywordPool()) {
            if (k.labelEn == labelEn)
                return k.id;
        }
        return 0;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_event = test::createEvent(eventPath());
        m_clock = std::make_unique<FakeClock>(test::eventDayUtc(10));
        // 3×3 without a free centre from a pool of 9: every keyword is on every card.
        test::setUpBingo(store(), 3, 1, false, 9);
    }

    void cleanup()
    {
        m_session.reset();
        m_event.reset();
    }

    void pair_recordsTheMeetingAndFillsBothCards()
    {
        const Attendee a = test::addPlayer(store(), u"홍길동"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"Alice Park"_s, {u"K02"_s, u"키워드03"_s});
        KioskSession &kiosk = openKiosk();
        QSignalSpy states(&kiosk, &KioskSession::stateChanged);
        QSignalSpy recorded(&kiosk, &KioskSession::meetingRecorded);
        QCOMPARE(kiosk.state(), State::WaitingForFirst);

        scan(a.badgeCode);
        QCOMPARE(kiosk.state(), State::WaitingForSecond);
        QVERIFY(kiosk.firstPlayer());
        QCOMPARE(kiosk.firstPlayer()->attendee.name, u"홍길동"_s);
        QCOMPARE(kiosk.firstPlayer()->card.size, 3);

        scan(b.badgeCode);
        QCOMPARE(kiosk.state(), State::ShowingMeeting);
        QCOMPARE(states.size(), 2);
        QCOMPARE(recorded.size(), 1);
        const BingoOutcome &outcome = kiosk.outcome();
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
        QCOMPARE(outcome.first->attendee.id, a.id);
        QCOMPARE(outcome.first->justFilled.size(), 2);   // b's two keywords on a's card
        QCOMPARE(outcome.second->justFilled.size(), 1);  // a's one keyword on b's card
        QCOMPARE(outcome.first->peopleMet, 1);
        QCOMPARE(outcome.meeting.kiosk, u"Kiosk 1"_s);
        QCOMPARE(outcome.meeting.at, m_clock->nowUtc());
        QCOMPARE(BingoStore(store()).meetingCount(), 1);
        QVERIFY(!kiosk.firstPlayer()); // the pair is done
    }

    void pair_eitherOrderAndTicketCodesWork()
    {
        const Attendee a = test::addPlayer(store(), u"A"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"B"_s, {u"K02"_s});
        KioskSession &kiosk = openKiosk();
        scan(b.ticketCode);
        scan(a.badgeCode);
        QCOMPARE(kiosk.state(), State::ShowingMeeting);
        QCOMPARE(kiosk.outcome().first->attendee.id, b.id);
        QCOMPARE(kiosk.outcome().second->attendee.id, a.id);
    }

    void refusal_isShownWithItsReason_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<int>("result");
        QTest::addColumn<QString>("reasonPart");
        QTest::addColumn<bool>("onFirstBadge");
        QTest::addRow("already met") << u"alreadyMet"_s << int(BingoResult::AlreadyMet) << u"already met at"_s << false;
        QTest::addRow("first not checked in") << u"firstNotCheckedIn"_s << int(BingoResult::NotCheckedIn)
                                              << u"Late Comer has not checked in"_s << true;
        QTest::addRow("second not checked in") << u"secondNotCheckedIn"_s << int(BingoResult::NotCheckedIn)
                                               << u"Late Comer has not checked in"_s << false;
        QTest::addRow("cancelled") << u"cancelled"_s << int(BingoResult::Cancelled) << u"is cancelled"_s << false;
        QTest::addRow("unknown code") << u"unknown"_s << int(BingoResult::UnknownCode)
                                      << u"not registered for this event"_s << true;
        QTest::addRow("misread code") << u"misread"_s << int(BingoResult::InvalidCode) << u"not read correctly"_s
                                      << false;
        QTest::addRow("kiosk closed") << u"closed"_s << int(BingoResult::KioskClosed) << u"The bingo is open from"_s
                                      << true;
    }

    void refusal_isShownWithItsReason()
    {
        QFETCH(QString, case_);
        QFETCH(int, result);
        QFETCH(QString, reasonPart);
        QFETCH(bool, onFirstBadge);

        const Attendee a = test::addPlayer(store(), u"Here Early"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"Other"_s, {u"K02"_s});
        const Attendee late = test::addPlayer(store(), u"Late Comer"_s, {u"K03"_s}, false);
        const Attendee gone = test::addPerson(store(), u"Gone"_s, AttendeeStatus::Cancelled);
        QString first = a.badgeCode;
        QString second = b.badgeCode;
        QString earlierTime;
        if (case_ == u"alreadyMet") {
            FakeClock earlier(test::eventDayUtc(9, 5));
            QVERIFY(BingoService(store(), earlier).meet(a.badgeCode, b.badgeCode, u"Kiosk 2"_s).ok());
            earlierTime = test::eventDayUtc(9, 5).toLocalTime().toString(u"HH:mm"_s);
            reasonPart += u' ' + earlierTime;
            second = b.ticketCode;
        } else if (case_ == u"firstNotCheckedIn") {
            first = late.badgeCode;
        } else if (case_ == u"secondNotCheckedIn") {
            second = late.badgeCode;
        } else if (case_ == u"cancelled") {
            second = gone.badgeCode;
        } else if (case_ == u"unknown") {
            first = u"NOT-A-BADGE-42"_s;
        } else if (case_ == u"misread") {
            second[5] = QChar(u'0' + (second.at(5).digitValue() + 3) % 10);
        } else if (case_ == u"closed") {
            BingoService service(store());
            BingoSettings settings = service.settings();
            const QTime now = m_clock->nowUtc().toLocalTime().time();
            settings.kioskOpens = now.addSecs(2 * 3600);
            settings.kioskCloses = now.addSecs(3 * 3600);
            QVERIFY(service.configure(settings).ok());
        }

        KioskSession &kiosk = openKiosk();
        scan(first);
        if (!onFirstBadge) {
            QCOMPARE(kiosk.state(), State::WaitingForSecond);
            scan(second);
        }
        QCOMPARE(kiosk.state(), State::ShowingRefusal);
        QCOMPARE(int(kiosk.outcome().result), result);
        QVERIFY2(kiosk.outcome().why.english().contains(reasonPart), qPrintable(kiosk.outcome().why.english()));
        QCOMPARE(BingoStore(store()).meetingCount(), case_ == u"alreadyMet" ? 1 : 0);
        QVERIFY(!kiosk.firstPlayer());
    }

    void ownBadgeAgain_isAHintNotAReset()
    {
        const Attendee a = test::addPlayer(store(), u"A"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"B"_s, {u"K02"_s});
        KioskSession &kiosk = openKiosk();
        QSignalSpy hints(&kiosk, &KioskSession::hintShown);
        QSignalSpy states(&kiosk, &KioskSession::stateChanged);
        scan(a.badgeCode);
        scan(a.badgeCode);
        scan(a.ticketCode); // their other code is still them
        QCOMPARE(hints.size(), 2);
        QCOMPARE(hints.at(0).at(0).value<KioskSession::Hint>(), KioskSession::Hint::SameBadgeAgain);
        QCOMPARE(states.size(), 1);
        QCOMPARE(kiosk.state(), State::WaitingForSecond);
        QCOMPARE(kiosk.firstPlayer()->attendee.id, a.id);
        scan(b.badgeCode);
        QCOMPARE(kiosk.state(), State::ShowingMeeting);
    }

    void cameraSightings_countOnce()
    {
        const Attendee a = test::addPlayer(store(), u"A"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"B"_s, {u"K02"_s});
        KioskSession &kiosk = openKiosk();
        QSignalSpy hints(&kiosk, &KioskSession::hintShown);
        QSignalSpy recorded(&kiosk, &KioskSession::meetingRecorded);
        for (int frame = 0; frame < 10; ++frame) { // a badge held up for a third of a second
            kiosk.submitCode(a.badgeCode, Source::Camera);
            m_clock->advanceMs(33);
        }
        QCOMPARE(kiosk.state(), State::WaitingForSecond);
        QCOMPARE(hints.size(), 0);
        for (int frame = 0; frame < 10; ++frame) {
            kiosk.submitCode(b.badgeCode, Source::Camera);
            m_clock->advanceMs(33);
        }
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(kiosk.state(), State::ShowingMeeting); // b still in view does not start a new pair
    }

    void scannerRepeat_countsEveryTime()
    {
        const Attendee a = test::addPlayer(store(), u"A"_s, {u"K01"_s});
        KioskSession &kiosk = openKiosk();
        QSignalSpy hints(&kiosk, &KioskSession::hintShown);
        kiosk.submitCode(a.badgeCode, Source::Scanner);
        kiosk.submitCode(a.badgeCode, Source::Scanner); // at once: somebody confused, not a camera echo
        QCOMPARE(hints.size(), 1);
        QCOMPARE(kiosk.state(), State::WaitingForSecond);
    }

    void nextPair_startsWhileTheResultIsShown()
    {
        const Attendee a = test::addPlayer(store(), u"A"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"B"_s, {u"K02"_s});
        const Attendee c = test::addPlayer(store(), u"C"_s, {u"K03"_s});
        KioskSession &kiosk = openKiosk();
        scan(a.badgeCode);
        scan(b.badgeCode);
        QCOMPARE(kiosk.state(), State::ShowingMeeting);
        scan(c.badgeCode);
        QCOMPARE(kiosk.state(), State::WaitingForSecond);
        QCOMPARE(kiosk.firstPlayer()->attendee.id, c.id);
        scan(a.badgeCode);
        QCOMPARE(kiosk.state(), State::ShowingMeeting);
        QCOMPARE(kiosk.outcome().first->peopleMet, 1);
        QCOMPARE(kiosk.outcome().second->peopleMet, 2);
    }

    void keywords_firstPersonChoosesBeforeTheMeeting()
    {
        const Attendee a = test::addPlayer(store(), u"No Keywords"_s, {u"cooking"_s});
        const Attendee b = test::addPlayer(store(), u"B"_s, {u"K02"_s});
        KioskSession &kiosk = openKiosk();
        scan(a.badgeCode);
        QCOMPARE(kiosk.state(), State::ChoosingKeywords);
        QCOMPARE(kiosk.choosingPlayer()->attendee.id, a.id);
        QCOMPARE(kiosk.keywordPool().size(), 9);

        const qint64 k4 = keywordId(u"K04"_s), k5 = keywordId(u"K05"_s), k6 = keywordId(u"K06"_s),
                     k7 = keywordId(u"K07"_s);
        QVERIFY(!kiosk.chooseKeywords({}));
        QVERIFY(!kiosk.chooseKeywords({k4, k5, k6, k7}));  // at most 3
        QVERIFY(!kiosk.chooseKeywords({k4, 999999}));      // not in the pool
        QVERIFY(!kiosk.chooseKeywords({k4, k4}));
        QCOMPARE(kiosk.state(), State::ChoosingKeywords);

        QVERIFY(kiosk.chooseKeywords({k4, k5}));
        QCOMPARE(kiosk.state(), State::WaitingForSecond);
        QCOMPARE(store().attendee(a.id)->keywords, (QStringList{u"키워드04"_s, u"키워드05"_s}));
        QCOMPARE(kiosk.firstPlayer()->attendee.id, a.id);
        QVERIFY(!kiosk.firstPlayer()->needsKeywords);

        scan(b.badgeCode);
        QCOMPARE(kiosk.state(), State::ShowingMeeting);
        QCOMPARE(kiosk.outcome().second->justFilled.size(), 2); // a's chosen keywords on b's card
    }

    void keywords_secondPersonChoosesThenTheMeetingIsRecorded()
    {
        const Attendee a = test::addPlayer(store(), u"A"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"No Keywords"_s, {});
        KioskSession &kiosk = openKiosk();
        QSignalSpy hints(&kiosk, &KioskSession::hintShown);
        scan(a.badgeCode);
        scan(b.badgeCode);
        QCOMPARE(kiosk.state(), State::ChoosingKeywords);
        QCOMPARE(kiosk.choosingPlayer()->attendee.id, b.id);
        QCOMPARE(BingoStore(store()).meetingCount(), 0); // not before b's keywords exist

        scan(a.badgeCode); // somebody scans meanwhile: finish choosing first
        QCOMPARE(hints.size(), 1);
        QCOMPARE(hints.at(0).at(0).value<KioskSession::Hint>(), KioskSession::Hint::FinishChoosing);
        QCOMPARE(kiosk.state(), State::ChoosingKeywords);

        QVERIFY(kiosk.chooseKeywords({keywordId(u"K07"_s), keywordId(u"K08"_s), keywordId(u"K09"_s)}));
        QCOMPARE(kiosk.state(), State::ShowingMeeting);
        QCOMPARE(kiosk.outcome().first->attendee.id, a.id);
        QCOMPARE(kiosk.outcome().first->justFilled.size(), 3);
        QCOMPARE(kiosk.outcome().second->justFilled.size(), 1);
        QCOMPARE(BingoStore(store()).meetingCount(), 1);
    }

    void timeouts_returnToWaitingForTheFirstBadge()
    {
        const Attendee a = test::addPlayer(store(), u"A"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"B"_s, {u"K02"_s});
        KioskSession &kiosk = openKiosk();
        QCOMPARE(kiosk.resultTimeoutMs(), KioskSession::DefaultResultTimeoutMs);
        QCOMPARE(kiosk.waitingTimeoutMs(), KioskSession::DefaultWaitingTimeoutMs);
        kiosk.setWaitingTimeoutMs(30);
        kiosk.setResultTimeoutMs(30);

        scan(a.badgeCode);
        QCOMPARE(kiosk.state(), State::WaitingForSecond);
        QVERIFY(kiosk.remainingTimeMs() > 0);
        QTRY_COMPARE(kiosk.state(), State::WaitingForFirst);
        QVERIFY(!kiosk.firstPlayer());
        QCOMPARE(kiosk.remainingTimeMs(), -1);

        scan(a.badgeCode);
        scan(b.badgeCode);
        QCOMPARE(kiosk.state(), State::ShowingMeeting);
        QTRY_COMPARE(kiosk.state(), State::WaitingForFirst);

        scan(u"unknown-code-1"_s);
        QCOMPARE(kiosk.state(), State::ShowingRefusal);
        QTRY_COMPARE(kiosk.state(), State::WaitingForFirst);
    }

    void pin_typedRightUnlocks()
    {
        BingoService(store()).setKioskPin(Pin);
        KioskSession &kiosk = openKiosk();
        QVERIFY(kiosk.hasPin());
        QSignalSpy unlocked(&kiosk, &KioskSession::unlocked);
        kiosk.submitPin(Pin);
        QCOMPARE(unlocked.size(), 1);
    }

    void pin_scannedAsQrUnlocksInAnyState()
    {
        const Attendee a = test::addPlayer(store(), u"A"_s, {u"K01"_s});
        BingoService(store()).setKioskPin(Pin);
        KioskSession &kiosk = openKiosk();
        QSignalSpy unlocked(&kiosk, &KioskSession::unlocked);
        QSignalSpy refused(&kiosk, &KioskSession::pinRefused);
        scan(a.badgeCode);
        scan(KioskPin::qrPayload(u"1111"_s));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(unlocked.size(), 0);
        QCOMPARE(kiosk.state(), State::WaitingForSecond); // a PIN is not a badge
        scan(KioskPin::qrPayload(Pin).toLower(), Source::Camera);
        QCOMPARE(unlocked.size(), 1);
        QCOMPARE(kiosk.state(), State::WaitingForSecond);
    }

    void pin_wrongThreeTimesLocksForAWhile()
    {
        BingoService(store()).setKioskPin(Pin);
        KioskSession &kiosk = openKiosk();
        QSignalSpy unlocked(&kiosk, &KioskSession::unlocked);
        QSignalSpy refused(&kiosk, &KioskSession::pinRefused);
        kiosk.submitPin(u"1111"_s);
        kiosk.submitPin(u"12"_s); // not even a PIN's shape: still a wrong try
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.at(1).at(0).toLongLong(), 0);
        kiosk.submitPin(u"3333"_s);
        QCOMPARE(refused.size(), 3);
        QCOMPARE(refused.at(2).at(0).toLongLong(), 5000);
        QCOMPARE(kiosk.pinFailures(), 3);

        kiosk.submitPin(Pin); // right, but too soon: not even checked
        QCOMPARE(unlocked.size(), 0);
        QCOMPARE(refused.size(), 4);
        QCOMPARE(refused.at(3).at(0).toLongLong(), 5000);

        m_clock->advanceMs(4000);
        QCOMPARE(kiosk.pinLockRemainingMs(), 1000);
        m_clock->advanceMs(1001);
        QCOMPARE(kiosk.pinLockRemainingMs(), 0);
        kiosk.submitPin(Pin);
        QCOMPARE(unlocked.size(), 1);
        QCOMPARE(kiosk.pinFailures(), 0);
    }

    void storageFailure_isNotSavedAndNothingIsRecorded()
    {
        const Attendee a = test::addPlayer(store(), u"A"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"B"_s, {u"K02"_s});
        const QString path = m_event->path();
        m_event.reset();
        // The kiosk waits only briefly for the file, so the test does not wait 3 s.
        m_event = EventFile::open(path, Database::Access::ReadWrite, 50);
        KioskSession &kiosk = openKiosk();
        QSignalSpy failed(&kiosk, &KioskSession::storageFailed);
        QSignalSpy recorded(&kiosk, &KioskSession::meetingRecorded);
        scan(a.badgeCode);
        QCOMPARE(kiosk.state(), State::WaitingForSecond);

        {
            // Another program holds the event file's write lock.
            auto other = EventFile::open(path);
            WriteTransaction lock(other->database());
            scan(b.badgeCode);
            QCOMPARE(kiosk.state(), State::NotSaved);
            QCOMPARE(failed.size(), 1);
            QVERIFY(!kiosk.notSavedMessage().isEmpty());
            QCOMPARE(recorded.size(), 0);
            QVERIFY(!kiosk.firstPlayer());
        }
        QCOMPARE(BingoStore(store()).meetingCount(), 0);

        // The lock is gone: the pair scans again and it counts.
        scan(a.badgeCode);
        scan(b.badgeCode);
        QCOMPARE(kiosk.state(), State::ShowingMeeting);
        QCOMPARE(BingoStore(store()).meetingCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKioskSession)
#include "tst_kiosksession.moc"
