#include "ScanTestSupport.h"
#include "scanning/FrameDecoder.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QThread>
#include <QTest>
#include <QVideoSink>

#include <memory>

using namespace Qt::StringLiterals;
using mannam::FrameDecoder;
using mannam::test::frameFromGray;
using mannam::test::qrScene;

Q_DECLARE_METATYPE(QVideoFrameFormat::PixelFormat)

namespace {

const QString CodeA = u"482173059166284350179429"_s;
const QString CodeB = u"482105938277166042158391"_s;
constexpr QSize Size720(1280, 720);
constexpr int DecodeTimeoutMs = 20000;

QVideoFrame nv12(const QString &code, QSize size = Size720)
{
    return frameFromGray(qrScene(code, size), QVideoFrameFormat::Format_NV12);
}

} // namespace

class TestFrameDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodeFrame_readsTheLumaOfEveryFormat_data()
    {
        using F = QVideoFrameFormat;
        QTest::addColumn<F::PixelFormat>("format");
        const QList<F::PixelFormat> formats = {
            F::Format_NV12, F::Format_NV21, F::Format_YUV420P, F::Format_YV12, F::Format_YUV422P,
            F::Format_IMC1, F::Format_IMC3, F::Format_Y8,
            // Not YUV420P10: Qt 6.4 allocates it with one byte per sample (bytesPerLine ==
            // width), so no such frame can be built here; GStreamer's have real strides.
            F::Format_Y16, F::Format_P010, F::Format_P016,
            F::Format_YUYV, F::Format_UYVY, F::Format_AYUV,
            F::Format_ARGB8888, F::Format_XRGB8888, F::Format_BGRA8888, F::Format_BGRX8888,
            F::Format_ABGR8888, F::Format_XBGR8888, F::Format_RGBA8888, F::Format_RGBX8888,
        };
        for (F::PixelFormat format : formats)
            QTest::newRow(qPrintable(F::pixelFormatToString(format))) << format;
    }
    void decodeFrame_readsTheLumaOfEveryFormat()
    {
        QFETCH(QVideoFrameFormat::PixelFormat, format);
        // 640×480: even dimensions every subsampled format accepts; the padding byte
        // 0x5a would draw stripes if a row were read past its end.
        const QVideoFrame frame = frameFromGray(qrScene(CodeA, QSize(640, 480), 4), format, 0x5a);
        QVERIFY2(frame.isValid(), "Qt cannot allocate a frame of this format");
        QCOMPARE(frame.pixelFormat(), format);

        std::vector<uchar> scratch;
        const FrameDecoder::FrameResult result = FrameDecoder::decodeFrame(frame, &scratch);
        QVERIFY(result.readable);
        QCOMPARE(result.code, std::optional<QString>(CodeA));
    }

    void decodeFrame_respectsBytesPerLinePadding_data()
    {
        QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
        QTest::newRow("NV12 (plane used in place)") << QVideoFrameFormat::Format_NV12;
        QTest::newRow("YUV420P (plane used in place)") << QVideoFrameFormat::Format_YUV420P;
        QTest::newRow("YUYV (luma extracted)") << QVideoFrameFormat::Format_YUYV;
    }
    void decodeFrame_respectsBytesPerLinePadding()
    {
        QFETCH(QVideoFrameFormat::PixelFormat, format);
        // Qt pads rows to 16 bytes: a width of 1002 gives bytesPerLine > width, and a
        // reader that stepped by the width would shear the QR by 6 pixels per row.
        QVideoFrame frame = frameFromGray(qrScene(CodeB, QSize(1002, 600)), format, 0);
        QVERIFY(frame.isValid());
        QVERIFY(frame.map(QVideoFrame::ReadOnly));
        const int bytesPerLine = frame.bytesPerLine(0);
        frame.unmap();
        const int rowBytes = format == QVideoFrameFormat::Format_YUYV ? 2 * 1002 : 1002;
        QVERIFY2(bytesPerLine > rowBytes, qPrintable(u"bytesPerLine %1"_s.arg(bytesPerLine)));

        const FrameDecoder::FrameResult result = FrameDecoder::decodeFrame(frame);
        QVERIFY(result.readable);
        QCOMPARE(result.code, std::optional<QString>(CodeB));
    }

    void decodeFrame_withoutCode_isReadableWithoutCode()
    {
        const FrameDecoder::FrameResult result = FrameDecoder::decodeFrame(nv12(QString()));
        QVERIFY(result.readable);
        QVERIFY(!result.code);
    }

    void decodeFrame_invalidFrame_isUnreadable()
    {
        QVERIFY(!FrameDecoder::decodeFrame(QVideoFrame()).readable);
    }

    void submit_frameWithCode_emitsCodeFoundOnTheGuiThread()
    {
        FrameDecoder decoder;
        QSignalSpy found(&decoder, &FrameDecoder::codeFound);
        QSignalSpy decoded(&decoder, &FrameDecoder::frameDecoded);
        const QVideoFrame frame = nv12(CodeA);

        const qint64 before = FrameDecoder::monotonicNowNs();
        decoder.submit(frame);
        QVERIFY(found.wait(DecodeTimeoutMs));
        const qint64 after = FrameDecoder::monotonicNowNs();

        QCOMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).toString(), CodeA);
        const qint64 arrival = found.at(0).at(1).toLongLong();
        QVERIFY(arrival >= before);
        QVERIFY(arrival <= after);
        // frameDecoded is emitted right after codeFound, from the same delivery.
        QTRY_COMPARE(decoded.count(), 1);
        QVERIFY(decoded.at(0).at(0).toLongLong() > 0);
        QCOMPARE(decoder.framesSubmitted(), 1u);
        QCOMPARE(decoder.framesDecoded(), 1u);
        QCOMPARE(decoder.framesDropped(), 0u);
        QCOMPARE(decoder.framesUnreadable(), 0u);
    }

    void submit_frameWithoutCode_isCountedButFindsNothing()
    {
        FrameDecoder decoder;
        QSignalSpy found(&decoder, &FrameDecoder::codeFound);
        QSignalSpy decoded(&decoder, &FrameDecoder::frameDecoded);
        decoder.submit(nv12(QString()));
        QVERIFY(decoded.wait(DecodeTimeoutMs));
        // Both signals come from one delivery, codeFound first: none means none.
        QCOMPARE(found.count(), 0);
        QCOMPARE(decoder.framesDecoded(), 1u);
        QCOMPARE(decoder.framesSubmitted(), 1u);
    }

    void submit_invalidFrame_isIgnored()
    {
        FrameDecoder decoder;
        decoder.submit(QVideoFrame());
        QCOMPARE(decoder.framesSubmitted(), 0u);
    }

    void submit_burst_dropsOlderFramesAndTheNewestWins()
    {
        FrameDecoder decoder;
        QSignalSpy found(&decoder, &FrameDecoder::codeFound);
        QSignalSpy decoded(&decoder, &FrameDecoder::frameDecoded);
        const QVideoFrame older = nv12(CodeA);
        const QVideoFrame newest = nv12(CodeB);

        // 100 frames in well under a millisecond; one 720p decode takes milliseconds,
        // so frames must be replaced while pending.
        constexpr int Burst = 100;
        for (int i = 0; i < Burst - 1; ++i)
            decoder.submit(older);
        decoder.submit(newest);

        QCOMPARE(decoder.framesSubmitted(), quint64(Burst));
        // Every frame is either decoded or dropped, and every decode is delivered.
        QTRY_VERIFY_WITH_TIMEOUT(decoder.framesDecoded() + decoder.framesDropped() == Burst
                                         && quint64(decoded.count()) == decoder.framesDecoded(),
                                 DecodeTimeoutMs);
        QVERIFY2(decoder.framesDropped() > 0, "a burst must drop frames, not queue them");
        QVERIFY(decoder.framesDecoded() < Burst / 2);
        QVERIFY(!found.isEmpty());
        // The newest frame is never dropped (only a newer one could replace it).
        QCOMPARE(found.last().at(0).toString(), CodeB);
    }

    void attach_decodesWhatTheSinkShows()
    {
        FrameDecoder decoder;
        QVideoSink sink;
        decoder.attach(&sink);
        QSignalSpy found(&decoder, &FrameDecoder::codeFound);
        QSignalSpy decoded(&decoder, &FrameDecoder::frameDecoded);

        sink.setVideoFrame(nv12(CodeA));
        QVERIFY(found.wait(DecodeTimeoutMs));
        QCOMPARE(found.at(0).at(0).toString(), CodeA);
        QTRY_COMPARE(decoded.count(), 1);

        decoder.detach();
        sink.setVideoFrame(nv12(CodeB));
        QCOMPARE(decoder.framesSubmitted(), 1u);

        // A second sink replaces the first.
        QVideoSink other;
        decoder.attach(&other);
        sink.setVideoFrame(nv12(CodeA));
        other.setVideoFrame(nv12(CodeB));
        QCOMPARE(decoder.framesSubmitted(), 2u);
        QTRY_COMPARE_WITH_TIMEOUT(found.count(), 2, DecodeTimeoutMs);
        QCOMPARE(found.at(1).at(0).toString(), CodeB);
    }

    void attach_sinkDestroyedFirst_isHarmless()
    {
        FrameDecoder decoder;
        {
            QVideoSink sink;
            decoder.attach(&sink);
        }
        decoder.detach();
        QSignalSpy found(&decoder, &FrameDecoder::codeFound);
        decoder.submit(nv12(CodeA));
        QVERIFY(found.wait(DecodeTimeoutMs));
    }

    void destructor_withFramesInFlight_shutsDownCleanly()
    {
        const QVideoFrame frame = nv12(CodeA, QSize(1920, 1080));
        // Destroyed while decoding, with a frame pending and results queued: the
        // worker must stop, nothing may be delivered to the dead object.
        for (int round = 0; round < 10; ++round) {
            auto decoder = std::make_unique<FrameDecoder>();
            int delivered = 0;
            connect(decoder.get(), &FrameDecoder::frameDecoded, this, [&delivered] { ++delivered; });
            decoder->submit(frame);
            decoder->submit(frame);
            if (round % 2) {
                // Without running the event loop, so the result stays queued.
                const QDeadlineTimer deadline(DecodeTimeoutMs);
                while (decoder->framesDecoded() < 1 && !deadline.hasExpired())
                    QThread::yieldCurrentThread();
                QCOMPARE(decoder->framesDecoded(), 1u);
            }
            decoder.reset();
            QCoreApplication::processEvents();
            QCOMPARE(delivered, 0);
        }
        QVERIFY(frame.isValid()); // still ours: the decoder only shared it
    }
};

QTEST_MAIN(TestFrameDecoder)
#include "tst_framedecoder.moc"
