#pragma once

#include "common/Attendee.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace mannam {

// The organizer's printed PIN card: the event name and a big QR of
// KioskPin::qrPayload(pin), which the kiosk takes as the typed PIN. The PIN is
// stored only as a hash, so the card can only be made while it is known (right
// after it was chosen). The digits themselves are not printed.
class KioskPinCard
{
    Q_DECLARE_TR_FUNCTIONS(mannam::KioskPinCard)

public:
    // One A6 page. False (with `error`, translated) when the PIN is not
    // acceptable or the file cannot be written; nothing is left behind then.
    static bool writePdf(const QString &path, const EventInfo &event, const QString &pin,
                         QString *error = nullptr);
    // The card painted into `page` (device pixels of the painter's device).
    static void paint(QPainter &painter, const QRectF &page, const EventInfo &event, const QString &pin);
};

} // namespace mannam
