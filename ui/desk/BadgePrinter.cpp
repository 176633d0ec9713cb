#include "BadgePrinter.h"

#include "common/AppSettings.h"
#include "storage/EventStore.h"
#include "storage/StorageError.h"
#include "tickets/BadgeLayout.h"
#include "transfer/SaveFile.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTemporaryFile>

#include <utility>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isInstalled(const QString &printerName)
{
    return !printerName.isEmpty() && !QPrinterInfo::printerInfo(printerName).isNull();
}

} // namespace

BadgePrinter::BadgePrinter(EventStore &store, QString desk, const Clock &clock)
    : m_store(store), m_desk(std::move(desk)), m_clock(clock)
{
}

bool BadgePrinter::render(const Attendee &attendee, QPrinter &printer, QString *error)
{
    if (attendee.badgeCode.isEmpty())
        return fail(error, tr("%1 has no badge code, so no badge can be printed.").arg(attendee.name));

    if (printer.outputFormat() == QPrinter::NativeFormat) {
        if (printer.printerName().isEmpty())
            return fail(error, tr("No printer is set up for badges."));
        if (!printer.isValid())
            return fail(error, tr("The badge printer \"%1\" is not available.")
                                       .arg(printer.printerName()));
    } else if (printer.outputFileName().isEmpty()) {
        // What QPrinter falls back to on a machine without printers: a PDF going nowhere.
        return fail(error, tr("No printer is set up for badges."));
    }

    EventInfo event;
    try {
        event = m_store.eventInfo();
    } catch (const StorageError &e) {
        return fail(error, tr("The badge could not be printed: %1").arg(e.message()));
    }

    const QString target = printer.outputFormat() == QPrinter::NativeFormat
            ? printer.printerName()
            : native(printer.outputFileName());
    printer.setDocName(tr("Badge · %1").arg(attendee.name));
    QPainter painter;
    if (!painter.begin(&printer))
        return fail(error, tr("The badge could not be sent to %1.").arg(target));
    // The painter's origin is the printable area's corner unless the printer is in
    // full-page mode; the badge is scaled into the printable area either way.
    const QRect paintRect = printer.pageLayout().paintRectPixels(printer.resolution());
    const QRectF area = printer.fullPage() ? QRectF(paintRect) : QRectF(QPointF(), paintRect.size());
    BadgeLayout::paintBadge(painter, area, event, attendee);
    if (!painter.end())
        return fail(error, tr("The badge could not be sent to %1.").arg(target));
    return true;
}

bool BadgePrinter::record(const Attendee &attendee, QString *error)
{
    try {
        m_store.write([&] { m_store.recordBadgePrint(attendee.id, m_desk, m_clock.nowUtc()); });
    } catch (const StorageError &e) {
        return fail(error, tr("The badge was printed but the print could not be recorded: %1")
                                   .arg(e.message()));
    }
    return true;
}

bool BadgePrinter::print(const Attendee &attendee, QPrinter &printer, QString *error)
{
    return render(attendee, printer, error) && record(attendee, error);
}

bool BadgePrinter::printToPdf(const Attendee &attendee, const QString &path, QString *error)
{
    auto cannotWrite = [&](const QString &reason) {
        return fail(error, tr("Cannot write %1: %2").arg(native(path), reason));
    };
    // Opened first, so an unwritable folder is reported before anything is drawn.
    CompleteSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());

    // QPrinter writes only to a named file, which a crash would leave half-written, so it
    // writes to a temporary file and the bytes go to `path` through the QSaveFile.
    QTemporaryFile scratch(QDir::temp().filePath(u"mannam-badge-XXXXXX.pdf"_s));
    if (!scratch.open())
        return cannotWrite(scratch.errorString());
    scratch.close();

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(scratch.fileName());
    printer.setPageLayout(BadgeLayout::badgePageLayout());
    printer.setCreator(u"Mannam "_s + QLatin1StringView(MANNAM_VERSION));
    if (!render(attendee, printer, error))
        return false;

    QFile rendered(scratch.fileName());
    if (!rendered.open(QIODevice::ReadOnly))
        return cannotWrite(rendered.errorString());
    const QByteArray bytes = rendered.readAll();
    if (bytes.isEmpty())
        return cannotWrite(tr("the badge could not be drawn."));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return cannotWrite(file.failureReason());
    return record(attendee, error);
}

std::unique_ptr<QPrinter> BadgePrinter::choosePrinter(QWidget *parent, bool ask)
{
    const QString remembered = AppSettings::value(AppSettings::Key::BadgePrinter).toString();
    if (!ask && isInstalled(remembered)) {
        auto printer = std::make_unique<QPrinter>(QPrinterInfo::printerInfo(remembered),
                                                  QPrinter::HighResolution);
        // A printer that does not know the size keeps its own paper; the badge scales.
        printer->setPageLayout(BadgeLayout::badgePageLayout());
        return printer;
    }

    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    if (isInstalled(remembered))
        printer->setPrinterName(remembered);
    printer->setPageLayout(BadgeLayout::badgePageLayout());
    QPrintDialog dialog(printer.get(), parent);
    dialog.setWindowTitle(tr("Badge printer"));
    // Only a real printer can be remembered: "print to file" is what printToPdf is for,
    // and page ranges mean nothing for one badge.
    dialog.setOptions(QAbstractPrintDialog::PrintShowPageSize);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    if (printer->outputFormat() == QPrinter::NativeFormat && !printer->printerName().isEmpty())
        AppSettings::setValue(AppSettings::Key::BadgePrinter, printer->printerName());
    return printer;
}

QString BadgePrinter::defaultPrinterName()
{
    const QString remembered = AppSettings::value(AppSettings::Key::BadgePrinter).toString();
    return isInstalled(remembered) ? remembered : QPrinterInfo::defaultPrinterName();
}

} // namespace mannam
