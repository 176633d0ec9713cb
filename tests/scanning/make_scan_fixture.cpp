// Draws the frames of a scanning test video: a ticket QR on a phone-like card in
// front of a textured background, drifting a little so the codec has motion to
// encode and the decoder sees the code in different places. Frames are written as
// PNG and turned into Ogg/Theora by tests/data/video/make-fixtures.sh.
//
//   mannam-make-scan-fixture --code TEXT --size 1280x720 --frames 60 --module 8 --out DIR
//
// Not a test and not part of the app: it only exists to regenerate the fixtures.
#include "codes/QrCodec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;
using mannam::QrCodec;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption codeOption(u"code"_s, u"Text of the QR code."_s, u"text"_s);
    const QCommandLineOption sizeOption(u"size"_s, u"Frame size WxH."_s, u"size"_s, u"1280x720"_s);
    const QCommandLineOption framesOption(u"frames"_s, u"Number of frames."_s, u"n"_s, u"60"_s);
    const QCommandLineOption moduleOption(u"module"_s, u"Pixels per QR module."_s, u"px"_s, u"8"_s);
    const QCommandLineOption outOption(u"out"_s, u"Folder for frame-NNN.png."_s, u"dir"_s);
    parser.addOptions({codeOption, sizeOption, framesOption, moduleOption, outOption});
    parser.addHelpOption();
    parser.process(app);

    QTextStream err(stderr);
    const QStringList size = parser.value(sizeOption).split(u'x');
    const int width = size.value(0).toInt();
    const int height = size.value(1).toInt();
    const int frames = parser.value(framesOption).toInt();
    const int module = parser.value(moduleOption).toInt();
    const QString code = parser.value(codeOption);
    const QDir out(parser.value(outOption));
    if (code.isEmpty() || width < 64 || height < 64 || frames < 1 || !out.exists()) {
        err << "usage: --code TEXT --size WxH --frames N --module PX --out EXISTING_DIR\n";
        return 3;
    }

    QString error;
    const QImage qr = QrCodec::encode(code, module, &error);
    if (qr.isNull()) {
        err << error << '\n';
        return 1;
    }

    // The background: a soft vertical gradient with a few darker blocks (a wall, a
    // table), drawn once. Fixed seed: regenerating gives the same fixture.
    QImage background(width, height, QImage::Format_RGB32);
    {
        QPainter painter(&background);
        QLinearGradient gradient(0, 0, 0, height);
        gradient.setColorAt(0, QColor(0xb8, 0xc0, 0xc8));
        gradient.setColorAt(1, QColor(0x70, 0x68, 0x60));
        painter.fillRect(background.rect(), gradient);
        QRandomGenerator random(20261128);
        for (int i = 0; i < 12; ++i) {
            const QRect block(random.bounded(width), random.bounded(height), width / 6, height / 5);
            painter.fillRect(block, QColor::fromHsv(random.bounded(360), 40, 80 + random.bounded(80)));
        }
    }

    const int card = qr.width() + 2 * module; // the "phone screen": white around the quiet zone
    for (int frame = 0; frame < frames; ++frame) {
        const double t = double(frame) / frames;
        // Drift around the centre by up to 3 % of the frame: a hand holding a phone.
        const int dx = int(std::lround(0.03 * width * std::sin(2 * M_PI * t)));
        const int dy = int(std::lround(0.02 * height * std::sin(4 * M_PI * t)));
        const QPoint topLeft((width - card) / 2 + dx, (height - card) / 2 + dy);

        QImage image = background;
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0x20, 0x20, 0x24));
        painter.setPen(Qt::NoPen);
        painter.drawRoundedRect(QRect(topLeft - QPoint(module * 2, module * 4),
                                      QSize(card + module * 4, card + module * 10)),
                                module * 2, module * 2);
        painter.fillRect(QRect(topLeft, QSize(card, card)), Qt::white);
        painter.drawImage(topLeft + QPoint(module, module), qr);
        painter.end();

        const QString path = out.filePath(u"frame-%1.png"_s.arg(frame, 3, 10, QChar(u'0')));
        if (!image.save(path)) {
            err << "cannot write " << path << '\n';
            return 1;
        }
    }
    return 0;
}
