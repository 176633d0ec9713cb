#include "scanning/CameraSource.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using mannam::CameraChoice;
using mannam::CameraFormatCandidate;
using mannam::CameraSource;

namespace {

using F = QVideoFrameFormat;

CameraFormatCandidate format(int w, int h, F::PixelFormat pixelFormat, float fps)
{
    return {QSize(w, h), pixelFormat, fps};
}

} // namespace

// The camera itself needs hardware; what is tested here is the choice of format
// and the behaviour without a camera (the CI machines have none).
class TestCameraSource : public QObject
{
    Q_OBJECT

private slots:
    void chooseFormat_data()
    {
        QTest::addColumn<QList<CameraFormatCandidate>>("candidates");
        QTest::addColumn<int>("expected");

        QTest::newRow("none") << QList<CameraFormatCandidate>{} << -1;
        QTest::newRow("exactly 720p among others")
                << QList<CameraFormatCandidate>{format(640, 480, F::Format_YUYV, 30),
                                                 format(1920, 1080, F::Format_YUYV, 30),
                                                 format(1280, 720, F::Format_YUYV, 30)}
                << 2;
        QTest::newRow("the smallest at least 720p")
                << QList<CameraFormatCandidate>{format(3840, 2160, F::Format_NV12, 30),
                                                 format(1920, 1080, F::Format_NV12, 30),
                                                 format(1024, 768, F::Format_NV12, 30)}
                << 1;
        QTest::newRow("only smaller: the largest")
                << QList<CameraFormatCandidate>{format(320, 240, F::Format_YUYV, 30),
                                                 format(800, 600, F::Format_YUYV, 30),
                                                 format(640, 480, F::Format_YUYV, 30)}
                << 1;
        QTest::newRow("1024x768 is not 720p (too narrow)")
                << QList<CameraFormatCandidate>{format(1024, 768, F::Format_NV12, 30),
                                                 format(1600, 900, F::Format_NV12, 30)}
                << 1;
        QTest::newRow("30 fps JPEG beats 10 fps YUYV")
                << QList<CameraFormatCandidate>{format(1280, 720, F::Format_YUYV, 10),
                                                 format(1280, 720, F::Format_Jpeg, 30)}
                << 1;
        QTest::newRow("planar YUV beats packed, RGB and JPEG")
                << QList<CameraFormatCandidate>{format(1280, 720, F::Format_Jpeg, 30),
                                                 format(1280, 720, F::Format_YUYV, 30),
                                                 format(1280, 720, F::Format_XRGB8888, 30),
                                                 format(1280, 720, F::Format_NV12, 30)}
                << 3;
        QTest::newRow("nearest 30 fps")
                << QList<CameraFormatCandidate>{format(1280, 720, F::Format_NV12, 60),
                                                 format(1280, 720, F::Format_NV12, 30),
                                                 format(1280, 720, F::Format_NV12, 25)}
                << 1;
        QTest::newRow("resolution before frame rate")
                << QList<CameraFormatCandidate>{format(640, 480, F::Format_YUYV, 30),
                                                 format(1280, 720, F::Format_YUYV, 10)}
                << 1;
        QTest::newRow("an empty resolution is never chosen")
                << QList<CameraFormatCandidate>{format(0, 0, F::Format_NV12, 30),
                                                 format(320, 240, F::Format_Jpeg, 5)}
                << 1;
    }
    void chooseFormat()
    {
        QFETCH(QList<CameraFormatCandidate>, candidates);
        QFETCH(int, expected);
        QCOMPARE(CameraSource::chooseFormat(candidates), expected);
    }

    void chooseFormat_otherPreferredResolution()
    {
        const QList<CameraFormatCandidate> candidates{format(1280, 720, F::Format_NV12, 30),
                                                      format(1920, 1080, F::Format_NV12, 30)};
        QCOMPARE(CameraSource::chooseFormat(candidates, QSize(1920, 1080)), 1);
    }

    void start_withoutCamera_reportsIt()
    {
        if (!CameraSource::cameras().isEmpty())
            QSKIP("this machine has a camera");
        CameraSource source;
        QSignalSpy errors(&source, &CameraSource::errorOccurred);
        const CameraChoice choice = source.start();
        QVERIFY(!choice.isValid());
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.at(0).at(0).toString().isEmpty());
        QVERIFY(!source.isActive());
        QVERIFY(source.videoSink());
        source.stop(); // harmless when nothing runs
    }

    void setVideoSink_replacesTheOwnSink()
    {
        CameraSource source;
        QVideoSink *own = source.videoSink();
        QVERIFY(own);
        QVideoSink sink;
        source.setVideoSink(&sink);
        QCOMPARE(source.videoSink(), &sink);
        source.setVideoSink(nullptr);
        QCOMPARE(source.videoSink(), own);
    }
};

QTEST_MAIN(TestCameraSource)
#include "tst_camerasource.moc"
