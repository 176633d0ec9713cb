#include "BadgeLayout.h"

#include "PdfFile.h"
#include "TicketLayout.h"
#include "codes/QrCodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace mannam::BadgeLayout {

namespace {

// Vector coordinates in a PDF; 300 units per inch is plenty for 0.1 mm precision.
// The white border inside the badge's edge (cutting tolerance, holder windows).
constexpr qreal Padding = 4.0;
// Largest name, in design millimetres of font pixel size (the em): 홍길동 is about 45 mm
// wide at this size, the width of the text column. Longer names shrink from here.
constexpr qreal NameMaxPx = 15.0;
// The QR including its quiet zone. For a 24-digit code (29 modules with the quiet zone)
// that is 1.14 mm per module and 25 mm for the code itself: comfortably above the 20 mm
// asked for the kiosk webcam, with room to spare for worn, slightly bent badges.
constexpr qreal QrSide = 33.0;
// With the name across the whole width (long names) the QR gives up a little room:
// 31 mm is still 22 mm of code.
constexpr qreal QrSideAcross = 31.0;
// The QR's own quiet zone is the white border on its sides, so it sits this far from the
// edge instead of `Padding`.
constexpr qreal QrEdge = 1.0;

const QColor Ink(0, 0, 0);
const QColor Secondary(0x4a, 0x4a, 0x4a);
const QColor TagFill(0x22, 0x22, 0x22);

QString trBadges(const char *text)
{
    return QCoreApplication::translate("mannam::Badges", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QFontMetricsF metricsFor(const QFont &font, QPaintDevice *device)
{
    return device ? QFontMetricsF(font, device) : QFontMetricsF(font);
}

QString caption()
{
    return trBadges("networking bingo · 네트워킹 빙고");
}

// The name on one line, never split or elided: the largest size up to `maxPx` at which
// it fits `width`. Text width grows about linearly with the size, so one division gets
// close and a few small steps absorb the rounding to whole device pixels.
QFont fitOneLine(const QString &text, qreal width, qreal maxPx, QPaintDevice *device)
{
    QFont font = TicketLayout::textFont(maxPx, QFont::Bold);
    const qreal advance = metricsFor(font, device).horizontalAdvance(text);
    if (advance <= width || text.isEmpty())
        return font;
    qreal px = maxPx * width / advance;
    for (int i = 0; i < 40; ++i) {
        font = TicketLayout::textFont(px, QFont::Bold);
        if (metricsFor(font, device).horizontalAdvance(text) <= width || px <= 1.0)
            break;
        px *= 0.97;
    }
    // Below one device pixel per em (absurd names on a thumbnail) condense instead.
    const qreal still = metricsFor(font, device).horizontalAdvance(text);
    if (still > width)
        font.setStretch(std::max(1, int(std::floor(100.0 * width / still))));
    return font;
}

// Lays `text` out in at most `maxLines` lines of `width`; the last line is elided when the
// text needs more. Returns the lines to draw.
QStringList wrapLines(const QString &text, const QFont &font, qreal width, int maxLines,
                      QPaintDevice *device)
{
    QStringList lines;
    if (text.isEmpty())
        return lines;
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = text.mid(line.textStart());
            lines.append(metricsFor(font, device).elidedText(rest, Qt::ElideRight, width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

// The affiliation: from `maxPx` down to `minPx` until it fits two lines.
QFont fitTwoLines(const QString &text, qreal width, qreal maxPx, qreal minPx,
                  QPaintDevice *device)
{
    QFont font = TicketLayout::textFont(maxPx);
    for (qreal px = maxPx; px > minPx; px *= 0.92) {
        font = TicketLayout::textFont(px);
        const QRectF needed = metricsFor(font, device).boundingRect(
                QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text);
        if (needed.height() <= 2 * metricsFor(font, device).lineSpacing() + 0.5)
            return font;
    }
    return TicketLayout::textFont(minPx);
}

struct Fonts
{
    QFont event;
    QFont affiliation;
    QFont tag;
    QFont caption;
};

Fonts fontsFor(qreal mm)
{
    return {TicketLayout::textFont(3.0 * mm, QFont::DemiBold), TicketLayout::textFont(4.4 * mm),
            TicketLayout::textFont(3.0 * mm, QFont::DemiBold),
            TicketLayout::textFont(2.2 * mm, QFont::Medium)};
}

// The caption on one line when it fits the QR's width, else broken at the " · " between
// the languages (a translation without one is word-wrapped).
QStringList captionLines(const QFont &font, qreal width, QPaintDevice *device)
{
    const QString text = caption();
    if (metricsFor(font, device).horizontalAdvance(text) <= width)
        return {text};
    const qsizetype dot = text.indexOf(u" · "_s);
    if (dot > 0)
        return {text.left(dot), text.mid(dot + 3)};
    return wrapLines(text, font, width, 2, device);
}

} // namespace

QPageSize badgePageSize()
{
    return QPageSize(QSizeF(BadgeWidthMm, BadgeHeightMm), QPageSize::Millimeter,
                     trBadges("Badge %1 × %2 mm").arg(BadgeWidthMm).arg(BadgeHeightMm),
                     QPageSize::ExactMatch);
}

QPageLayout badgePageLayout()
{
    return QPageLayout(badgePageSize(), QPageLayout::Portrait, QMarginsF(),
                       QPageLayout::Millimeter);
}

namespace {

// What every arrangement needs: sizes in device units and the measured texts.
struct Context
{
    QRectF area;
    QRectF inner;            // area minus Padding
    qreal mm = 0;
    QPaintDevice *device = nullptr;
    Fonts fonts;
    QString name;            // trimmed
    QString affiliation;
    QString ticketType;      // trimmed
    qreal quietShare = 0;    // quiet zone / QR side
    qreal moduleShare = 0;   // one module / QR side

    QFontMetricsF metrics(const QFont &font) const { return metricsFor(font, device); }

    QRectF tagAt(qreal left, qreal bottom, qreal maxWidth) const
    {
        if (ticketType.isEmpty())
            return {};
        const QFontMetricsF tag = metrics(fonts.tag);
        const QString text = tag.elidedText(ticketType, Qt::ElideRight, maxWidth - 4 * mm);
        const qreal width = tag.horizontalAdvance(text) + 4 * mm;
        const qreal height = tag.height() + 1.2 * mm;
        return QRectF(left, bottom - height, width, height);
    }

    // The caption under the code itself (not under its white border), a module and a half
    // below it: scanners need most of the quiet zone, people need to see what it is for.
    // As wide as the code plus a module each side, so it stays off the badge's edge.
    QRectF captionUnder(const QRectF &qr) const
    {
        const qreal width = qr.width() * (1 - 2 * quietShare + 2 * moduleShare);
        const int lines = int(captionLines(fonts.caption, width, device).size());
        const qreal top = qr.bottom() - qr.width() * (quietShare - 1.5 * moduleShare);
        return QRectF(qr.center().x() - width / 2, top, width,
                      lines * metrics(fonts.caption).lineSpacing());
    }

    // A QR `side` wide with its left edge at `left`, low enough on the badge that
    // its caption ends 1.5 mm above the bottom edge.
    QRectF qrAtBottom(qreal side, qreal left) const
    {
        const qreal captionHeight = captionUnder(QRectF(0, 0, side, side)).height();
        const qreal codeBottom = area.bottom() - 1.5 * mm - captionHeight - 1.5 * side * moduleShare;
        return QRectF(left, codeBottom + side * quietShare - side, side, side);
    }

    // Affiliation font and height (in up to two lines) for a column `width` wide.
    std::pair<QFont, qreal> affiliationIn(qreal width) const
    {
        const QFont font = fitTwoLines(affiliation, width, 4.4 * mm, 3.2 * mm, device);
        const qsizetype lines = wrapLines(affiliation, font, width, 2, device).size();
        return {font, lines * metrics(font).lineSpacing()};
    }

    // The largest name for a band `height` high and `width` wide, at most `maxPx`. The
    // line of Noto CJK is about 1.45 em high (tall ascent for Hangul), hence the division.
    QFont nameFor(qreal width, qreal height, qreal maxPx) const
    {
        return fitOneLine(name, width, std::max(1.0, std::min(maxPx, height / 1.45)), device);
    }
};

// Landscape, the usual case: text column on the left, QR top right. Gives short names
// (Korean names, "Alice Park") the largest type.
Geometry besideQr(const Context &c)
{
    const qreal mm = c.mm;
    Geometry g;
    g.box = c.area;
    g.mm = mm;
    // The QR in the top-right corner, its quiet zone doubling as the border.
    const qreal side = std::min(QrSide * mm, c.area.height() * 0.62);
    g.qr = QRectF(c.area.right() - QrEdge * mm - side, c.area.top() + QrEdge * mm, side, side);
    g.caption = c.captionUnder(g.qr);

    // Text column: left of the QR, clear of its quiet zone.
    const QRectF column(c.inner.left(), c.inner.top(), g.qr.left() - 1.0 * mm - c.inner.left(),
                        c.inner.height());
    g.event = QRectF(column.left(), column.top(), column.width(), c.metrics(c.fonts.event).height());
    g.tag = c.tagAt(column.left(), column.bottom(), column.width());

    const qreal middleTop = g.event.bottom() + 1.5 * mm;
    const qreal middleBottom = g.tag.isEmpty() ? column.bottom() : g.tag.top() - 1.5 * mm;
    qreal affiliationHeight = 0;
    std::tie(g.affiliationFont, affiliationHeight) = c.affiliationIn(column.width());
    g.nameFont = c.nameFor(column.width(), middleBottom - middleTop - affiliationHeight - 1.0 * mm,
                           NameMaxPx * mm);
    const qreal nameHeight = c.metrics(g.nameFont).height();
    const qreal block = nameHeight + (affiliationHeight > 0 ? 0.5 * mm + affiliationHeight : 0);
    // Centred in the band, nudged up: the optical centre, and the eye reads top-down.
    const qreal top = middleTop + std::max(0.0, (middleBottom - middleTop - block) * 0.42);
    g.name = QRectF(column.left(), top, column.width(), nameHeight);
    g.affiliation = QRectF(column.left(), g.name.bottom() + 0.5 * mm, column.width(),
                           affiliationHeight);
    return g;
}

// Landscape for long names: the name across the whole width under the event, the QR
// bottom right (a little smaller, the code still above 20 mm), affiliation and tag beside it.
Geometry nameAcross(const Context &c)
{
    const qreal mm = c.mm;
    Geometry g;
    g.box = c.area;
    g.mm = mm;
    g.event = QRectF(c.inner.left(), c.inner.top(), c.inner.width(),
                     c.metrics(c.fonts.event).height());

    const qreal side = std::min(QrSideAcross * mm, c.area.height() * 0.58);
    g.qr = c.qrAtBottom(side, c.area.right() - QrEdge * mm - side);
    g.caption = c.captionUnder(g.qr);

    const qreal bandTop = g.event.bottom() + 1.0 * mm;
    g.nameFont = c.nameFor(c.inner.width(), g.qr.top() - bandTop, NameMaxPx * mm);
    const qreal nameHeight = c.metrics(g.nameFont).height();
    g.name = QRectF(c.inner.left(), bandTop + std::max(0.0, (g.qr.top() - bandTop - nameHeight) / 2),
                    c.inner.width(), nameHeight);

    const QRectF column(c.inner.left(), g.name.bottom() + 0.5 * mm,
                        g.qr.left() - 1.0 * mm - c.inner.left(), 0);
    qreal affiliationHeight = 0;
    std::tie(g.affiliationFont, affiliationHeight) = c.affiliationIn(column.width());
    g.affiliation = QRectF(column.left(), column.top(), column.width(), affiliationHeight);
    g.tag = c.tagAt(column.left(), c.inner.bottom(), column.width());
    return g;
}

// Upright areas (an A6 card): everything centred and stacked, the QR at the bottom.
Geometry stacked(const Context &c)
{
    const qreal mm = c.mm;
    Geometry g;
    g.box = c.area;
    g.mm = mm;
    g.event = QRectF(c.inner.left(), c.inner.top(), c.inner.width(),
                     c.metrics(c.fonts.event).height());
    const qreal side = std::min(c.inner.width() * 0.8, c.inner.height() * 0.5);
    g.qr = c.qrAtBottom(side, c.inner.center().x() - side / 2);
    g.caption = c.captionUnder(g.qr);

    qreal affiliationHeight = 0;
    std::tie(g.affiliationFont, affiliationHeight) = c.affiliationIn(c.inner.width());
    const QRectF tag = c.tagAt(0, 0, c.inner.width());
    const qreal tagHeight = tag.isEmpty() ? 0 : 2.0 * mm + tag.height();
    const qreal middleTop = g.event.bottom() + 2.0 * mm;
    const qreal middleBottom = g.qr.top() - 1.0 * mm;
    g.nameFont = c.nameFor(c.inner.width(),
                           middleBottom - middleTop - affiliationHeight - tagHeight - 1.0 * mm,
                           NameMaxPx * 1.2 * mm);
    const qreal nameHeight = c.metrics(g.nameFont).height();
    const qreal block = nameHeight + 0.5 * mm + affiliationHeight + tagHeight;
    const qreal top = middleTop + std::max(0.0, (middleBottom - middleTop - block) * 0.42);
    g.name = QRectF(c.inner.left(), top, c.inner.width(), nameHeight);
    g.affiliation = QRectF(c.inner.left(), g.name.bottom() + 0.5 * mm, c.inner.width(),
                           affiliationHeight);
    if (!tag.isEmpty())
        g.tag = QRectF(c.inner.center().x() - tag.width() / 2, g.affiliation.bottom() + 2.0 * mm,
                       tag.width(), tag.height());
    return g;
}

} // namespace

Geometry geometry(const QRectF &area, const EventInfo &event, const Attendee &attendee,
                  QPaintDevice *device)
{
    Q_UNUSED(event)   // one line whatever its length: elided, so it never moves anything
    const bool landscape = area.width() >= area.height();
    // The design is 90 × 55 in either orientation; the longer side takes any extra room.
    const qreal mm = landscape
            ? std::min(area.width() / BadgeWidthMm, area.height() / BadgeHeightMm)
            : std::min(area.width() / BadgeHeightMm, area.height() / BadgeWidthMm);
    if (mm <= 0) {
        Geometry empty;
        empty.box = area;
        return empty;
    }

    Context c;
    c.area = area;
    c.inner = area.adjusted(Padding * mm, Padding * mm, -Padding * mm, -Padding * mm);
    c.mm = mm;
    c.device = device;
    c.fonts = fontsFor(mm);
    c.name = attendee.name.trimmed();
    c.affiliation = attendee.affiliation.trimmed();
    c.ticketType = attendee.ticketType.trimmed();
    // The quiet zone's share depends on the QR's version (longer imported codes need more
    // modules); 29 modules (a 24-digit code) when there is no code to measure.
    const QImage modules =
            attendee.badgeCode.isEmpty() ? QImage() : QrCodec::encode(attendee.badgeCode, 1);
    const int moduleCount = modules.isNull() ? 29 : modules.width();
    c.quietShare = qreal(QrCodec::QuietZoneModules) / moduleCount;
    c.moduleShare = 1.0 / moduleCount;

    if (!landscape)
        return stacked(c);
    // Beside the QR unless the name would come out clearly larger across the whole width.
    Geometry beside = besideQr(c);
    Geometry across = nameAcross(c);
    return across.nameFont.pixelSize() > beside.nameFont.pixelSize() * 1.15 ? across : beside;
}


namespace {

void paintWith(QPainter &painter, const QRectF &area, const EventInfo &event,
               const Attendee &attendee, const QImage &modules)
{
    QPaintDevice *device = painter.device();
    const Geometry g = geometry(area, event, attendee, device);
    if (g.mm <= 0)
        return;
    const qreal mm = g.mm;
    const bool landscape = area.width() >= area.height();
    const int align = landscape ? Qt::AlignLeft : Qt::AlignHCenter;
    const Fonts fonts = fontsFor(mm);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(area, Qt::white);

    // Event: small, secondary, one line.
    painter.setFont(fonts.event);
    painter.setPen(Secondary);
    painter.drawText(g.event, align | Qt::AlignVCenter | Qt::TextSingleLine,
                     metricsFor(fonts.event, device)
                             .elidedText(event.name, Qt::ElideRight, g.event.width()));

    // Name: exactly as written, one line; the geometry already shrank it to fit, and
    // TextDontClip makes sure a rounding pixel never cuts a glyph.
    painter.setFont(g.nameFont);
    painter.setPen(Ink);
    painter.drawText(g.name, align | Qt::AlignVCenter | Qt::TextSingleLine | Qt::TextDontClip,
                     attendee.name.trimmed());

    // Affiliation: up to two lines, elided after that.
    const QString affiliation = attendee.affiliation.trimmed();
    if (!g.affiliation.isEmpty()) {
        const QFont &font = g.affiliationFont;
        const QFontMetricsF metrics = metricsFor(font, device);
        painter.setFont(font);
        painter.setPen(Ink);
        qreal y = g.affiliation.top();
        for (const QString &line :
             wrapLines(affiliation, font, g.affiliation.width(), 2, device)) {
            painter.drawText(QRectF(g.affiliation.left(), y, g.affiliation.width(),
                                    metrics.lineSpacing()),
                             align | Qt::AlignVCenter | Qt::TextSingleLine, line);
            y += metrics.lineSpacing();
        }
    }

    // Ticket type: a dark pill, so staff spot "Speaker" or "Staff" across the room.
    if (!g.tag.isEmpty()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(TagFill);
        painter.drawRoundedRect(g.tag, g.tag.height() / 2, g.tag.height() / 2);
        painter.setFont(fonts.tag);
        painter.setPen(Qt::white);
        painter.drawText(g.tag, Qt::AlignCenter | Qt::TextSingleLine,
                         metricsFor(fonts.tag, device)
                                 .elidedText(attendee.ticketType.trimmed(), Qt::ElideRight,
                                             g.tag.width() - 4 * mm + 0.5));
    }

    // The badge QR, or a visible gap where it should be.
    if (!modules.isNull()) {
        TicketLayout::paintQr(painter, g.qr, modules);
    } else {
        const qreal inset = g.qr.width() * 0.14;
        painter.setPen(QPen(Secondary, 0.3 * mm, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(g.qr.adjusted(inset, inset, -inset, -inset));
        painter.setFont(fonts.caption);
        painter.drawText(g.qr, Qt::AlignCenter | Qt::TextWordWrap, trBadges("No badge code"));
    }

    painter.setFont(fonts.caption);
    painter.setPen(Secondary);
    const QFontMetricsF captionMetrics = metricsFor(fonts.caption, device);
    qreal y = g.caption.top();
    for (const QString &line : captionLines(fonts.caption, g.caption.width(), device)) {
        painter.drawText(QRectF(g.caption.left(), y, g.caption.width(), captionMetrics.lineSpacing()),
                         Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine, line);
        y += captionMetrics.lineSpacing();
    }
    painter.restore();
}

struct Prepared
{
    const Attendee *attendee;
    QImage modules;
};

// Every code checked and encoded before a file is touched.
bool prepare(const QList<Attendee> &attendees, QList<Prepared> &out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // Fonts need a GUI application; without one Qt aborts instead of failing.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(trBadges("Badges can only be drawn by a graphical application."));
    if (attendees.isEmpty())
        return fail(trBadges("There is nobody to make badges for."));
    out.reserve(attendees.size());
    for (const Attendee &attendee : attendees) {
        if (attendee.badgeCode.isEmpty())
            return fail(trBadges("%1 has no badge code.").arg(attendee.name));
        QString encodeError;
        QImage modules = QrCodec::encode(attendee.badgeCode, 1, &encodeError);
        if (modules.isNull())
            return fail(trBadges("Cannot make the badge QR code of %1: %2")
                                .arg(attendee.name, encodeError));
        out.append({&attendee, std::move(modules)});
    }
    return true;
}

// The badge PDFs' title and file handling (PdfFile).
template<typename Paint>
bool writePdf(const QString &path, const EventInfo &event, const QPageLayout &layout,
              QString *error, Paint &&paint)
{
    return PdfFile::write(path, layout, trBadges("Badges · %1").arg(event.name), paint, error);
}

} // namespace

void paintBadge(QPainter &painter, const QRectF &area, const EventInfo &event,
                const Attendee &attendee)
{
    const QImage modules =
            attendee.badgeCode.isEmpty() ? QImage() : QrCodec::encode(attendee.badgeCode, 1);
    paintWith(painter, area, event, attendee, modules);
}

bool writeBadgesPdf(const QList<Attendee> &attendees, const EventInfo &event,
                    const QString &path, QString *error)
{
    QList<Prepared> badges;
    if (!prepare(attendees, badges, error))
        return false;
    return writePdf(path, event, badgePageLayout(), error,
                    [&](QPainter &painter, QPdfWriter &pdf) {
                        const QRectF page(0, 0, pdf.width(), pdf.height());
                        for (qsizetype i = 0; i < badges.size(); ++i) {
                            if (i > 0 && !pdf.newPage())
                                return false;
                            paintWith(painter, page, event, *badges.at(i).attendee,
                                      badges.at(i).modules);
                        }
                        return true;
                    });
}

} // namespace mannam::BadgeLayout
