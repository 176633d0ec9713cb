#pragma once

#include "common/Attendee.h"

#include <QFont>
#include <QImage>
#include <QLocale>
#include <QRectF>
#include <QString>

class QPainter;

namespace mannam {

// How a ticket looks. Shared by the PDF, the PNGs and (later) the desk's badge preview,
// so that what staff see on screen is what attendees got by mail.
// Needs a QGuiApplication (fonts).
namespace TicketLayout {

// A sans-serif font that has Hangul. The listed families are tried in order and Qt
// falls back per glyph after them, so a machine without Noto CJK still renders.
QFont textFont(qreal pixelSize, QFont::Weight weight = QFont::Normal);
// Monospaced digits for the code, so groups line up for manual entry.
QFont codeFont(qreal pixelSize);

// "Saturday, 14 June 2025 19:00–21:30" in the locale's long date and short time,
// converted to local time. Empty when the event has no start.
QString eventWhen(const EventInfo &event, const QLocale &locale = QLocale());

// Paints a QR given as QrCodec::encode(text, 1) (one pixel per module, quiet zone
// included) into `square` as vector rectangles: sharp in a PDF at any zoom and on any
// printer, and a fraction of the size of an embedded bitmap.
void paintQr(QPainter &painter, const QRectF &square, const QImage &modules);

// The whole ticket. `modules` as for paintQr; a null image paints a "no code" notice.
void paintTicket(QPainter &painter, const QRectF &area, const EventInfo &event,
                 const Attendee &attendee, const QImage &modules);

// The PNG for the mailer: the QR at 8 px per module with its quiet zone and the grouped
// code beneath it, on white. Null image (and `error`) when the code cannot be encoded.
QImage codeImage(const QString &ticketCode, QString *error = nullptr);

} // namespace TicketLayout
} // namespace mannam
