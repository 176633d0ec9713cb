// Live updates on a shared event (test server): what another desk or kiosk
// commits through a connection of its own reaches the organizer's overview,
// dashboard and attendee list and the big screen within a second, by the
// server's notification — these screens do not poll a shared event.
#include "SharedUiTestSupport.h"

#include "BingoTestSupport.h"

#include "attendees/AttendeeTableModel.h"
#include "attendees/AttendeesPage.h"
#include "bigscreen/BigScreenWindow.h"
#include "checkin/CheckInService.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/FigureTile.h"
#include "main/MainWindow.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

// The notification must do it: a second is all a poll would need.
constexpr int WithinMs = 1000;

QString tileValue(DashboardPage *page, const QString &name)
{
    auto *tile = page->findChild<FigureTile *>(name);
    return tile ? tile->valueText() : u"(no tile %1)"_s.arg(name);
}

// Whether any timer of `object` ticks with this interval (a poll).
bool hasActiveTimer(QObject *object, int intervalMs)
{
    const QList<QTimer *> timers = object->findChildren<QTimer *>();
    return std::any_of(timers.cbegin(), timers.cend(),
                       [intervalMs](QTimer *timer) { return timer->isActive() && timer->interval() == intervalMs; });
}

// How long the screen took after the other connection's commit returned.
void reportLatency(const char *screen, const QElapsedTimer &sinceCommit)
{
    qInfo("%s updated %lld ms after the other connection's commit", screen, sinceCommit.elapsed());
}

QString checkedInText(AttendeesPage *page, const QString &name)
{
    AttendeeTableModel *model = page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, AttendeeTableModel::NameColumn).data().toString() == name)
            return model->index(row, AttendeeTableModel::CheckedInColumn).data().toString();
    }
    return u"(nobody called %1)"_s.arg(name);
}

} // namespace

class TestSharedLiveUpdates : public QObject
{
    Q_OBJECT

private:
    QString m_address;
    std::unique_ptr<EventFile> m_otherDesk; // another machine's connection
    QList<Attendee> m_people;
    std::unique_ptr<MainWindow> m_window;

    // A check-in through the other connection; true once it is committed.
    bool admittedAtAnotherDesk(const Attendee &person)
    {
        return CheckInService(m_otherDesk->store()).scan(person.ticketCode, u"Desk 2"_s).result
                == ScanResult::Admitted;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        m_address = test::createSharedEvent(u"Live Meetup"_s);
        m_otherDesk = EventFile::open(m_address);
        m_people.clear();
        for (const QString &name : {u"홍길동"_s, u"Alice Park"_s, u"김민준"_s})
            m_people << test::addPerson(m_otherDesk->store(), name);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(m_window->openEvent(m_address));
    }

    void cleanup()
    {
        m_window.reset();
        m_otherDesk.reset();
    }

    void overview_showsACheckInAtAnotherDesk()
    {
        auto *checkedIn = m_window->findChild<QLabel *>(u"checkedInCountLabel"_s);
        QTRY_COMPARE(checkedIn->text(), u"0"_s);
        QVERIFY(!hasActiveTimer(m_window.get(), 2000));

        QVERIFY(admittedAtAnotherDesk(m_people.at(0)));
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QTRY_COMPARE_WITH_TIMEOUT(checkedIn->text(), u"1"_s, WithinMs);
        reportLatency("overview", sinceCommit);
    }

    void dashboard_showsACheckInAtAnotherDesk()
    {
        m_window->showOrganizer(MainWindow::OrganizerTab::Dashboard);
        DashboardPage *page = m_window->dashboardPage();
        QTRY_COMPARE(tileValue(page, u"registeredTile"_s), u"3"_s);
        QTRY_COMPARE(tileValue(page, u"checkedInTile"_s), u"0"_s);
        QVERIFY(!hasActiveTimer(page, DashboardPage::PollIntervalMs));

        QVERIFY(admittedAtAnotherDesk(m_people.at(1)));
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QTRY_COMPARE_WITH_TIMEOUT(tileValue(page, u"checkedInTile"_s), u"1"_s, WithinMs);
        reportLatency("dashboard", sinceCommit);
    }

    // Many commits in a row (each one notification): the last one is shown
    // too, although reads were under way when most of them arrived.
    void dashboard_burstOfCheckIns_endsWithTheLast()
    {
        m_window->showOrganizer(MainWindow::OrganizerTab::Dashboard);
        DashboardPage *page = m_window->dashboardPage();
        QTRY_COMPARE(tileValue(page, u"checkedInTile"_s), u"0"_s);
        QList<Attendee> more;
        for (int i = 0; i < 20; ++i)
            more << test::addPerson(m_otherDesk->store(), u"Burst %1"_s.arg(i));
        for (const Attendee &person : std::as_const(more))
            QVERIFY(admittedAtAnotherDesk(person));
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QTRY_COMPARE_WITH_TIMEOUT(tileValue(page, u"checkedInTile"_s), u"20"_s, WithinMs);
        reportLatency("dashboard (after a burst of 20)", sinceCommit);
        QCOMPARE(tileValue(page, u"registeredTile"_s), u"23"_s);
    }

    void attendees_showACheckInAtAnotherDesk()
    {
        m_window->showOrganizer(MainWindow::OrganizerTab::Attendees);
        AttendeesPage *page = m_window->attendeesPage();
        QTRY_COMPARE(page->model()->rowCount(), 3);
        QCOMPARE(checkedInText(page, u"김민준"_s), QString());
        QVERIFY(!hasActiveTimer(page, AttendeesPage::PollIntervalMs));

        QVERIFY(admittedAtAnotherDesk(m_people.at(2)));
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QTRY_VERIFY_WITH_TIMEOUT(!checkedInText(page, u"김민준"_s).isEmpty(), WithinMs);
        reportLatency("attendees", sinceCommit);
        QTRY_VERIFY(page->findChild<QLabel *>(u"countsLabel"_s)->text().contains(u"1 checked in"_s));
    }

    void bigScreen_showsAMeetingAtAnotherKiosk()
    {
        test::setUpBingo(m_otherDesk->store(), 3, 1, false, 9);
        const Attendee a = test::addPlayer(m_otherDesk->store(), u"Player A"_s, {u"K01"_s});
        const Attendee b = test::addPlayer(m_otherDesk->store(), u"Player B"_s, {u"K02"_s});
        BigScreenWindow *bigScreen = m_window->showBigScreen();
        QVERIFY(bigScreen);
        auto *meetings = bigScreen->findChild<QLabel *>(u"meetingCountLabel"_s);
        QVERIFY(meetings);
        QTRY_COMPARE(meetings->text(), u"0"_s);

        BingoService kiosk(m_otherDesk->store());
        QVERIFY(kiosk.identify(a.badgeCode).ok());
        QVERIFY(kiosk.identify(b.badgeCode).ok());
        QVERIFY(kiosk.meet(a.badgeCode, b.badgeCode, u"Kiosk 2"_s).ok());
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        QTRY_COMPARE_WITH_TIMEOUT(meetings->text(), u"1"_s, WithinMs);
        reportLatency("big screen", sinceCommit);
    }
};

QTEST_MAIN(TestSharedLiveUpdates)
#include "tst_sharedliveupdates.moc"
