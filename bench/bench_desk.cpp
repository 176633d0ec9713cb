// mannam-bench-desk [PEOPLE]: the whole desk path, as staff see it. Frames with
// a different attendee's QR arrive at 30 fps (720p NV12, injected into the
// desk's video sink); each is decoded off the GUI thread, checked in durably
// (SQLite, synchronous=FULL) and painted on the result panel. Prints p50/p95/max
// from frame arrival to panel painted, and the GUI thread's longest stall.
#include "codes/QrCodec.h"
#include "desk/DeskWindow.h"
#include "desk/FeedbackSounds.h"
#include "storage/EventFile.h"
#include "codes/TicketCode.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QTemporaryDir>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

QVideoFrame nv12Frame(const QString &code)
{
    QImage scene(1280, 720, QImage::Format_Grayscale8);
    scene.fill(110);
    const QImage qr = QrCodec::encode(code, 7);
    QPainter(&scene).drawImage((1280 - qr.width()) / 2, (720 - qr.height()) / 2, qr);
    QVideoFrame frame(QVideoFrameFormat(scene.size(), QVideoFrameFormat::Format_NV12));
    frame.map(QVideoFrame::WriteOnly);
    for (int y = 0; y < 720; ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), scene.constScanLine(y), 1280);
    std::memset(frame.bits(1), 128, size_t(frame.mappedBytes(1)));
    frame.unmap();
    return frame;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int people = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 300;

    QTemporaryDir dir;
    auto event = EventFile::create(dir.filePath(u"bench.mannam"_s), EventInfo{{}, {}, u"Bench"_s, {}, {}, {}, {}});
    EventStore &store = event->store();
    const QString tag = store.eventInfo().codeTag;
    QSet<QString> taken;
    QList<Attendee> attendees;
    store.write([&] {
        for (int i = 0; i < people; ++i) {
            Attendee a;
            a.name = u"참가자 %1"_s.arg(i);
            a.ticketCode = TicketCode::generate(tag, taken);
            taken.insert(a.ticketCode);
            a.badgeCode = TicketCode::generate(tag, taken);
            taken.insert(a.badgeCode);
            store.insertAttendee(a, QDateTime::currentDateTimeUtc());
            attendees << a;
        }
    });
    std::vector<QVideoFrame> frames;
    for (const Attendee &a : attendees)
        frames.push_back(nv12Frame(a.ticketCode));

    DeskWindow desk(*event, u"Bench desk"_s);
    desk.sounds().setMuted(true);
    desk.resize(1366, 768);
    desk.show();

    std::vector<double> latenciesMs;
    QObject::connect(&desk, &DeskWindow::feedbackShown,
                     [&](qint64 ns) { latenciesMs.push_back(double(ns) / 1e6); });

    // The GUI thread's longest stall: gaps between 1 ms timer ticks.
    QElapsedTimer stallClock;
    stallClock.start();
    qint64 lastTick = 0;
    qint64 longestStallMs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = stallClock.elapsed();
        longestStallMs = std::max(longestStallMs, now - lastTick);
        lastTick = now;
    });

    size_t next = 0;
    QTimer camera;
    camera.setTimerType(Qt::PreciseTimer);
    QObject::connect(&camera, &QTimer::timeout, [&] {
        if (next < frames.size())
            desk.videoSink()->setVideoFrame(frames[next++]);
        else if (latenciesMs.size() >= frames.size() || stallClock.elapsed() > 60'000)
            app.quit();
    });
    QTimer::singleShot(500, [&] { // let the window settle first
        lastTick = stallClock.elapsed();
        longestStallMs = 0;
        ticker.start(1);
        camera.start(33);
    });
    app.exec();

    QTextStream out(stdout);
    out << "mannam-bench-desk: " << people << " people, 720p NV12 frames at 30 fps, each a new check-in\n";
    out << QString::asprintf("  results shown        %zu of %zu frames\n", latenciesMs.size(), frames.size());
    out << QString::asprintf("  arrival -> painted   p50 %.1f  p95 %.1f  max %.1f ms   (target p95 <= 25 ms)\n",
                             percentile(latenciesMs, 0.5), percentile(latenciesMs, 0.95),
                             percentile(latenciesMs, 1.0));
    out << QString::asprintf("  GUI longest stall    %lld ms   (target <= 16 ms)\n", longestStallMs);
    out << QString::asprintf("  checked in           %d\n", store.stats().checkedIn);
    return 0;
}
