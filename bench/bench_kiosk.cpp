// mannam-bench-kiosk [MEETINGS] [PEOPLE]: the bingo kiosk as pairs use it, through
// the real KioskWindow (offscreen). 300 checked-in attendees with 3 keywords each
// from a 40-keyword pool, 5×5 cards. For each meeting the first badge arrives as
// a USB scanner burst, the waiting card is painted, then the second badge's burst;
// the time from the start of that burst until both cards of the meeting have
// painted (identify + meeting recorded durably in SQLite + the screen) is taken.
// Prints p50/p95/max of it and the meetings recorded per second.
#include "ScannerTestSupport.h"
#include "bingo/BingoService.h"
#include "checkin/CheckInService.h"
#include "codes/TicketCode.h"
#include "desk/FeedbackSounds.h"
#include "kiosk/BingoCardView.h"
#include "kiosk/KioskWindow.h"
#include "scanning/FrameDecoder.h"
#include "storage/BingoStore.h"
#include "storage/EventFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

constexpr int PoolSize = 40;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

QString keywordLabel(int n)
{
    return u"K%1"_s.arg(n, 2, 10, QChar(u'0'));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int meetings = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 5000;
    const int people = argc > 2 ? std::max(20, QString::fromLocal8Bit(argv[2]).toInt()) : 300;

    QTemporaryDir dir;
    auto event = EventFile::create(dir.filePath(u"bench.mannam"_s), EventInfo{{}, {}, u"Bench"_s, {}, {}, {}, {}});
    EventStore &store = event->store();
    {
        QList<BingoKeyword> pool;
        for (int i = 1; i <= PoolSize; ++i)
            pool << BingoKeyword{0, u"키워드 %1"_s.arg(i), keywordLabel(i), {}};
        BingoSettings settings;
        settings.cardSize = 5;
        settings.linesToWin = 3;
        settings.freeCentre = true;
        const BingoOutcome configured = BingoService(store).configure(settings, pool);
        if (!configured.ok())
            qFatal("bingo set-up refused: %s", qPrintable(configured.reason()));
    }
    const QString tag = store.eventInfo().codeTag;
    QSet<QString> taken;
    QList<Attendee> attendees;
    store.write([&] {
        CheckInService checkIn(store);
        for (int i = 0; i < people; ++i) {
            Attendee a;
            a.name = u"참가자 %1"_s.arg(i + 1);
            a.ticketCode = TicketCode::generate(tag, taken);
            taken.insert(a.ticketCode);
            a.badgeCode = TicketCode::generate(tag, taken);
            taken.insert(a.badgeCode);
            store.insertAttendee(a, QDateTime::currentDateTimeUtc());
            // Three different keywords, spread over the pool.
            store.replaceKeywords(a.id, {keywordLabel(i % PoolSize + 1), keywordLabel((i * 7 + 3) % PoolSize + 1),
                                         keywordLabel((i * 13 + 11) % PoolSize + 1)});
            checkIn.scan(a.ticketCode, u"Desk 1"_s);
            attendees << a;
        }
    });

    KioskWindow kiosk(*event, u"Bench kiosk"_s);
    kiosk.sounds().setMuted(true);
    kiosk.resize(1366, 768);
    kiosk.show();
    kiosk.activateWindow();
    kiosk.setFocus();
    auto *firstCard = kiosk.findChild<BingoCardView *>(u"firstCardView"_s);
    auto *secondCard = kiosk.findChild<BingoCardView *>(u"secondCardView"_s);

    std::vector<double> latenciesMs;
    latenciesMs.reserve(size_t(meetings));
    int refused = 0;
    bool firstPainted = false;
    bool secondPainted = false;
    qint64 startNs = 0;
    bool measuring = false;
    int next = 0;
    QElapsedTimer wall;

    // Distinct pairs: everybody meets their neighbour at distance 1, then 2...
    const auto pairOf = [&](int k) {
        const int distance = k / people + 1;
        const int a = k % people;
        return std::make_pair(a, (a + distance) % people);
    };
    std::function<void()> runNext;
    const auto painted = [&] {
        if (!measuring || !firstPainted || !secondPainted)
            return;
        measuring = false;
        latenciesMs.push_back(double(FrameDecoder::monotonicNowNs() - startNs) / 1e6);
        QTimer::singleShot(0, &app, runNext);
    };
    QObject::connect(firstCard, &BingoCardView::painted, [&] { firstPainted = true; painted(); });
    QObject::connect(secondCard, &BingoCardView::painted, [&] { secondPainted = true; painted(); });

    runNext = [&] {
        if (next >= meetings) {
            app.exit(0); // quit() would ask the windows, and the locked kiosk refuses to close
            return;
        }
        const auto [a, b] = pairOf(next++);
        test::sendScannerBurst(&kiosk, attendees.at(a).badgeCode);
        QCoreApplication::processEvents(); // the waiting card is painted, as people would see it
        firstPainted = secondPainted = false;
        measuring = true;
        startNs = FrameDecoder::monotonicNowNs();
        test::sendScannerBurst(&kiosk, attendees.at(b).badgeCode);
        if (kiosk.session().state() != KioskSession::State::ShowingMeeting) {
            ++refused;
            measuring = false;
            QTimer::singleShot(0, &app, runNext);
        }
    };
    // A meeting that never reaches the screen must not hang the benchmark.
    int lastSeen = -1;
    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        if (next == lastSeen) {
            QTextStream(stderr) << "mannam-bench-kiosk: stuck at meeting " << next << ", state "
                                << int(kiosk.session().state()) << ", painted " << firstPainted << secondPainted
                                << "\n";
            app.exit(1);
        }
        lastSeen = next;
    });
    watchdog.start(10'000);
    QTimer::singleShot(300, &app, [&] { // let the window settle first
        wall.start();
        runNext();
    });
    app.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    QTextStream out(stdout);
    out << "mannam-bench-kiosk: " << people << " people (checked in, 3 keywords from a pool of " << PoolSize
        << "), 5x5 cards, " << meetings << " meetings through the kiosk window (scanner bursts)\n";
    out << QString::asprintf("  second badge -> both cards painted   p50 %.1f  p95 %.1f  max %.1f ms   (target p95 <= 50 ms)\n",
                             percentile(latenciesMs, 0.5), percentile(latenciesMs, 0.95), percentile(latenciesMs, 1.0));
    out << QString::asprintf("  meetings recorded    %d (%d refused), %.1f per second over %.1f s\n",
                             BingoStore(store).meetingCount(), refused, double(latenciesMs.size()) / seconds, seconds);
    out << QString::asprintf("  bingo winners        %d\n", BingoStore(store).winnerCount());
    return 0;
}
