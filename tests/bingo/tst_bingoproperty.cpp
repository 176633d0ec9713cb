// Property test: random games (players, keywords, thousands of meetings with
// repeats, same-person scans, people not checked in, cancelled registrations,
// misreads) on real event files; every outcome is predicted by a small model,
// and the tables are checked from scratch (BingoInvariants.h).
#include "BingoInvariants.h"
#include "BingoTestSupport.h"

#include "bingo/BingoRules.h"
#include "storage/BingoStore.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

struct Player
{
    Attendee attendee;
    bool checkedIn = false;
    bool cancelled = false;
};

// A keyword as people type it: either label, any case, stray spaces.
QString typedForm(const BingoKeyword &keyword, QRandomGenerator &random)
{
    switch (random.bounded(5)) {
    case 0: return keyword.labelEn;
    case 1: return keyword.labelKo;
    case 2: return keyword.labelEn.toLower();
    case 3: return u"  "_s + keyword.labelEn.toUpper() + u" "_s;
    default: return u" "_s + keyword.labelKo;
    }
}

const QStringList NotInPool{u"Kotlin"_s, u"Figma"_s, u"등산"_s, u"Coffee"_s, u"K99x"_s};

} // namespace

class TestBingoProperty : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QElapsedTimer m_total;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_total.start();
    }

    void cleanupTestCase() { qInfo("all games: %lld ms", m_total.elapsed()); }

    void randomGames_everySquareExplainedByItsFirstMeeting_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("freeCentre");
        QTest::addColumn<int>("linesToWin");
        QTest::addColumn<int>("players");
        QTest::addColumn<int>("poolSize");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<bool>("needsCheckIn");
        // Sizes 3/4/5, free centre on and off, 1..3 lines; small crowds meet often.
        QTest::addRow("3x3 free, 1 line, 60 people") << 101u << 3 << true << 1 << 60 << 30 << 1200 << true;
        QTest::addRow("3x3, 2 lines, 80 people") << 102u << 3 << false << 2 << 80 << 40 << 2500 << true;
        QTest::addRow("3x3 free, 3 lines, 60 people") << 103u << 3 << true << 3 << 60 << 30 << 2000 << true;
        QTest::addRow("4x4, 1 line, 120 people") << 104u << 4 << false << 1 << 120 << 45 << 3000 << true;
        QTest::addRow("4x4 free wanted, 2 lines, 60 people") << 105u << 4 << true << 2 << 60 << 30 << 1500 << false;
        QTest::addRow("4x4, 3 lines, 70 people") << 106u << 4 << false << 3 << 70 << 35 << 2500 << true;
        QTest::addRow("5x5 free, 1 line, 300 people") << 107u << 5 << true << 1 << 300 << 60 << 5000 << true;
        QTest::addRow("5x5, 2 lines, 150 people") << 108u << 5 << false << 2 << 150 << 30 << 3500 << true;
        QTest::addRow("5x5 free, 3 lines, 90 people") << 109u << 5 << true << 3 << 90 << 40 << 2500 << false;
    }

    void randomGames_everySquareExplainedByItsFirstMeeting()
    {
        QFETCH(quint32, seed);
        QFETCH(int, size);
        QFETCH(bool, freeCentre);
        QFETCH(int, linesToWin);
        QFETCH(int, players);
        QFETCH(int, poolSize);
        QFETCH(int, attempts);
        QFETCH(bool, needsCheckIn);
        QElapsedTimer timer;
        timer.start();

        const QString path = m_dir.filePath(u"game-%1.mannam"_s.arg(seed));
        auto event = test::createEvent(path);
        // Durability is not what this test is about; thousands of fsyncs would
        // take longer than the game (the two-process test keeps FULL).
        QSqlQuery(event->database().connection()).exec(u"PRAGMA synchronous=OFF"_s);
        EventStore &store = event->store();
        QRandomGenerator random(seed);

        FakeClock clock(test::eventDayUtc(10));
        BingoService bingo(store, clock);
        BingoSettings settings;
        settings.cardSize = size;
        settings.linesToWin = linesToWin;
        settings.freeCentre = freeCentre;
        settings.meetingNeedsCheckIn = needsCheckIn;
        const QList<BingoKeyword> poolWanted = test::keywordPool(poolSize);
        const BingoOutcome configured = bingo.configure(settings, poolWanted);
        QVERIFY2(configured.ok(), qPrintable(configured.reason()));
        const QList<BingoKeyword> pool = bingo.keywordPool();

        // The crowd: 0-3 keywords each, some not at the door, a few cancelled.
        QList<Player> crowd;
        store.write([&] {
            for (int i = 0; i < players; ++i) {
                QStringList keywords;
                const int count = int(random.bounded(4));
                for (int k = 0; k < count; ++k) {
                    if (random.bounded(5) == 0)
                        keywords << NotInPool.at(int(random.bounded(int(NotInPool.size()))));
                    else
                        keywords << typedForm(pool.at(int(random.bounded(int(pool.size())))), random);
                }
                Player player;
                player.cancelled = i % 30 == 7;
                player.checkedIn = !player.cancelled && random.bounded(10) != 0;
                const QString name = u"Player %1"_s.arg(i);
                if (player.cancelled) {
                    player.attendee = test::addPerson(store, name, AttendeeStatus::Cancelled);
                    store.replaceKeywords(player.attendee.id, keywords);
                } else {
                    player.attendee = test::addPlayer(store, name, keywords, player.checkedIn);
                }
                crowd << player;
            }
        });

        // The game, each outcome predicted by the model.
        QSet<QPair<qint64, qint64>> met;
        QList<QPair<int, int>> tried;
        QHash<BingoResult, int> results;
        int expectedSamePerson = 0;
        for (int attempt = 0; attempt < attempts; ++attempt) {
            int i = int(random.bounded(int(crowd.size())));
            int j = int(random.bounded(int(crowd.size())));
            const int roll = int(random.bounded(100));
            if (roll < 6) {
                j = i;                                    // one person's two codes, or one code twice
            } else if (roll < 22 && !tried.isEmpty()) {
                std::tie(i, j) = tried.at(int(random.bounded(int(tried.size())))); // a pair tries again,
                if (roll % 2)                                                      // maybe the other way round
                    std::swap(i, j);
            }
            tried << QPair<int, int>{i, j};
            const Player &a = crowd.at(i);
            const Player &b = crowd.at(j);
            const auto codeOf = [&](const Player &p) {
                return random.bounded(2) ? p.attendee.badgeCode : p.attendee.ticketCode;
            };
            QString codeA = codeOf(a);
            const QString codeB = codeOf(b);
            const bool misread = random.bounded(50) == 0;
            if (misread) {
                const int at = int(random.bounded(4, 23));
                codeA[at] = QChar(u'0' + (codeA.at(at).digitValue() + 1 + int(random.bounded(9))) % 10);
            }
            if (random.bounded(30) == 0)
                bingo.identify(codeOf(crowd.at(int(random.bounded(int(crowd.size()))))));

            const QPair<qint64, qint64> pair{std::min(a.attendee.id, b.attendee.id),
                                             std::max(a.attendee.id, b.attendee.id)};
            BingoResult expected = BingoResult::Ok;
            if (misread)
                expected = BingoResult::InvalidCode;
            else if (a.cancelled || b.cancelled)
                expected = BingoResult::Cancelled;
            else if (i == j)
                expected = BingoResult::SamePerson;
            else if (met.contains(pair))
                expected = BingoResult::AlreadyMet;
            else if (needsCheckIn && (!a.checkedIn || !b.checkedIn))
                expected = BingoResult::NotCheckedIn;
            expectedSamePerson += int(expected == BingoResult::SamePerson);

            clock.advanceMs(random.bounded(4) == 0 ? 0 : qint64(random.bounded(3000))); // some at the same ms
            const BingoOutcome outcome = bingo.meet(codeA, codeB, u"Kiosk %1"_s.arg(attempt % 3 + 1));
            QVERIFY2(outcome.result == expected,
                     qPrintable(u"attempt %1 (%2 meets %3): %4; expected result %5"_s.arg(attempt)
                                        .arg(i)
                                        .arg(j)
                                        .arg(outcome.reason())
                                        .arg(int(expected))));
            ++results[outcome.result];
            if (outcome.ok()) {
                met.insert(pair);
                QCOMPARE(outcome.meeting.at, clock.nowUtc());
                QCOMPARE(outcome.first->card.lines,
                         BingoRules::countLines(size, outcome.first->card.filledMask()));
            }
        }

        // From the raw tables.
        test::RawConnection raw(path);
        const int meetings = raw.scalar(u"SELECT COUNT(*) FROM meetings"_s).toInt();
        QCOMPARE(meetings, int(met.size()));
        QCOMPARE(meetings, results.value(BingoResult::Ok));
        int refusals = 0;
        for (auto it = results.cbegin(); it != results.cend(); ++it)
            refusals += it.key() == BingoResult::Ok ? 0 : it.value();
        QCOMPARE(refusals, attempts - meetings); // no refusal left a meeting behind
        QCOMPARE(results.value(BingoResult::SamePerson), expectedSamePerson);
        QSet<QPair<qint64, qint64>> stored;
        for (const QVariantList &row : raw.rows(u"SELECT attendee_lo, attendee_hi FROM meetings"_s))
            stored.insert({row.at(0).toLongLong(), row.at(1).toLongLong()});
        QCOMPARE(stored, met);

        const test::BingoCheck check = test::checkBingoInvariants(raw);
        QVERIFY2(check.ok(), qPrintable(check.report()));
        QCOMPARE(check.meetings, meetings);

        // Every card is the seeded deal for this event and person.
        QList<qint64> poolIds;
        for (const BingoKeyword &keyword : pool)
            poolIds << keyword.id;
        const QByteArray eventId = store.eventInfo().eventId.toUtf8();
        BingoStore bingoStore(store);
        for (const Player &player : std::as_const(crowd)) {
            const auto card = bingoStore.card(player.attendee.id);
            if (!card)
                continue;
            QList<qint64> ids;
            for (const BingoSquare &square : card->squares)
                ids << square.keywordId;
            QCOMPARE(ids, BingoRules::dealCard(poolIds, size, freeCentre,
                                               eventId + ':' + QByteArray::number(player.attendee.id)));
        }

        // The game was a game: squares filled, lines made, refusals of every kind.
        QVERIFY(check.filledSquares > 0);
        QVERIFY(check.winners > 0);
        QVERIFY(results.value(BingoResult::AlreadyMet) > 0);
        QVERIFY(results.value(BingoResult::SamePerson) > 0);
        QVERIFY(results.value(BingoResult::InvalidCode) > 0);
        QVERIFY(results.value(BingoResult::Cancelled) > 0);
        if (needsCheckIn)
            QVERIFY(results.value(BingoResult::NotCheckedIn) > 0);
        qInfo("%d attempts: %d meetings, %d already met, %d same person, %d not checked in, %d cancelled, "
              "%d misread; %d cards, %d squares filled, %d winners, most lines %d; %lld ms",
              attempts, meetings, results.value(BingoResult::AlreadyMet), results.value(BingoResult::SamePerson),
              results.value(BingoResult::NotCheckedIn), results.value(BingoResult::Cancelled),
              results.value(BingoResult::InvalidCode), check.cards, check.filledSquares, check.winners,
              check.mostLines, timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestBingoProperty)
#include "tst_bingoproperty.moc"
