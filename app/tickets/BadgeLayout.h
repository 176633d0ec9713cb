#pragma once

#include "common/Attendee.h"

#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>

class QPaintDevice;
class QPainter;

namespace mannam {

// How a name badge looks: the name very large, the affiliation, the event, the ticket
// type as a tag, and the BADGE code as a QR (scanned at the networking-bingo kiosk; the
// ticket code never goes on a badge, it admits at the door).
// Designed for a 90 × 55 mm badge-holder insert; any other area is filled by scaling,
// and an upright area (A6 portrait, say) puts the QR under the text instead of beside it.
// Fonts and QR painting come from TicketLayout, so badges and tickets look alike.
// Needs a QGuiApplication (fonts).
namespace BadgeLayout {

constexpr qreal BadgeWidthMm = 90.0;
constexpr qreal BadgeHeightMm = 55.0;

// 90 × 55 mm, wider than high as given (no orientation flip needed).
QPageSize badgePageSize();
// badgePageSize() without margins: the badge keeps its own white border, and badge and
// label printers print to the edge. On a printer that cannot, Qt applies its minimum
// margins and the badge is scaled into what is left.
QPageLayout badgePageLayout();

// Where paintBadge puts things in `area` for this attendee, in the painter's device
// units: exposed so that tests (and a preview) can check that a long name fits and never
// runs into the QR. `device` gives the font metrics (nullptr: the screen).
struct Geometry
{
    QRectF box;          // the whole badge (== area)
    QRectF event;        // event name, one line
    QRectF name;         // the name, one line
    QFont nameFont;      // the size the name was shrunk to, if it had to be
    QRectF affiliation;  // up to two lines; empty when there is no affiliation
    QFont affiliationFont;
    QRectF tag;          // the ticket type's outline; empty when there is no ticket type
    QRectF qr;           // the QR including its quiet zone
    QRectF caption;      // "networking bingo" under the QR
    qreal mm = 0;        // device units per design millimetre
};
Geometry geometry(const QRectF &area, const EventInfo &event, const Attendee &attendee,
                  QPaintDevice *device = nullptr);

// The badge, scaled to fill `area`. An attendee without a usable badge code gets a
// dashed "no badge code" box where the QR would be.
void paintBadge(QPainter &painter, const QRectF &area, const EventInfo &event,
                const Attendee &attendee);

// One badge per 90 × 55 mm page, in the order given (the caller decides who: cancelled
// people are not filtered here). Every badge code is encoded before anything is written;
// the file appears only when complete (QSaveFile). False and a translated `error` that
// names the path or the person otherwise.
bool writeBadgesPdf(const QList<Attendee> &attendees, const EventInfo &event,
                    const QString &path, QString *error = nullptr);
// (Several badges to an A4 sheet for cutting: BadgeSheet.)

} // namespace BadgeLayout
} // namespace mannam
