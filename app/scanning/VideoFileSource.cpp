#include "VideoFileSource.h"

#include <QFileInfo>
#include <QUrl>

namespace mannam {

VideoFileSource::VideoFileSource(QObject *parent)
    : QObject(parent)
{
    m_player.setVideoSink(&m_ownSink);
    connect(&m_player, &QMediaPlayer::mediaStatusChanged, this, &VideoFileSource::onMediaStatusChanged);
    connect(&m_player, &QMediaPlayer::errorOccurred, this, &VideoFileSource::onPlayerError);
}

VideoFileSource::~VideoFileSource()
{
    // Stop the pipeline before the sinks it feeds go away.
    m_player.stop();
    m_player.setVideoSink(nullptr);
}

void VideoFileSource::setVideoSink(QVideoSink *sink)
{
    m_sink = sink;
    m_player.setVideoSink(videoSink());
}

QVideoSink *VideoFileSource::videoSink() const
{
    return m_sink ? m_sink.data() : const_cast<QVideoSink *>(&m_ownSink);
}

bool VideoFileSource::start(const QString &path)
{
    stop();
    const QFileInfo file(path);
    m_path = file.absoluteFilePath();
    // Checked here so the message names the problem; the backend's is vaguer and later.
    if (!file.isFile() || !file.isReadable()) {
        emit errorOccurred(tr("The video file “%1” does not exist or cannot be read.").arg(path));
        return false;
    }
    m_player.setSource(QUrl::fromLocalFile(m_path));
    m_player.play();
    return true;
}

void VideoFileSource::stop()
{
    m_player.stop();
}

bool VideoFileSource::isPlaying() const
{
    return m_player.playbackState() == QMediaPlayer::PlayingState;
}

void VideoFileSource::onMediaStatusChanged(QMediaPlayer::MediaStatus status)
{
    if (status != QMediaPlayer::EndOfMedia)
        return;
    if (m_looping) {
        // Done here rather than with QMediaPlayer::setLoops(), whose end-of-file handling
        // differs between backends; a seek to 0 and play() works on all of them.
        m_player.setPosition(0);
        m_player.play();
        return;
    }
    emit finished();
}

void VideoFileSource::onPlayerError(QMediaPlayer::Error error, const QString &detail)
{
    if (error == QMediaPlayer::NoError)
        return;
    const QString name = QFileInfo(m_path).fileName();
    QString message;
    switch (error) {
    case QMediaPlayer::FormatError:
        message = tr("“%1” is not a video this computer can play (%2).").arg(name, detail);
        break;
    case QMediaPlayer::ResourceError:
        message = tr("The video “%1” cannot be opened (%2).").arg(name, detail);
        break;
    default:
        message = tr("The video “%1” stopped with an error (%2).").arg(name, detail);
        break;
    }
    m_player.stop();
    emit errorOccurred(message);
}

} // namespace mannam
