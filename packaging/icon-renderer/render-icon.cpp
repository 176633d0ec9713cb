// render-icon SVG OUT_DIR
// Draws the SVG with QSvgRenderer (antialiased, transparent background) and writes
//   OUT_DIR/png/<N>x<N>/mannam.png   the freedesktop hicolor sizes
//   OUT_DIR/mannam.ico                Windows: PNG-compressed entries (Vista and later)
//   OUT_DIR/mannam.icns               macOS: PNG entries, 16 to 1024 pixels
// Output is deterministic (no text, no timestamps), so regenerating changes nothing in git.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

const QList<int> HicolorSizes = {16, 22, 24, 32, 48, 64, 128, 256, 512};
const QList<int> IcoSizes = {16, 24, 32, 48, 64, 128, 256};
// icns entry types holding PNG data, by pixel size (the @2x types reuse a larger image).
const QList<QPair<QByteArray, int>> IcnsEntries = {
    {"icp4", 16},  {"icp5", 32},  {"ic11", 32},  {"icp6", 64},  {"ic12", 64},   {"ic07", 128},
    {"ic08", 256}, {"ic13", 256}, {"ic09", 512}, {"ic14", 512}, {"ic10", 1024}};

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 9);
    return bytes;
}

template<typename T>
void append(QByteArray &out, T value, bool bigEndian)
{
    char raw[sizeof(T)];
    if (bigEndian)
        qToBigEndian(value, raw);
    else
        qToLittleEndian(value, raw);
    out.append(raw, sizeof(T));
}

QByteArray icoFile(const QMap<int, QByteArray> &pngs)
{
    QByteArray out;
    append<quint16>(out, 0, false);                         // reserved
    append<quint16>(out, 1, false);                         // type: icon
    append<quint16>(out, quint16(IcoSizes.size()), false);  // count
    quint32 offset = 6 + 16 * IcoSizes.size();
    for (int size : IcoSizes) {
        const QByteArray &png = pngs.value(size);
        out.append(char(size >= 256 ? 0 : size));            // width (0 means 256)
        out.append(char(size >= 256 ? 0 : size));            // height
        out.append(char(0));                                 // no palette
        out.append(char(0));                                 // reserved
        append<quint16>(out, 1, false);                      // colour planes
        append<quint16>(out, 32, false);                     // bits per pixel
        append<quint32>(out, quint32(png.size()), false);
        append<quint32>(out, offset, false);
        offset += png.size();
    }
    for (int size : IcoSizes)
        out.append(pngs.value(size));
    return out;
}

QByteArray icnsFile(const QMap<int, QByteArray> &pngs)
{
    QByteArray entries;
    for (const auto &[type, size] : IcnsEntries) {
        entries.append(type);
        append<quint32>(entries, quint32(8 + pngs.value(size).size()), true);
        entries.append(pngs.value(size));
    }
    QByteArray out("icns");
    append<quint32>(out, quint32(8 + entries.size()), true);
    return out + entries;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly)
           && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        err << "usage: render-icon SVG OUT_DIR\n";
        return 3;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "render-icon: cannot read " << arguments.at(1) << '\n';
        return 1;
    }
    const QString outDir = arguments.at(2);

    QMap<int, QByteArray> pngs;
    QList<int> sizes = HicolorSizes + IcoSizes;
    for (const auto &entry : IcnsEntries)
        sizes << entry.second;
    for (int size : sizes) {
        if (pngs.contains(size))
            continue;
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        pngs.insert(size, pngBytes(image.convertToFormat(QImage::Format_ARGB32)));
    }

    bool ok = true;
    for (int size : HicolorSizes) {
        const QString name = QString::number(size) % u'x' % QString::number(size);
        ok = ok && writeFile(outDir % u"/png/"_s % name % u"/mannam.png"_s, pngs.value(size));
    }
    ok = ok && writeFile(outDir % u"/mannam.ico"_s, icoFile(pngs));
    ok = ok && writeFile(outDir % u"/mannam.icns"_s, icnsFile(pngs));
    if (!ok) {
        err << "render-icon: cannot write to " << outDir << '\n';
        return 1;
    }
    return 0;
}
