#pragma once

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPainter;
class QPdfWriter;

namespace mannam {

// Writes one PDF the way every printable of Mannam is written: through a
// QSaveFile, so the file appears only when complete (an existing one is
// replaced then, or left as it was), at 300 dpi, titled, with Mannam as the
// creator. Needs a QGuiApplication (fonts).
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(mannam::PdfFile)

public:
    static constexpr int Resolution = 300;

    // `paint` draws every page (QPdfWriter::newPage between them) and returns
    // false to stop: nothing is written then. False with a translated `error`
    // naming the path when the file cannot be written or painting stopped.
    using Paint = std::function<bool(QPainter &painter, QPdfWriter &pdf)>;
    static bool write(const QString &path, const QPageLayout &layout, const QString &title, const Paint &paint,
                      QString *error);
};

} // namespace mannam
