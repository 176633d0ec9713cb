#include "codes/QrCodec.h"

#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;
using mannam::QrCodec;

namespace {

// A QR of a 24-digit code at level Q is version 1: 21 modules plus 2×4 quiet zone.
constexpr int Version1WithQuietZone = 21 + 2 * QrCodec::QuietZoneModules;
const QString SampleCode = u"123456789012345678901234"_s;

int luma(const QImage &grayscale, int x, int y)
{
    return grayscale.constScanLine(y)[x];
}

bool rectIsWhite(const QImage &image, const QRect &rect)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (line[x] != 255)
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrCodec : public QObject
{
    Q_OBJECT

private slots:
    void encode_text_roundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("24 digits") << SampleCode;
        QTest::newRow("hangul") << u"만남 홍길동"_s;
        QTest::newRow("url") << u"https://example.org/events/42?ticket=1234-5678&lang=ko"_s;
        QTest::newRow("imported platform code") << u"FESTA-7f3a_9B"_s;
        QTest::newRow("mixed scripts and emoji") << u"Mannam 만남 🎉"_s;
    }
    void encode_text_roundTrips()
    {
        QFETCH(QString, text);
        QString error;
        const QImage image = QrCodec::encode(text, 8, &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(QrCodec::decodeImage(image), std::optional<QString>(text));
    }

    void encode_image_isGrayscaleBlackOnWhite()
    {
        const QImage image = QrCodec::encode(SampleCode);
        QCOMPARE(image.format(), QImage::Format_Grayscale8);
        QCOMPARE(image.width(), image.height());
        bool sawBlack = false;
        for (int y = 0; y < image.height(); ++y) {
            const uchar *line = image.constScanLine(y);
            for (int x = 0; x < image.width(); ++x) {
                QVERIFY(line[x] == 0 || line[x] == 255);
                sawBlack = sawBlack || line[x] == 0;
            }
        }
        QVERIFY(sawBlack);
    }

    void encode_border_isFourModulesOfWhite_data()
    {
        QTest::addColumn<int>("modulePixels");
        QTest::newRow("1 px") << 1;
        QTest::newRow("3 px") << 3;
        QTest::newRow("8 px") << 8;
    }
    void encode_border_isFourModulesOfWhite()
    {
        QFETCH(int, modulePixels);
        const QImage image = QrCodec::encode(SampleCode, modulePixels);
        QVERIFY(!image.isNull());
        const int quiet = QrCodec::QuietZoneModules * modulePixels;
        const int side = image.width();
        QVERIFY(rectIsWhite(image, QRect(0, 0, side, quiet)));                 // top
        QVERIFY(rectIsWhite(image, QRect(0, side - quiet, side, quiet)));      // bottom
        QVERIFY(rectIsWhite(image, QRect(0, 0, quiet, side)));                 // left
        QVERIFY(rectIsWhite(image, QRect(side - quiet, 0, quiet, side)));      // right
        // Just inside the quiet zone the three finder patterns start with a black module.
        const int inner = side - quiet - 1;
        QCOMPARE(luma(image, quiet, quiet), 0);
        QCOMPARE(luma(image, inner, quiet), 0);
        QCOMPARE(luma(image, quiet, inner), 0);
        // ...and the fourth corner has no finder pattern: it is a data module, so no claim.
    }

    void encode_modulePixels_scalesSide_data()
    {
        QTest::addColumn<int>("modulePixels");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("8") << 8;
        QTest::newRow("13") << 13;
    }
    void encode_modulePixels_scalesSide()
    {
        QFETCH(int, modulePixels);
        const QImage image = QrCodec::encode(SampleCode, modulePixels);
        QCOMPARE(image.width(), Version1WithQuietZone * modulePixels);
        QCOMPARE(image.height(), Version1WithQuietZone * modulePixels);

        // Every module is a solid square of modulePixels: compare with the 1 px rendering.
        const QImage reference = QrCodec::encode(SampleCode, 1);
        QCOMPARE(reference.width(), Version1WithQuietZone);
        QCOMPARE(image.scaled(reference.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation),
                 reference);
        QCOMPARE(reference.scaled(image.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation),
                 image);
    }

    void encode_zeroModulePixels_failsWithError()
    {
        QString error;
        QVERIFY(QrCodec::encode(SampleCode, 0, &error).isNull());
        QVERIFY(!error.isEmpty());
    }

    void encode_emptyText_failsWithError()
    {
        QString error;
        QVERIFY(QrCodec::encode(QString(), 8, &error).isNull());
        QVERIFY(!error.isEmpty());
    }

    void encode_overlongText_returnsNullImageWithError()
    {
        QString error;
        QImage image;
        // The largest QR holds 7,089 digits at level L but far fewer letters at Q.
        const QString tooLong(5000, u'x');
        try {
            image = QrCodec::encode(tooLong, 8, &error);
        } catch (...) {
            QFAIL("an exception escaped QrCodec::encode");
        }
        QVERIFY(image.isNull());
        QVERIFY(!error.isEmpty());
    }

    void encode_noErrorPointer_stillFailsQuietly()
    {
        QVERIFY(QrCodec::encode(QString(5000, u'x')).isNull());
    }

    void decodeLuminance_paddedRows_decodes()
    {
        const QImage qr = QrCodec::encode(SampleCode, 4);
        const int width = qr.width();
        const int height = qr.height();
        const int bytesPerLine = width + 37;   // like a camera plane with row alignment
        // Padding bytes are noise a decoder must never read as pixels.
        QByteArray plane(bytesPerLine * height, char(0x5a));
        for (int y = 0; y < height; ++y)
            std::memcpy(plane.data() + y * bytesPerLine, qr.constScanLine(y), size_t(width));

        const auto text = QrCodec::decodeLuminance(reinterpret_cast<const uchar *>(plane.constData()),
                                                   width, height, bytesPerLine);
        QCOMPARE(text, std::optional<QString>(SampleCode));
    }

    void decodeLuminance_smallCodeInCameraFrame_decodes()
    {
        // A 720p frame, mid-grey background, the code small and off centre as a phone
        // held at arm's length would be: 3 px per module.
        QImage frame(1280, 720, QImage::Format_Grayscale8);
        frame.fill(140);
        const QImage qr = QrCodec::encode(SampleCode, 3);
        QPainter painter(&frame);
        painter.drawImage(QPoint(830, 410), qr);
        painter.end();
        QCOMPARE(QrCodec::decodeLuminance(frame.constBits(), frame.width(), frame.height(),
                                          int(frame.bytesPerLine())),
                 std::optional<QString>(SampleCode));
    }

    void decodeLuminance_invalidArguments_returnNullopt()
    {
        const uchar pixel = 255;
        QCOMPARE(QrCodec::decodeLuminance(nullptr, 10, 10, 10), std::nullopt);
        QCOMPARE(QrCodec::decodeLuminance(&pixel, 0, 1, 1), std::nullopt);
        QCOMPARE(QrCodec::decodeLuminance(&pixel, 2, 1, 1), std::nullopt);  // stride < width
    }

    void decodeImage_blankImage_returnsNullopt_data()
    {
        QTest::addColumn<QImage>("image");
        QImage white(640, 480, QImage::Format_Grayscale8);
        white.fill(255);
        QImage black(640, 480, QImage::Format_RGB32);
        black.fill(Qt::black);
        QImage stripes(640, 480, QImage::Format_Grayscale8);
        for (int y = 0; y < stripes.height(); ++y)
            std::memset(stripes.scanLine(y), (y / 7) % 2 ? 0 : 255, size_t(stripes.width()));
        QTest::newRow("white") << white;
        QTest::newRow("black rgb") << black;
        QTest::newRow("stripes") << stripes;
        QTest::newRow("null") << QImage();
    }
    void decodeImage_blankImage_returnsNullopt()
    {
        QFETCH(QImage, image);
        QCOMPARE(QrCodec::decodeImage(image), std::nullopt);
    }

    void decodeImage_colourAndTransparentImages_decode_data()
    {
        QTest::addColumn<QImage::Format>("format");
        QTest::newRow("RGB32") << QImage::Format_RGB32;
        QTest::newRow("ARGB32 with transparent background") << QImage::Format_ARGB32;
        QTest::newRow("RGB888") << QImage::Format_RGB888;
    }
    void decodeImage_colourAndTransparentImages_decode()
    {
        QFETCH(QImage::Format, format);
        const QImage qr = QrCodec::encode(u"만남"_s, 6);
        // Only the black modules are painted: a transparent PNG as a web page would save it.
        QImage image(qr.size(), format);
        image.fill(Qt::transparent);
        if (!image.hasAlphaChannel())
            image.fill(Qt::white);
        for (int y = 0; y < qr.height(); ++y) {
            for (int x = 0; x < qr.width(); ++x) {
                if (luma(qr, x, y) == 0)
                    image.setPixelColor(x, y, QColor(20, 30, 90));
            }
        }
        QCOMPARE(QrCodec::decodeImage(image), std::optional<QString>(u"만남"_s));
    }
};

QTEST_GUILESS_MAIN(TestQrCodec)
#include "tst_qrcodec.moc"
