#include "BingoCardView.h"

#include "KioskStyle.h"
#include "bingo/BingoRules.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

QColor mix(const QColor &from, const QColor &to, qreal t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

// Draws `text` in `rect` at the largest size up to `maxPx` that fits (wrapped).
void drawFitted(QPainter &painter, const QRectF &rect, const QString &text, QFont font, int maxPx, int minPx)
{
    const int flags = Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextWordWrap;
    int px = std::max(maxPx, minPx);
    for (;;) {
        font.setPixelSize(px);
        const QRectF needed = QFontMetricsF(font).boundingRect(rect, flags, text);
        if ((needed.height() <= rect.height() && needed.width() <= rect.width() + 0.5) || px <= minPx)
            break;
        px = std::max(minPx, px * 85 / 100);
    }
    painter.setFont(font);
    painter.drawText(rect, flags, text);
}

} // namespace

BingoCardView::BingoCardView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"bingoCardView"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    m_fill.setStartValue(0.0);
    m_fill.setEndValue(1.0);
    m_fill.setDuration(FillAnimationMs);
    m_fill.setEasingCurve(QEasingCurve::Linear); // each square shapes its own curve below
    connect(&m_fill, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_progress = value.toReal();
        update();
    });
}

void BingoCardView::setCard(const BingoCard &card, const QHash<qint64, BingoKeyword> &keywords,
                            const QList<int> &justFilled, bool animate)
{
    m_fill.stop();
    m_card = card;
    m_keywords = keywords;
    m_justFilled = justFilled;
    const QList<bool> filled = card.filledMask();
    m_onLines = card.isValid() ? BingoRules::squaresOnCompletedLines(card.size, filled) : QList<int>();
    m_completedLines.clear();
    if (card.isValid()) {
        for (const QList<int> &line : BingoRules::allLines(card.size)) {
            if (std::all_of(line.cbegin(), line.cend(), [&](int p) { return filled.value(p); }))
                m_completedLines << line;
        }
    }
    m_progress = 1.0;
    if (animate && !justFilled.isEmpty()) {
        m_progress = 0.0;
        m_fill.start();
    }
    update();
}

void BingoCardView::clear()
{
    setCard(BingoCard(), {});
}

QRectF BingoCardView::boardRect() const
{
    const qreal side = std::min(width(), height()) - 4.0;
    return QRectF((width() - side) / 2, (height() - side) / 2, side, side);
}

QRectF BingoCardView::squareRect(const QRectF &board, int position) const
{
    const int n = m_card.size;
    const qreal gap = board.width() * 0.018;
    const qreal cell = (board.width() - gap * (n + 1)) / n;
    const int row = position / n;
    const int column = position % n;
    return QRectF(board.left() + gap + column * (cell + gap), board.top() + gap + row * (cell + gap), cell, cell);
}

void BingoCardView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (!m_card.isValid()) {
        emit painted();
        return;
    }
    const QRectF board = boardRect();
    const bool won = m_card.wonAt.isValid();
    const qreal radius = board.width() * 0.03;

    // The board: a gold frame once the card has won.
    painter.setPen(won ? QPen(KioskStyle::Gold, std::max(3.0, board.width() * 0.012)) : Qt::NoPen);
    painter.setBrush(QColor(0xe9, 0xec, 0xf0));
    painter.drawRoundedRect(board, radius, radius);

    const QFont base = KioskStyle::baseFont();
    const qreal cell = squareRect(board, 0).width();
    const int koreanMaxPx = std::max(9, int(cell * 0.2));
    const int englishMaxPx = std::max(8, int(cell * 0.15));

    for (int position = 0; position < m_card.squares.size(); ++position) {
        const BingoSquare &square = m_card.squares.at(position);
        QRectF r = squareRect(board, position);
        const bool fresh = m_justFilled.contains(position);
        const bool onLine = m_onLines.contains(position);
        QColor fill = KioskStyle::Surface;
        QColor ink = KioskStyle::Ink;
        QColor englishInk = KioskStyle::MutedInk;
        QPen border(KioskStyle::Line, 1.5);

        if (square.isFree()) {
            fill = QColor(0xff, 0xf3, 0xc4);
            border = QPen(KioskStyle::Gold, 2);
        } else if (fresh) {
            // Grows a little and turns green, then settles with a gold ring: "new".
            const qreal t = m_progress;
            const qreal colourT = std::min(1.0, t * 2.2);
            const qreal pop = std::sin(M_PI * std::min(1.0, t * 1.4)) * 0.16;
            const QPointF centre = r.center();
            r = QRectF(centre.x() - r.width() * (1 + pop) / 2, centre.y() - r.height() * (1 + pop) / 2,
                       r.width() * (1 + pop), r.height() * (1 + pop));
            fill = mix(KioskStyle::Surface, KioskStyle::FreshGreen, colourT);
            ink = colourT > 0.45 ? Qt::white : KioskStyle::Ink;
            englishInk = colourT > 0.45 ? QColor(0xe8, 0xf5, 0xe9) : KioskStyle::MutedInk;
            border = QPen(KioskStyle::Gold, std::max(3.0, cell * 0.06));
        } else if (square.isFilled()) {
            fill = KioskStyle::Green;
            ink = Qt::white;
            englishInk = QColor(0xc8, 0xe6, 0xc9);
            border = QPen(fill.darker(115), 1.5);
        }
        if (onLine && !fresh)
            border = QPen(KioskStyle::Gold, std::max(2.5, cell * 0.045));

        painter.setPen(border);
        painter.setBrush(fill);
        const qreal squareRadius = r.width() * 0.1;
        painter.drawRoundedRect(r, squareRadius, squareRadius);

        const QRectF text = r.adjusted(r.width() * 0.07, r.height() * 0.07, -r.width() * 0.07, -r.height() * 0.07);
        if (square.isFree()) {
            QFont star = base;
            star.setPixelSize(int(r.height() * 0.5));
            painter.setFont(star);
            painter.setPen(KioskStyle::DeepGold);
            painter.drawText(r, Qt::AlignCenter, u"★"_s);
            continue;
        }
        const BingoKeyword keyword = m_keywords.value(square.keywordId);
        QString korean = keyword.labelKo;
        QString english = keyword.labelEn;
        if (korean.isEmpty())
            std::swap(korean, english);
        QFont koreanFont = base;
        koreanFont.setWeight(QFont::Bold);
        QFont englishFont = base;
        if (english.isEmpty() || english.compare(korean, Qt::CaseInsensitive) == 0) {
            painter.setPen(ink);
            drawFitted(painter, text, korean, koreanFont, koreanMaxPx, 8);
            continue;
        }
        const QRectF top(text.left(), text.top(), text.width(), text.height() * 0.56);
        const QRectF bottom(text.left(), top.bottom(), text.width(), text.height() - top.height());
        painter.setPen(ink);
        drawFitted(painter, top, korean, koreanFont, koreanMaxPx, 8);
        painter.setPen(englishInk);
        drawFitted(painter, bottom, english, englishFont, englishMaxPx, 7);
    }

    // Completed lines struck through, corner to corner of the line.
    if (!m_completedLines.isEmpty()) {
        QColor stroke = KioskStyle::Gold;
        stroke.setAlpha(170);
        painter.setPen(QPen(stroke, std::max(4.0, cell * 0.09), Qt::SolidLine, Qt::RoundCap));
        for (const QList<int> &line : std::as_const(m_completedLines)) {
            const QPointF from = squareRect(board, line.constFirst()).center();
            const QPointF to = squareRect(board, line.constLast()).center();
            painter.drawLine(from, to);
        }
    }
    emit painted();
}

} // namespace mannam
