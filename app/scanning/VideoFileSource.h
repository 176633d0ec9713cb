#pragma once

#include <QMediaPlayer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVideoSink>

namespace mannam {

// Plays a video file into a video sink as if it were the camera: `mannam --video FILE`
// at the desk, and the tests and benchmarks of the camera path on machines without one.
// No audio output is set, so files with sound play silently.
class VideoFileSource : public QObject
{
    Q_OBJECT

public:
    explicit VideoFileSource(QObject *parent = nullptr);
    ~VideoFileSource() override;

    // Frames go to this sink (not owned; nullptr: the source's own sink).
    void setVideoSink(QVideoSink *sink);
    QVideoSink *videoSink() const;

    // Start again from the beginning at the end, instead of finishing.
    void setLooping(bool looping) { m_looping = looping; }
    bool isLooping() const { return m_looping; }

    // Plays the file from its start. False (and errorOccurred) when the file does not
    // exist; errors found while loading or playing come later through errorOccurred.
    bool start(const QString &path);
    void stop();
    bool isPlaying() const;
    QString path() const { return m_path; }

signals:
    // The end of the file was reached (never while looping).
    void finished();
    // A translated sentence; playback has stopped.
    void errorOccurred(const QString &message);

private:
    void onMediaStatusChanged(QMediaPlayer::MediaStatus status);
    void onPlayerError(QMediaPlayer::Error error, const QString &detail);

    QMediaPlayer m_player;
    QVideoSink m_ownSink;
    QPointer<QVideoSink> m_sink;
    QString m_path;
    bool m_looping = false;
};

} // namespace mannam
