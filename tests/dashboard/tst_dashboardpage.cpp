// The organizer's dashboard on a real event file: the figures it shows, a
// check-in from another connection appearing by itself, the prize handover
// (once, and refused the second time with the earlier time and giver), and
// charts saved as PNG.
#include "BingoTestSupport.h"

#include "dashboard/ChartPanel.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/FigureTile.h"
#include "dashboard/WinnersModel.h"
#include "demo/DemoEvent.h"
#include "storage/BingoStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

QString tileValue(DashboardPage &page, const QString &tileName)
{
    auto *tile = page.findChild<FigureTile *>(tileName);
    return tile ? tile->valueText() : u"(no tile %1)"_s.arg(tileName);
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<EventFile> m_event;
    std::unique_ptr<FakeClock> m_clock;
    QList<Attendee> m_players;   // 0 and 1: sure winners
    Attendee m_latecomer;        // registered, not checked in

    EventStore &store() { return m_event->store(); }

    // A page whose dialogs fail the test unless a case replaces them.
    std::unique_ptr<DashboardPage> makePage()
    {
        auto page = std::make_unique<DashboardPage>(*m_event, u"Desk A"_s, *m_clock);
        page->askSavePath = [](const QString &) {
            qWarning("unexpected save dialog");
            return QString();
        };
        page->showError = [](const QString &title, const QString &message) {
            qWarning("unexpected error: %s: %s", qPrintable(title), qPrintable(message));
        };
        page->confirmPrize = [](const BingoWinner &) {
            qWarning("unexpected confirmation");
            return false;
        };
        page->resize(1366, 768);
        return page;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"dashboard.mannam"_s);
        m_event = test::createEvent(m_path, u"AI 오픈소스 밋업"_s);
        m_clock = std::make_unique<FakeClock>(test::eventDayUtc(10, 30));
        // 3×3 from a pool of 9, no free centre: every keyword on every card, so
        // 김민준 and 이서연 fill their cards completely: two winners whatever the deal.
        test::setUpBingo(store(), 3, 1, false, 9);
        store().write([&] {
            m_players << test::addPlayer(store(), u"김민준"_s, {u"K01"_s, u"K02"_s, u"K03"_s})
                      << test::addPlayer(store(), u"이서연"_s, {u"K04"_s, u"K05"_s, u"K06"_s})
                      << test::addPlayer(store(), u"Alice Park"_s, {u"K07"_s, u"K08"_s, u"K09"_s})
                      << test::addPlayer(store(), u"박지훈"_s, {u"K01"_s, u"K02"_s, u"K03"_s})
                      << test::addPlayer(store(), u"최유진"_s, {u"K04"_s, u"K05"_s, u"K06"_s});
        });
        m_latecomer = test::addPerson(store(), u"정하은"_s);
        BingoService bingo(store(), *m_clock);
        for (const auto &[a, b] : {std::pair(0, 1), std::pair(0, 2), std::pair(0, 3), std::pair(1, 2), std::pair(1, 4)}) {
            m_clock->advanceMs(60'000);
            QVERIFY(bingo.meet(m_players.at(a).badgeCode, m_players.at(b).badgeCode, u"Kiosk 1"_s).ok());
        }
        QVERIFY(BingoStore(store()).winnerRank(m_players.at(0).id) > 0);
        QVERIFY(BingoStore(store()).winnerRank(m_players.at(1).id) > 0);
    }

    void show_displaysTheFigures()
    {
        auto page = makePage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        const EventStats stats = store().stats();
        QTRY_COMPARE(tileValue(*page, u"registeredTile"_s), QLocale().toString(stats.registered));
        QCOMPARE(tileValue(*page, u"registeredTile"_s), u"6"_s);
        QCOMPARE(tileValue(*page, u"checkedInTile"_s), u"5"_s);
        QCOMPARE(tileValue(*page, u"noShowsTile"_s), u"1"_s);
        QCOMPARE(tileValue(*page, u"insideTile"_s), u"5"_s);
        QCOMPARE(tileValue(*page, u"meetingsTile"_s), u"5"_s);
        QCOMPARE(tileValue(*page, u"winnersTile"_s), QLocale().toString(stats.winners));
        QCOMPARE(page->charts().size(), 6);

        auto *view = page->findChild<QTableView *>(u"winnersTableView"_s);
        QVERIFY(view);
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), stats.winners);
        auto *model = qobject_cast<WinnersModel *>(view->model());
        QVERIFY(model);
        const int row = model->rowOf(m_players.at(0).id);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, WinnersModel::NameColumn).data().toString(), u"김민준"_s);
        QCOMPARE(model->index(row, WinnersModel::PeopleMetColumn).data().toString(), u"3"_s);
        auto *connected = page->findChild<QTableWidget *>(u"mostConnectedTable"_s);
        QVERIFY(connected);
        QCOMPARE(connected->item(0, 1)->text(), u"김민준"_s);
        page->refresh(); // unchanged data, same rows: the tester checks the in-place update
    }

    void checkInOnAnotherConnection_appearsByItself()
    {
        auto page = makePage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QTRY_COMPARE(tileValue(*page, u"checkedInTile"_s), u"5"_s);

        auto desk = EventFile::open(m_path); // another desk on the same file
        FakeClock deskClock(test::eventDayUtc(10, 41));
        QCOMPARE(CheckInService(desk->store(), deskClock).scan(m_latecomer.ticketCode, u"Desk 2"_s).result,
                 ScanResult::Admitted);
        QTRY_COMPARE(tileValue(*page, u"checkedInTile"_s), u"6"_s);
        QCOMPARE(tileValue(*page, u"noShowsTile"_s), u"0"_s);
        QCOMPARE(page->snapshot().arrivals.last().startUtc, test::eventDayUtc(10, 40));
    }

    void prizeGiven_recordsOnce_secondAttemptShowsTheEarlierHandover()
    {
        auto page = makePage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        auto *view = page->findChild<QTableView *>(u"winnersTableView"_s);
        auto *model = qobject_cast<WinnersModel *>(view->model());
        auto *button = page->findChild<QPushButton *>(u"prizeGivenButton"_s);
        QVERIFY(view && model && button);
        QTRY_VERIFY(model->rowOf(m_players.at(0).id) >= 0);
        QVERIFY(!button->isEnabled()); // nobody selected yet

        QList<BingoWinner> asked;
        QStringList errors;
        page->showError = [&](const QString &, const QString &message) { errors << message; };

        // Declined: nothing recorded.
        page->confirmPrize = [&](const BingoWinner &winner) {
            asked << winner;
            return false;
        };
        view->selectRow(model->rowOf(m_players.at(0).id));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY(!BingoStore(store()).prizeHandover(m_players.at(0).id));

        page->confirmPrize = [&](const BingoWinner &winner) {
            asked << winner;
            return true;
        };
        m_clock->set(test::eventDayUtc(11, 5));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.last().name, u"김민준"_s);
        QVERIFY(errors.isEmpty());
        const auto handover = BingoStore(store()).prizeHandover(m_players.at(0).id);
        QVERIFY(handover);
        QCOMPARE(handover->givenBy, u"Desk A"_s);
        QCOMPARE(handover->at, test::eventDayUtc(11, 5));
        const QString givenAt = WinnersModel::localTime(test::eventDayUtc(11, 5));
        const int row = model->rowOf(m_players.at(0).id);
        QCOMPARE(model->index(row, WinnersModel::PrizeColumn).data().toString(),
                 WinnersModel::handoverText(test::eventDayUtc(11, 5), u"Desk A"_s));
        QVERIFY(view->selectionModel()->isRowSelected(row, {})); // still selected after the refresh

        // Again, later, from this desk: no question, nothing recorded, the earlier handover shown.
        m_clock->set(test::eventDayUtc(11, 30));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.last().contains(givenAt) && errors.last().contains(u"Desk A"_s), qPrintable(errors.last()));
        QCOMPARE(BingoStore(store()).prizeHandover(m_players.at(0).id)->at, test::eventDayUtc(11, 5));
        QCOMPARE(store().database().scalar(u"SELECT COUNT(*) FROM prize_handovers"_s).toInt(), 1);
    }

    void prizeGivenMeanwhileAtAnotherDesk_isRefusedByTheService()
    {
        auto page = makePage();
        page->resize(1366, 768);
        page->refresh(); // not shown: no polling, the page stays as it was read
        auto *view = page->findChild<QTableView *>(u"winnersTableView"_s);
        auto *model = qobject_cast<WinnersModel *>(view->model());
        const int row = model->rowOf(m_players.at(1).id); // 이서연, no prize yet
        QVERIFY(row >= 0);
        const BingoWinner winner = model->winners().at(row);
        QVERIFY(!winner.prizeGivenAt.isValid());
        auto desk = EventFile::open(m_path);
        FakeClock deskClock(test::eventDayUtc(11, 40));
        QVERIFY(BingoService(desk->store(), deskClock).handOverPrize(winner.attendeeId, u"Desk B"_s).ok());

        QStringList errors;
        page->confirmPrize = [](const BingoWinner &) { return true; };
        page->showError = [&](const QString &, const QString &message) { errors << message; };
        view->selectRow(row);
        page->handOverSelectedPrize();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.last().contains(u"Desk B"_s), qPrintable(errors.last()));
        QCOMPARE(BingoStore(store()).prizeHandover(winner.attendeeId)->givenBy, u"Desk B"_s);
    }

    void saveAsPng_writesAValidImage()
    {
        auto page = makePage();
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QTRY_COMPARE(tileValue(*page, u"checkedInTile"_s), QLocale().toString(store().stats().checkedIn));
        QTemporaryDir out;
        QString suggested;
        page->askSavePath = [&](const QString &name) {
            suggested = name;
            return out.filePath(u"도착"_s); // no extension: .png is added
        };
        auto *save = page->findChild<QAction *>(u"arrivalsChartSaveAction"_s);
        QVERIFY(save);
        save->trigger();
        QCOMPARE(suggested, u"arrivals.png"_s);
        const QString path = out.filePath(u"도착.png"_s);
        QVERIFY(QFileInfo(path).size() > 0);
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200 && image.height() > 200);

        // Every chart offers it.
        for (ChartPanel *chart : page->charts())
            QVERIFY2(page->findChild<QAction *>(chart->objectName() + u"SaveAction"_s), qPrintable(chart->objectName()));

        // A folder that does not exist: said clearly, nothing written.
        QStringList errors;
        page->showError = [&](const QString &, const QString &message) { errors << message; };
        page->askSavePath = [&](const QString &) { return out.filePath(u"missing/chart.png"_s); };
        page->findChild<QAction *>(u"keywordsChartSaveAction"_s)->trigger();
        QCOMPARE(errors.size(), 1);
        QVERIFY(!QFileInfo::exists(out.filePath(u"missing/chart.png"_s)));

        // Cancelled: nothing at all.
        page->askSavePath = [](const QString &) { return QString(); };
        page->findChild<QAction *>(u"networkChartSaveAction"_s)->trigger();
        QCOMPARE(errors.size(), 1);
    }

    void timeline_showsEveryFiveMinuteSlice()
    {
        auto page = makePage();
        page->refresh();
        auto *arrivals = page->findChild<TimelineChart *>(u"arrivalsChart"_s);
        QVERIFY(arrivals);
        // The histogram has points for each slice that had arrivals.
        QVERIFY(arrivals->pointCount() >= 4 * page->snapshot().arrivals.size());
    }

    // Not a check: with MANNAM_SCREENSHOT_DIR set, saves the dashboard of the
    // demo event at laptop and TV size (the visible part and the whole page).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MANNAM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set MANNAM_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(dir);
        const QString demoPath = DemoEvent::ensure(m_dir.filePath(u"demo.mannam"_s));
        auto demo = EventFile::open(demoPath);
        // A couple of prizes handed out, so the table shows both kinds.
        const QList<BingoWinner> winners = BingoStore(demo->store()).winners();
        for (qsizetype i = 0; i < std::min<qsizetype>(2, winners.size()); ++i)
            BingoService(demo->store()).handOverPrize(winners.at(i).attendeeId, u"Desk 1"_s);
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            DashboardPage page(*demo, u"Desk 1"_s);
            page.resize(size);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.refresh();
            QCoreApplication::processEvents();
            QVERIFY(page.grab().save(QDir(dir).filePath(u"dashboard-%1.png"_s.arg(size.width()))));
            auto *scroll = page.findChild<QScrollArea *>(u"dashboardScrollArea"_s);
            QVERIFY(scroll->widget()->grab().save(QDir(dir).filePath(u"dashboard-%1-full.png"_s.arg(size.width()))));
        }
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
