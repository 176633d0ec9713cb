#pragma once

#include <QImage>
#include <QString>

#include <optional>

namespace mannam {

// QR encoding and decoding for tickets, badges and the camera.
// This is the only place that talks to ZXing, so a library change touches one file.
// All functions are reentrant: the camera pipeline calls decodeLuminance from a worker thread.
class QrCodec
{
public:
    // The quiet zone the QR standard asks for; scanners miss codes without it.
    static constexpr int QuietZoneModules = 4;

    // QR with error correction level Q, Format_Grayscale8, black modules on white,
    // `modulePixels` per module and a 4-module quiet zone on every side.
    // Returns a null image and sets `error` when the text does not fit into a QR
    // (or is empty, or modulePixels < 1).
    static QImage encode(const QString &text, int modulePixels = 8, QString *error = nullptr);

    // Decodes a QR from an 8-bit luminance plane without copying it (the Y plane of a
    // mapped camera frame). bytesPerLine may be larger than width. nullopt when none found.
    static std::optional<QString> decodeLuminance(const uchar *luma, int width, int height,
                                                  int bytesPerLine);

    // Convenience for images of any format (converted to Grayscale8 first).
    static std::optional<QString> decodeImage(const QImage &image);
};

} // namespace mannam
