#pragma once

#include <QImage>
#include <QPointer>
#include <QThread>
#include <QVideoFrame>
#include <QWidget>

class QVideoSink;

namespace mannam {

// Shows the camera (or video) picture with a framing guide so people know where
// to hold their code. Converting a 720p frame to RGB costs several ms, so it
// happens on a worker thread, scaled to the widget, at most ~15 times a second
// and only the newest frame: the GUI thread only draws a ready image.
class CameraPreview : public QWidget
{
    Q_OBJECT

public:
    explicit CameraPreview(QWidget *parent = nullptr);
    ~CameraPreview() override;

    void attach(QVideoSink *sink);
    // Shown instead of a picture ("No camera", "Camera busy"...).
    void setMessage(const QString &message);
    bool hasPicture() const { return !m_image.isNull(); }

signals:
    void convertRequested(const QVideoFrame &frame, const QSize &size);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void takeFrame(const QVideoFrame &frame);
    void startConversion();
    void showConverted(const QImage &image);

    QPointer<QVideoSink> m_sink;
    QThread m_converterThread;
    QVideoFrame m_pendingFrame;
    bool m_converting = false;
    qint64 m_lastConversionMs = 0;
    QImage m_image;
    QString m_message;
};

} // namespace mannam
