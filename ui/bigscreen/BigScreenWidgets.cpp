#include "BigScreenWidgets.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(float(std::clamp(alpha, 0.0, 1.0)));
    return color;
}

QFont pixelFont(QFont font, qreal pixels, QFont::Weight weight)
{
    font.setPixelSize(std::max(1, int(std::lround(pixels))));
    font.setWeight(weight);
    return font;
}

QColor rankColor(int rank)
{
    switch (rank) {
    case 1: return bigscreen::Gold;
    case 2: return bigscreen::Silver;
    case 3: return bigscreen::Bronze;
    default: return bigscreen::OtherRank;
    }
}

} // namespace

// --- BigScreenPanel -----------------------------------------------------------

BigScreenPanel::BigScreenPanel(QWidget *parent) : QWidget(parent) {}

void BigScreenPanel::setRadius(int radius)
{
    m_radius = radius;
    update();
}

void BigScreenPanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(bigscreen::Panel);
    painter.drawRoundedRect(rect(), m_radius, m_radius);
}

// --- BigScreenNumberLabel -----------------------------------------------------------

BigScreenNumberLabel::BigScreenNumberLabel(const QColor &color, QWidget *parent) : QLabel(parent), m_color(color)
{
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void BigScreenNumberLabel::setSuffix(const QString &suffix)
{
    m_suffix = suffix;
    update();
}

void BigScreenNumberLabel::setMaximumDigitHeight(int pixels)
{
    m_maxDigitHeight = pixels;
    update();
}

QSize BigScreenNumberLabel::sizeHint() const
{
    return {160, 80};
}

QSize BigScreenNumberLabel::minimumSizeHint() const
{
    return {40, 30};
}

void BigScreenNumberLabel::paintEvent(QPaintEvent *)
{
    constexpr qreal Reference = 100.0;
    constexpr qreal SuffixRatio = 0.42;
    const QRectF box = contentsRect();
    if (box.isEmpty() || text().isEmpty())
        return;

    // Measure at a reference size, then scale so the digits fill the height
    // (cap height, not line height: CJK fonts carry a tall line box) and the
    // whole text fits the width.
    const QFont mainRef = pixelFont(font(), Reference, QFont::Bold);
    const QFont suffixRef = pixelFont(font(), Reference * SuffixRatio, QFont::DemiBold);
    const QFontMetricsF mainMetrics(mainRef);
    const qreal capRef = mainMetrics.capHeight() > 0 ? mainMetrics.capHeight() : Reference * 0.72;
    const qreal widthRef = mainMetrics.horizontalAdvance(text())
            + (m_suffix.isEmpty() ? 0.0 : QFontMetricsF(suffixRef).horizontalAdvance(m_suffix));
    const qreal scale = std::min({box.height() * 0.86 / capRef, box.width() * 0.98 / widthRef,
                                  m_maxDigitHeight / capRef});

    const QFont mainFont = pixelFont(font(), Reference * scale, QFont::Bold);
    const QFont suffixFont = pixelFont(font(), Reference * SuffixRatio * scale, QFont::DemiBold);
    const QFontMetricsF mainFm(mainFont);
    const QFontMetricsF suffixFm(suffixFont);
    const qreal mainWidth = mainFm.horizontalAdvance(text());
    const qreal total = mainWidth + (m_suffix.isEmpty() ? 0.0 : suffixFm.horizontalAdvance(m_suffix));

    qreal x = box.left();
    if (alignment() & Qt::AlignHCenter)
        x = box.center().x() - total / 2;
    else if (alignment() & Qt::AlignRight)
        x = box.right() - total;
    const qreal baseline = box.center().y() + mainFm.capHeight() / 2;

    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(mainFont);
    painter.setPen(m_color);
    painter.drawText(QPointF(x, baseline), text());
    if (!m_suffix.isEmpty()) {
        painter.setFont(suffixFont);
        painter.setPen(bigscreen::TextSecondary);
        painter.drawText(QPointF(x + mainWidth, baseline), m_suffix);
    }
}

// --- BigScreenHeading -----------------------------------------------------------

BigScreenHeading::BigScreenHeading(const QColor &color, Stacking stacking, QWidget *parent)
    : QLabel(parent), m_stacking(stacking)
{
    setTextFormat(Qt::RichText);
    // Side by side: the layout decides the width and the text adapts to it
    // (see relayout()). Always stacked: as wide as its longer line.
    setSizePolicy(stacking == Stacking::Always ? QSizePolicy::Preferred : QSizePolicy::Ignored, QSizePolicy::Preferred);
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, color);
    setPalette(palette);
}

void BigScreenHeading::setTexts(const QString &korean, const QString &english)
{
    m_korean = korean == english ? QString() : korean;
    m_english = english;
    relayout();
}

void BigScreenHeading::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    relayout();
}

void BigScreenHeading::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        relayout();
}

void BigScreenHeading::setForceStacked(bool force)
{
    if (force == m_forceStacked)
        return;
    m_forceStacked = force;
    relayout();
}

void BigScreenHeading::relayout()
{
    const QString gap = u"  "_s;
    const QFontMetricsF metrics(font());
    const bool needsStacking = !m_korean.isEmpty()
            && metrics.horizontalAdvance(m_korean + gap + m_english) > contentsRect().width();
    const bool stacked = !m_korean.isEmpty()
            && (m_stacking == Stacking::Always || m_forceStacked || needsStacking);
    // Each language stays whole on its line.
    const auto unbroken = [](const QString &text) { return text.toHtmlEscaped().replace(u' ', u"&nbsp;"_s); };
    const QString html = m_korean.isEmpty()
            ? unbroken(m_english)
            : u"%1%2<span style=\"color:%3\">%4</span>"_s.arg(unbroken(m_korean), stacked ? u"<br>"_s : u"&nbsp; "_s,
                                                               bigscreen::TextSecondary.name(), unbroken(m_english));
    m_stacked = stacked;
    if (html != text())
        setText(html);
    if (needsStacking != m_needsStacking) {
        m_needsStacking = needsStacking;
        emit needsStackingChanged(needsStacking);
    }
}

// --- BigScreenList ------------------------------------------------------------

BigScreenList::BigScreenList(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void BigScreenList::setRows(const QList<Row> &rows)
{
    m_rows = rows;
    QStringList lines;
    for (const Row &row : rows)
        lines << (row.rank > 0 ? QString::number(row.rank) + u". "_s : QString()) + row.name + u", "_s + row.detail;
    setAccessibleDescription(lines.isEmpty() ? m_placeholder : lines.join(u"; "_s));
    update();
}

QStringList BigScreenList::names() const
{
    QStringList names;
    for (const Row &row : m_rows)
        names << row.name;
    return names;
}

void BigScreenList::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void BigScreenList::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
    update();
}

void BigScreenList::setDetailColor(const QColor &color)
{
    m_detailColor = color;
    update();
}

void BigScreenList::highlight(qint64 key)
{
    if (m_glow.contains(key))
        return;
    m_glow.insert(key, 0.0);
    auto *animation = new QVariantAnimation(this);
    animation->setDuration(6000);
    // Flash in, pulse twice, fade out.
    animation->setKeyValueAt(0.0, 0.0);
    animation->setKeyValueAt(0.06, 1.0);
    animation->setKeyValueAt(0.22, 0.45);
    animation->setKeyValueAt(0.38, 1.0);
    animation->setKeyValueAt(0.54, 0.45);
    animation->setKeyValueAt(0.70, 1.0);
    animation->setKeyValueAt(1.0, 0.0);
    connect(animation, &QVariantAnimation::valueChanged, this, [this, key](const QVariant &value) {
        m_glow.insert(key, value.toReal());
        update();
    });
    connect(animation, &QVariantAnimation::finished, this, [this, key] {
        m_glow.remove(key);
        update();
    });
    animation->start(QAbstractAnimation::DeleteWhenStopped);
}

QSize BigScreenList::sizeHint() const
{
    return {400, 60 * m_maxRows};
}

QSize BigScreenList::minimumSizeHint() const
{
    return {120, 24 * m_maxRows};
}

void BigScreenList::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal width = this->width();
    const qreal rowHeight = qreal(height()) / m_maxRows;
    const qreal pad = rowHeight * 0.14;

    if (m_rows.isEmpty()) {
        painter.setFont(pixelFont(font(), rowHeight * 0.34, QFont::Normal));
        painter.setPen(bigscreen::TextSecondary);
        painter.drawText(rect().adjusted(int(pad), 0, -int(pad), 0), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }

    const QFont nameFont = pixelFont(font(), rowHeight * 0.42, QFont::DemiBold);
    const QFont detailFont = pixelFont(font(), rowHeight * 0.34, QFont::Medium);
    const QFontMetricsF nameMetrics(nameFont);
    const QFontMetricsF detailMetrics(detailFont);

    for (int i = 0; i < std::min(int(m_rows.size()), m_maxRows); ++i) {
        const Row &row = m_rows.at(i);
        const QRectF rowRect(0, i * rowHeight, width, rowHeight);
        const qreal glow = m_glow.value(row.key, 0.0);

        if (i > 0) {
            painter.setPen(QPen(bigscreen::Divider, std::max(1.0, rowHeight * 0.015)));
            painter.drawLine(QPointF(pad, rowRect.top()), QPointF(width - pad, rowRect.top()));
        }
        if (glow > 0) {
            const QRectF glowRect = rowRect.adjusted(2, 3, -2, -3);
            painter.setPen(QPen(withAlpha(bigscreen::Accent, glow), std::max(2.0, rowHeight * 0.04)));
            painter.setBrush(withAlpha(bigscreen::Accent, 0.30 * glow));
            painter.drawRoundedRect(glowRect, rowHeight * 0.18, rowHeight * 0.18);
            painter.setBrush(Qt::NoBrush);
        }

        qreal x = pad;
        const qreal centreY = rowRect.center().y();
        if (row.rank > 0) {
            const qreal diameter = rowHeight * 0.62;
            const QRectF badge(x, centreY - diameter / 2, diameter, diameter);
            painter.setPen(Qt::NoPen);
            painter.setBrush(rankColor(row.rank));
            painter.drawEllipse(badge);
            painter.setBrush(Qt::NoBrush);
            painter.setFont(pixelFont(font(), diameter * (row.rank < 10 ? 0.56 : 0.44), QFont::Bold));
            painter.setPen(row.rank <= 3 ? bigscreen::Background : bigscreen::Text);
            painter.drawText(badge, Qt::AlignCenter, QString::number(row.rank));
            x += diameter + rowHeight * 0.28;
        }

        const qreal detailWidth = detailMetrics.horizontalAdvance(row.detail);
        const qreal right = width - pad;
        painter.setFont(detailFont);
        painter.setPen(m_detailColor);
        painter.drawText(QRectF(right - detailWidth, rowRect.top(), detailWidth, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter, row.detail);

        const qreal nameWidth = std::max(0.0, right - detailWidth - rowHeight * 0.3 - x);
        const qreal nameShift = row.bar >= 0 ? -rowHeight * 0.07 : 0.0;
        painter.setFont(nameFont);
        painter.setPen(bigscreen::Text);
        painter.drawText(QRectF(x, rowRect.top() + nameShift, nameWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         nameMetrics.elidedText(row.name, Qt::ElideRight, nameWidth));

        if (row.bar >= 0) {
            const qreal barHeight = std::max(3.0, rowHeight * 0.07);
            const QRectF track(x, centreY + rowHeight * 0.27, nameWidth, barHeight);
            painter.setPen(Qt::NoPen);
            painter.setBrush(withAlpha(bigscreen::AccentCool, 0.16));
            painter.drawRoundedRect(track, barHeight / 2, barHeight / 2);
            painter.setBrush(withAlpha(bigscreen::AccentCool, 0.85));
            painter.drawRoundedRect(QRectF(track.topLeft(), QSizeF(std::max(barHeight, nameWidth * std::min(1.0, row.bar)), barHeight)),
                                    barHeight / 2, barHeight / 2);
            painter.setBrush(Qt::NoBrush);
        }
    }
}

} // namespace mannam
