// The bingo's rules through the real service on a real event file.
#include "BingoTestSupport.h"

#include "bingo/BingoRules.h"
#include "storage/BingoStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

class TestBingoService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventFile> m_event;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_event = test::createEvent(m_dir.filePath(u"event-%1.mannam"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
    }

    void cleanup() { m_event.reset(); }

    void meet_fillsBothCardsWithEachOthersKeywords()
    {
        EventStore &store = m_event->store();
        test::setUpBingo(store, 5, 1, true, 24);  // every keyword is on every card
        const Attendee a = test::addPlayer(store, u"홍길동"_s, {u"K01"_s, u"키워드02"_s});
        const Attendee b = test::addPlayer(store, u"Alice Park"_s, {u"k03"_s});
        FakeClock clock(test::eventDayUtc(10));
        BingoService bingo(store, clock);

        const BingoOutcome outcome = bingo.meet(a.badgeCode, b.ticketCode, u"Kiosk 1"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
        QCOMPARE(outcome.first->justFilled.size(), 1);   // b's one keyword on a's card
        QCOMPARE(outcome.second->justFilled.size(), 2);  // a's two keywords on b's card
        QCOMPARE(outcome.first->peopleMet, 1);
        QCOMPARE(outcome.first->card.squares.at(12).isFree(), true);
        const BingoSquare filled = outcome.second->card.squares.at(outcome.second->justFilled.first());
        QCOMPARE(filled.filledBy, a.id);
        QCOMPARE(filled.filledMeeting, outcome.meeting.id);

        const BingoOutcome again = bingo.meet(b.badgeCode, a.badgeCode, u"Kiosk 2"_s);
        QCOMPARE(again.result, BingoResult::AlreadyMet);
        QCOMPARE(again.meeting.id, outcome.meeting.id);
        QVERIFY(again.reason().contains(u"already met"_s));
        QCOMPARE(BingoStore(store).meetingCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBingoService)
#include "tst_bingoservice.moc"
