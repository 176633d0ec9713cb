// The dashboard's figures from a small hand-built event: scans at chosen times
// (an undo, exits, a cancelled registration), ticket types, keywords and
// meetings; every figure known in advance, the totals equal EventStore::stats().
#include "BingoTestSupport.h"

#include "storage/BingoStore.h"
#include "storage/DashboardStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

QDateTime at(int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(test::eventDayUtc().date(), QTime(hour, minute, second, ms), Qt::UTC);
}

TimeBucket bucket(int hour, int minute, int count)
{
    return TimeBucket{at(hour, minute), count};
}

QPointF point(int hour, int minute, double value)
{
    return QPointF(double(at(hour, minute).toMSecsSinceEpoch()), value);
}

} // namespace

class TestDashboardStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventFile> m_event;
    QHash<QString, Attendee> m_people;

    EventStore &store() { return m_event->store(); }

    Attendee add(const QString &name, const QString &ticketType, const QStringList &keywords)
    {
        Attendee a = test::addPerson(store(), name);
        a.ticketType = ticketType;
        a.keywords = keywords;
        store().write([&] { store().updateAttendee(a, test::eventDayUtc(8)); });
        m_people.insert(name, a);
        return a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_event = test::createEvent(m_dir.filePath(u"dashboard.mannam"_s));
        test::setUpBingo(store(), 3, 1, false, 9); // 3×3 from a pool of exactly 9: every card holds every keyword

        const Attendee minjun = add(u"김민준"_s, u"일반"_s, {u"K01"_s, u"K02"_s, u"K03"_s});
        const Attendee alice = add(u"Alice Park"_s, u"일반"_s, {u"K04"_s, u"K05"_s, u"키워드06"_s});
        const Attendee seoyeon = add(u"박서연"_s, u"학생"_s, {u"k07 "_s, u"K08"_s, u"K09"_s});
        const Attendee jihoon = add(u"이지훈"_s, u"학생"_s, {u"K01"_s});
        const Attendee ben = add(u"Ben Smith"_s, u"Speaker"_s, {});
        const Attendee haeun = add(u"최하은"_s, u"Speaker"_s, {});
        add(u"정도윤"_s, QString(), {u"Unknown topic"_s});
        store().write([&] { store().setAttendeeStatus(ben.id, AttendeeStatus::Cancelled, test::eventDayUtc(8)); });

        FakeClock clock(at(9, 1, 30));
        CheckInService door(store(), clock);
        const auto scan = [&](const QDateTime &when, const Attendee &who, ScanAction action = ScanAction::Entry) {
            clock.set(when);
            return door.scan(who.ticketCode, u"Desk 1"_s, action).result;
        };
        QCOMPARE(scan(at(9, 1, 30), minjun), ScanResult::Admitted);
        QCOMPARE(scan(at(9, 4, 59, 999), alice), ScanResult::Admitted);
        QCOMPARE(scan(at(9, 6), seoyeon), ScanResult::Admitted);
        clock.set(at(9, 7));
        QVERIFY(door.undoLast(seoyeon.id, u"Desk 1"_s).before.admitted);     // the wrong person: taken back
        QCOMPARE(scan(at(9, 7, 30), jihoon), ScanResult::Admitted);
        clock.set(at(9, 8));
        door.undoLast(jihoon.id, u"Desk 1"_s);                                 // and never came back
        QCOMPARE(scan(at(9, 12), seoyeon), ScanResult::Admitted);
        QCOMPARE(scan(at(9, 13), minjun), ScanResult::AlreadyInside);
        QCOMPARE(scan(at(9, 14), seoyeon, ScanAction::Exit), ScanResult::Exited);
        clock.set(at(9, 15));
        QVERIFY(door.undoLast(seoyeon.id, u"Desk 1"_s).before.admitted); // she had not left after all
        QCOMPARE(scan(at(9, 20), alice, ScanAction::Exit), ScanResult::Exited);
        QCOMPARE(scan(at(9, 25), alice), ScanResult::Reentered);
        QCOMPARE(scan(at(9, 40), alice, ScanAction::Exit), ScanResult::Exited);
        QCOMPARE(scan(at(9, 31), haeun), ScanResult::Admitted);
        QCOMPARE(scan(at(9, 32), ben), ScanResult::Cancelled);
        clock.set(at(9, 33));
        QCOMPARE(door.scan(u"NOT-A-CODE"_s, u"Desk 2"_s).result, ScanResult::UnknownCode);
        // Admitted, then the registration was cancelled: still counted as checked in (like stats()).
        store().write([&] { store().setAttendeeStatus(haeun.id, AttendeeStatus::Cancelled, at(9, 50)); });

        // 정도윤 stays away; 한길 was admitted at 09:00 and brings the first three keywords.
        const Attendee hangil = test::addPlayer(store(), u"한길"_s, {u"K01"_s, u"K02"_s, u"K03"_s});
        m_people.insert(u"한길"_s, hangil);

        BingoService bingo(store(), clock);
        const auto meet = [&](const QDateTime &when, const Attendee &a, const Attendee &b) {
            clock.set(when);
            const BingoOutcome outcome = bingo.meet(a.badgeCode, b.badgeCode, u"Kiosk 1"_s);
            QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
        };
        meet(at(10, 2), minjun, alice);
        meet(at(10, 3), minjun, seoyeon);
        meet(at(10, 12), alice, seoyeon);
        meet(at(10, 14, 59), minjun, hangil); // 김민준's card is now full: a bingo whatever the deal
    }

    void snapshot_totals_agreeWithEventStats()
    {
        const DashboardSnapshot s = DashboardStore(store()).snapshot();
        const EventStats stats = store().stats();
        QCOMPARE(s.registered, stats.registered);
        QCOMPARE(s.cancelled, stats.cancelled);
        QCOMPARE(s.checkedIn, stats.checkedIn);
        QCOMPARE(s.inside, stats.inside);
        QCOMPARE(s.meetings, stats.meetings);
        QCOMPARE(s.winners, stats.winners);

        QCOMPARE(s.registered, 6);   // 김민준, Alice, 박서연, 이지훈, 정도윤, 한길
        QCOMPARE(s.cancelled, 2);    // Ben, 최하은
        QCOMPARE(s.checkedIn, 5);    // 김민준, Alice, 박서연, 최하은, 한길 (이지훈's admission undone)
        QCOMPARE(s.noShows, 2);      // 이지훈, 정도윤
        QCOMPARE(s.inside, 4);       // Alice left
        QCOMPARE(s.meetings, 4);
        QVERIFY(s.winners >= 1);
    }

    void snapshot_arrivals_firstAdmissionPerFiveMinutes()
    {
        const DashboardSnapshot s = DashboardStore(store()).snapshot();
        // 09:00 한길, 09:01:30 김민준, 09:04:59.999 Alice | 09:12 박서연 (the 09:06 one undone) | 09:31 최하은
        const QList<TimeBucket> expected{bucket(9, 0, 3), bucket(9, 10, 1), bucket(9, 30, 1)};
        QCOMPARE(s.arrivals, expected);
        QCOMPARE(s.meetingsOverTime, (QList<TimeBucket>{bucket(10, 0, 2), bucket(10, 10, 2)}));
    }

    void snapshot_ticketTypes_mostRegisteredFirst()
    {
        const DashboardSnapshot s = DashboardStore(store()).snapshot();
        QCOMPARE(s.ticketTypes.size(), 4);
        const auto check = [&](int row, const QString &type, int registered, int checkedIn, int noShows) {
            const TicketTypeFigures &t = s.ticketTypes.at(row);
            QCOMPARE(t.ticketType, type);
            QCOMPARE(t.registered, registered);
            QCOMPARE(t.checkedIn, checkedIn);
            QCOMPARE(t.noShows, noShows);
        };
        check(0, u"일반"_s, 2, 2, 0);
        check(1, u"학생"_s, 2, 1, 1);
        check(2, QString(), 2, 1, 1);        // 정도윤 and 한길 came without a ticket type
        check(3, u"Speaker"_s, 0, 1, 0);     // only 최하은, admitted before cancelling
    }

    void snapshot_network_amongCheckedIn()
    {
        const NetworkFigures n = DashboardStore(store()).snapshot().network;
        // Met: 김민준 3, Alice 2, 박서연 2, 한길 1; 최하은 nobody.
        QCOMPARE(n.checkedIn, 5);
        QCOMPARE(n.checkedInByPeopleMet, (QList<int>{1, 1, 2, 1}));
        QCOMPARE(n.meanPeopleMet, 1.6);
        QCOMPARE(n.medianPeopleMet, 2.0);
        QCOMPARE(n.metNobody, 1);
        QCOMPARE(n.metNobodyShare(), 0.2);
        QCOMPARE(n.mostConnected.size(), 4);
        QCOMPARE(n.mostConnected.at(0).name, u"김민준"_s);
        QCOMPARE(n.mostConnected.at(0).peopleMet, 3);
        QCOMPARE(n.mostConnected.at(1).name, u"Alice Park"_s); // ties by id: Alice before 박서연
        QCOMPARE(n.mostConnected.at(2).name, u"박서연"_s);
        QCOMPARE(n.mostConnected.at(3).name, u"한길"_s);
        QCOMPARE(DashboardStore(store()).snapshot(2).network.mostConnected.size(), 2);
    }

    void snapshot_bingo_cardsBySquaresFilled()
    {
        const DashboardSnapshot s = DashboardStore(store()).snapshot();
        QCOMPARE(s.cardSize, 3);
        QCOMPARE(s.linesToWin, 1);
        QCOMPARE(s.cards, 4);
        QCOMPARE(s.cardsWithBingoByFilled.size(), 10);     // 0..9 squares
        QCOMPARE(s.cardsWithoutBingoByFilled.size(), 10);
        // Every keyword is on every card, so the counts do not depend on the deal;
        // who has a line at 6 or 3 squares does.
        QCOMPARE(s.cardsWithBingoByFilled.at(9), 1);        // 김민준: all nine
        QCOMPARE(s.cardsWithoutBingoByFilled.at(9), 0);
        QCOMPARE(s.cardsWithBingoByFilled.at(6) + s.cardsWithoutBingoByFilled.at(6), 2); // Alice, 박서연
        QCOMPARE(s.cardsWithBingoByFilled.at(3) + s.cardsWithoutBingoByFilled.at(3), 1); // 한길
        int withBingo = 0;
        for (const int cards : s.cardsWithBingoByFilled)
            withBingo += cards;
        QCOMPARE(withBingo, s.winners);

        QCOMPARE(s.winnerList.size(), s.winners);
        const QList<BingoWinner> winners = BingoStore(store()).winners();
        QCOMPARE(s.winnerList.size(), winners.size());
        QCOMPARE(s.winnerList.first().attendeeId, winners.first().attendeeId);
        QCOMPARE(s.winnerList.first().rank, 1);
    }

    void snapshot_keywords_choicesMatchEitherLabelAnyCase()
    {
        const QList<KeywordPopularity> keywords = DashboardStore(store()).snapshot().keywords;
        QCOMPARE(keywords.size(), 9); // the whole pool; "Unknown topic" is not in it
        QCOMPARE(keywords.at(0).keyword.labelEn, u"K01"_s);
        QCOMPARE(keywords.at(0).chosenBy, 3);   // 김민준, 이지훈, 한길
        QCOMPARE(keywords.at(1).keyword.labelEn, u"K02"_s);
        QCOMPARE(keywords.at(1).chosenBy, 2);
        QCOMPARE(keywords.at(2).keyword.labelEn, u"K03"_s);
        QCOMPARE(keywords.at(2).chosenBy, 2);
        for (int i = 3; i < 9; ++i) {           // K04..K09 once each, "키워드06" and "k07 " included
            QCOMPARE(keywords.at(i).keyword.labelEn, u"K%1"_s.arg(i + 1, 2, 10, QChar(u'0')));
            QCOMPARE(keywords.at(i).chosenBy, 1);
        }
    }

    void snapshot_insideAWriteTransaction_readsTheSame()
    {
        const DashboardSnapshot outside = DashboardStore(store()).snapshot();
        const DashboardSnapshot inside = store().write([&] { return DashboardStore(store()).snapshot(); });
        QCOMPARE(inside.checkedIn, outside.checkedIn);
        QCOMPARE(inside.arrivals, outside.arrivals);
        // The connection is usable afterwards (no transaction left open).
        test::addPerson(store(), u"나중에"_s);
        QCOMPARE(DashboardStore(store()).snapshot().registered, outside.registered + 1);
    }

    void snapshot_emptyEvent_isAllZero()
    {
        QTemporaryDir dir;
        auto event = test::createEvent(dir.filePath(u"empty.mannam"_s));
        const DashboardSnapshot s = DashboardStore(event->store()).snapshot();
        QCOMPARE(s.registered, 0);
        QCOMPARE(s.checkedIn, 0);
        QVERIFY(s.arrivals.isEmpty());
        QVERIFY(s.ticketTypes.isEmpty());
        QCOMPARE(s.cards, 0);
        QVERIFY(s.cardsWithBingoByFilled.isEmpty());
        QCOMPARE(s.network.checkedIn, 0);
        QCOMPARE(s.network.metNobodyShare(), 0.0);
        QCOMPARE(s.network.medianPeopleMet, 0.0);
        QVERIFY(s.winnerList.isEmpty());
    }

    void series_steps_dropToZeroBetweenQuietSlices()
    {
        const QList<TimeBucket> buckets{bucket(9, 0, 3), bucket(9, 5, 1), bucket(9, 30, 2)};
        const QList<QPointF> expected{point(9, 0, 0), point(9, 0, 3), point(9, 5, 3),
                                      point(9, 5, 1), point(9, 10, 1), point(9, 10, 0),
                                      point(9, 30, 0), point(9, 30, 2), point(9, 35, 2), point(9, 35, 0)};
        QCOMPARE(DashboardSeries::steps(buckets), expected);
        QCOMPARE(DashboardSeries::peak(buckets), 3);
        QVERIFY(DashboardSeries::steps({}).isEmpty());
    }

    void series_runningTotal_flatAcrossQuietSlices()
    {
        const QList<TimeBucket> buckets{bucket(9, 0, 3), bucket(9, 5, 1), bucket(9, 30, 2)};
        const QList<QPointF> expected{point(9, 0, 0), point(9, 5, 3), point(9, 10, 4),
                                      point(9, 30, 4), point(9, 35, 6)};
        QCOMPARE(DashboardSeries::runningTotal(buckets), expected);
    }

    void network_median_ofAnEvenCount()
    {
        NetworkFigures n;
        n.checkedInByPeopleMet = {2, 0, 1, 0, 0, 1}; // 0, 0, 2, 5
        n.summarise();
        QCOMPARE(n.checkedIn, 4);
        QCOMPARE(n.medianPeopleMet, 1.0);
        QCOMPARE(n.meanPeopleMet, 1.75);
        QCOMPARE(n.metNobodyShare(), 0.5);
    }

    void keywordTally_labelNamingTwoKeywords_countsForBoth()
    {
        const QList<BingoKeyword> pool{{1, u"파이썬"_s, u"Python"_s, {}}, {2, u"Python"_s, u"Snakes"_s, {}}};
        const QList<KeywordPopularity> tally = tallyKeywordChoices(pool, {{u" python"_s, 2}, {u"파이썬"_s, 1}});
        QCOMPARE(tally.at(0).keyword.id, 1);
        QCOMPARE(tally.at(0).chosenBy, 3);
        QCOMPARE(tally.at(1).chosenBy, 2);
    }
};

QTEST_GUILESS_MAIN(TestDashboardStore)
#include "tst_dashboardstore.moc"
