#pragma once

#include "common/Attendee.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QPrinter;
class QWidget;

namespace mannam {

class EventStore;

// Prints a name badge at the desk (BadgeLayout, one badge per page) and records every
// print in the event file, reprints marked as such, so organizers can see who came back
// for a second badge. A print that fails records nothing.
// Needs a QGuiApplication (fonts).
class BadgePrinter
{
    Q_DECLARE_TR_FUNCTIONS(mannam::BadgePrinter)

public:
    BadgePrinter(EventStore &store, QString desk, const Clock &clock = Clock::system());

    // Paints `attendee`'s badge on `printer` (its page size as set: the badge is scaled to
    // the printable area; choosePrinter and printToPdf set 90 × 55 mm) and records the
    // print. False with a translated `error` when the attendee has no badge code, there
    // is no printer, the printer is not available, the job cannot start or the print
    // cannot be recorded; nothing is recorded for a badge that did not print.
    bool print(const Attendee &attendee, QPrinter &printer, QString *error = nullptr);

    // The same into a PDF file through a QPrinter in PdfFormat. The file appears only when
    // complete (an existing one is replaced); the print is recorded after that.
    bool printToPdf(const Attendee &attendee, const QString &path, QString *error = nullptr);

    // The printer for badges at this desk. The first time (or with `ask`, or when the
    // remembered printer is gone) a print dialog opens, preset to the badge size; the
    // chosen printer's name is remembered (AppSettings::Key::BadgePrinter, QSettings key
    // "desk/badgePrinter") so later check-ins print without a dialog. nullptr when the
    // dialog is cancelled. Needs a QApplication when the dialog has to open.
    static std::unique_ptr<QPrinter> choosePrinter(QWidget *parent, bool ask = false);

    // The remembered printer if it is still installed, else the system's default printer;
    // empty when there is none.
    static QString defaultPrinterName();

private:
    // Paints on a ready printer; no recording.
    bool render(const Attendee &attendee, QPrinter &printer, QString *error);
    bool record(const Attendee &attendee, QString *error);

    EventStore &m_store;
    QString m_desk;
    const Clock &m_clock;
};

} // namespace mannam
