#pragma once

#include "common/Attendee.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace mannam {

struct TicketBatchResult
{
    int written = 0;              // tickets written; after a failure, the PNGs already written
    int skippedCancelled = 0;
    QString pdfPath;              // set only when the file was completely written
    QString csvPath;
    QString pngDir;
    QString error;                // user-visible; names the path that failed
    bool ok() const { return error.isEmpty(); }
};

// Produces what organizers feed to their mailer and printer: a QR PNG per attendee,
// tickets.pdf with one ticket per A6 page, and mail-merge.csv.
// Needs a QGuiApplication (text rendering); the CLI can run it on the offscreen platform.
class TicketWriter
{
public:
    explicit TicketWriter(EventInfo event);

    // Writes into outDir (created if missing): png/<file>.png per attendee, tickets.pdf and
    // mail-merge.csv (columns name, email, ticket_code, png_file; png_file relative to
    // outDir, with '/'). Cancelled attendees are skipped and counted. Files of the same
    // names are overwritten; the PDF and the CSV appear only once complete (temporary
    // file, then rename), a PNG that fails to write is removed.
    // Every ticket code is checked before anything is written, so an attendee without a
    // usable code fails the batch up front. progress(done, total) is called now and then.
    TicketBatchResult write(const QList<Attendee> &attendees, const QString &outDir,
                            const std::function<void(int, int)> &progress = {}) const;

    // One ticket rendered for screen, print or PNG, scaled to fit `area` (designed for the
    // printable part of an A6 page): used by the PDF and by the desk's badge preview.
    static void paintTicket(QPainter &painter, const QRectF &area, const EventInfo &event,
                            const Attendee &attendee);

    // The file name (without folder) used for this attendee's PNG when no other attendee
    // of the batch claims it: "<ticketCode>.png" when the code is only [A-Za-z0-9_-] and
    // not a reserved device name on Windows, else a sanitised code plus the attendee id.
    static QString pngFileName(const Attendee &attendee);

private:
    EventInfo m_event;
};

} // namespace mannam
