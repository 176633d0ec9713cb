// The bingo's rules through the real service on a real event file: meetings,
// refusals that write nothing, whole games until a win, winners, rules changes,
// prizes, keywords, and the database's own guards.
#include "BingoInvariants.h"
#include "BingoTestSupport.h"

#include "bingo/BingoRules.h"
#include "storage/BingoStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

// Kiosk times are local; the tests run in Seoul (UTC+9, no daylight saving).
QDateTime seoul(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 28), QTime(hour, minute), Qt::LocalTime).toUTC();
}

BingoSettings rules(int size, int linesToWin = 1, bool freeCentre = true, bool needsCheckIn = true)
{
    BingoSettings settings;
    settings.cardSize = size;
    settings.linesToWin = linesToWin;
    settings.freeCentre = freeCentre;
    settings.meetingNeedsCheckIn = needsCheckIn;
    return settings;
}

QList<qint64> keywordIdsOf(const BingoCard &card)
{
    QList<qint64> ids;
    for (const BingoSquare &square : card.squares)
        ids << square.keywordId;
    return ids;
}

} // namespace

class TestBingoService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_fileNo = 0;
    std::unique_ptr<EventFile> m_event;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<BingoService> m_bingo;

    EventStore &store() { return m_event->store(); }
    BingoService &bingo() { return *m_bingo; }

    QString snapshot()
    {
        test::RawConnection raw(m_path);
        return raw.dumpAllTables();
    }

    test::BingoCheck invariants()
    {
        test::RawConnection raw(m_path);
        return test::checkBingoInvariants(raw);
    }

    // The English label of a keyword on the card, as a player would name it.
    QString labelAt(const BingoCard &card, int position)
    {
        const qint64 id = card.squares.at(position).keywordId;
        for (const BingoKeyword &keyword : bingo().keywordPool()) {
            if (keyword.id == id)
                return keyword.labelEn;
        }
        return {};
    }

    BingoCard cardOf(const Attendee &person)
    {
        const BingoOutcome outcome = bingo().identify(person.badgeCode);
        if (!outcome.ok())
            qFatal("identify refused: %s", qPrintable(outcome.reason()));
        return outcome.first->card;
    }

    // A checked-in helper whose keywords fill these squares of `person`'s card,
    // met by `person` now: the squares are filled in one meeting.
    BingoOutcome fillBy(const Attendee &person, const QList<int> &positions, const QString &helperName)
    {
        const BingoCard card = cardOf(person);
        QStringList keywords;
        for (const int position : positions)
            keywords << labelAt(card, position);
        const Attendee helper = test::addPlayer(store(), helperName, keywords);
        return bingo().meet(helper.badgeCode, person.badgeCode, u"Kiosk 1"_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("TZ", "Asia/Seoul");
        ::tzset();
        QCOMPARE(test::eventDayUtc(10, 5).toLocalTime().toString(u"HH:mm"_s), u"19:05"_s);
    }

    void init()
    {
        m_bingo.reset();
        m_event.reset();
        m_path = m_dir.filePath(u"event-%1.mannam"_s.arg(++m_fileNo));
        m_event = test::createEvent(m_path);
        m_path = m_event->path(); // on the test server: its address
        m_clock = std::make_unique<FakeClock>(seoul(19, 0));
        m_bingo = std::make_unique<BingoService>(store(), *m_clock);
    }

    void cleanup()
    {
        m_bingo.reset();
        m_event.reset();
    }

    // --- meetings -------------------------------------------------------

    void meet_fillsBothCardsWithEachOthersKeywords()
    {
        test::setUpBingo(store(), 5, 1, true, 24);  // every keyword is on every card
        const Attendee a = test::addPlayer(store(), u"홍길동"_s, {u"K01"_s, u"키워드02"_s});
        const Attendee b = test::addPlayer(store(), u"Alice Park"_s, {u"k03"_s});

        const BingoOutcome outcome = bingo().meet(a.badgeCode, b.ticketCode, u"Kiosk 1"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
        QCOMPARE(outcome.first->justFilled.size(), 1);   // b's one keyword on a's card
        QCOMPARE(outcome.second->justFilled.size(), 2);  // a's two keywords on b's card
        QCOMPARE(outcome.first->peopleMet, 1);
        QCOMPARE(outcome.first->card.squares.at(12).isFree(), true);
        const BingoSquare filled = outcome.second->card.squares.at(outcome.second->justFilled.first());
        QCOMPARE(filled.filledBy, a.id);
        QCOMPARE(filled.filledMeeting, outcome.meeting.id);
        QCOMPARE(outcome.meeting.at, seoul(19, 0));
        QCOMPARE(outcome.meeting.kiosk, u"Kiosk 1"_s);
        QCOMPARE(outcome.meeting.attendeeLo, std::min(a.id, b.id));

        const BingoOutcome again = bingo().meet(b.badgeCode, a.badgeCode, u"Kiosk 2"_s);
        QCOMPARE(again.result, BingoResult::AlreadyMet);
        QCOMPARE(again.meeting.id, outcome.meeting.id);
        QVERIFY(again.reason().contains(u"already met"_s));
        QCOMPARE(BingoStore(store()).meetingCount(), 1);
        const test::BingoCheck check = invariants();
        QVERIFY2(check.ok(), qPrintable(check.report()));
        QCOMPARE(check.filledSquares, 3);
    }

    void meet_refused_writesNothingAndSaysWhy_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<int>("localHour");
        QTest::addColumn<BingoResult>("result");
        QTest::addColumn<QStringList>("reasonHas");

        const QStringList samePerson{u"same person"_s};
        QTest::addRow("same badge twice") << u"A.badge"_s << u"A.badge"_s << 19 << BingoResult::SamePerson << samePerson;
        QTest::addRow("same ticket twice") << u"A.ticket"_s << u"A.ticket"_s << 19 << BingoResult::SamePerson << samePerson;
        QTest::addRow("one person's ticket and badge") << u"A.ticket"_s << u"A.badge"_s << 19 << BingoResult::SamePerson
                                                       << samePerson;
        QTest::addRow("one person's badge, grouped, and ticket") << u"A.badge.grouped"_s << u"A.ticket"_s << 19
                                                                 << BingoResult::SamePerson << samePerson;
        QTest::addRow("first not checked in") << u"C.badge"_s << u"A.badge"_s << 19 << BingoResult::NotCheckedIn
                                              << QStringList{u"Chloe Choi"_s, u"not checked in"_s};
        QTest::addRow("second not checked in") << u"A.badge"_s << u"C.ticket"_s << 19 << BingoResult::NotCheckedIn
                                               << QStringList{u"Chloe Choi"_s, u"not checked in"_s};
        QTest::addRow("first cancelled") << u"D.badge"_s << u"A.badge"_s << 19 << BingoResult::Cancelled
                                         << QStringList{u"Dana Do"_s, u"cancelled"_s};
        QTest::addRow("second cancelled") << u"B.badge"_s << u"D.ticket"_s << 19 << BingoResult::Cancelled
                                          << QStringList{u"Dana Do"_s, u"cancelled"_s};
        QTest::addRow("unknown code") << u"A.badge"_s << u"unknown"_s << 19 << BingoResult::UnknownCode
                                      << QStringList{u"not registered"_s};
        QTest::addRow("unknown imported-looking code") << u"festa"_s << u"A.badge"_s << 19 << BingoResult::UnknownCode
                                                       << QStringList{u"not registered"_s};
        QTest::addRow("misread code") << u"misread"_s << u"B.badge"_s << 19 << BingoResult::InvalidCode
                                      << QStringList{u"not read correctly"_s};
        QTest::addRow("misread second code") << u"B.badge"_s << u"misread"_s << 19 << BingoResult::InvalidCode
                                             << QStringList{u"not read correctly"_s};
        QTest::addRow("another event's badge") << u"A.badge"_s << u"otherEvent"_s << 19 << BingoResult::OtherEvent
                                               << QStringList{u"another event"_s};
        QTest::addRow("empty scan") << u"A.badge"_s << u""_s << 19 << BingoResult::UnknownCode
                                    << QStringList{u"not registered"_s};
        QTest::addRow("before the kiosk opens") << u"A.badge"_s << u"B.badge"_s << 17 << BingoResult::KioskClosed
                                                << QStringList{u"18:00"_s, u"22:00"_s};
        QTest::addRow("after the kiosk closes") << u"A.badge"_s << u"B.badge"_s << 22 << BingoResult::KioskClosed
                                                << QStringList{u"18:00"_s, u"22:00"_s};
    }

    void meet_refused_writesNothingAndSaysWhy()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(int, localHour);
        QFETCH(BingoResult, result);
        QFETCH(QStringList, reasonHas);

        BingoSettings settings = rules(3);
        settings.kioskOpens = QTime(18, 0);
        settings.kioskCloses = QTime(22, 0);
        QVERIFY(bingo().configure(settings, test::keywordPool(30)).ok());
        QHash<QString, Attendee> people;
        people[u"A"_s] = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"K01"_s, u"K02"_s});
        people[u"B"_s] = test::addPlayer(store(), u"Bae Minho"_s, {u"K03"_s});
        people[u"C"_s] = test::addPlayer(store(), u"Chloe Choi"_s, {u"K04"_s}, false);
        people[u"D"_s] = test::addPerson(store(), u"Dana Do"_s, AttendeeStatus::Cancelled);
        const Attendee e = test::addPlayer(store(), u"Eun Seo"_s, {u"K05"_s});
        // Something to lose: a meeting, cards, settings, keywords.
        QVERIFY(bingo().meet(people[u"A"_s].badgeCode, e.badgeCode, u"Kiosk 1"_s).ok());

        const QString tag = store().eventInfo().codeTag;
        const auto code = [&](const QString &name) -> QString {
            if (name == u"unknown")
                return TicketCode::generate(tag, store().allCodes());
            if (name == u"festa")
                return u"FESTA-2026-0042"_s;
            if (name == u"misread") {
                QString misread = people[u"A"_s].badgeCode;
                misread[10] = QChar(u'0' + (misread.at(10).digitValue() + 1) % 10);
                return misread;
            }
            if (name == u"otherEvent")
                return TicketCode::generate(tag == u"1234" ? u"5678"_s : u"1234"_s, {});
            if (name.isEmpty())
                return {};
            const QStringList parts = name.split(u'.');
            const Attendee &person = people[parts.at(0)];
            const QString c = parts.at(1) == u"ticket" ? person.ticketCode : person.badgeCode;
            return parts.size() > 2 ? TicketCode::groupedForDisplay(c) : c;
        };
        const QString codeA = code(first);
        const QString codeB = code(second);

        m_clock->set(seoul(localHour, localHour == 17 ? 59 : 0));
        const QString before = snapshot();
        const BingoOutcome outcome = bingo().meet(codeA, codeB, u"Kiosk 2"_s);
        QCOMPARE(outcome.result, result);
        for (const QString &part : reasonHas)
            QVERIFY2(outcome.reason().contains(part), qPrintable(outcome.reason()));
        const QString after = snapshot();
        QVERIFY2(after == before, qPrintable(test::firstDifference(before, after)));
        QCOMPARE(outcome.meeting.id, qint64(0));

        // The kiosk can show who was scanned, even when it does not count.
        if (result == BingoResult::NotCheckedIn) {
            const bool firstIsC = first.startsWith(u'C');
            const auto &named = firstIsC ? outcome.first : outcome.second;
            QVERIFY(named.has_value());
            QCOMPARE(named->attendee.name, u"Chloe Choi"_s);
        }
    }

    void meet_pairAlreadyMet_refusedWithTimeAndWritesNothing()
    {
        QVERIFY(bingo().configure(rules(3), test::keywordPool(30)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"Bae Minho"_s, {u"K02"_s});
        m_clock->set(seoul(19, 5));
        const BingoOutcome first = bingo().meet(a.badgeCode, b.badgeCode, u"Kiosk 1"_s);
        QVERIFY(first.ok());

        m_clock->set(seoul(19, 42));
        const QString before = snapshot();
        // Either order, either code of each person.
        for (const auto &[codeA, codeB] : {std::pair{b.badgeCode, a.badgeCode}, std::pair{a.ticketCode, b.ticketCode},
                                           std::pair{b.ticketCode, a.badgeCode}}) {
            const BingoOutcome again = bingo().meet(codeA, codeB, u"Kiosk 2"_s);
            QCOMPARE(again.result, BingoResult::AlreadyMet);
            QCOMPARE(again.reason(), u"You two already met at 19:05."_s);
            QCOMPARE(again.meeting.id, first.meeting.id);
            QCOMPARE(again.meeting.at, seoul(19, 5));
            QCOMPARE(again.meeting.kiosk, u"Kiosk 1"_s);
        }
        const QString after = snapshot();
        QVERIFY2(after == before, qPrintable(test::firstDifference(before, after)));
    }

    void meet_beforeThePoolIsSetUp_refusedNotSetUpAndWritesNothing()
    {
        // No rules yet: the first card would fix the size; a refusal must not.
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"AI"_s});
        const Attendee b = test::addPlayer(store(), u"Bae Minho"_s, {u"ML"_s});
        const QString before = snapshot();

        const BingoOutcome meeting = bingo().meet(a.badgeCode, b.badgeCode, u"Kiosk 1"_s);
        QCOMPARE(meeting.result, BingoResult::NotSetUp);
        QVERIFY2(meeting.reason().contains(u"needs 8 keywords and the pool has 0"_s), qPrintable(meeting.reason()));
        const BingoOutcome identified = bingo().identify(a.badgeCode);
        QCOMPARE(identified.result, BingoResult::NotSetUp);

        const QString after = snapshot();
        QVERIFY2(after == before, qPrintable(test::firstDifference(before, after)));
        QCOMPARE(bingo().settings().cardSize, 0);
    }

    void identify_refused_writesNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("localHour");
        QTest::addColumn<BingoResult>("result");
        QTest::addRow("not checked in") << u"C"_s << 19 << BingoResult::NotCheckedIn;
        QTest::addRow("cancelled") << u"D"_s << 19 << BingoResult::Cancelled;
        QTest::addRow("kiosk closed") << u"A"_s << 23 << BingoResult::KioskClosed;
    }

    void identify_refused_writesNothing()
    {
        QFETCH(QString, who);
        QFETCH(int, localHour);
        QFETCH(BingoResult, result);
        BingoSettings settings = rules(3);
        settings.kioskOpens = QTime(18, 0);
        settings.kioskCloses = QTime(22, 0);
        QVERIFY(bingo().configure(settings, test::keywordPool(30)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"K01"_s});
        const Attendee c = test::addPlayer(store(), u"Chloe Choi"_s, {u"K04"_s}, false);
        const Attendee d = test::addPerson(store(), u"Dana Do"_s, AttendeeStatus::Cancelled);
        const Attendee &person = who == u"A" ? a : who == u"C" ? c : d;

        m_clock->set(seoul(localHour));
        const QString before = snapshot();
        const BingoOutcome outcome = bingo().identify(person.badgeCode);
        QCOMPARE(outcome.result, result);
        QVERIFY(!outcome.reason().isEmpty());
        const QString after = snapshot();
        QVERIFY2(after == before, qPrintable(test::firstDifference(before, after)));
        QCOMPARE(BingoStore(store()).cardCount(), 0);
    }

    // --- cards ----------------------------------------------------------

    void identify_dealsTheCardOnce_meetShowsTheSameCard()
    {
        QVERIFY(bingo().configure(rules(4, 1, false), test::keywordPool(40)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"Bae Minho"_s, {u"K02"_s});

        const BingoOutcome first = bingo().identify(a.badgeCode);
        QVERIFY(first.ok());
        const BingoCard card = first.first->card;
        QCOMPARE(card.size, 4);
        QVERIFY(card.isValid());
        QCOMPARE(card.filledCount(), 0);
        test::RawConnection raw(m_path);
        const QString createdAt = raw.scalar(u"SELECT created_at FROM bingo_cards WHERE attendee_id = ?"_s, {a.id}).toString();
        QCOMPARE(createdAt, toUtcText(seoul(19, 0)));

        // The deal is the seeded shuffle of the pool for this event and person.
        QList<qint64> poolIds;
        for (const BingoKeyword &keyword : bingo().keywordPool())
            poolIds << keyword.id;
        const QByteArray seed = store().eventInfo().eventId.toUtf8() + ':' + QByteArray::number(a.id);
        QCOMPARE(keywordIdsOf(card), BingoRules::dealCard(poolIds, 4, false, seed));

        m_clock->advanceMs(30 * 60'000);
        QCOMPARE(keywordIdsOf(bingo().identify(a.ticketCode).first->card), keywordIdsOf(card));
        const BingoOutcome meeting = bingo().meet(b.badgeCode, a.badgeCode, u"Kiosk 1"_s);
        QVERIFY(meeting.ok());
        QCOMPARE(keywordIdsOf(meeting.second->card), keywordIdsOf(card));
        QCOMPARE(keywordIdsOf(bingo().identify(a.badgeCode).first->card), keywordIdsOf(card));
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM bingo_cards WHERE attendee_id = ?"_s, {a.id}).toInt(), 1);
        QCOMPARE(raw.scalar(u"SELECT created_at FROM bingo_cards WHERE attendee_id = ?"_s, {a.id}).toString(), createdAt);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM bingo_squares WHERE attendee_id = ?"_s, {a.id}).toInt(), 16);
        // Two people, two different cards.
        QVERIFY(keywordIdsOf(meeting.first->card) != keywordIdsOf(card));
    }

    // --- whole games ----------------------------------------------------

    void game_meetingsUntilTheLinesNeeded_makeAWinner_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("freeCentre");
        QTest::addColumn<int>("linesToWin");
        QTest::addColumn<int>("meetingsNeeded");
        for (const int size : {3, 4, 5}) {
            for (const bool free : {true, false}) {
                const bool centre = BingoRules::hasFreeCentre(size, free);
                QTest::addRow("%dx%d%s, 1 line", size, size, free ? " free centre" : "")
                        << size << free << 1 << (centre ? size - 1 : size);
                QTest::addRow("%dx%d%s, 2 lines", size, size, free ? " free centre" : "")
                        << size << free << 2 << (centre ? 2 * size - 2 : 2 * size - 1);
            }
        }
    }

    void game_meetingsUntilTheLinesNeeded_makeAWinner()
    {
        QFETCH(int, size);
        QFETCH(bool, freeCentre);
        QFETCH(int, linesToWin);
        QFETCH(int, meetingsNeeded);
        QVERIFY(bingo().configure(rules(size, linesToWin, freeCentre), test::keywordPool(30)).ok());
        const Attendee player = test::addPlayer(store(), u"Player"_s, {u"K30"_s});
        const BingoCard card = cardOf(player);
        QCOMPARE(card.filledCount(), BingoRules::hasFreeCentre(size, freeCentre) ? 1 : 0);

        // The middle row, then the middle column: the free centre (if any) is on both.
        const int middle = size / 2;
        QList<int> positions;
        for (int i = 0; i < size; ++i)
            positions << middle * size + i;
        if (linesToWin == 2) {
            for (int i = 0; i < size; ++i) {
                if (!positions.contains(i * size + middle))
                    positions << i * size + middle;
            }
        }
        positions.removeIf([&](int position) { return card.squares.at(position).isFree(); });
        QCOMPARE(positions.size(), meetingsNeeded);

        QList<bool> mask = card.filledMask();
        for (int i = 0; i < positions.size(); ++i) {
            const int position = positions.at(i);
            // People name their keywords in any case or language.
            QString keyword = labelAt(card, position);
            if (i % 3 == 1)
                keyword = u"  "_s + keyword.toLower() + u" "_s;
            else if (i % 3 == 2)
                keyword = keyword.replace(u'K', u"키워드"_s);
            const Attendee partner = test::addPlayer(store(), u"Partner %1"_s.arg(i), {keyword});
            m_clock->advanceMs(3 * 60'000);

            const BingoOutcome outcome = bingo().meet(partner.badgeCode, player.ticketCode, u"Kiosk 1"_s);
            QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
            const BingoPlayer &me = *outcome.second;
            QCOMPARE(me.attendee.id, player.id);
            QCOMPARE(me.justFilled, QList<int>{position});
            QCOMPARE(me.card.squares.at(position).filledBy, partner.id);
            QCOMPARE(me.card.squares.at(position).filledMeeting, outcome.meeting.id);
            QCOMPARE(me.peopleMet, i + 1);
            mask[position] = true;
            QCOMPARE(me.card.lines, BingoRules::countLines(size, mask));
            const bool last = i == positions.size() - 1;
            QCOMPARE(me.card.lines >= linesToWin, last);
            QCOMPARE(me.wonNow, last);
            QCOMPARE(me.winnerRank, last ? 1 : 0);
            QCOMPARE(me.card.wonAt.isValid(), last);
            if (last) {
                QCOMPARE(me.card.lines, linesToWin);
                QCOMPARE(me.card.wonAt, m_clock->nowUtc());
            }
            QVERIFY(!outcome.first->wonNow);
        }

        const QList<BingoWinner> winners = BingoStore(store()).winners();
        QCOMPARE(winners.size(), 1);
        QCOMPARE(winners.first().attendeeId, player.id);
        QCOMPARE(winners.first().rank, 1);
        QCOMPARE(winners.first().lines, linesToWin);
        QCOMPARE(winners.first().peopleMet, meetingsNeeded);
        QCOMPARE(winners.first().wonAt, m_clock->nowUtc());
        const test::BingoCheck check = invariants();
        QVERIFY2(check.ok(), qPrintable(check.report()));
        QCOMPARE(check.winners, 1);
        QCOMPARE(check.meetings, meetingsNeeded);
    }

    void meet_bothWinInTheSameMeeting_ranksOneAndTwoByAttendeeOrder()
    {
        QVERIFY(bingo().configure(rules(3, 1, true), test::keywordPool(30)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {});
        const Attendee b = test::addPlayer(store(), u"Bae Minho"_s, {});
        QVERIFY(a.id < b.id);
        const BingoCard cardA = cardOf(a);
        const BingoCard cardB = cardOf(b);
        // Each has the left square of the middle row; the other's keyword gives the right one.
        QVERIFY(fillBy(a, {3}, u"Helper A"_s).ok());
        QVERIFY(fillBy(b, {3}, u"Helper B"_s).ok());
        bingo().setKeywords(a.id, {labelAt(cardB, 5)});
        bingo().setKeywords(b.id, {labelAt(cardA, 5)});

        m_clock->set(seoul(20, 0));
        const BingoOutcome outcome = bingo().meet(b.badgeCode, a.badgeCode, u"Kiosk 1"_s); // b scanned first
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
        QCOMPARE(outcome.first->attendee.id, b.id);
        QVERIFY(outcome.first->wonNow);
        QVERIFY(outcome.second->wonNow);
        QCOMPARE(outcome.second->winnerRank, 1); // a: lower attendee id
        QCOMPARE(outcome.first->winnerRank, 2);
        QCOMPARE(outcome.first->card.wonAt, seoul(20, 0));
        QCOMPARE(outcome.second->card.wonAt, seoul(20, 0));

        BingoStore bingoStore(store());
        const QList<BingoWinner> winners = bingoStore.winners();
        QCOMPARE(winners.size(), 2);
        QCOMPARE(winners.at(0).attendeeId, a.id);
        QCOMPARE(winners.at(0).rank, 1);
        QCOMPARE(winners.at(1).attendeeId, b.id);
        QCOMPARE(winners.at(1).rank, 2);
        QCOMPARE(bingoStore.winnerRank(a.id), 1);
        QCOMPARE(bingoStore.winnerRank(b.id), 2);
        // (No replay of the invariants here: the keywords changed after the
        // helpers' meetings, and a meeting fills with the keywords of its moment.)
    }

    void winners_rankedByTheTimeTheyReachedTheLines()
    {
        QVERIFY(bingo().configure(rules(3, 1, true), test::keywordPool(30)).ok());
        const Attendee x = test::addPlayer(store(), u"Xu"_s, {});
        const Attendee y = test::addPlayer(store(), u"Yoon"_s, {});
        const Attendee z = test::addPlayer(store(), u"Zhang"_s, {});

        // Z (the last registered) wins first, then X, then Y.
        m_clock->set(seoul(19, 10));
        QVERIFY(fillBy(z, {3, 5}, u"Helper Z"_s).ok());
        m_clock->set(seoul(19, 20));
        QVERIFY(fillBy(x, {3}, u"Helper X1"_s).ok()); // one short
        m_clock->set(seoul(19, 25));
        QVERIFY(fillBy(x, {5}, u"Helper X2"_s).ok());
        m_clock->set(seoul(19, 30));
        const BingoOutcome yWins = fillBy(y, {1, 7}, u"Helper Y"_s);
        QVERIFY(yWins.ok());
        QCOMPARE(yWins.second->winnerRank, 3);

        // A later meeting adds a line to Z but not a second win.
        m_clock->set(seoul(19, 40));
        const BingoOutcome more = fillBy(z, {0, 6}, u"Helper Z2"_s); // left column with square 3
        QVERIFY(more.ok());
        QCOMPARE(more.second->card.lines, 2);
        QVERIFY(!more.second->wonNow);
        QCOMPARE(more.second->card.wonAt, seoul(19, 10));

        BingoStore bingoStore(store());
        const QList<BingoWinner> winners = bingoStore.winners();
        QCOMPARE(winners.size(), 3);
        QCOMPARE(winners.at(0).attendeeId, z.id);
        QCOMPARE(winners.at(0).wonAt, seoul(19, 10));
        QCOMPARE(winners.at(0).lines, 2);
        QCOMPARE(winners.at(1).attendeeId, x.id);
        QCOMPARE(winners.at(1).wonAt, seoul(19, 25));
        QCOMPARE(winners.at(2).attendeeId, y.id);
        QCOMPARE(winners.at(2).rank, 3);
        const QList<BingoWinner> latest = bingoStore.latestWinners(2);
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.at(0).attendeeId, y.id);
        QCOMPARE(latest.at(0).rank, 3);
        QCOMPARE(latest.at(1).attendeeId, x.id);
        QCOMPARE(latest.at(1).rank, 2);
        QCOMPARE(bingoStore.winnerCount(), 3);
        QCOMPARE(store().stats().winners, 3);
        const test::BingoCheck check = invariants();
        QVERIFY2(check.ok(), qPrintable(check.report()));
    }

    // --- rules ----------------------------------------------------------

    void configure_refused_writesNothing_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("linesToWin");
        QTest::addColumn<bool>("freeCentre");
        QTest::addColumn<QString>("pool");
        QTest::addColumn<QString>("reasonHas");
        QTest::addRow("size 2") << 2 << 1 << true << u"30"_s << u"3, 4 or 5"_s;
        QTest::addRow("size 6") << 6 << 1 << true << u"30"_s << u"3, 4 or 5"_s;
        QTest::addRow("size -3") << -3 << 1 << true << u"30"_s << u"3, 4 or 5"_s;
        QTest::addRow("no lines to win") << 3 << 0 << true << u"30"_s << u"between 1 and 8 on a 3×3 card"_s;
        QTest::addRow("9 lines on 3x3") << 3 << 9 << true << u"30"_s << u"between 1 and 8 on a 3×3 card"_s;
        QTest::addRow("11 lines on 4x4") << 4 << 11 << false << u"30"_s << u"between 1 and 10 on a 4×4 card"_s;
        QTest::addRow("13 lines on 5x5") << 5 << 13 << true << u"30"_s << u"between 1 and 12 on a 5×5 card"_s;
        QTest::addRow("English label twice, other case") << 3 << 1 << true << u"dup-en"_s << u"“k01” appears twice"_s;
        QTest::addRow("Korean label twice") << 3 << 1 << true << u"dup-ko"_s << u"“키워드02” appears twice"_s;
        QTest::addRow("Korean label = another English label") << 3 << 1 << true << u"dup-cross"_s
                                                              << u"“K05” appears twice"_s;
        QTest::addRow("label twice, once with spaces") << 3 << 1 << true << u"dup-spaces"_s << u"“K03” appears twice"_s;
        QTest::addRow("keyword without labels") << 3 << 1 << true << u"blank"_s << u"Korean or an English label"_s;
        QTest::addRow("3x3 free centre, 7 keywords") << 3 << 1 << true << u"7"_s << u"needs 8 keywords; the pool has 7"_s;
        QTest::addRow("3x3, 8 keywords") << 3 << 1 << false << u"8"_s << u"needs 9 keywords; the pool has 8"_s;
        QTest::addRow("4x4, 15 keywords") << 4 << 1 << true << u"15"_s << u"needs 16 keywords; the pool has 15"_s;
        QTest::addRow("5x5 free centre, 23 keywords") << 5 << 1 << true << u"23"_s << u"needs 24 keywords; the pool has 23"_s;
        QTest::addRow("5x5, current pool too small") << 5 << 1 << false << u"keep"_s << u"needs 25 keywords; the pool has 24"_s;
        QTest::addRow("kiosk opens and closes at once") << 3 << 1 << true << u"same-hours"_s << u"same time (19:00)"_s;
    }

    void configure_refused_writesNothing()
    {
        QFETCH(int, size);
        QFETCH(int, linesToWin);
        QFETCH(bool, freeCentre);
        QFETCH(QString, pool);
        QFETCH(QString, reasonHas);
        QVERIFY(bingo().configure(rules(5, 2, true), test::keywordPool(24)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"K01"_s});
        cardOf(a);

        BingoSettings settings = rules(size, linesToWin, freeCentre);
        std::optional<QList<BingoKeyword>> keywords = test::keywordPool(30);
        bool ok = false;
        const int count = pool.toInt(&ok);
        if (ok)
            keywords = test::keywordPool(count);
        else if (pool == u"dup-en")
            *keywords << BingoKeyword{0, u"새 키워드"_s, u"k01"_s, {}};
        else if (pool == u"dup-ko")
            *keywords << BingoKeyword{0, u"키워드02"_s, u"Something"_s, {}};
        else if (pool == u"dup-cross")
            *keywords << BingoKeyword{0, u"K05"_s, u"Other"_s, {}};
        else if (pool == u"dup-spaces")
            *keywords << BingoKeyword{0, u"다른"_s, u"  K03 "_s, {}};
        else if (pool == u"blank")
            *keywords << BingoKeyword{0, u" "_s, QString(), u"C9"_s};
        else if (pool == u"keep")
            keywords.reset();
        else if (pool == u"same-hours")
            settings.kioskOpens = settings.kioskCloses = QTime(19, 0);

        const QString before = snapshot();
        const BingoOutcome outcome = bingo().configure(settings, keywords);
        QCOMPARE(outcome.result, BingoResult::BadRules);
        QVERIFY2(outcome.reason().contains(reasonHas), qPrintable(outcome.reason()));
        const QString after = snapshot();
        QVERIFY2(after == before, qPrintable(test::firstDifference(before, after)));
    }

    void configure_poolJustBigEnough_accepted_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("freeCentre");
        QTest::addColumn<int>("poolSize");
        QTest::addRow("3x3 free centre: 8") << 3 << true << 8;
        QTest::addRow("3x3: 9") << 3 << false << 9;
        QTest::addRow("4x4 free centre wanted: 16") << 4 << true << 16;
        QTest::addRow("5x5 free centre: 24") << 5 << true << 24;
        QTest::addRow("5x5: 25") << 5 << false << 25;
    }

    void configure_poolJustBigEnough_accepted()
    {
        QFETCH(int, size);
        QFETCH(bool, freeCentre);
        QFETCH(int, poolSize);
        const BingoOutcome outcome = bingo().configure(rules(size, BingoRules::maxLines(size), freeCentre),
                                                       test::keywordPool(poolSize));
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
        QCOMPARE(bingo().settings().cardSize, size);
        QCOMPARE(bingo().settings().linesToWin, BingoRules::maxLines(size));
        QCOMPARE(bingo().keywordPool().size(), poolSize);
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {});
        const BingoCard card = cardOf(a);
        QCOMPARE(card.size, size);
        QList<qint64> ids = keywordIdsOf(card);
        ids.removeAll(0);
        QCOMPARE(ids.size(), poolSize); // the whole pool is on the card
    }

    // "Automatic" follows the registrations until the first card is dealt (an
    // organizer may set the keywords before importing anyone); then the size
    // is fixed, and "automatic" means "keep it".
    void configure_sizeNotChosen_followsRegistrationsUntilTheFirstCard()
    {
        for (int i = 0; i < 31; ++i)
            test::addPerson(store(), u"Person %1"_s.arg(i));
        const QList<BingoKeyword> pool = test::keywordPool(30);
        QVERIFY(bingo().configure(rules(0, 2, true), pool).ok());
        QCOMPARE(bingo().settings().cardSize, 0);
        QCOMPARE(bingo().cardSize(), 4);
        for (int i = 31; i < 101; ++i)
            test::addPerson(store(), u"Person %1"_s.arg(i));
        QCOMPARE(bingo().cardSize(), 5);

        const Attendee first = test::addPlayer(store(), u"Ahn Jiwoo"_s, {});
        QVERIFY(bingo().identify(first.badgeCode).ok());
        QCOMPARE(bingo().settings().cardSize, 5);
        QCOMPARE(cardOf(first).size, 5);

        QVERIFY(bingo().configure(rules(0, 1, true), bingo().keywordPool()).ok());
        QCOMPARE(bingo().settings().cardSize, 5);
        QCOMPARE(cardOf(first).size, 5); // kept, not dealt again
    }

    void configure_keywordWithTheSameKoreanAndEnglishLabel_accepted()
    {
        QList<BingoKeyword> pool = test::keywordPool(8);
        pool << BingoKeyword{0, u"LLM"_s, u"LLM"_s, u"AI"_s} << BingoKeyword{0, u"Rust"_s, u"rust"_s, {}};
        const BingoOutcome outcome = bingo().configure(rules(3), pool);
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
        QCOMPARE(bingo().keywordPool().size(), 10);
        // ...but the word still cannot name a second keyword.
        pool << BingoKeyword{0, u"엘엘엠"_s, u"llm"_s, {}};
        QCOMPARE(bingo().configure(rules(3), pool).result, BingoResult::BadRules);
    }

    void configure_afterMeetings_cardsFrozen_linesToWinAndHoursStillChange()
    {
        QVERIFY(bingo().configure(rules(3, 1, true), test::keywordPool(30)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"Bae Minho"_s, {u"K02"_s});
        QVERIFY(bingo().meet(a.badgeCode, b.badgeCode, u"Kiosk 1"_s).ok());

        const QString before = snapshot();
        const BingoOutcome bigger = bingo().configure(rules(4, 1, true));
        QCOMPARE(bigger.result, BingoResult::BadRules);
        QVERIFY2(bigger.reason().contains(u"already recorded"_s), qPrintable(bigger.reason()));
        QCOMPARE(bingo().configure(rules(3, 1, false)).result, BingoResult::BadRules);           // free centre off
        QCOMPARE(bingo().configure(rules(3, 1, true), test::keywordPool(31)).result, BingoResult::BadRules);
        QList<BingoKeyword> renamed = test::keywordPool(30);
        renamed[4].labelEn = u"Rust"_s;
        QCOMPARE(bingo().configure(rules(3, 1, true), renamed).result, BingoResult::BadRules);
        const QString after = snapshot();
        QVERIFY2(after == before, qPrintable(test::firstDifference(before, after)));

        // What does not touch the cards still changes, also with the pool sent back as it is.
        BingoSettings changed = rules(3, 3, true, false);
        changed.kioskOpens = QTime(18, 0);
        changed.kioskCloses = QTime(23, 30);
        changed.bigScreenFirstNamesOnly = true;
        const BingoOutcome outcome = bingo().configure(changed, test::keywordPool(30));
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
        const BingoSettings stored = bingo().settings();
        QCOMPARE(stored.linesToWin, 3);
        QCOMPARE(stored.meetingNeedsCheckIn, false);
        QCOMPARE(stored.kioskOpens, QTime(18, 0));
        QCOMPARE(stored.kioskCloses, QTime(23, 30));
        QCOMPARE(stored.bigScreenFirstNamesOnly, true);
        QVERIFY(bingo().configure(rules(3, 2, true)).ok());
        QCOMPARE(bingo().settings().linesToWin, 2);
        QCOMPARE(BingoStore(store()).cardCount(), 2);
        QCOMPARE(BingoStore(store()).meetingCount(), 1);
        const test::BingoCheck check = invariants();
        QVERIFY2(check.ok(), qPrintable(check.report()));
    }

    void configure_freeCentreOnAnEvenCardAfterMeetings_isNoChange()
    {
        QVERIFY(bingo().configure(rules(4, 1, false), test::keywordPool(30)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"Bae Minho"_s, {u"K02"_s});
        QVERIFY(bingo().meet(a.badgeCode, b.badgeCode, u"Kiosk 1"_s).ok());
        const BingoOutcome outcome = bingo().configure(rules(4, 2, true));
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
        QCOMPARE(BingoStore(store()).cardCount(), 2);
    }

    void configure_beforeMeetings_newSizeOrPoolDealsCardsAgain()
    {
        QVERIFY(bingo().configure(rules(3), test::keywordPool(30)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"K01"_s});
        QCOMPARE(cardOf(a).size, 3);
        QVERIFY(bingo().configure(rules(5)).ok());
        QCOMPARE(cardOf(a).size, 5);
        QVERIFY(bingo().configure(rules(5), test::keywordPool(40)).ok());
        const BingoCard card = cardOf(a);
        QCOMPARE(card.size, 5);
        QList<qint64> poolIds;
        for (const BingoKeyword &keyword : bingo().keywordPool())
            poolIds << keyword.id;
        for (const qint64 id : keywordIdsOf(card))
            QVERIFY(id == 0 || poolIds.contains(id));
        QCOMPARE(BingoStore(store()).cardCount(), 1);
    }

    void configure_fewerLinesToWinAfterMeetings_cardsWithEnoughLinesWinNow()
    {
        QVERIFY(bingo().configure(rules(3, 2, true), test::keywordPool(30)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {});
        const Attendee b = test::addPlayer(store(), u"Bae Minho"_s, {});
        m_clock->set(seoul(19, 10));
        const BingoOutcome oneLine = fillBy(a, {3, 5}, u"Helper A"_s);
        QVERIFY(oneLine.ok());
        QCOMPARE(oneLine.second->card.lines, 1);
        QVERIFY(!oneLine.second->wonNow);
        QVERIFY(fillBy(b, {3}, u"Helper B"_s).ok()); // no line

        m_clock->set(seoul(19, 30));
        QVERIFY(bingo().configure(rules(3, 1, true)).ok());
        BingoStore bingoStore(store());
        QCOMPARE(bingoStore.winnerRank(a.id), 1);
        QCOMPARE(bingoStore.card(a.id)->wonAt, seoul(19, 30));
        QCOMPARE(bingoStore.winnerRank(b.id), 0);

        // More lines needed again: the win stands (it may have been celebrated and rewarded).
        QVERIFY(bingo().configure(rules(3, 3, true)).ok());
        QCOMPARE(bingoStore.winnerRank(a.id), 1);
        QCOMPARE(bingoStore.card(a.id)->wonAt, seoul(19, 30));
    }

    void meet_checkInNotRequired_recordsPeopleNotCheckedIn()
    {
        QVERIFY(bingo().configure(rules(3, 1, true, false), test::keywordPool(30)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"K01"_s}, false);
        const Attendee b = test::addPlayer(store(), u"Bae Minho"_s, {u"K02"_s}, false);
        const Attendee d = test::addPerson(store(), u"Dana Do"_s, AttendeeStatus::Cancelled);
        QVERIFY(bingo().identify(a.badgeCode).ok());
        const BingoOutcome outcome = bingo().meet(a.badgeCode, b.badgeCode, u"Kiosk 1"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
        // A cancelled registration still does not play.
        QCOMPARE(bingo().meet(a.badgeCode, d.badgeCode, u"Kiosk 1"_s).result, BingoResult::Cancelled);
    }

    void meet_kioskHours_openFromOpeningUntilClosing()
    {
        BingoSettings settings = rules(3);
        settings.kioskOpens = QTime(22, 0); // an after-party past midnight
        settings.kioskCloses = QTime(1, 0);
        QVERIFY(bingo().configure(settings, test::keywordPool(30)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"Bae Minho"_s, {u"K02"_s});
        const Attendee c = test::addPlayer(store(), u"Cho Yuna"_s, {u"K03"_s});

        m_clock->set(seoul(21, 59));
        const BingoOutcome early = bingo().meet(a.badgeCode, b.badgeCode, u"Kiosk 1"_s);
        QCOMPARE(early.result, BingoResult::KioskClosed);
        QCOMPARE(early.reason(), u"The bingo is open from 22:00 to 01:00."_s);
        m_clock->set(seoul(22, 0));
        QVERIFY(bingo().meet(a.badgeCode, b.badgeCode, u"Kiosk 1"_s).ok());
        m_clock->set(seoul(23, 59).addSecs(60 * 60)); // 00:59 the next day
        QVERIFY(bingo().meet(a.badgeCode, c.badgeCode, u"Kiosk 1"_s).ok());
        m_clock->set(seoul(23, 59).addSecs(61 * 60)); // 01:00
        QCOMPARE(bingo().meet(b.badgeCode, c.badgeCode, u"Kiosk 1"_s).result, BingoResult::KioskClosed);
        QCOMPARE(bingo().identify(c.badgeCode).result, BingoResult::KioskClosed);
    }

    // --- prizes ---------------------------------------------------------

    void handOverPrize_notAWinner_refusedAndWritesNothing()
    {
        QVERIFY(bingo().configure(rules(3), test::keywordPool(30)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {});
        const Attendee b = test::addPlayer(store(), u"Bae Minho"_s, {});
        QVERIFY(fillBy(b, {3}, u"Helper"_s).ok()); // b plays, no line yet

        const QString before = snapshot();
        const BingoOutcome noCard = bingo().handOverPrize(a.badgeCode, u"Desk 1"_s);
        QCOMPARE(noCard.result, BingoResult::NotWinner);
        QCOMPARE(noCard.reason(), u"Ahn Jiwoo has not completed a bingo yet."_s);
        QCOMPARE(bingo().handOverPrize(b.id, u"Desk 1"_s).result, BingoResult::NotWinner);
        QCOMPARE(bingo().handOverPrize(u"FESTA-0000"_s, u"Desk 1"_s).result, BingoResult::UnknownCode);
        QCOMPARE(bingo().handOverPrize(qint64(9999), u"Desk 1"_s).result, BingoResult::UnknownCode);
        const QString after = snapshot();
        QVERIFY2(after == before, qPrintable(test::firstDifference(before, after)));
    }

    void handOverPrize_winner_recordedOnce_secondTimeSaysWhenAndWho()
    {
        QVERIFY(bingo().configure(rules(3), test::keywordPool(30)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {});
        QVERIFY(fillBy(a, {3, 5}, u"Helper"_s).ok());

        m_clock->set(seoul(20, 15));
        const BingoOutcome given = bingo().handOverPrize(a.badgeCode, u"Minji (staff)"_s);
        QVERIFY2(given.ok(), qPrintable(given.reason()));
        QCOMPARE(given.prize->attendeeId, a.id);
        QCOMPARE(given.prize->at, seoul(20, 15));
        QCOMPARE(given.prize->givenBy, u"Minji (staff)"_s);
        {
            test::RawConnection raw(m_path);
            QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM prize_handovers"_s).toInt(), 1);
            QCOMPARE(raw.scalar(u"SELECT given_by FROM prize_handovers WHERE attendee_id = ?"_s, {a.id}).toString(),
                     u"Minji (staff)"_s);
        }

        m_clock->set(seoul(20, 40));
        const QString before = snapshot();
        for (const BingoOutcome &again : {bingo().handOverPrize(a.ticketCode, u"Joon (staff)"_s),
                                          bingo().handOverPrize(a.id, u"Joon (staff)"_s)}) {
            QCOMPARE(again.result, BingoResult::PrizeAlreadyGiven);
            QCOMPARE(again.reason(), u"Ahn Jiwoo already collected the prize at 20:15 (Minji (staff))."_s);
            QCOMPARE(again.prize->at, seoul(20, 15));
            QCOMPARE(again.prize->givenBy, u"Minji (staff)"_s);
        }
        const QString after = snapshot();
        QVERIFY2(after == before, qPrintable(test::firstDifference(before, after)));

        const QList<BingoWinner> winners = BingoStore(store()).winners();
        QCOMPARE(winners.size(), 1);
        QCOMPARE(winners.first().prizeGivenAt, seoul(20, 15));
        QCOMPARE(winners.first().prizeGivenBy, u"Minji (staff)"_s);
        const test::BingoCheck check = invariants();
        QVERIFY2(check.ok(), qPrintable(check.report()));
        QCOMPARE(check.prizes, 1);
    }

    // --- keywords -------------------------------------------------------

    void poolKeywordsOf_eitherLabelIgnoringCase_data()
    {
        QTest::addColumn<QStringList>("keywords");
        QTest::addColumn<QList<int>>("poolIndexes");
        QTest::addRow("English as in the pool") << QStringList{u"K01"_s} << QList<int>{0};
        QTest::addRow("English in lower case") << QStringList{u"k01"_s} << QList<int>{0};
        QTest::addRow("Korean") << QStringList{u"키워드02"_s} << QList<int>{1};
        QTest::addRow("spaces around") << QStringList{u"  K03 \t"_s} << QList<int>{2};
        QTest::addRow("several words, any case") << QStringList{u"machine LEARNING"_s} << QList<int>{3};
        QTest::addRow("Korean of a multi-word keyword") << QStringList{u"머신러닝"_s} << QList<int>{3};
        QTest::addRow("one keyword named twice") << QStringList{u"K01"_s, u"키워드01"_s} << QList<int>{0};
        QTest::addRow("three in pool order of naming") << QStringList{u"K03"_s, u"k01"_s, u"키워드02"_s}
                                                       << QList<int>{2, 0, 1};
        QTest::addRow("not in the pool") << QStringList{u"Kubernetes"_s} << QList<int>{};
        QTest::addRow("only part of a label") << QStringList{u"K0"_s, u"machine"_s} << QList<int>{};
        QTest::addRow("empty and blank") << QStringList{QString(), u"  "_s} << QList<int>{};
        QTest::addRow("same word in both labels") << QStringList{u"llm"_s} << QList<int>{4};
    }

    void poolKeywordsOf_eitherLabelIgnoringCase()
    {
        QFETCH(QStringList, keywords);
        QFETCH(QList<int>, poolIndexes);
        QList<BingoKeyword> pool = test::keywordPool(3);
        pool << BingoKeyword{0, u"머신러닝"_s, u"Machine Learning"_s, {}} << BingoKeyword{0, u"LLM"_s, u"LLM"_s, {}};
        for (int i = 0; i < pool.size(); ++i)
            pool[i].id = 100 + i;
        QList<qint64> expected;
        for (const int index : poolIndexes)
            expected << pool.at(index).id;
        QCOMPARE(BingoService::poolKeywordsOf(keywords, pool), expected);
    }

    void meet_keywordsNamedInAnyCaseOrLanguage_fillSquares()
    {
        QVERIFY(bingo().configure(rules(3, 1, false), test::keywordPool(9)).ok()); // every keyword on every card
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"k01"_s, u"키워드02"_s, u" K03 "_s});
        const Attendee b = test::addPlayer(store(), u"Bae Minho"_s, {u"Kubernetes"_s});
        const BingoOutcome outcome = bingo().meet(a.badgeCode, b.badgeCode, u"Kiosk 1"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
        QCOMPARE(outcome.second->justFilled.size(), 3);
        QCOMPARE(outcome.first->justFilled.size(), 0);
        QCOMPARE(outcome.first->needsKeywords, false);
        QCOMPARE(outcome.second->needsKeywords, true); // the kiosk asks b for keywords
        QSet<QString> filledLabels;
        for (const int position : outcome.second->justFilled)
            filledLabels.insert(labelAt(outcome.second->card, position));
        QCOMPARE(filledLabels, (QSet<QString>{u"K01"_s, u"K02"_s, u"K03"_s}));
    }

    void setKeywords_keepsThreeAndDropsDuplicates()
    {
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"Old"_s});
        bingo().setKeywords(a.id, {u"AI"_s, u"ai"_s, u" ML "_s, QString(), u"  "_s, u"Rust"_s, u"Go"_s});
        QCOMPARE(store().attendee(a.id)->keywords, (QStringList{u"AI"_s, u"ML"_s, u"Rust"_s}));
        bingo().setKeywords(a.id, {u"키워드01"_s});
        QCOMPARE(store().attendee(a.id)->keywords, QStringList{u"키워드01"_s});
        bingo().setKeywords(a.id, {});
        QCOMPARE(store().attendee(a.id)->keywords, QStringList{});
    }

    // --- the database's own guards --------------------------------------

    void database_squareFilledTwice_refused()
    {
        QVERIFY(bingo().configure(rules(3, 1, false), test::keywordPool(9)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"Bae Minho"_s, {u"K02"_s});
        const Attendee c = test::addPlayer(store(), u"Cho Yuna"_s, {u"K01"_s});
        const BingoOutcome ab = bingo().meet(a.badgeCode, b.badgeCode, u"Kiosk 1"_s);
        const BingoOutcome cb = bingo().meet(c.badgeCode, b.badgeCode, u"Kiosk 1"_s);
        QVERIFY(ab.ok() && cb.ok());
        QCOMPARE(cb.second->justFilled.size(), 0); // K01 was filled on b's card by a

        test::RawConnection raw(m_path);
        const QString error = raw.exec(u"UPDATE bingo_squares SET filled_by = ?, filled_meeting = ? "
                                       "WHERE attendee_id = ? AND filled_meeting IS NOT NULL"_s,
                                       {c.id, cb.meeting.id, b.id});
        QVERIFY2(error.contains(u"a bingo square is filled once"_s), qPrintable(error));
        QCOMPARE(raw.exec(u"UPDATE bingo_squares SET filled_meeting = NULL WHERE attendee_id = ? "
                          "AND filled_meeting IS NOT NULL"_s, {b.id})
                         .contains(u"filled once"_s),
                 true);
        // An empty square can still be filled (that is how meetings fill them).
        QCOMPARE(raw.exec(u"UPDATE bingo_squares SET filled_by = ?, filled_meeting = ? WHERE attendee_id = ? "
                          "AND filled_meeting IS NULL AND position = (SELECT MIN(position) FROM bingo_squares "
                          "WHERE attendee_id = ? AND filled_meeting IS NULL)"_s,
                          {c.id, cb.meeting.id, b.id, b.id}),
                 QString());
        QCOMPARE(raw.scalar(u"SELECT filled_by FROM bingo_squares WHERE attendee_id = ? AND filled_meeting = ?"_s,
                            {b.id, ab.meeting.id}).toLongLong(),
                 a.id);
    }

    void database_winTimeChanged_refused()
    {
        QVERIFY(bingo().configure(rules(3), test::keywordPool(30)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {});
        QVERIFY(fillBy(a, {3, 5}, u"Helper"_s).ok());
        test::RawConnection raw(m_path);
        const QString wonAt = raw.scalar(u"SELECT won_at FROM bingo_cards WHERE attendee_id = ?"_s, {a.id}).toString();
        QCOMPARE(wonAt, toUtcText(seoul(19, 0)));

        QVERIFY(raw.exec(u"UPDATE bingo_cards SET won_at = ? WHERE attendee_id = ?"_s,
                         {toUtcText(seoul(18, 0)), a.id})
                        .contains(u"a bingo win is recorded once"_s));
        QVERIFY(raw.exec(u"UPDATE bingo_cards SET won_at = NULL WHERE attendee_id = ?"_s, {a.id})
                        .contains(u"recorded once"_s));
        // Lines still change, and writing the same time again is no change.
        QCOMPARE(raw.exec(u"UPDATE bingo_cards SET lines = lines + 1, won_at = won_at WHERE attendee_id = ?"_s, {a.id}),
                 QString());
        QCOMPARE(raw.scalar(u"SELECT won_at FROM bingo_cards WHERE attendee_id = ?"_s, {a.id}).toString(), wonAt);
    }

    void database_meetingUpdatedDeletedOrRepeated_refused()
    {
        QVERIFY(bingo().configure(rules(3), test::keywordPool(30)).ok());
        const Attendee a = test::addPlayer(store(), u"Ahn Jiwoo"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(store(), u"Bae Minho"_s, {u"K02"_s});
        const BingoOutcome met = bingo().meet(a.badgeCode, b.badgeCode, u"Kiosk 1"_s);
        QVERIFY(met.ok());

        test::RawConnection raw(m_path);
        QVERIFY(raw.exec(u"UPDATE meetings SET at_utc = ? WHERE id = ?"_s, {toUtcText(seoul(18, 0)), met.meeting.id})
                        .contains(u"meetings are append-only"_s));
        QVERIFY(raw.exec(u"UPDATE meetings SET kiosk = 'elsewhere'"_s).contains(u"append-only"_s));
        QVERIFY(raw.exec(u"DELETE FROM meetings WHERE id = ?"_s, {met.meeting.id}).contains(u"append-only"_s));
        const QString insert = u"INSERT INTO meetings (attendee_lo, attendee_hi, at_utc, kiosk, nonce) "
                               "VALUES (?, ?, ?, 'Kiosk 9', ?)"_s;
        QVERIFY(!raw.exec(insert, {met.meeting.attendeeLo, met.meeting.attendeeHi, toUtcText(seoul(20, 0)),
                                   u"n1"_s}).isEmpty());  // the same pair again
        QVERIFY(!raw.exec(insert, {met.meeting.attendeeHi, met.meeting.attendeeLo, toUtcText(seoul(20, 0)),
                                   u"n2"_s}).isEmpty());  // the same pair, reversed
        QVERIFY(!raw.exec(insert, {a.id, a.id, toUtcText(seoul(20, 0)), u"n3"_s}).isEmpty());  // one person
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM meetings"_s).toInt(), 1);
        QCOMPARE(raw.scalar(u"SELECT at_utc FROM meetings"_s).toString(), toUtcText(seoul(19, 0)));
        // A card is dealt once.
        QVERIFY(!raw.exec(u"INSERT INTO bingo_cards (attendee_id, size, created_at) VALUES (?, 3, 'x')"_s, {a.id})
                         .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBingoService)
#include "tst_bingoservice.moc"
