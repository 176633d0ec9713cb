#pragma once
// Frames for the scanning tests: a QR drawn into a grey scene, written into a
// QVideoFrame of a given pixel format the way a camera would deliver it.
#include "codes/QrCodec.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

namespace mannam::test {

// The fixtures in tests/data/video (see make-fixtures.sh there): ticket codes of our
// shape (event tag 4821, valid Damm check digit).
inline const QString Fixture720Code = QStringLiteral("482173059166284350179429");
inline const QString Fixture1080Code = QStringLiteral("482105938277166042158391");

inline QString videoFixturePath(const QString &name)
{
    return QDir(qEnvironmentVariable("MANNAM_TEST_DATA")).filePath(QStringLiteral("video/") + name);
}

// A Grayscale8 scene of `size`: mid-grey background, the QR centred on white.
// An empty `code` gives the scene without a QR.
inline QImage qrScene(const QString &code, QSize size, int modulePixels = 6)
{
    QImage scene(size, QImage::Format_Grayscale8);
    scene.fill(120);
    if (!code.isEmpty()) {
        const QImage qr = QrCodec::encode(code, modulePixels);
        QPainter painter(&scene);
        painter.drawImage((size.width() - qr.width()) / 2, (size.height() - qr.height()) / 2, qr);
    }
    return scene;
}

inline bool isFourBytesRgb(QVideoFrameFormat::PixelFormat format)
{
    using F = QVideoFrameFormat;
    switch (format) {
    case F::Format_ARGB8888: case F::Format_ARGB8888_Premultiplied: case F::Format_XRGB8888:
    case F::Format_BGRA8888: case F::Format_BGRA8888_Premultiplied: case F::Format_BGRX8888:
    case F::Format_ABGR8888: case F::Format_XBGR8888: case F::Format_RGBA8888: case F::Format_RGBX8888:
        return true;
    default:
        return false;
    }
}

// A frame of `format` showing the Grayscale8 `gray` image: luma where the format
// keeps it, neutral chroma (128), opaque alpha. Every byte of every plane is first
// set to `padding`, so bytes past the end of a row (bytesPerLine > width) are
// visible garbage if a reader ignores bytesPerLine. An invalid frame when Qt cannot
// allocate the format.
inline QVideoFrame frameFromGray(const QImage &gray, QVideoFrameFormat::PixelFormat format,
                                 uchar padding = 0)
{
    using F = QVideoFrameFormat;
    QVideoFrame frame(QVideoFrameFormat(gray.size(), format));
    if (!frame.isValid() || !frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int plane = 0; plane < frame.planeCount(); ++plane)
        std::memset(frame.bits(plane), padding, size_t(frame.mappedBytes(plane)));

    const int width = gray.width();
    const int height = gray.height();
    // Chroma planes (and the chroma half of semi-planar ones): neutral grey.
    for (int plane = 1; plane < frame.planeCount(); ++plane) {
        const int bpl = frame.bytesPerLine(plane);
        const int rows = bpl > 0 ? frame.mappedBytes(plane) / bpl : 0;
        const bool sixteenBit = format == F::Format_P010 || format == F::Format_P016
                || format == F::Format_YUV420P10;
        for (int y = 0; y < rows; ++y) {
            uchar *row = frame.bits(plane) + qsizetype(y) * bpl;
            if (sixteenBit) {
                // Two bytes per sample; the payload (not the padding) is neutral.
                const int value = format == F::Format_YUV420P10 ? 512 : 0x8000;
                for (int x = 0; x + 1 < bpl; x += 2) {
                    row[x] = uchar(value & 0xff);
                    row[x + 1] = uchar(value >> 8);
                }
            } else {
                std::memset(row, 128, size_t(bpl));
            }
        }
    }

    uchar *plane0 = frame.bits(0);
    const int bpl = frame.bytesPerLine(0);
    for (int y = 0; y < height; ++y) {
        const uchar *in = gray.constScanLine(y);
        uchar *row = plane0 + qsizetype(y) * bpl;
        for (int x = 0; x < width; ++x) {
            const uchar v = in[x];
            switch (format) {
            case F::Format_YUYV:   // Y0 U Y1 V
                row[2 * x] = v;
                row[2 * x + 1] = 128;
                break;
            case F::Format_UYVY:   // U Y0 V Y1
                row[2 * x] = 128;
                row[2 * x + 1] = v;
                break;
            case F::Format_AYUV:
            case F::Format_AYUV_Premultiplied:
                row[4 * x] = 255;
                row[4 * x + 1] = v;
                row[4 * x + 2] = 128;
                row[4 * x + 3] = 128;
                break;
            case F::Format_Y16:    // little-endian 16-bit, full range
            case F::Format_P016:
                row[2 * x] = v;
                row[2 * x + 1] = v;
                break;
            case F::Format_P010:   // 10 bits in the high bits of a little-endian word
                row[2 * x] = uchar((v << 8 | v) & 0xc0);
                row[2 * x + 1] = v;
                break;
            case F::Format_YUV420P10: { // 10 bits in the low bits
                const int ten = v << 2 | v >> 6;
                row[2 * x] = uchar(ten & 0xff);
                row[2 * x + 1] = uchar(ten >> 8);
                break;
            }
            default:
                if (isFourBytesRgb(format)) {
                    std::memset(row + 4 * x, v, 4); // R = G = B = v; alpha/padding byte too
                    // Opaque alpha where the format has one (the first or last byte).
                    if (format == F::Format_ARGB8888 || format == F::Format_ARGB8888_Premultiplied
                        || format == F::Format_ABGR8888)
                        row[4 * x] = 255;
                    else if (format == F::Format_BGRA8888 || format == F::Format_BGRA8888_Premultiplied
                             || format == F::Format_RGBA8888)
                        row[4 * x + 3] = 255;
                } else {
                    row[x] = v; // 8-bit luma plane
                }
                break;
            }
        }
    }
    frame.unmap();
    return frame;
}

} // namespace mannam::test
