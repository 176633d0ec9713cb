#include "TicketWriter.h"

#include "TicketLayout.h"
#include "codes/QrCodec.h"
#include "transfer/CsvWriter.h"
#include "transfer/SaveFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

constexpr int PdfResolution = 300;
constexpr qreal PageMarginMm = 6.0;
// Names longer than this are cut before the id is appended: file systems and mailers
// cope, and an organizer can still recognise the code in a listing.
constexpr int MaxSanitisedLength = 48;

QString trTickets(const char *text)
{
    return QCoreApplication::translate("mannam::Tickets", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isPortableCode(const QString &code)
{
    static const QRegularExpression portable(u"^[A-Za-z0-9_-]+$"_s);
    return portable.match(code).hasMatch();
}

// Windows refuses these as file names whatever the extension.
bool isReservedOnWindows(const QString &stem)
{
    static const QRegularExpression reserved(u"^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    return reserved.match(stem).hasMatch();
}

QString sanitised(const QString &code)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]+"_s);
    QString stem = QString(code).replace(unsafe, u"_"_s);
    while (stem.startsWith(u'_'))
        stem.remove(0, 1);
    while (stem.endsWith(u'_'))
        stem.chop(1);
    stem.truncate(MaxSanitisedLength);
    return stem.isEmpty() ? u"ticket"_s : stem;
}

// What one ticket needs, prepared before any file is touched.
struct Prepared
{
    const Attendee *attendee;
    QImage modules;      // QrCodec::encode(code, 1)
    QString pngName;     // relative to outDir, '/' separated
};

// Encodes in memory and writes in one go. Not through QSaveFile: its fsync per file turns
// a thousand PNGs on a USB stick into minutes. A failed write removes the partial file,
// and a rerun rewrites every PNG anyway.
QString savePng(const QImage &image, const QString &path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return trTickets("Cannot write %1: the image could not be encoded.").arg(native(path));
    QFile file(path);
    // Unbuffered: a write that the full disk cuts short is finished at once
    // and fails with the system's reason (see writeAll).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return trTickets("Cannot write %1: %2").arg(native(path), file.errorString());
    const bool written = writeAll(file, bytes);
    const QString writeFailure = file.errorString(); // close() forgets it
    file.close();   // may report a late error, e.g. of a network drive
    if (!written || file.error() != QFileDevice::NoError) {
        const QString error = trTickets("Cannot write %1: %2")
                                      .arg(native(path), written ? file.errorString() : writeFailure);
        file.remove();
        return error;
    }
    return {};
}

} // namespace

TicketWriter::TicketWriter(EventInfo event)
    : m_event(std::move(event))
{
}

QString TicketWriter::pngFileName(const Attendee &attendee)
{
    const QString &code = attendee.ticketCode;
    if (isPortableCode(code) && !isReservedOnWindows(code))
        return code + u".png"_s;
    return sanitised(code) + u'-' + QString::number(attendee.id) + u".png"_s;
}

void TicketWriter::paintTicket(QPainter &painter, const QRectF &area, const EventInfo &event,
                               const Attendee &attendee)
{
    TicketLayout::paintTicket(painter, area, event, attendee,
                              QrCodec::encode(attendee.ticketCode, 1));
}

TicketBatchResult TicketWriter::write(const QList<Attendee> &attendees, const QString &outDir,
                                      const std::function<void(int, int)> &progress) const
{
    TicketBatchResult result;
    // Fonts need a GUI application; without one Qt aborts instead of failing.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        result.error = trTickets("Tickets can only be drawn by a graphical application.");
        return result;
    }

    // 1. Check and encode every code before writing anything, so a bad code fails the
    //    batch with nothing written rather than halfway through.
    QList<Prepared> tickets;
    tickets.reserve(attendees.size());
    QSet<QString> takenNames;   // lower-cased: Windows and macOS ignore case
    for (const Attendee &attendee : attendees) {
        if (attendee.status == AttendeeStatus::Cancelled) {
            ++result.skippedCancelled;
            continue;
        }
        if (attendee.ticketCode.isEmpty()) {
            result.error = trTickets("%1 has no ticket code.").arg(attendee.name);
            return result;
        }
        QString encodeError;
        QImage modules = QrCodec::encode(attendee.ticketCode, 1, &encodeError);
        if (modules.isNull()) {
            result.error = trTickets("Cannot make the QR code of %1: %2")
                                   .arg(attendee.name, encodeError);
            return result;
        }
        // Two imported codes may sanitise (or case-fold) to the same name.
        QString name = pngFileName(attendee);
        for (int n = 2; takenNames.contains(name.toLower()); ++n)
            name = pngFileName(attendee).chopped(4) + u'-' + QString::number(n) + u".png"_s;
        takenNames.insert(name.toLower());
        tickets.append({&attendee, std::move(modules), u"png/"_s + name});
    }

    // An empty PDF is not a valid PDF; better to say so than to produce one.
    if (tickets.isEmpty()) {
        result.error = trTickets("There is nobody to make tickets for.");
        return result;
    }

    // 2. Folders.
    const QDir dir(outDir);
    const QString pngDir = dir.filePath(u"png"_s);
    if (!QDir().mkpath(pngDir)) {
        result.error = trTickets("Cannot create the folder %1.").arg(native(pngDir));
        return result;
    }

    // 3. The PDF and CSV go to temporary files that replace the final names on commit;
    //    on any failure below they are discarded when the QSaveFiles go out of scope.
    const QString pdfPath = dir.filePath(u"tickets.pdf"_s);
    const QString csvPath = dir.filePath(u"mail-merge.csv"_s);
    CompleteSaveFile pdfFile(pdfPath);
    if (!pdfFile.open(QIODevice::WriteOnly)) {
        result.error = trTickets("Cannot write %1: %2").arg(native(pdfPath), pdfFile.errorString());
        return result;
    }
    CompleteSaveFile csvFile(csvPath);
    if (!csvFile.open(QIODevice::WriteOnly)) {
        result.error = trTickets("Cannot write %1: %2").arg(native(csvPath), csvFile.errorString());
        return result;
    }

    CsvWriter csv(&csvFile);
    csv.writeRow({u"name"_s, u"email"_s, u"ticket_code"_s, u"png_file"_s});

    QPdfWriter pdf(&pdfFile);
    pdf.setResolution(PdfResolution);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A6), QPageLayout::Portrait,
                                  QMarginsF(PageMarginMm, PageMarginMm, PageMarginMm, PageMarginMm),
                                  QPageLayout::Millimeter));
    pdf.setTitle(m_event.name);
    pdf.setCreator(u"Mannam "_s + QLatin1StringView(MANNAM_VERSION));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        result.error = trTickets("Cannot write %1: %2").arg(native(pdfPath), pdfFile.failureReason());
        return result;
    }
    const QRectF page(0, 0, pdf.width(), pdf.height());

    // 4. One ticket at a time: PNG, PDF page, CSV row.
    const int total = int(tickets.size());
    if (progress)
        progress(0, total);
    for (int i = 0; i < total; ++i) {
        const Prepared &ticket = tickets.at(i);
        const Attendee &attendee = *ticket.attendee;

        QString error;
        const QImage png = TicketLayout::codeImage(attendee.ticketCode, &error);
        if (png.isNull()) {
            result.error = trTickets("Cannot make the QR code of %1: %2").arg(attendee.name, error);
            return result;
        }
        error = savePng(png, dir.filePath(ticket.pngName));
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }

        if (i > 0 && !pdf.newPage()) {
            result.error = trTickets("Cannot write %1: %2").arg(native(pdfPath), pdfFile.failureReason());
            return result;
        }
        TicketLayout::paintTicket(painter, page, m_event, attendee, ticket.modules);

        csv.writeRow({attendee.name, attendee.email, attendee.ticketCode, ticket.pngName});
        if (!csv.ok()) {
            result.error = trTickets("Cannot write %1: %2").arg(native(csvPath), csv.errorString());
            return result;
        }

        result.written = i + 1;
        // Often enough for a progress bar, rarely enough not to cost anything.
        if (progress && ((i + 1) % 10 == 0 || i + 1 == total))
            progress(i + 1, total);
    }

    painter.end();
    // QPdfWriter has no error channel of its own; a write failure sticks to the device.
    if (!pdfFile.commit()) {
        result.error = trTickets("Cannot write %1: %2").arg(native(pdfPath), pdfFile.failureReason());
        return result;
    }
    if (!csv.ok() || !csvFile.commit()) {
        result.error = trTickets("Cannot write %1: %2")
                               .arg(native(csvPath),
                                    csv.ok() ? csvFile.failureReason() : csv.errorString());
        return result;
    }
    result.pdfPath = pdfPath;
    result.csvPath = csvPath;
    result.pngDir = pngDir;
    return result;
}

} // namespace mannam
