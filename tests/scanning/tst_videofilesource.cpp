#include "ScanTestSupport.h"
#include "scanning/FrameDecoder.h"
#include "scanning/VideoFileSource.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoSink>

using namespace Qt::StringLiterals;
using mannam::FrameDecoder;
using mannam::VideoFileSource;
using namespace mannam::test;

namespace {

// Generous: GStreamer's start-up on a loaded CI machine takes seconds.
constexpr int PlaybackTimeoutMs = 20000;

} // namespace

// The camera path without a camera: a video file played by QMediaPlayer into a
// QVideoSink, decoded by the real FrameDecoder.
class TestVideoFileSource : public QObject
{
    Q_OBJECT

private slots:
    void fixture_playedIntoTheDecoder_findsItsCode_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QSize>("size");
        QTest::newRow("720p") << u"qr-720p.ogv"_s << Fixture720Code << QSize(1280, 720);
        QTest::newRow("1080p") << u"qr-1080p.ogv"_s << Fixture1080Code << QSize(1920, 1080);
    }
    void fixture_playedIntoTheDecoder_findsItsCode()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QSize, size);
        const QString path = videoFixturePath(file);
        QVERIFY2(QFile::exists(path), qPrintable(path));

        VideoFileSource source;
        FrameDecoder decoder;
        decoder.attach(source.videoSink());
        QSignalSpy found(&decoder, &FrameDecoder::codeFound);
        QSignalSpy finished(&source, &VideoFileSource::finished);
        QSignalSpy errors(&source, &VideoFileSource::errorOccurred);
        QVideoFrameFormat::PixelFormat format = QVideoFrameFormat::Format_Invalid;
        QSize frameSize;
        connect(source.videoSink(), &QVideoSink::videoFrameChanged, this,
                [&](const QVideoFrame &frame) {
                    if (frame.isValid() && format == QVideoFrameFormat::Format_Invalid) {
                        format = frame.pixelFormat();
                        frameSize = frame.size();
                    }
                });

        QVERIFY(source.start(path));
        QVERIFY2(found.wait(PlaybackTimeoutMs), qPrintable(errors.value(0).value(0).toString()));
        QCOMPARE(found.at(0).at(0).toString(), code);
        QCOMPARE(frameSize, size);
        qInfo() << file << "frames arrive as" << QVideoFrameFormat::pixelFormatToString(format);

        // Every frame of the fixture shows the code, and the end is announced once.
        QVERIFY(finished.wait(PlaybackTimeoutMs));
        QCOMPARE(finished.count(), 1);
        QVERIFY(errors.isEmpty());
        QVERIFY(!source.isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(quint64(found.count()), decoder.framesDecoded(), PlaybackTimeoutMs);
        for (const QList<QVariant> &signal : std::as_const(found))
            QCOMPARE(signal.at(0).toString(), code);
        QCOMPARE(decoder.framesUnreadable(), 0u);
    }

    void looping_keepsPlayingPastTheEnd()
    {
        VideoFileSource source;
        source.setLooping(true);
        QVERIFY(source.isLooping());
        FrameDecoder decoder;
        decoder.attach(source.videoSink());
        QSignalSpy finished(&source, &VideoFileSource::finished);
        QSignalSpy errors(&source, &VideoFileSource::errorOccurred);

        QVERIFY(source.start(videoFixturePath(u"qr-720p.ogv"_s)));
        // The fixture has 60 frames: more than 90 means it started again.
        QTRY_VERIFY_WITH_TIMEOUT(decoder.framesSubmitted() > 90, PlaybackTimeoutMs);
        QVERIFY(finished.isEmpty());
        QVERIFY(errors.isEmpty());
        QVERIFY(source.isPlaying());
        source.stop();
        QVERIFY(!source.isPlaying());
    }

    void start_missingFile_failsAtOnceWithAMessage()
    {
        VideoFileSource source;
        QSignalSpy errors(&source, &VideoFileSource::errorOccurred);
        QVERIFY(!source.start(u"/nonexistent/ticket.ogv"_s));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains(u"/nonexistent/ticket.ogv"_s));
    }

    void start_fileThatIsNoVideo_reportsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"not-a-video.ogv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();

        VideoFileSource source;
        QSignalSpy errors(&source, &VideoFileSource::errorOccurred);
        QSignalSpy finished(&source, &VideoFileSource::finished);
        QVERIFY(source.start(path)); // the file exists; the backend finds out the rest
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, PlaybackTimeoutMs);
        QVERIFY(errors.at(0).at(0).toString().contains(u"not-a-video.ogv"_s));
        QVERIFY(finished.isEmpty());
    }

    void setVideoSink_framesGoToTheGivenSink()
    {
        VideoFileSource source;
        QVideoSink sink;
        source.setVideoSink(&sink);
        QCOMPARE(source.videoSink(), &sink);
        FrameDecoder decoder;
        decoder.attach(&sink);
        QSignalSpy found(&decoder, &FrameDecoder::codeFound);
        QVERIFY(source.start(videoFixturePath(u"qr-720p.ogv"_s)));
        QVERIFY(found.wait(PlaybackTimeoutMs));
        QCOMPARE(found.at(0).at(0).toString(), Fixture720Code);
        source.stop();
    }
};

QTEST_MAIN(TestVideoFileSource)
#include "tst_videofilesource.moc"
