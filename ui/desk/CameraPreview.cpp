#include "CameraPreview.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QVideoSink>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {
constexpr qint64 MinFrameIntervalMs = 66; // ~15 fps is plenty for aiming

// Lives on the converter thread.
class FrameConverter : public QObject
{
    Q_OBJECT

public:
    void convert(const QVideoFrame &frame, const QSize &size)
    {
        const QImage image = frame.toImage();
        emit converted(image.isNull() ? image : image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }

signals:
    void converted(const QImage &image);
};
} // namespace

CameraPreview::CameraPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"cameraPreview"_s);
    setMinimumSize(320, 180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_message = tr("No camera");

    auto *converter = new FrameConverter;
    converter->moveToThread(&m_converterThread);
    connect(&m_converterThread, &QThread::finished, converter, &QObject::deleteLater);
    connect(this, &CameraPreview::convertRequested, converter, &FrameConverter::convert);
    connect(converter, &FrameConverter::converted, this, &CameraPreview::showConverted);
    m_converterThread.setObjectName(u"mannam-preview"_s);
    m_converterThread.start(QThread::LowPriority);
}

CameraPreview::~CameraPreview()
{
    m_converterThread.quit();
    m_converterThread.wait();
}

void CameraPreview::attach(QVideoSink *sink)
{
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    if (sink)
        connect(sink, &QVideoSink::videoFrameChanged, this, &CameraPreview::takeFrame);
}

void CameraPreview::setMessage(const QString &message)
{
    m_message = message;
    update();
}

void CameraPreview::takeFrame(const QVideoFrame &frame)
{
    m_pendingFrame = frame; // only the newest frame is ever shown
    startConversion();
}

void CameraPreview::startConversion()
{
    if (m_converting || !m_pendingFrame.isValid() || !isVisible())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 wait = MinFrameIntervalMs - (now - m_lastConversionMs);
    if (wait > 0) {
        QTimer::singleShot(wait, this, &CameraPreview::startConversion);
        return;
    }
    m_converting = true;
    m_lastConversionMs = now;
    emit convertRequested(std::exchange(m_pendingFrame, QVideoFrame()), size());
}

void CameraPreview::showConverted(const QImage &image)
{
    m_converting = false;
    if (!image.isNull()) {
        m_image = image;
        update();
    }
    startConversion();
}

void CameraPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(0x26, 0x32, 0x38));
    QRectF picture = rect();
    if (!m_image.isNull()) {
        const QSizeF scaled = QSizeF(m_image.size()).scaled(size(), Qt::KeepAspectRatio);
        picture = QRectF(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
        painter.drawImage(picture, m_image);
    } else {
        painter.setPen(QColor(0xcf, 0xd8, 0xdc));
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        painter.setFont(font);
        painter.drawText(rect().adjusted(16, 0, -16, 0), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        if (!m_message.isEmpty())
            return; // no picture to frame: the message alone
    }

    // The framing guide: four corners of a centred square.
    const qreal side = std::min(picture.width(), picture.height()) * 0.6;
    const QRectF guide(picture.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
    const qreal arm = side * 0.18;
    QPainterPath corners;
    for (const QPointF &corner : {guide.topLeft(), guide.topRight(), guide.bottomRight(), guide.bottomLeft()}) {
        const qreal dx = corner.x() < guide.center().x() ? arm : -arm;
        const qreal dy = corner.y() < guide.center().y() ? arm : -arm;
        corners.moveTo(corner + QPointF(dx, 0));
        corners.lineTo(corner);
        corners.lineTo(corner + QPointF(0, dy));
    }
    painter.setPen(QPen(QColor(255, 255, 255, 220), std::max(3.0, side / 60), Qt::SolidLine, Qt::RoundCap));
    painter.drawPath(corners);
}

} // namespace mannam

#include "CameraPreview.moc"
