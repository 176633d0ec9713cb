#pragma once

#include <QByteArray>
#include <QCameraDevice>
#include <QList>
#include <QMediaCaptureSession>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <memory>

QT_BEGIN_NAMESPACE
class QCamera;
QT_END_NAMESPACE

namespace mannam {

// The camera and format in use, for the UI to show and remember.
struct CameraChoice
{
    QByteArray deviceId;
    QString description;
    QSize resolution;
    QVideoFrameFormat::PixelFormat pixelFormat = QVideoFrameFormat::Format_Invalid;
    float maxFrameRate = 0;

    bool isValid() const { return !deviceId.isEmpty(); }
};

// One format a camera offers, reduced to what chooseFormat() weighs.
struct CameraFormatCandidate
{
    QSize resolution;
    QVideoFrameFormat::PixelFormat pixelFormat = QVideoFrameFormat::Format_Invalid;
    float maxFrameRate = 0;
};

// Runs a camera into a video sink: QCamera → QMediaCaptureSession → QVideoSink.
// Kept thin because it cannot be tested without a camera; the frames go on to a
// FrameDecoder attached to videoSink(), which is tested with video files.
class CameraSource : public QObject
{
    Q_OBJECT

public:
    // 720p: enough pixels per module for a phone-screen QR at arm's length, and
    // about 3 ms to decode. 1080p costs twice that for little gain at a desk.
    static constexpr QSize PreferredResolution{1280, 720};

    explicit CameraSource(QObject *parent = nullptr);
    ~CameraSource() override;

    static QList<QCameraDevice> cameras();

    // The index of the candidate to use, -1 for none. In order of importance:
    // 1. the resolution: the smallest one at least `preferred` in both directions,
    //    else the largest one below it;
    // 2. at least 24 fps (a 10 fps YUYV mode loses to a 30 fps JPEG one: latency);
    // 3. planar/semi-planar YUV (luma used in place), then packed YUV, then RGB, then JPEG;
    // 4. the frame rate nearest 30 (60 fps only doubles the work).
    static int chooseFormat(const QList<CameraFormatCandidate> &candidates,
                            QSize preferred = PreferredResolution);

    // Frames go to this sink (not owned; nullptr: the source's own sink).
    void setVideoSink(QVideoSink *sink);
    QVideoSink *videoSink() const;

    // Starts the camera with this id; an empty or no longer connected id means the
    // system default. Returns the camera and format chosen; an invalid choice (and
    // errorOccurred) when there is no camera. Errors while running (camera busy,
    // unplugged) come through errorOccurred.
    CameraChoice start(const QByteArray &deviceId = {},
                       QSize preferredResolution = PreferredResolution);
    // Starts the camera and resolution this machine used last (AppSettings),
    // and remembers the choice, so a desk or kiosk comes back with the same one.
    CameraChoice startRemembered();
    void stop();
    bool isActive() const;
    CameraChoice choice() const { return m_choice; }

signals:
    // A translated sentence for the desk.
    void errorOccurred(const QString &message);
    void activeChanged(bool active);

private:
    void onVideoInputsChanged();

    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    QVideoSink m_ownSink;
    QPointer<QVideoSink> m_sink;
    CameraChoice m_choice;
};

} // namespace mannam
