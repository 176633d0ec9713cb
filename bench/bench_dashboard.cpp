// mannam-bench-dashboard [ATTENDEES] [SCANS] [MEETINGS]: the organizer
// dashboard's refresh at conference size (default 10,000 attendees, 50,000
// scans over a day, 20,000 meetings with 5×5 bingo cards), on a real event
// file built through the real services in one write transaction.
// Prints the snapshot query time (DashboardStore) and the full page refresh
// (query + tiles, charts and tables updated; then also painted), each as
// p50/p95/max over 30 runs. Target: refresh <= 100 ms.
// MANNAM_BENCH_KEEP=FILE keeps a copy of the event file.
#include "bingo/BingoService.h"
#include "checkin/CheckInService.h"
#include "codes/TicketCode.h"
#include "dashboard/DashboardPage.h"
#include "storage/BingoStore.h"
#include "storage/DashboardStore.h"
#include "storage/EventFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

constexpr int PoolSize = 40;
constexpr int Runs = 30;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

QString figures(const std::vector<double> &ms)
{
    return QString::asprintf("p50 %6.1f  p95 %6.1f  max %6.1f ms", percentile(ms, 0.5), percentile(ms, 0.95),
                             percentile(ms, 1.0));
}

QString keywordLabel(int n)
{
    return u"K%1"_s.arg(n, 2, 10, QChar(u'0'));
}

QDateTime eventTime(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 28), QTime(hour, minute), Qt::UTC);
}

// The event: attendees with ticket types and keywords, a day at the door, an
// evening at the kiosks; all in one write transaction through the services.
void buildEvent(EventStore &store, int people, int scans, int meetings)
{
    QRandomGenerator random(20261128);
    FakeClock clock(eventTime(8, 30));

    {
        QList<BingoKeyword> pool;
        for (int i = 1; i <= PoolSize; ++i)
            pool << BingoKeyword{0, u"키워드 %1"_s.arg(i), keywordLabel(i), {}};
        BingoSettings settings;
        settings.cardSize = 5;
        settings.linesToWin = 2;
        settings.freeCentre = true;
        const BingoOutcome configured = BingoService(store).configure(settings, pool);
        if (!configured.ok())
            qFatal("bingo set-up refused: %s", qPrintable(configured.reason()));
    }
    const QStringList ticketTypes{u"일반"_s, u"일반"_s, u"일반"_s, u"학생"_s, u"Speaker"_s, u"Staff"_s, u"VIP"_s};
    QList<Attendee> attendees;
    QList<int> admitted;          // indexes into attendees
    QList<bool> inside;
    int logRows = 0;
    int meetingsRecorded = 0;
    store.write([&] {
        const QString tag = store.eventInfo().codeTag;
        QSet<QString> taken;
        for (int i = 0; i < people; ++i) {
            Attendee a;
            a.name = u"참가자 %1"_s.arg(i + 1);
            a.affiliation = u"Company %1"_s.arg(i % 300);
            a.ticketType = ticketTypes.at(i % ticketTypes.size());
            a.status = i % 50 == 49 ? AttendeeStatus::Cancelled : AttendeeStatus::Registered;
            a.keywords = {keywordLabel(i % PoolSize + 1), keywordLabel((i * 7 + 3) % PoolSize + 1),
                          keywordLabel((i * 13 + 11) % PoolSize + 1)};
            a.ticketCode = TicketCode::generate(tag, taken);
            taken.insert(a.ticketCode);
            a.badgeCode = TicketCode::generate(tag, taken);
            taken.insert(a.badgeCode);
            store.insertAttendee(a, eventTime(8));
            attendees << a;
        }

        // 90% arrive between 09:00 and 11:00, then people go out and in until
        // 20:00 (some scanned twice at the door, a few unknown codes and undos).
        CheckInService door(store, clock);
        const int arrivals = people * 9 / 10;
        for (int i = 0; i < arrivals; ++i) {
            clock.set(eventTime(9).addMSecs(qint64(i) * 2 * 3600 * 1000 / arrivals));
            if (door.scan(attendees.at(i).ticketCode, u"Desk %1"_s.arg(i % 4 + 1)).result == ScanResult::Admitted)
                admitted << i;
            ++logRows;
        }
        inside.fill(false, people);
        for (const int i : std::as_const(admitted))
            inside[i] = true;
        const qint64 dayMs = qint64(9) * 3600 * 1000;
        for (int k = 0; logRows < scans; ++k, ++logRows) {
            clock.set(eventTime(11).addMSecs(qint64(k) * dayMs / std::max(1, scans - arrivals)));
            const int roll = int(random.bounded(1000));
            if (roll < 10) {
                door.scan(u"NOT-A-TICKET-%1"_s.arg(k), u"Desk 1"_s);
                continue;
            }
            const int who = admitted.at(int(random.bounded(int(admitted.size()))));
            if (roll < 14) {
                const CheckInOutcome undone = door.undoLast(attendees.at(who).id, u"Desk 2"_s);
                inside[who] = undone.before.inside ? false : undone.before.admitted;
                continue;
            }
            const bool entry = !inside[who] || roll < 200;   // some scanned again while inside
            const CheckInOutcome outcome = door.scan(attendees.at(who).ticketCode, u"Desk %1"_s.arg(k % 4 + 1),
                                                     entry ? ScanAction::Entry : ScanAction::Exit);
            if (outcome.result == ScanResult::Exited)
                inside[who] = false;
            else if (outcome.result == ScanResult::Reentered || outcome.result == ScanResult::Admitted)
                inside[who] = true;
        }

        // Meetings from 10:00 to 20:00 between people who came in (a few
        // sociable ones meet far more); repeats are refused and retried.
        BingoService bingo(store, clock);
        const qint64 spanMs = qint64(10) * 3600 * 1000;
        for (int attempt = 0; meetingsRecorded < meetings && attempt < meetings * 3; ++attempt) {
            clock.set(eventTime(10).addMSecs(qint64(meetingsRecorded) * spanMs / std::max(1, meetings)));
            const double u = random.generateDouble();
            const int a = admitted.at(int(u * u * double(admitted.size())));
            const int b = admitted.at(int(random.bounded(int(admitted.size()))));
            if (bingo.meet(attendees.at(a).badgeCode, attendees.at(b).badgeCode, u"Kiosk %1"_s.arg(attempt % 3 + 1)).ok())
                ++meetingsRecorded;
        }
    });
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int people = argc > 1 ? std::max(100, QString::fromLocal8Bit(argv[1]).toInt()) : 10'000;
    const int scans = argc > 2 ? std::max(people, QString::fromLocal8Bit(argv[2]).toInt()) : 50'000;
    const int meetings = argc > 3 ? std::max(0, QString::fromLocal8Bit(argv[3]).toInt()) : 20'000;

    QTemporaryDir dir;
    auto event = EventFile::create(dir.filePath(u"bench.mannam"_s), EventInfo{{}, {}, u"Bench"_s, {}, {}, {}, {}});
    QElapsedTimer building;
    building.start();
    buildEvent(event->store(), people, scans, meetings);
    const double buildSeconds = double(building.nsecsElapsed()) / 1e9;
    // Closed and opened again, as the organizer's window would: the one huge
    // build transaction leaves a WAL the size of the file, which a live event
    // (checkpointed every few seconds) never has.
    const QString path = event->path();
    event.reset();
    event = EventFile::open(path);
    EventStore &store = event->store();
    // MANNAM_BENCH_KEEP=file.mannam keeps a copy of the event (as built, pages
    // where they are), to look at query plans.
    if (const QString keep = qEnvironmentVariable("MANNAM_BENCH_KEEP"); !keep.isEmpty())
        QFile::copy(path, keep);
    const EventStats stats = store.stats();

    // The snapshot alone (what the page reads).
    std::vector<double> queryMs;
    DashboardSnapshot snapshot;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        snapshot = DashboardStore(store).snapshot();
        queryMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    // The whole page: read + every widget and chart updated; then also painted.
    const FakeClock clock(eventTime(20, 30)); // the evening, after the last meeting
    DashboardPage page(*event, u"Bench desk"_s, clock);
    page.resize(1366, 768);
    page.show();
    QCoreApplication::processEvents();
    std::vector<double> refreshMs;
    std::vector<double> paintedMs;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        page.refresh();
        refreshMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        const QPixmap shown = page.grab(); // lays out and paints the visible page, charts included
        paintedMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        Q_UNUSED(shown);
    }

    const int logRows = store.database().scalar(u"SELECT COUNT(*) FROM checkin_log"_s).toInt();
    // Live updates as the organizer sees them: another desk admits somebody,
    // the worker thread reads, the window only draws (its time is what counts
    // for a smooth window).
    std::vector<double> liveDisplayMs;
    std::vector<double> liveLatencyMs;
    {
        auto otherDesk = EventFile::open(path);
        QList<Attendee> notYetIn;
        otherDesk->store().forEachAttendanceRow([&](const AttendanceRow &row) {
            if (!row.firstCheckIn.isValid() && row.attendee.status == AttendeeStatus::Registered)
                notYetIn << row.attendee;
        });
        const FakeClock deskClock(eventTime(20, 31));
        CheckInService desk(otherDesk->store(), deskClock);
        int admitted = 0;
        for (const Attendee &person : std::as_const(notYetIn)) {
            if (admitted == Runs)
                break;
            const int before = page.snapshot().checkedIn;
            QElapsedTimer timer;
            timer.start();
            if (desk.scan(person.ticketCode, u"Desk 9"_s).result != ScanResult::Admitted)
                continue;
            ++admitted;
            while (page.snapshot().checkedIn == before)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            liveLatencyMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            liveDisplayMs.push_back(double(page.lastDisplayNs()) / 1e6);
        }
    }

    QTextStream out(stdout);
    out << "mannam-bench-dashboard: " << people << " attendees, " << stats.scans << " scans ("
        << logRows << " log rows with undos), "
        << stats.meetings << " meetings, " << BingoStore(store).cardCount() << " 5x5 cards; built in "
        << QString::asprintf("%.1f s", buildSeconds) << "\n";
    out << "  checked in " << stats.checkedIn << ", inside " << stats.inside << ", winners " << stats.winners
        << ", arrival slices " << snapshot.arrivals.size() << ", meeting slices " << snapshot.meetingsOverTime.size()
        << "; dashboard totals equal EventStore::stats(): "
        << (snapshot.registered == stats.registered && snapshot.checkedIn == stats.checkedIn
                            && snapshot.inside == stats.inside && snapshot.meetings == stats.meetings
                            && snapshot.winners == stats.winners
                    ? "yes"
                    : "NO")
        << "\n";
    out << "  snapshot query (DashboardStore)     " << figures(queryMs) << "\n";
    out << "  page refresh (query + charts)       " << figures(refreshMs) << "   (target <= 100 ms)\n";
    out << "  page refresh + painted at 1366x768  " << figures(paintedMs) << "\n";
    out << "  live update: GUI thread (draw only) " << figures(liveDisplayMs) << "\n";
    out << "  live update: scan -> on screen      " << figures(liveLatencyMs) << "   (polled once a second)\n";
    return 0;
}
