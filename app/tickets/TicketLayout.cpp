#include "TicketLayout.h"

#include "codes/QrCodec.h"
#include "codes/TicketCode.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mannam::TicketLayout {

namespace {

// The layout is designed in millimetres on the printable part of an A6 page (105×148 mm
// minus 6 mm margins). Any other area is scaled to fit, so a badge preview on screen
// keeps the proportions of the print.
constexpr qreal DesignWidth = 93.0;
constexpr qreal DesignHeight = 136.0;

const QColor Ink(0, 0, 0);
const QColor Secondary(0x4a, 0x4a, 0x4a);
const QColor Rule(0xc8, 0xc8, 0xc8);

QString trTickets(const char *text)
{
    return QCoreApplication::translate("mannam::Tickets", text);
}

QFont fontWith(const QStringList &families, QFont::StyleHint hint, qreal pixelSize,
               QFont::Weight weight)
{
    QFont font;
    font.setFamilies(families);
    font.setStyleHint(hint);
    font.setWeight(weight);
    font.setPixelSize(std::max(1, qRound(pixelSize)));
    // Hinting would snap glyphs to the 300 dpi grid differently per size; not wanted in print.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Draws `text` wrapped into the width of `box`, at most `maxLines` lines, starting at
// box.top(). Returns the height used, so callers can stack blocks.
qreal drawBlock(QPainter &painter, const QRectF &box, const QFont &font, const QColor &color,
                const QString &text, int maxLines, int alignment = Qt::AlignHCenter)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font, painter.device());
    // Word wrap first; a single word wider than the line (a long name without spaces)
    // may then break anywhere rather than run off the ticket.
    const int flags = alignment | Qt::AlignTop | Qt::TextWordWrap
            | (metrics.horizontalAdvance(text) > box.width() && !text.contains(u' ')
                       ? Qt::TextWrapAnywhere
                       : 0);
    const QRectF needed = metrics.boundingRect(QRectF(box.left(), box.top(), box.width(), 1e9),
                                               flags, text);
    const qreal height = std::min(needed.height(), maxLines * metrics.lineSpacing());
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(QRectF(box.left(), box.top(), box.width(), height), flags, text);
    return height;
}

// Largest pixel size from `start` down to `minimum` at which `text` fits on one line.
qreal fittingSize(const QPainter &painter, const QString &text, qreal width, qreal start,
                  qreal minimum, QFont::Weight weight)
{
    qreal size = start;
    while (size > minimum) {
        const QFontMetricsF metrics(textFont(size, weight), painter.device());
        if (metrics.horizontalAdvance(text) <= width)
            break;
        size = std::max(minimum, size * 0.92);
    }
    return size;
}

} // namespace

QFont textFont(qreal pixelSize, QFont::Weight weight)
{
    static const QStringList families = {
        u"Noto Sans CJK KR"_s, u"Noto Sans KR"_s, u"Source Han Sans KR"_s,
        u"Apple SD Gothic Neo"_s, u"Malgun Gothic"_s, u"NanumGothic"_s,
    };
    return fontWith(families, QFont::SansSerif, pixelSize, weight);
}

QFont codeFont(qreal pixelSize)
{
    static const QStringList families = {
        u"Noto Sans Mono CJK KR"_s, u"DejaVu Sans Mono"_s, u"Consolas"_s, u"Menlo"_s,
    };
    return fontWith(families, QFont::Monospace, pixelSize, QFont::Medium);
}

QString eventWhen(const EventInfo &event, const QLocale &locale)
{
    if (!event.startsAt.isValid())
        return {};
    // Some locales' short time format (C among them) still has seconds; a ticket never
    // needs them.
    const QString timeFormat = locale.timeFormat(QLocale::ShortFormat).remove(u":ss"_s);
    const QDateTime start = event.startsAt.toLocalTime();
    QString text = locale.toString(start.date(), QLocale::LongFormat) + u' '
            + locale.toString(start.time(), timeFormat);
    if (event.endsAt.isValid() && event.endsAt > event.startsAt) {
        const QDateTime end = event.endsAt.toLocalTime();
        text += u"–"_s;
        if (end.date() != start.date())
            text += locale.toString(end.date(), QLocale::LongFormat) + u' ';
        text += locale.toString(end.time(), timeFormat);
    }
    return text;
}

void paintQr(QPainter &painter, const QRectF &square, const QImage &modules)
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(square);
    if (modules.isNull() || modules.width() == 0) {
        painter.restore();
        return;
    }
    const QImage gray = modules.convertToFormat(QImage::Format_Grayscale8);
    const qreal module = square.width() / gray.width();
    // One path with one fill: separately filled rectangles leave hairline seams between
    // rows in anti-aliasing PDF viewers, which some phone scanners then trip over.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *line = gray.constScanLine(y);
        int x = 0;
        while (x < gray.width()) {
            if (line[x] >= 128) {
                ++x;
                continue;
            }
            const int runStart = x;
            while (x < gray.width() && line[x] < 128)
                ++x;
            path.addRect(QRectF(square.left() + runStart * module, square.top() + y * module,
                                (x - runStart) * module, module));
        }
    }
    painter.setBrush(Qt::black);
    painter.drawPath(path);
    painter.restore();
}

void paintTicket(QPainter &painter, const QRectF &area, const EventInfo &event,
                 const Attendee &attendee, const QImage &modules)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Device units per design millimetre; the design box is centred in `area`.
    const qreal mm = std::min(area.width() / DesignWidth, area.height() / DesignHeight);
    const QRectF box(area.center().x() - DesignWidth * mm / 2,
                     area.center().y() - DesignHeight * mm / 2, DesignWidth * mm,
                     DesignHeight * mm);
    painter.fillRect(box, Qt::white);

    auto row = [&](qreal top) { return QRectF(box.left(), top, box.width(), box.bottom() - top); };
    qreal y = box.top();

    // Header: what this is, which event, where and when.
    y += drawBlock(painter, row(y), textFont(2.6 * mm, QFont::DemiBold), Secondary,
                   trTickets("Ticket").toUpper(), 1);
    y += 1.2 * mm;
    y += drawBlock(painter, row(y), textFont(5.2 * mm, QFont::Bold), Ink, event.name, 2);
    y += 1.0 * mm;
    y += drawBlock(painter, row(y), textFont(3.2 * mm), Secondary, event.venue, 2);
    y += drawBlock(painter, row(y), textFont(3.2 * mm), Secondary, eventWhen(event), 1);
    y += 2.5 * mm;
    painter.fillRect(QRectF(box.left(), y, box.width(), 0.3 * mm), Rule);
    y += 3.0 * mm;

    // The attendee, exactly as written: shrink to one line, wrap only as a last resort.
    const qreal nameSize = fittingSize(painter, attendee.name, box.width(), 9.5 * mm, 6.0 * mm,
                                       QFont::Bold);
    y += drawBlock(painter, row(y), textFont(nameSize, QFont::Bold), Ink, attendee.name, 2);
    y += 0.8 * mm;
    y += drawBlock(painter, row(y), textFont(4.0 * mm), Ink, attendee.affiliation, 2);
    if (!attendee.ticketType.isEmpty()) {
        // The ticket type as an outlined tag, so staff spot "Speaker" or "Staff" at a glance.
        y += 1.5 * mm;
        const QFont tagFont = textFont(3.2 * mm, QFont::DemiBold);
        const QFontMetricsF metrics(tagFont, painter.device());
        const QString tag = metrics.elidedText(attendee.ticketType, Qt::ElideRight,
                                               box.width() - 6 * mm);
        const QRectF tagRect(box.center().x() - (metrics.horizontalAdvance(tag) + 5 * mm) / 2, y,
                             metrics.horizontalAdvance(tag) + 5 * mm, metrics.height() + 1.6 * mm);
        painter.setPen(QPen(Ink, 0.3 * mm));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(tagRect, tagRect.height() / 2, tagRect.height() / 2);
        painter.setFont(tagFont);
        painter.drawText(tagRect, Qt::AlignCenter, tag);
        y = tagRect.bottom();
    }

    // Footer first, from the bottom up, so the QR gets all the room that is left.
    const QFont hintFont = textFont(2.9 * mm);
    const QString hint = trTickets("입장 시 이 QR 코드를 보여주세요 · Show this code at the entrance");
    const QFontMetricsF hintMetrics(hintFont, painter.device());
    const qreal hintHeight =
            std::min(2 * hintMetrics.lineSpacing(),
                     hintMetrics.boundingRect(QRectF(0, 0, box.width(), 1e9),
                                              Qt::AlignHCenter | Qt::TextWordWrap, hint)
                             .height());
    drawBlock(painter, QRectF(box.left(), box.bottom() - hintHeight, box.width(), hintHeight),
              hintFont, Secondary, hint, 2);

    const QFont digits = codeFont(4.6 * mm);
    const QString grouped = TicketCode::groupedForDisplay(attendee.ticketCode);
    const QFontMetricsF codeMetrics(digits, painter.device());
    const qreal codeHeight = std::min(
            2 * codeMetrics.lineSpacing(),
            codeMetrics.boundingRect(QRectF(0, 0, box.width(), 1e9),
                                     Qt::AlignHCenter | Qt::TextWordWrap | Qt::TextWrapAnywhere,
                                     grouped)
                    .height());
    const qreal codeTop = box.bottom() - hintHeight - 1.5 * mm - codeHeight;
    drawBlock(painter, QRectF(box.left(), codeTop, box.width(), codeHeight), digits, Ink, grouped,
              2);

    // The QR, quiet zone included, as large as fits: about 65 mm on A6, so the code
    // itself (without quiet zone) stays well above the 35 mm a phone screen needs.
    const qreal qrTop = y + 2.0 * mm;
    const qreal side = std::min({box.width() * 0.72, codeTop - qrTop, box.width()});
    const QRectF square(box.center().x() - side / 2, qrTop + (codeTop - qrTop - side) / 2, side,
                        side);
    if (!modules.isNull()) {
        paintQr(painter, square, modules);
    } else {
        painter.setPen(QPen(Secondary, 0.3 * mm, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(square.adjusted(side * 0.1, side * 0.1, -side * 0.1, -side * 0.1));
        drawBlock(painter, QRectF(square.left(), square.center().y() - 3 * mm, side, 6 * mm),
                  textFont(3.5 * mm), Secondary, trTickets("No ticket code"), 1);
    }
    painter.restore();
}

QImage codeImage(const QString &ticketCode, QString *error)
{
    constexpr int ModulePixels = 8;
    const QImage qr = QrCodec::encode(ticketCode, ModulePixels, error);
    if (qr.isNull())
        return {};

    // Readable under the QR in a mail client at 100 %; wider codes widen the image
    // (up to twice the QR) and then wrap, so the QR is never scaled down.
    const QFont font = codeFont(22);
    const QFontMetricsF metrics(font);
    const QString grouped = TicketCode::groupedForDisplay(ticketCode);
    const int padding = 2 * ModulePixels;
    const qreal textWidth =
            std::min<qreal>(metrics.horizontalAdvance(grouped), 2.0 * qr.width() - 2 * padding);
    const int width = std::max(qr.width(), int(std::ceil(textWidth)) + 2 * padding);
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere;
    const QRectF textBox = metrics.boundingRect(QRectF(0, 0, width - 2 * padding, 1e6), flags,
                                                grouped);
    // The text starts below the QR's quiet zone: scanners need all four modules of it.
    const int height = qr.height() + int(std::ceil(textBox.height())) + padding;

    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(255);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.drawImage((width - qr.width()) / 2, 0, qr);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(padding, qr.height(), width - 2 * padding, textBox.height()), flags,
                     grouped);
    painter.end();
    return image;
}

} // namespace mannam::TicketLayout
