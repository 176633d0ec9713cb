#include "CelebrationOverlay.h"

#include "KioskStyle.h"

#include <QEvent>
#include <QPainter>
#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mannam {

CelebrationOverlay::CelebrationOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"celebrationOverlay"_s);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    m_shower.setStartValue(0.0);
    m_shower.setEndValue(1.0);
    m_shower.setDuration(DurationMs);
    connect(&m_shower, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_t = value.toReal();
        update();
    });
    connect(&m_shower, &QVariantAnimation::finished, this, &QWidget::hide);
    parent->installEventFilter(this);
    hide();
}

void CelebrationOverlay::celebrate()
{
    const QList<QColor> colours{KioskStyle::Gold, KioskStyle::FreshGreen, QColor(0xe5, 0x39, 0x35),
                                QColor(0x1e, 0x88, 0xe5), QColor(0x8e, 0x24, 0xaa), QColor(0xff, 0xd5, 0x4f)};
    QRandomGenerator *random = QRandomGenerator::global();
    m_pieces.clear();
    for (int i = 0; i < 160; ++i) {
        m_pieces << Piece{QPointF(random->bounded(1.0), -random->bounded(0.6)), 1.1 + random->bounded(0.8),
                          random->bounded(0.3) - 0.15, 1.0 + random->bounded(4.0), 0.012 + random->bounded(0.012),
                          colours.at(i % colours.size())};
    }
    setGeometry(parentWidget()->rect());
    show();
    raise();
    m_shower.stop();
    m_shower.start();
}

void CelebrationOverlay::stop()
{
    m_shower.stop();
    hide();
}

bool CelebrationOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void CelebrationOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const qreal w = width();
    const qreal h = height();
    // Fade out over the last fifth.
    painter.setOpacity(m_t > 0.8 ? (1.0 - m_t) / 0.2 : 1.0);
    for (const Piece &piece : std::as_const(m_pieces)) {
        const qreal y = (piece.start.y() + piece.fallSpeed * m_t) * h;
        if (y < -20 || y > h + 20)
            continue;
        const qreal x = (piece.start.x() + piece.drift * m_t + 0.02 * std::sin(m_t * 12 + piece.spin)) * w;
        const qreal side = piece.size * h;
        painter.save();
        painter.translate(x, y);
        painter.rotate(360 * piece.spin * m_t);
        // A turning flake: its width follows the spin.
        painter.scale(std::max(0.25, std::abs(std::cos(piece.spin * m_t * 6))), 1.0);
        painter.setBrush(piece.colour);
        painter.drawRect(QRectF(-side / 2, -side / 4, side, side / 2));
        painter.restore();
    }
}

} // namespace mannam
