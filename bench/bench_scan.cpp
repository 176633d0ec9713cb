// mannam-bench-scan [--frames N] [--video-dir DIR]
//
// The camera path's figures, through the real FrameDecoder: frames arrive on the GUI
// thread (as GStreamer delivers them) at 30 fps, from
//   - injected NV12 frames of a QR scene (720p and 1080p), paced by a QTimer, and
//   - the Ogg/Theora fixtures in tests/data/video played by QMediaPlayer (looped).
// For each: arrival (submit) → codeFound delivered on the GUI thread, arrival →
// "painted" (a queued call after the signal, standing in for the desk's repaint),
// decode time (map + decode + unmap on the worker), frames dropped (newest wins), and
// the GUI thread's longest stall, seen by a 1 ms timer. Not a test: it prints figures.
#include "codes/QrCodec.h"
#include "scanning/FrameDecoder.h"
#include "scanning/VideoFileSource.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <algorithm>
#include <cstring>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

constexpr int FramesPerSecond = 30;
// QMediaPlayer's start-up blocks the GUI thread for a while after the first frame
// (GStreamer state changes); that is not "while decoding at 30 fps", so the first
// half second of a file is reported on its own line.
constexpr quint64 WarmUpFrames = 15;
constexpr qint64 TargetP95Ms720 = 25;
constexpr qint64 TargetStallMs = 16;
const QString InjectedCode = u"482173059166284350179429"_s;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double percentileMs(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = size_t(p * double(values.size() - 1) + 0.5);
    return double(values[std::min(index, values.size() - 1)]) / 1e6;
}

double maxMs(const std::vector<qint64> &values)
{
    return values.empty() ? 0 : double(*std::max_element(values.begin(), values.end())) / 1e6;
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

// The longest gap between the firings of a 1 ms timer on the GUI thread: how long
// the GUI could not react (input, painting) while frames were being decoded.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGapNs = std::max(m_maxGapNs, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        if (m_timer.isActive())
            return;
        m_clock.start();
        m_last = 0;
        m_maxGapNs = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // Returns the longest gap so far and starts over.
    qint64 restart()
    {
        const qint64 gap = m_maxGapNs;
        m_timer.stop();
        start();
        return gap;
    }
    qint64 maxGapNs() const { return m_maxGapNs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGapNs = 0;
};

struct Figures
{
    QString name;
    QString frameFormat;
    std::vector<qint64> toSignalNs;
    std::vector<qint64> toPaintedNs;
    std::vector<qint64> decodeNs;
    std::vector<qint64> submitNs; // the GUI thread's cost of handing a frame over (injected only)
    quint64 submitted = 0;
    quint64 decoded = 0;
    quint64 dropped = 0;
    quint64 found = 0;
    quint64 painted = 0;
    qint64 maxStallNs = 0;       // after the warm-up
    qint64 startupStallNs = -1;  // from the first frame to the end of the warm-up (files only)
    qint64 steadyFromNs = 0;     // latencies of frames that arrived earlier are not counted
    bool recording = true;       // off before the player is stopped (stop() blocks the GUI thread)
    qint64 wallNs = 0;
};

// Wires a decoder to the figures: latency on delivery, "painted" one queued call later.
void record(FrameDecoder &decoder, Figures &figures)
{
    QObject::connect(&decoder, &FrameDecoder::codeFound, &decoder,
                     [&figures, &decoder](const QString &, qint64 arrivalNs) {
                         ++figures.found;
                         const bool counted = figures.recording && arrivalNs >= figures.steadyFromNs;
                         if (counted)
                             figures.toSignalNs.push_back(FrameDecoder::monotonicNowNs() - arrivalNs);
                         QMetaObject::invokeMethod(
                                 &decoder,
                                 [&figures, arrivalNs, counted] {
                                     ++figures.painted;
                                     if (counted && figures.recording)
                                         figures.toPaintedNs.push_back(FrameDecoder::monotonicNowNs() - arrivalNs);
                                 },
                                 Qt::QueuedConnection);
                     });
    QObject::connect(&decoder, &FrameDecoder::frameDecoded, &decoder,
                     [&figures](qint64 ns) { figures.decodeNs.push_back(ns); });
}

// Runs the event loop until every submitted frame is decoded or dropped and every
// result (and its "paint") is delivered, or 30 s have passed.
void drain(FrameDecoder &decoder, Figures &figures)
{
    QEventLoop loop;
    QTimer poll;
    QElapsedTimer deadline;
    deadline.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        const bool settled = decoder.framesDecoded() + decoder.framesDropped() + decoder.framesUnreadable()
                        == decoder.framesSubmitted()
                && figures.decodeNs.size() == decoder.framesDecoded()
                && figures.painted == figures.found;
        if (settled || deadline.hasExpired(30000))
            loop.quit();
    });
    poll.start(5);
    loop.exec();
}

QVideoFrame nv12Scene(QSize size, int modulePixels)
{
    QImage scene(size, QImage::Format_Grayscale8);
    scene.fill(120);
    const QImage qr = QrCodec::encode(InjectedCode, modulePixels);
    {
        QPainter painter(&scene);
        painter.drawImage((size.width() - qr.width()) / 2, (size.height() - qr.height()) / 2, qr);
    }
    QVideoFrame frame(QVideoFrameFormat(size, QVideoFrameFormat::Format_NV12));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < size.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), scene.constScanLine(y),
                    size_t(size.width()));
    std::memset(frame.bits(1), 128, size_t(frame.mappedBytes(1)));
    frame.unmap();
    return frame;
}

Figures runInjected(const QString &name, QSize size, int modulePixels, int frames)
{
    Figures figures;
    figures.name = name;
    figures.frameFormat = u"NV12 (injected)"_s;
    const QVideoFrame frame = nv12Scene(size, modulePixels);
    FrameDecoder::decodeFrame(frame); // warm up ZXing and the caches outside the figures

    FrameDecoder decoder;
    record(decoder, figures);
    StallMeter stalls;
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    pace.setInterval(1000 / FramesPerSecond);
    QEventLoop loop;
    int sent = 0;
    QObject::connect(&pace, &QTimer::timeout, &loop, [&] {
        QElapsedTimer handOver;
        handOver.start();
        decoder.submit(frame);
        figures.submitNs.push_back(handOver.nsecsElapsed());
        if (++sent == frames) {
            pace.stop();
            loop.quit();
        }
    });
    QElapsedTimer wall;
    wall.start();
    stalls.start();
    pace.start();
    loop.exec();
    drain(decoder, figures);
    stalls.stop();
    figures.wallNs = wall.nsecsElapsed();
    figures.maxStallNs = stalls.maxGapNs();
    figures.submitted = decoder.framesSubmitted();
    figures.decoded = decoder.framesDecoded();
    figures.dropped = decoder.framesDropped();
    return figures;
}

std::optional<Figures> runFile(const QString &name, const QString &path, int frames)
{
    if (!QFileInfo::exists(path)) {
        out() << name << u": fixture missing: "_s << path << '\n';
        return std::nullopt;
    }
    Figures figures;
    figures.name = name;
    VideoFileSource source;
    source.setLooping(true);
    FrameDecoder decoder;
    record(decoder, figures);
    StallMeter stalls;
    QEventLoop loop;
    QString error;
    // Attached first: direct connections run in order, so the count below includes the frame.
    decoder.attach(source.videoSink());
    // The meter starts with the first frame: pipeline start-up is not "while decoding".
    QObject::connect(source.videoSink(), &QVideoSink::videoFrameChanged, &loop,
                     [&](const QVideoFrame &frame) {
                         if (!frame.isValid())
                             return;
                         if (figures.frameFormat.isEmpty())
                             figures.frameFormat = QVideoFrameFormat::pixelFormatToString(frame.pixelFormat())
                                     + u" from QMediaPlayer"_s;
                         stalls.start();
                         const quint64 submitted = decoder.framesSubmitted();
                         if (submitted == WarmUpFrames) {
                             figures.startupStallNs = stalls.restart();
                             figures.steadyFromNs = FrameDecoder::monotonicNowNs();
                         }
                         if (submitted >= quint64(frames) + WarmUpFrames)
                             loop.quit();
                     });
    QObject::connect(&source, &VideoFileSource::errorOccurred, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    wall.start();
    source.start(path);
    loop.exec();
    // Figures end here: QMediaPlayer::stop() blocks the GUI thread in GStreamer's state
    // change (~0.3 s here), which is stopping the source, not scanning.
    figures.recording = false;
    stalls.stop();
    figures.maxStallNs = stalls.maxGapNs();
    source.stop();
    decoder.detach();
    drain(decoder, figures);
    if (!error.isEmpty()) {
        out() << name << u": "_s << error << '\n';
        return std::nullopt;
    }
    figures.wallNs = wall.nsecsElapsed();
    figures.submitted = decoder.framesSubmitted();
    figures.decoded = decoder.framesDecoded();
    figures.dropped = decoder.framesDropped();
    return figures;
}

void print(const Figures &f)
{
    QTextStream &o = out();
    o << f.name << u"  ["_s << f.frameFormat << u"]\n"_s;
    o << u"  frames submitted "_s << f.submitted << u", decoded "_s << f.decoded << u", dropped "_s
      << f.dropped << u", with code "_s << f.found << u"\n"_s;
    o << u"  arrival -> codeFound  p50 "_s << ms(percentileMs(f.toSignalNs, 0.5)) << u"  p95 "_s
      << ms(percentileMs(f.toSignalNs, 0.95)) << u"  max "_s << ms(maxMs(f.toSignalNs)) << u" ms\n"_s;
    o << u"  arrival -> painted    p50 "_s << ms(percentileMs(f.toPaintedNs, 0.5)) << u"  p95 "_s
      << ms(percentileMs(f.toPaintedNs, 0.95)) << u"  max "_s << ms(maxMs(f.toPaintedNs)) << u" ms\n"_s;
    o << u"  decode (worker)       p50 "_s << ms(percentileMs(f.decodeNs, 0.5)) << u"  p95 "_s
      << ms(percentileMs(f.decodeNs, 0.95)) << u"  max "_s << ms(maxMs(f.decodeNs)) << u" ms\n"_s;
    if (!f.submitNs.empty())
        o << u"  submit() on GUI       p50 "_s << QString::number(percentileMs(f.submitNs, 0.5) * 1000, 'f', 1)
          << u"  p99 "_s << QString::number(percentileMs(f.submitNs, 0.99) * 1000, 'f', 1)
          << u"  max "_s << QString::number(maxMs(f.submitNs) * 1000, 'f', 1) << u" us\n"_s;
    o << u"  GUI thread longest stall "_s << ms(double(f.maxStallNs) / 1e6) << u" ms (1 ms timer)\n"_s;
    if (f.startupStallNs >= 0)
        o << u"  (player start-up, first "_s << WarmUpFrames << u" frames: longest stall "_s
          << ms(double(f.startupStallNs) / 1e6) << u" ms; not counted above)\n"_s;
    o.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    QCommandLineParser parser;
    const QCommandLineOption framesOption(u"frames"_s, u"Frames per scenario (default 300: 10 s at 30 fps)."_s,
                                          u"n"_s, u"300"_s);
    const QCommandLineOption videoDirOption(u"video-dir"_s, u"Folder of qr-720p.ogv and qr-1080p.ogv."_s,
                                            u"dir"_s, QString::fromUtf8(MANNAM_VIDEO_FIXTURES));
    parser.addOptions({framesOption, videoDirOption});
    parser.addHelpOption();
    parser.process(app);
    const int frames = std::max(10, parser.value(framesOption).toInt());
    const QDir videoDir(parser.value(videoDirOption));

    out() << u"mannam-bench-scan: Qt "_s << QString::fromLatin1(qVersion()) << u", "_s
          << QThread::idealThreadCount() << u" cores, "_s << frames << u" frames per scenario at "_s
          << FramesPerSecond << u" fps\n\n"_s;

    std::vector<Figures> all;
    all.push_back(runInjected(u"injected 1280x720"_s, QSize(1280, 720), 6, frames));
    print(all.back());
    all.push_back(runInjected(u"injected 1920x1080"_s, QSize(1920, 1080), 8, frames));
    print(all.back());
    if (auto f = runFile(u"video qr-720p.ogv"_s, videoDir.filePath(u"qr-720p.ogv"_s), frames)) {
        all.push_back(*f);
        print(*f);
    }
    if (auto f = runFile(u"video qr-1080p.ogv"_s, videoDir.filePath(u"qr-1080p.ogv"_s), frames)) {
        all.push_back(*f);
        print(*f);
    }

    out() << u"\ntargets: arrival -> painted p95 <= "_s << TargetP95Ms720 << u" ms at 720p, GUI stall <= "_s
          << TargetStallMs << u" ms\n"_s;
    bool allMet = true;
    for (const Figures &f : all) {
        const bool is720 = f.name.contains(u"720"_s);
        const double p95 = percentileMs(f.toPaintedNs, 0.95);
        const double stall = double(f.maxStallNs) / 1e6;
        const bool latencyOk = !is720 || (f.found > 0 && p95 <= TargetP95Ms720);
        const bool stallOk = stall <= TargetStallMs;
        allMet = allMet && latencyOk && stallOk;
        out() << u"  "_s << f.name.leftJustified(22) << u" p95 "_s << ms(p95).rightJustified(6) << u" ms"_s
              << (is720 ? (latencyOk ? u" ok  "_s : u" MISS"_s) : u" (-) "_s) << u"  stall "_s
              << ms(stall).rightJustified(6) << u" ms"_s << (stallOk ? u" ok"_s : u" MISS"_s) << '\n';
    }
    out() << (allMet ? u"all targets met\n"_s : u"some targets missed\n"_s);
    out().flush();
    return 0;
}
