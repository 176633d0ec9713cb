#include "QrCodec.h"

#include <QCoreApplication>
#include <QPainter>

// ZXing 1.4 returns std::wstring from Result::text() unless this is set; we want UTF-8.
#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8
#endif
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <cstring>
#include <exception>
#include <string>

namespace mannam {

namespace {

// MultiFormatWriter maps 0..8 onto L/M/Q/H as (level - 1) / 2, so 5 is Q (25 % recovery).
// Q rather than M: printed tickets get folded and phone screens glare, and a 24-digit
// code still fits the smallest QR version (21×21) at Q.
constexpr int EccLevelQ = 5;

QString trTickets(const char *text)
{
    return QCoreApplication::translate("mannam::Tickets", text);
}

ZXing::DecodeHints cameraHints()
{
    // QR only: the all-format default is many times slower on a 720p frame.
    // QR detection is rotation invariant, so rotating the frame only costs time.
    // tryHarder stays on: it is what finds a small code on a phone held far away.
    return ZXing::DecodeHints()
            .setFormats(ZXing::BarcodeFormat::QRCode)
            .setTryHarder(true)
            .setTryRotate(false)
            .setTryDownscale(true)
            .setMaxNumberOfSymbols(1);
}

} // namespace

QImage QrCodec::encode(const QString &text, int modulePixels, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QImage();
    };
    if (text.isEmpty())
        return fail(trTickets("There is no text to put into a QR code."));
    if (modulePixels < 1)
        return fail(trTickets("A QR module must be at least one pixel wide."));

    ZXing::BitMatrix matrix;
    try {
        // UTF-8 so Hangul is encoded losslessly (ZXing throws for it otherwise).
        // Margin 0 and size 0 give the bare module matrix; we add the quiet zone ourselves
        // because ZXing's margin is counted in output pixels, not modules.
        const ZXing::MultiFormatWriter writer = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                                        .setEncoding(ZXing::CharacterSet::UTF8)
                                                        .setEccLevel(EccLevelQ)
                                                        .setMargin(0);
        const QByteArray utf8 = text.toUtf8();
        matrix = writer.encode(std::string(utf8.constData(), size_t(utf8.size())), 0, 0);
    } catch (const std::exception &e) {
        // ZXing reports "data too big" and friends by exception; keep it inside this file.
        return fail(trTickets("Cannot make a QR code of this text (%1 characters): %2")
                            .arg(text.size())
                            .arg(QString::fromLocal8Bit(e.what())));
    }

    const int modules = matrix.width();
    const int side = (modules + 2 * QuietZoneModules) * modulePixels;
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull())
        return fail(trTickets("Not enough memory for a QR image of %1×%1 pixels.").arg(side));
    image.fill(255);

    const int offset = QuietZoneModules * modulePixels;
    for (int my = 0; my < modules; ++my) {
        uchar *firstRow = image.scanLine(offset + my * modulePixels);
        for (int mx = 0; mx < modules; ++mx) {
            if (matrix.get(mx, my))
                std::memset(firstRow + offset + mx * modulePixels, 0, size_t(modulePixels));
        }
        // Every pixel row of a module row is the same: copy the first one.
        for (int dy = 1; dy < modulePixels; ++dy)
            std::memcpy(image.scanLine(offset + my * modulePixels + dy), firstRow, size_t(side));
    }
    if (error)
        error->clear();
    return image;
}

std::optional<QString> QrCodec::decodeLuminance(const uchar *luma, int width, int height,
                                                int bytesPerLine)
{
    if (!luma || width <= 0 || height <= 0 || bytesPerLine < width)
        return std::nullopt;
    try {
        const ZXing::ImageView view(luma, width, height, ZXing::ImageFormat::Lum, bytesPerLine);
        const ZXing::Result result = ZXing::ReadBarcode(view, cameraHints());
        if (!result.isValid())
            return std::nullopt;
        const std::string text = result.text();
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    } catch (const std::exception &) {
        // A garbage frame must never take the camera thread down; "no code" is the answer.
        return std::nullopt;
    }
}

std::optional<QString> QrCodec::decodeImage(const QImage &image)
{
    if (image.isNull())
        return std::nullopt;
    QImage gray;
    if (image.format() == QImage::Format_Grayscale8) {
        gray = image;
    } else if (image.hasAlphaChannel()) {
        // Transparent pixels would turn black and swallow the code: put it on white first.
        QImage onWhite(image.size(), QImage::Format_RGB32);
        onWhite.fill(Qt::white);
        QPainter painter(&onWhite);
        painter.drawImage(0, 0, image);
        painter.end();
        gray = onWhite.convertToFormat(QImage::Format_Grayscale8);
    } else {
        gray = image.convertToFormat(QImage::Format_Grayscale8);
    }
    return decodeLuminance(gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()));
}

} // namespace mannam
