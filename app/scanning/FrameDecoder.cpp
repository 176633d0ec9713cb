#include "FrameDecoder.h"

#include "codes/QrCodec.h"

#include <QElapsedTimer>
#include <QImage>
#include <QLoggingCategory>
#include <QThread>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <utility>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

Q_LOGGING_CATEGORY(lcScan, "mannam.scanning")

// Where the luminance of a pixel format sits in plane 0.
struct LumaLayout
{
    enum Kind {
        Plane,      // plane 0 is 8-bit luma: decoded in place, no copy
        Bytes,      // one byte per pixel at `offset`, every `stride` bytes (packed YUV, high byte of 16-bit luma)
        TenBitLow,  // 16-bit little-endian words holding 10 significant low bits
        Rgb32,      // 8-bit R, G, B at the offsets, 4 bytes per pixel
        Image,      // no plane we can read: QVideoFrame::toImage()
    };
    Kind kind = Image;
    int offset = 0;
    int stride = 1;
    int r = 0, g = 0, b = 0;
};

// The byte of a little-endian 16-bit sample that holds the 8 most significant bits.
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
constexpr int HighByte = 1;
#else
constexpr int HighByte = 0;
#endif

LumaLayout lumaLayoutFor(QVideoFrameFormat::PixelFormat format)
{
    using F = QVideoFrameFormat;
    auto bytes = [](int offset, int stride) { return LumaLayout{LumaLayout::Bytes, offset, stride}; };
    auto rgb = [](int r, int g, int b) { return LumaLayout{LumaLayout::Rgb32, 0, 4, r, g, b}; };
    switch (format) {
    // Y plane first, 8 bits per sample: what webcams and Theora deliver.
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12:
    case F::Format_NV12:
    case F::Format_NV21:
    case F::Format_IMC1:
    case F::Format_IMC2:
    case F::Format_IMC3:
    case F::Format_IMC4:
    case F::Format_Y8:
        return {LumaLayout::Plane};
    // 16-bit luma (P010/P016 keep their bits at the top, Y16 uses all 16): the high
    // byte is the 8-bit luma. A QR needs contrast, not depth, so the low bits can go.
    case F::Format_Y16:
    case F::Format_P010:
    case F::Format_P016:
        return bytes(HighByte, 2);
    case F::Format_YUV420P10:
        return {LumaLayout::TenBitLow, 0, 2};
    // Packed YUV: Y0 U Y1 V, U Y0 V Y1, and A Y U V.
    case F::Format_YUYV:
        return bytes(0, 2);
    case F::Format_UYVY:
        return bytes(1, 2);
    case F::Format_AYUV:
    case F::Format_AYUV_Premultiplied:
        return bytes(1, 4);
    // Qt names 32-bit RGB formats by their byte order in memory (as GStreamer does).
    case F::Format_ARGB8888:
    case F::Format_ARGB8888_Premultiplied:
    case F::Format_XRGB8888:
        return rgb(1, 2, 3);
    case F::Format_BGRA8888:
    case F::Format_BGRA8888_Premultiplied:
    case F::Format_BGRX8888:
        return rgb(2, 1, 0);
    case F::Format_ABGR8888:
    case F::Format_XBGR8888:
        return rgb(3, 2, 1);
    case F::Format_RGBA8888:
    case F::Format_RGBX8888:
        return rgb(0, 1, 2);
    // JPEG (a webcam without a decoder in the pipeline) and GPU-only frames.
    case F::Format_Jpeg:
    case F::Format_SamplerExternalOES:
    case F::Format_SamplerRect:
    case F::Format_Invalid:
        break;
    }
    return {LumaLayout::Image};
}

// Bytes of plane 0 that one row of `width` pixels covers in this layout.
qint64 rowBytes(const LumaLayout &layout, int width)
{
    switch (layout.kind) {
    case LumaLayout::Plane:
        return width;
    case LumaLayout::Bytes:
        return qint64(width - 1) * layout.stride + layout.offset + 1;
    case LumaLayout::TenBitLow:
        return qint64(width) * 2;
    case LumaLayout::Rgb32:
        return qint64(width) * 4;
    case LumaLayout::Image:
        break;
    }
    return 0;
}

// Reduces plane 0 to tightly packed 8-bit luma in `out` (width × height bytes).
void extractLuma(const LumaLayout &layout, const uchar *plane, int bytesPerLine, int width,
                 int height, uchar *out)
{
    for (int y = 0; y < height; ++y) {
        const uchar *in = plane + qsizetype(y) * bytesPerLine;
        uchar *row = out + qsizetype(y) * width;
        switch (layout.kind) {
        case LumaLayout::Bytes: {
            const uchar *p = in + layout.offset;
            for (int x = 0; x < width; ++x, p += layout.stride)
                row[x] = *p;
            break;
        }
        case LumaLayout::TenBitLow:
            for (int x = 0; x < width; ++x) {
                const int value = in[2 * x] | (in[2 * x + 1] << 8);
                row[x] = uchar(qMin(value, 1023) >> 2);
            }
            break;
        case LumaLayout::Rgb32:
            // BT.601 weights in 8-bit fixed point; they add up to 256 so white stays 255.
            for (int x = 0; x < width; ++x) {
                const uchar *px = in + 4 * x;
                row[x] = uchar((77 * px[layout.r] + 150 * px[layout.g] + 29 * px[layout.b]) >> 8);
            }
            break;
        case LumaLayout::Plane:
        case LumaLayout::Image:
            break;
        }
    }
}

FrameDecoder::FrameResult decodeViaImage(const QVideoFrame &frame)
{
    FrameDecoder::FrameResult result;
    const QImage image = frame.toImage();
    if (image.isNull())
        return result;
    result.readable = true;
    result.code = QrCodec::decodeImage(image);
    return result;
}

} // namespace

FrameDecoder::FrameDecoder(QObject *parent)
    : QObject(parent)
{
    monotonicNowNs(); // start the clock now rather than on the first frame
    m_thread = QThread::create([this] { workerLoop(); });
    m_thread->setObjectName(u"mannam-qr-decoder"_s);
    m_thread->start();
}

FrameDecoder::~FrameDecoder()
{
    detach();
    QVideoFrame released;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
        released = std::exchange(m_pending, QVideoFrame());
        m_hasPending = false;
    }
    m_wake.notify_all();
    // Waits for at most the decode in flight. Results it posts are dropped by ~QObject.
    m_thread->wait();
    delete m_thread;
}

qint64 FrameDecoder::monotonicNowNs()
{
    // QElapsedTimer is monotonic; one process-wide start makes the values comparable
    // between threads and objects. Thread-safe static initialisation.
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.nsecsElapsed();
}

void FrameDecoder::attach(QVideoSink *sink)
{
    if (m_sinkConnection)
        disconnect(m_sinkConnection);
    m_sinkConnection = {};
    if (!sink)
        return;
    // Direct: the frame is handed over on whatever thread the backend emits it
    // (GStreamer: the GUI thread), so no event-loop hop delays or queues frames.
    m_sinkConnection = connect(sink, &QVideoSink::videoFrameChanged, this, &FrameDecoder::submit,
                               Qt::DirectConnection);
}

void FrameDecoder::submit(const QVideoFrame &frame)
{
    // Backends send an invalid frame when playback stops; there is nothing to decode.
    if (!frame.isValid())
        return;
    const qint64 arrival = monotonicNowNs();
    QVideoFrame replaced;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stopping)
            return;
        ++m_submitted;
        if (m_hasPending)
            ++m_dropped;
        replaced = std::exchange(m_pending, frame);
        m_pendingArrivalNs = arrival;
        m_hasPending = true;
    }
    m_wake.notify_one();
    // `replaced` returns its buffer to the camera's pool here, outside the lock.
}

void FrameDecoder::workerLoop()
{
    std::vector<uchar> scratch; // reused: packed and 16-bit formats need one luma copy
    bool warnedUnreadable = false;
    for (;;) {
        QVideoFrame frame;
        qint64 arrival = 0;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_hasPending || m_stopping; });
            if (m_stopping)
                return;
            frame = std::exchange(m_pending, QVideoFrame());
            arrival = m_pendingArrivalNs;
            m_hasPending = false;
        }

        QElapsedTimer timer;
        timer.start();
        const FrameResult result = decodeFrame(frame, &scratch);
        const qint64 decodeNs = timer.nsecsElapsed();
        const auto pixelFormat = frame.pixelFormat();
        frame = QVideoFrame(); // give the buffer back before waiting for the next frame

        if (!result.readable) {
            ++m_unreadable;
            if (!warnedUnreadable) {
                warnedUnreadable = true;
                qCWarning(lcScan) << "Cannot read camera frames of format" << pixelFormat
                                  << "- they are skipped";
            }
            continue;
        }
        ++m_decoded;
        // Posted to this object: delivered on its thread, and discarded with it.
        QMetaObject::invokeMethod(
                this,
                [this, code = result.code, arrival, decodeNs] {
                    if (code)
                        emit codeFound(*code, arrival);
                    emit frameDecoded(decodeNs);
                },
                Qt::QueuedConnection);
    }
}

FrameDecoder::FrameResult FrameDecoder::decodeFrame(const QVideoFrame &input, std::vector<uchar> *scratch)
{
    if (!input.isValid())
        return {};
    const LumaLayout layout = lumaLayoutFor(input.pixelFormat());
    if (layout.kind == LumaLayout::Image)
        return decodeViaImage(input);

    QVideoFrame frame = input; // map() is not const; the copy shares the buffer and its mapping
    if (!frame.map(QVideoFrame::ReadOnly))
        return decodeViaImage(input); // e.g. a frame that lives only on the GPU

    FrameResult result;
    const int width = frame.width();
    const int height = frame.height();
    const uchar *plane = frame.bits(0);
    const int bytesPerLine = frame.bytesPerLine(0);
    // Never read past what was mapped, whatever the frame claims about its size.
    const bool fits = plane && width > 0 && height > 0 && bytesPerLine > 0
            && qint64(bytesPerLine) * (height - 1) + rowBytes(layout, width) <= frame.mappedBytes(0);
    if (fits) {
        result.readable = true;
        if (layout.kind == LumaLayout::Plane) {
            result.code = QrCodec::decodeLuminance(plane, width, height, bytesPerLine);
        } else {
            std::vector<uchar> local;
            std::vector<uchar> &luma = scratch ? *scratch : local;
            luma.resize(size_t(width) * size_t(height));
            extractLuma(layout, plane, bytesPerLine, width, height, luma.data());
            result.code = QrCodec::decodeLuminance(luma.data(), width, height, width);
        }
    }
    frame.unmap();
    return result;
}

} // namespace mannam
