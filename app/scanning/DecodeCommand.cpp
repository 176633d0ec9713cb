#include "DecodeCommand.h"

#include "codes/QrCodec.h"

#include <QCoreApplication>
#include <QImage>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

// Kept equal to CommandLine::ExitCode (cli/ depends on this folder, not the reverse).
constexpr int ExitOk = 0;
constexpr int ExitNoCode = 2;
constexpr int ExitUsage = 3;
constexpr int ExitInput = 5;

QString tr(const char *text)
{
    return QCoreApplication::translate("mannam::DecodeCommand", text);
}

} // namespace

int runDecodeCommand(const QStringList &imagePaths, QTextStream &out, QTextStream &err)
{
    if (imagePaths.isEmpty()) {
        err << tr("decode: give at least one image file.") << '\n';
        err.flush();
        return ExitUsage;
    }
    bool anyUnreadable = false;
    bool anyWithoutCode = false;
    for (const QString &path : imagePaths) {
        QImageReader reader(path);
        // Phone photos of tickets carry their rotation in EXIF; QR decoding does not
        // care, but a wrong orientation costs nothing to fix here.
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (image.isNull()) {
            anyUnreadable = true;
            err << tr("Cannot read the image “%1”: %2").arg(path, reader.errorString()) << '\n';
            continue;
        }
        if (const std::optional<QString> code = QrCodec::decodeImage(image)) {
            out << path << u": "_s << *code << '\n';
        } else {
            anyWithoutCode = true;
            out << tr("%1: no code").arg(path) << '\n';
        }
    }
    out.flush();
    err.flush();
    if (anyUnreadable)
        return ExitInput;
    return anyWithoutCode ? ExitNoCode : ExitOk;
}

} // namespace mannam
