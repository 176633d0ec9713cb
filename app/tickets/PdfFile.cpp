#include "PdfFile.h"

#include "transfer/SaveFile.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace mannam {

bool PdfFile::write(const QString &path, const QPageLayout &layout, const QString &title, const Paint &paint,
                    QString *error)
{
    CompleteSaveFile file(path);
    const auto fail = [&] {
        const QString reason = file.failureReason();
        file.cancelWriting();
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(Resolution);
        pdf.setPageLayout(layout);
        pdf.setTitle(title);
        pdf.setCreator(u"Mannam "_s + QLatin1StringView(MANNAM_VERSION));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail();
        const bool painted = paint(painter, pdf);
        painter.end();
        if (!painted)
            return fail();
    }
    // QPdfWriter has no error channel of its own; a write failure sticks to the device.
    if (!file.commit())
        return fail();
    return true;
}

} // namespace mannam
