#include "KioskPinCard.h"

#include "tickets/PdfFile.h"

#include "KioskPin.h"
#include "codes/QrCodec.h"
#include "tickets/TicketLayout.h"

#include <QDir>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

constexpr qreal PageWidthMm = 105.0; // A6 portrait
constexpr qreal MarginMm = 8.0;
constexpr qreal QrMm = 72.0;         // big enough for a webcam at arm's length

const QColor Ink(0, 0, 0);
const QColor Secondary(0x4a, 0x4a, 0x4a);
const QColor Warning(0xa4, 0x1c, 0x1c);

// Draws `text` wrapped into the width of `box` from its top; returns the height used.
qreal drawWrapped(QPainter &painter, const QRectF &box, const QFont &font, const QColor &color,
                  const QString &text)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font, painter.device());
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF needed = metrics.boundingRect(QRectF(box.left(), box.top(), box.width(), 1e9), flags, text);
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(QRectF(box.left(), box.top(), box.width(), needed.height()), flags, text);
    return needed.height();
}

} // namespace

void KioskPinCard::paint(QPainter &painter, const QRectF &page, const EventInfo &event, const QString &pin)
{
    const qreal mm = page.width() / PageWidthMm;
    const QRectF area = page.adjusted(MarginMm * mm, MarginMm * mm, -MarginMm * mm, -MarginMm * mm);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(page, Qt::white);

    qreal y = area.top();
    const auto block = [&](const QFont &font, const QColor &color, const QString &text, qreal gapMm) {
        y += drawWrapped(painter, QRectF(area.left(), y, area.width(), area.bottom() - y), font, color, text);
        y += gapMm * mm;
    };
    block(TicketLayout::textFont(3.4 * mm, QFont::DemiBold), Secondary, tr("Organizer PIN card"), 1.5);
    block(TicketLayout::textFont(6.0 * mm, QFont::Bold), Ink, event.name, 1.0);
    block(TicketLayout::textFont(3.2 * mm), Secondary, TicketLayout::eventWhen(event), 3.0);

    const QImage modules = QrCodec::encode(KioskPin::qrPayload(pin), 1);
    const qreal side = std::min(QrMm * mm, area.width());
    const QRectF square(area.center().x() - side / 2, y, side, side);
    if (!modules.isNull())
        TicketLayout::paintQr(painter, square, modules);
    y = square.bottom() + 3.0 * mm;

    block(TicketLayout::textFont(3.6 * mm, QFont::DemiBold), Ink,
          tr("Scan this at the bingo kiosk to leave kiosk mode."), 2.0);
    block(TicketLayout::textFont(3.4 * mm, QFont::Bold), Warning,
          tr("Keep this card away from attendees: whoever scans it can leave the kiosk."), 0);
    painter.restore();
}

bool KioskPinCard::writePdf(const QString &path, const EventInfo &event, const QString &pin, QString *error)
{
    if (!KioskPin::isAcceptable(pin)) {
        if (error)
            *error = tr("The PIN must be %1 to %2 digits.").arg(KioskPin::MinLength).arg(KioskPin::MaxLength);
        return false;
    }
    const QPageLayout a6(QPageSize(QPageSize::A6), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
    return PdfFile::write(path, a6, tr("Kiosk PIN card · %1").arg(event.name), [&](QPainter &painter, QPdfWriter &pdf) {
        paint(painter, QRectF(0, 0, pdf.width(), pdf.height()), event, pin);
        return true;
    }, error);
}

} // namespace mannam
