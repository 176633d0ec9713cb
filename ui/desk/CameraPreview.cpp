#include "CameraPreview.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>
#include <QVideoSink>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {
constexpr qint64 MinFrameIntervalMs = 66; // ~15 fps is plenty for aiming
}

CameraPreview::CameraPreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"cameraPreview"_s);
    setMinimumSize(320, 180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_message = tr("No camera");
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
    // Only keep the newest frame; convert it when painting, if it is time to.
    m_pendingFrame = frame;
    if (isVisible())
        update();
}

void CameraPreview::paintEvent(QPaintEvent *)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_pendingFrame.isValid() && now - m_lastConversionMs >= MinFrameIntervalMs) {
        m_image = m_pendingFrame.toImage();
        m_pendingFrame = QVideoFrame();
        m_lastConversionMs = now;
    }

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
        painter.drawText(rect().adjusted(0, 0, 0, -height() / 2), Qt::AlignCenter | Qt::TextWordWrap, m_message);
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
