#pragma once

#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QVideoFrame>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QThread;
class QVideoSink;
QT_END_NAMESPACE

namespace mannam {

// Finds QR codes in camera (or video file, or injected) frames on a worker thread.
//
// The GUI thread only hands a frame over: submit() keeps it as the one pending frame
// and wakes the worker. A frame that is still pending when a newer one arrives is
// dropped (and counted): a scanner wants the newest picture, not a queue that grows
// while the person at the desk waits. The worker maps the frame and gives the
// luminance plane to QrCodec without converting it to RGB (see decodeFrame()).
// Results come back as queued signals on the decoder's own (GUI) thread.
class FrameDecoder : public QObject
{
    Q_OBJECT

public:
    explicit FrameDecoder(QObject *parent = nullptr);
    // Stops the worker: a decode in flight is finished (a few ms), the pending frame
    // is released and results not yet delivered are discarded.
    ~FrameDecoder() override;

    // Decodes every frame the sink shows from now on (nullptr: stop listening).
    // Replaces an earlier sink.
    void attach(QVideoSink *sink);
    void detach() { attach(nullptr); }

    // Counters since construction; readable from any thread.
    quint64 framesSubmitted() const { return m_submitted.load(); }
    quint64 framesDecoded() const { return m_decoded.load(); }     // looked at by the decoder
    quint64 framesDropped() const { return m_dropped.load(); }     // replaced while pending
    quint64 framesUnreadable() const { return m_unreadable.load(); } // could not be mapped/converted

    // The clock of arrivalMonotonicNs: nanoseconds on a monotonic process-wide clock.
    // The desk takes it again when the result is painted to measure arrival → painted.
    static qint64 monotonicNowNs();

    struct FrameResult
    {
        bool readable = false;        // false: mapping failed or the format is unsupported
        std::optional<QString> code;  // the QR text, when one was found
    };
    // What the worker does with one frame, synchronously, on the calling thread.
    // 8-bit planar and semi-planar YUV: plane 0 is decoded in place. 16-bit luma
    // (Y16, P010, P016, YUV420P10) is narrowed to 8 bits, packed YUV and 32-bit RGB
    // are reduced to luma in one pass, into `scratch` (reused between calls).
    // Anything else (JPEG, GPU-only frames) goes through QVideoFrame::toImage().
    static FrameResult decodeFrame(const QVideoFrame &frame, std::vector<uchar> *scratch = nullptr);

public slots:
    // Thread-safe and cheap (a mutex and a shared copy of the frame): call it from
    // whatever thread delivers frames. Invalid frames are ignored.
    void submit(const QVideoFrame &frame);

signals:
    // The frame submitted at arrivalMonotonicNs showed this code. Emitted for every
    // frame that shows a code: ScanDeduplicator decides what counts as a new scan.
    void codeFound(const QString &text, qint64 arrivalMonotonicNs);
    // One frame was looked at (code or not), taking decodeNs for map + decode + unmap.
    void frameDecoded(qint64 decodeNs);

private:
    void workerLoop();

    QThread *m_thread = nullptr;
    QMetaObject::Connection m_sinkConnection;

    // Guarded by m_mutex: the hand-over between submit() and the worker.
    // std:: rather than QMutex/QWaitCondition so ThreadSanitizer can check it
    // against an uninstrumented Qt.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QVideoFrame m_pending;
    qint64 m_pendingArrivalNs = 0;
    bool m_hasPending = false;
    bool m_stopping = false;

    std::atomic<quint64> m_submitted{0};
    std::atomic<quint64> m_decoded{0};
    std::atomic<quint64> m_dropped{0};
    std::atomic<quint64> m_unreadable{0};
};

} // namespace mannam
