#pragma once

#include <QImage>
#include <QPointer>
#include <QVideoFrame>
#include <QWidget>

class QVideoSink;

namespace mannam {

// Shows the camera (or video) picture with a framing guide so people know where
// to hold their code. Frames are converted for display at most ~15 times a
// second, only while visible: decoding, not the preview, gets the frame rate.
class CameraPreview : public QWidget
{
    Q_OBJECT

public:
    explicit CameraPreview(QWidget *parent = nullptr);

    void attach(QVideoSink *sink);
    // Shown instead of a picture ("No camera", "Camera busy"...).
    void setMessage(const QString &message);
    bool hasPicture() const { return !m_image.isNull(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void takeFrame(const QVideoFrame &frame);

    QPointer<QVideoSink> m_sink;
    QVideoFrame m_pendingFrame;
    QImage m_image;
    QString m_message;
    qint64 m_lastConversionMs = 0;
};

} // namespace mannam
