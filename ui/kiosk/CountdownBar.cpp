#include "CountdownBar.h"

#include "KioskStyle.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace mannam {

CountdownBar::CountdownBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"countdownBar"_s);
    setFixedHeight(5);
    m_tick.setInterval(100);
    connect(&m_tick, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

void CountdownBar::setSource(std::function<int()> remainingMs)
{
    m_remaining = std::move(remainingMs);
}

void CountdownBar::start(int totalMs)
{
    m_totalMs = totalMs;
    m_tick.start();
    update();
}

void CountdownBar::stop()
{
    m_totalMs = 0;
    m_tick.stop();
    update();
}

void CountdownBar::hideEvent(QHideEvent *event)
{
    m_tick.stop();
    QWidget::hideEvent(event);
}

void CountdownBar::paintEvent(QPaintEvent *)
{
    const int remaining = m_remaining ? m_remaining() : -1;
    if (m_totalMs <= 0 || remaining < 0)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    QColor track = KioskStyle::Line;
    track.setAlpha(90);
    painter.setBrush(track);
    painter.drawRoundedRect(rect(), height() / 2.0, height() / 2.0);
    const qreal share = std::clamp(qreal(remaining) / m_totalMs, 0.0, 1.0);
    QRectF bar = rect();
    bar.setWidth(bar.width() * share);
    QColor fill = KioskStyle::MutedInk;
    fill.setAlpha(110);
    painter.setBrush(fill);
    painter.drawRoundedRect(bar, height() / 2.0, height() / 2.0);
}

} // namespace mannam
