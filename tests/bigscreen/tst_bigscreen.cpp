// The projector window on a real event file: what it shows is what the store
// holds, it follows other connections by itself, shortens names when asked,
// and lets the organizer out with Esc.
#include "BingoTestSupport.h"

#include "bigscreen/BigScreenWidgets.h"
#include "bigscreen/BigScreenWindow.h"
#include "bigscreen/ShortName.h"
#include "storage/BingoStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QRandomGenerator>
#include <QScreen>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

QString clockTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(u"HH:mm"_s);
}

// Three keywords per player from a pool of `poolSize` ("K01".."Knn"), spread
// so that different players bring different keywords.
QStringList keywordsFor(int index, int poolSize)
{
    const auto keyword = [](int n) { return u"K%1"_s.arg(n, 2, 10, QChar(u'0')); };
    return {keyword(index % poolSize + 1), keyword((index * 3 + 1) % poolSize + 1),
            keyword((index * 5 + 2) % poolSize + 1)};
}

QList<Attendee> addPlayers(EventStore &store, const QStringList &names, int poolSize)
{
    QList<Attendee> players;
    // One transaction for the lot: the nested writes join it.
    store.write([&] {
        for (qsizetype i = 0; i < names.size(); ++i)
            players << test::addPlayer(store, names.at(i), keywordsFor(int(i), poolSize));
    });
    return players;
}

// Meetings `from`..`from + count - 1` of a fixed order: everybody meets their
// neighbour at distance 1, then 2... (distinct pairs while under n·(n−1)/2),
// a minute apart on the kiosk clock.
int meetInRounds(EventStore &store, FakeClock &clock, const QList<Attendee> &players, int count, int from = 0)
{
    BingoService bingo(store, clock);
    const int n = int(players.size());
    int recorded = 0;
    store.write([&] {
        for (int k = from; k < from + count; ++k) {
            const int distance = k / n + 1;
            const int a = k % n;
            const int b = (a + distance) % n;
            clock.advanceMs(60'000);
            if (bingo.meet(players.at(a).badgeCode, players.at(b).badgeCode, u"Kiosk 1"_s).ok())
                ++recorded;
        }
    });
    return recorded;
}

// `count` meetings between people picked at random (seeded), some far more
// sociable than others, 20–90 s apart: what a real evening looks like.
void meetAtRandom(EventStore &store, FakeClock &clock, const QList<Attendee> &players, int count)
{
    QRandomGenerator random(7);
    BingoService bingo(store, clock);
    const auto pick = [&] {
        // The square favours low indexes: a few people meet many.
        const double r = random.generateDouble();
        return int(r * r * players.size());
    };
    store.write([&] {
        for (int recorded = 0, attempts = 0; recorded < count && attempts < count * 20; ++attempts) {
            const int a = pick();
            const int b = int(random.bounded(players.size()));
            clock.advanceMs(random.bounded(20'000, 90'000));
            if (a != b && bingo.meet(players.at(a).badgeCode, players.at(b).badgeCode, u"Kiosk 1"_s).ok())
                ++recorded;
        }
    });
}

QStringList names(const QList<BingoWinner> &winners)
{
    QStringList result;
    for (const BingoWinner &w : winners)
        result << w.name;
    return result;
}

} // namespace

class TestBigScreen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<EventFile> m_event;
    std::unique_ptr<EventFile> m_otherConnection;
    std::unique_ptr<BigScreenWindow> m_window;
    FakeClock m_clock{test::eventDayUtc(10)};

    EventStore &store() { return m_event->store(); }
    QString text(const QString &objectName)
    {
        const auto *label = m_window->findChild<QLabel *>(objectName);
        return label ? label->text() : u"<no %1>"_s.arg(objectName);
    }
    BigScreenList *list(const QString &objectName) { return m_window->findChild<BigScreenList *>(objectName); }

    void openWindow(int width = 1366, int height = 768)
    {
        m_window = std::make_unique<BigScreenWindow>(*m_event);
        m_window->resize(width, height);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // 3×3 cards with a free centre and a pool of 8: every keyword is on every
    // card, so meeting three players with different keywords fills a card.
    QList<Attendee> smallGame(const QStringList &names)
    {
        test::setUpBingo(store(), 3, 1, true, 8);
        return addPlayers(store(), names, 8);
    }

    void setFirstNamesOnly(EventStore &where, bool on)
    {
        BingoService bingo(where);
        BingoSettings settings = bingo.settings();
        settings.bigScreenFirstNamesOnly = on;
        QVERIFY(bingo.configure(settings).ok());
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"%1.mannam"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
        m_event = test::createEvent(m_path, u"Seoul AI Meetup"_s);
        m_clock.set(test::eventDayUtc(10));
    }

    void cleanup()
    {
        m_window.reset();
        m_otherConnection.reset();
        m_event.reset();
    }

    void shortName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addRow("korean, 3 syllables") << u"홍길동"_s << u"길동"_s;
        QTest::addRow("korean, 2 syllables kept") << u"이산"_s << u"이산"_s;
        QTest::addRow("korean, 4 syllables") << u"김나라빛"_s << u"나라빛"_s;
        QTest::addRow("korean, compound family name") << u"남궁민수"_s << u"민수"_s;
        QTest::addRow("korean, family name apart") << u"김 민준"_s << u"민준"_s;
        QTest::addRow("korean, compound family name apart") << u"황보 현우"_s << u"현우"_s;
        QTest::addRow("korean, 1 syllable") << u"훈"_s << u"훈"_s;
        QTest::addRow("korean, 5 syllables kept") << u"가나다라마"_s << u"가나다라마"_s;
        QTest::addRow("korean, surrounding spaces") << u"  홍길동 "_s << u"길동"_s;
        QTest::addRow("latin") << u"Alice Park"_s << u"Alice"_s;
        QTest::addRow("latin, one word") << u"Madonna"_s << u"Madonna"_s;
        QTest::addRow("latin, extra spaces") << u"  Jean   Luc Picard "_s << u"Jean"_s;
        QTest::addRow("latin, hyphenated") << u"Ji-sung Park"_s << u"Ji-sung"_s;
        QTest::addRow("mixed, korean first") << u"김민준 (Minjun Kim)"_s << u"민준"_s;
        QTest::addRow("mixed, latin first") << u"Alice 박"_s << u"Alice"_s;
        QTest::addRow("mixed in one word") << u"Kim민준"_s << u"Kim민준"_s;
        QTest::addRow("jamo only") << u"ㅎㄱㄷ"_s << u"ㅎㄱㄷ"_s;
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("spaces only") << u"   "_s << QString();
    }

    void shortName()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(mannam::shortName(name), expected);
    }

    void emptyEvent_showsZerosAndPlaceholders()
    {
        openWindow();
        QCOMPARE(text(u"eventNameLabel"_s), u"Seoul AI Meetup"_s);
        QCOMPARE(text(u"meetingCountLabel"_s), QLocale().toString(0));
        QCOMPARE(text(u"winnerCountLabel"_s), QLocale().toString(0));
        QVERIFY(list(u"latestBingosList"_s)->rows().isEmpty());
        QVERIFY(list(u"latestBingosList"_s)->placeholder().contains(u"No bingo yet"_s));
        QVERIFY(list(u"mostConnectedList"_s)->placeholder().contains(u"No meetings yet"_s));
    }

    void afterMeetings_countsAndListsShowWhatTheStoreHolds()
    {
        const QList<Attendee> players = smallGame({u"홍길동"_s, u"Alice Park"_s, u"이서연"_s, u"Daniel Kim"_s,
                                                   u"박지호"_s, u"Sophie Martin"_s, u"최수아"_s, u"정도윤"_s});
        test::addPlayer(store(), u"Late Comer"_s, {u"K01"_s}, false); // registered, not checked in
        QCOMPARE(meetInRounds(store(), m_clock, players, 20), 20);
        openWindow();

        BingoStore bingo(store());
        QVERIFY(bingo.winnerCount() > 0);
        QCOMPARE(text(u"meetingCountLabel"_s), QLocale().toString(20));
        QCOMPARE(text(u"winnerCountLabel"_s), QLocale().toString(bingo.winnerCount()));

        QSet<qint64> met;
        bingo.forEachMeeting([&](const MeetingRow &row) { met << row.meeting.attendeeLo << row.meeting.attendeeHi; });
        auto *peopleMet = m_window->findChild<BigScreenNumberLabel *>(u"peopleMetLabel"_s);
        QCOMPARE(peopleMet->text(), QLocale().toString(met.size()));
        QCOMPARE(peopleMet->suffix(), u" / "_s + QLocale().toString(8));

        const QList<BingoWinner> latest = bingo.latestWinners(5);
        QCOMPARE(list(u"latestBingosList"_s)->names(), names(latest));
        QCOMPARE(list(u"latestBingosList"_s)->rows().first().detail, clockTime(latest.first().wonAt));
        for (qsizetype i = 1; i < latest.size(); ++i)
            QVERIFY(latest.at(i - 1).wonAt >= latest.at(i).wonAt);

        const QList<BingoWinner> first = bingo.winners(5);
        const QList<BigScreenList::Row> firstRows = list(u"firstWinnersList"_s)->rows();
        QCOMPARE(list(u"firstWinnersList"_s)->names(), names(first));
        for (qsizetype i = 0; i < firstRows.size(); ++i) {
            QCOMPARE(firstRows.at(i).rank, int(i) + 1);
            QCOMPARE(firstRows.at(i).detail, clockTime(first.at(i).wonAt));
        }

        const QList<ConnectedAttendee> connected = bingo.mostConnected(5);
        const QList<BigScreenList::Row> connectedRows = list(u"mostConnectedList"_s)->rows();
        QCOMPARE(connectedRows.size(), connected.size());
        for (qsizetype i = 0; i < connected.size(); ++i) {
            QCOMPARE(connectedRows.at(i).name, connected.at(i).name);
            QCOMPARE(connectedRows.at(i).detail, QLocale().toString(connected.at(i).peopleMet));
        }
    }

    void meetingOnAnotherConnection_appearsAfterTheTimerTick()
    {
        const QList<Attendee> players = smallGame({u"홍길동"_s, u"Alice Park"_s, u"이서연"_s});
        openWindow();
        QCOMPARE(text(u"meetingCountLabel"_s), QLocale().toString(0));

        m_otherConnection = EventFile::open(m_path);   // the kiosk, another process
        BingoService kiosk(m_otherConnection->store(), m_clock);
        QVERIFY(kiosk.meet(players.at(0).badgeCode, players.at(1).badgeCode, u"Kiosk 1"_s).ok());

        QTRY_COMPARE_WITH_TIMEOUT(text(u"meetingCountLabel"_s), QLocale().toString(1), 20 * BigScreenWindow::PollIntervalMs);
        QCOMPARE(list(u"mostConnectedList"_s)->rows().size(), 2);
    }

    void refreshSlot_showsWritesOfThisConnection()
    {
        // A kiosk in the same process shares the connection: data_version does
        // not move for its writes, so it calls refresh().
        const QList<Attendee> players = smallGame({u"홍길동"_s, u"Alice Park"_s});
        openWindow();
        BingoService kiosk(store(), m_clock);
        QVERIFY(kiosk.meet(players.at(0).badgeCode, players.at(1).badgeCode, u"Kiosk 1"_s).ok());
        m_window->refresh();
        QCOMPARE(text(u"meetingCountLabel"_s), QLocale().toString(1));
    }

    void newBingo_glowsInLatestBingos()
    {
        // 3×3, free centre, pool of 8: whoever meets a, b and c has every
        // keyword on the card filled: a certain bingo.
        test::setUpBingo(store(), 3, 1, true, 8);
        const Attendee a = test::addPlayer(store(), u"A One"_s, {u"K01"_s, u"K02"_s, u"K03"_s});
        const Attendee b = test::addPlayer(store(), u"B Two"_s, {u"K04"_s, u"K05"_s, u"K06"_s});
        const Attendee c = test::addPlayer(store(), u"C Three"_s, {u"K07"_s, u"K08"_s, u"K01"_s});
        const Attendee early = test::addPlayer(store(), u"Early Bird"_s, {u"K02"_s});
        const Attendee late = test::addPlayer(store(), u"Late Bloomer"_s, {u"K03"_s});
        const auto meetAll = [this](EventStore &where, const Attendee &who, const QList<Attendee> &others) {
            BingoService kiosk(where, m_clock);
            for (const Attendee &other : others) {
                m_clock.advanceMs(60'000);
                QVERIFY(kiosk.meet(who.badgeCode, other.badgeCode, u"Kiosk 1"_s).ok());
            }
        };
        meetAll(store(), early, {a, b, c});
        BingoStore bingo(store());
        QVERIFY(bingo.winnerRank(early.id) > 0);
        openWindow();
        QCOMPARE(list(u"latestBingosList"_s)->rows().first().key, early.id);
        QVERIFY(!list(u"latestBingosList"_s)->isHighlighted(early.id)); // what was there is shown quietly

        m_otherConnection = EventFile::open(m_path); // the kiosk
        meetAll(m_otherConnection->store(), late, {a, b, c});
        QVERIFY(bingo.winnerRank(late.id) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(list(u"latestBingosList"_s)->isHighlighted(late.id), 20 * BigScreenWindow::PollIntervalMs);
        // Newest first. Late's partners may win in the same round (the deal is
        // random), so the newest is whoever the store says won last.
        QCOMPARE(list(u"latestBingosList"_s)->rows().first().key, bingo.latestWinners(1).constFirst().attendeeId);
        QVERIFY(list(u"firstWinnersList"_s)->isHighlighted(late.id));
        QVERIFY(!list(u"latestBingosList"_s)->isHighlighted(early.id));
    }

    void firstNamesOnly_shortensEveryName()
    {
        const QList<Attendee> players = smallGame({u"홍길동"_s, u"Alice Park"_s, u"이서연"_s, u"Daniel Kim"_s,
                                                   u"남궁민수"_s, u"Sophie Martin"_s});
        meetInRounds(store(), m_clock, players, 15);
        openWindow();
        const QStringList fullNames = list(u"mostConnectedList"_s)->names();
        QVERIFY(fullNames.contains(u"홍길동"_s) || fullNames.contains(u"Alice Park"_s));

        // The organizer turns it on at the main window, another connection.
        m_otherConnection = EventFile::open(m_path);
        setFirstNamesOnly(m_otherConnection->store(), true);
        QStringList expected;
        for (const QString &name : fullNames)
            expected << mannam::shortName(name);
        QTRY_COMPARE_WITH_TIMEOUT(list(u"mostConnectedList"_s)->names(), expected, 20 * BigScreenWindow::PollIntervalMs);
        QVERIFY(!expected.contains(u"홍길동"_s) && !expected.contains(u"Alice Park"_s));
        for (const BigScreenList *shown : {list(u"latestBingosList"_s), list(u"firstWinnersList"_s)}) {
            for (const QString &name : shown->names())
                QVERIFY2(name == mannam::shortName(name) && !name.contains(u' '), qPrintable(name));
        }
    }

    void headings_koreanAndEnglishSideBySide()
    {
        openWindow();
        auto *heading = m_window->findChild<BigScreenHeading *>(u"latestBingosHeadingLabel"_s);
        QVERIFY(m_window->loadKoreanTranslation(u":/i18n/mannam_ko.qm"_s));
        QCOMPARE(heading->korean(), u"최근 빙고"_s);
        QCOMPARE(heading->english(), u"Latest bingos"_s);
        const QString shown = QString(heading->text()).replace(u"&nbsp;"_s, u" "_s);
        QVERIFY2(shown.indexOf(u"최근 빙고"_s) >= 0 && shown.indexOf(u"최근 빙고"_s) < shown.indexOf(u"Latest bingos"_s),
                 qPrintable(shown));
        QVERIFY(list(u"latestBingosList"_s)->placeholder().contains(u'\n'));

        // No translation file: English only, never a doubled English heading.
        QVERIFY(!m_window->loadKoreanTranslation(u":/no/such.qm"_s));
        QCOMPARE(heading->korean(), QString());
        QCOMPARE(QString(heading->text()).replace(u"&nbsp;"_s, u" "_s), u"Latest bingos"_s);
        QCOMPARE(list(u"latestBingosList"_s)->placeholder(), u"No bingo yet"_s);
    }

    void headings_onANarrowScreen_stackEnglishUnderKorean()
    {
        openWindow(1920, 1080);
        QVERIFY(m_window->loadKoreanTranslation(u":/i18n/mannam_ko.qm"_s));
        auto *latest = m_window->findChild<BigScreenHeading *>(u"latestBingosHeadingLabel"_s);
        auto *connected = m_window->findChild<BigScreenHeading *>(u"mostConnectedHeadingLabel"_s);
        QTRY_VERIFY(!connected->isStacked());
        m_window->resize(1024, 768);
        QTRY_VERIFY(connected->isStacked());
        QVERIFY(latest->isStacked()); // the three lists keep their rows in line
    }

    void escape_leavesFullScreenThenCloses()
    {
        openWindow();
        m_window->showFullScreen();
        QVERIFY(m_window->isFullScreen());
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QVERIFY(!m_window->isFullScreen());
        QVERIFY(m_window->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QVERIFY(!m_window->isVisible());
    }

    void doubleClick_togglesFullScreen()
    {
        openWindow();
        m_window->showFullScreen();
        auto *count = m_window->findChild<QWidget *>(u"meetingCountLabel"_s);
        QTest::mouseDClick(count, Qt::LeftButton); // anywhere on the screen, labels included
        QVERIFY(!m_window->isFullScreen());
        QTest::mouseDClick(m_window.get(), Qt::LeftButton);
        QVERIFY(m_window->isFullScreen());
    }

    void showOnScreen_withOneScreen_usesThePrimaryScreenFullScreen()
    {
        QCOMPARE(BigScreenWindow::projectorScreen(), QGuiApplication::primaryScreen());
        m_window = std::make_unique<BigScreenWindow>(*m_event);
        m_window->showOnScreen();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->isFullScreen());
        QCOMPARE(m_window->screen(), QGuiApplication::primaryScreen());
    }

    // 300 attendees, 5,000 meetings: a refresh (all queries + display) stays
    // in the milliseconds. Prints the figure.
    void refresh_at300Attendees5000Meetings_showsAllAndPrintsItsCost()
    {
        test::setUpBingo(store(), 5, 1, true, 40);
        QStringList names;
        for (int i = 0; i < 300; ++i)
            names << u"Attendee %1"_s.arg(i + 1);
        const QList<Attendee> players = addPlayers(store(), names, 40);
        QCOMPARE(meetInRounds(store(), m_clock, players, 5000), 5000);
        openWindow(1920, 1080);

        QList<qint64> costs;
        for (int i = 0; i < 20; ++i) {
            m_window->refresh();
            costs << m_window->lastRefreshNs();
        }
        std::sort(costs.begin(), costs.end());
        QElapsedTimer readOnly;
        readOnly.start();
        const BigScreenSnapshot snapshot = BigScreenSnapshot::read(store());
        const qint64 readNs = readOnly.nsecsElapsed();
        qInfo("refresh at 300 attendees / 5000 meetings / %d winners: median %.2f ms, max %.2f ms (read alone %.2f ms)",
              snapshot.winners, costs.at(costs.size() / 2) / 1e6, costs.last() / 1e6, readNs / 1e6);
        QCOMPARE(text(u"meetingCountLabel"_s), QLocale().toString(5000));
        QCOMPARE(snapshot.peopleWhoMet, 300);
        // No time limit asserted (these machines are noisy): the figure is printed above.
    }

    // Not a check: with MANNAM_SCREENSHOT_DIR set, saves what the projector
    // shows (40 players, a few hundred meetings) to look at, with the Korean
    // headings of tst_bigscreen_ko.ts.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MANNAM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set MANNAM_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(dir);
        test::setUpBingo(store(), 5, 1, true, 30);
        const QStringList people = {
                u"김민준"_s, u"이서연"_s, u"Alice Park"_s, u"박지호"_s, u"최수아"_s, u"Daniel Kim"_s, u"정도윤"_s,
                u"강하은"_s, u"Sophie Martin"_s, u"조시우"_s, u"윤지유"_s, u"Rahul Mehta"_s, u"장서준"_s, u"임하린"_s,
                u"Yuki Tanaka"_s, u"한예준"_s, u"오지아"_s, u"Maximilian Schwarzenberger-Hohenlohe"_s, u"서주원"_s,
                u"신채원"_s, u"Grace Choi"_s, u"권민서"_s, u"황보현우"_s, u"Lucas Oliveira"_s, u"남궁지민"_s,
                u"송유나"_s, u"Hannah Schmidt"_s, u"안건우"_s, u"류소율"_s, u"Ethan Lee"_s, u"전하준"_s, u"홍길동"_s,
                u"Minji Kang"_s, u"문서윤"_s, u"배도현"_s, u"Chris O'Neil"_s, u"백지안"_s, u"유은우"_s,
                u"Olivia Brown"_s, u"노아린"_s};
        const QList<Attendee> players = addPlayers(store(), people, 30);
        for (int i = 0; i < 8; ++i)
            test::addPlayer(store(), u"Not Yet %1"_s.arg(i + 1), {u"K01"_s}, false);
        meetAtRandom(store(), m_clock, players, 260);

        const auto save = [&](const QString &name) {
            const QString file = QDir(dir).filePath(name);
            // Headings re-flow after a resize or a new translation: let the layout settle.
            for (int i = 0; i < 3; ++i)
                QCoreApplication::processEvents();
            QVERIFY(m_window->grab().save(file));
            qInfo("saved %s", qPrintable(file));
        };
        for (const bool firstNames : {false, true}) {
            setFirstNamesOnly(store(), firstNames);
            for (const QSize size : {QSize(1366, 768), QSize(1920, 1080), QSize(1024, 768)}) {
                openWindow(size.width(), size.height());
                QVERIFY(m_window->loadKoreanTranslation(u":/i18n/mannam_ko.qm"_s));
                if (size.width() == 1920) { // a new bingo, at its brightest
                    auto *latest = list(u"latestBingosList"_s);
                    const qint64 newest = m_window->snapshot().latestWinners.first().attendeeId;
                    latest->highlight(newest);
                    QTRY_VERIFY(latest->glowLevel(newest) > 0.9);
                }
                save(u"bigscreen-%1x%2%3.png"_s.arg(size.width()).arg(size.height())
                             .arg(firstNames ? u"-firstnames"_s : QString()));
            }
        }
        openWindow(1366, 768); // without a Korean translation
        save(u"bigscreen-1366x768-english.png"_s);

        m_window.reset();
        m_event = test::createEvent(m_dir.filePath(u"empty.mannam"_s), u"Open Source Day Seoul 2026"_s);
        openWindow(1366, 768);
        QVERIFY(m_window->loadKoreanTranslation(u":/i18n/mannam_ko.qm"_s));
        save(u"bigscreen-empty-1366x768.png"_s);
    }
};

QTEST_MAIN(TestBigScreen)
#include "tst_bigscreen.moc"
