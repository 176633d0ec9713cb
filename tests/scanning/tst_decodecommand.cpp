#include "codes/QrCodec.h"
#include "scanning/DecodeCommand.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using mannam::QrCodec;
using mannam::runDecodeCommand;

namespace {

const QString Code = u"482173059166284350179429"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run decode(const QStringList &paths)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = runDecodeCommand(paths, out, err);
    return run;
}

} // namespace

class TestDecodeCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A photo-like ticket: the QR on a coloured page, as RGB.
        QImage ticket(600, 800, QImage::Format_RGB32);
        ticket.fill(QColor(0xf4, 0xe8, 0xd0));
        QPainter painter(&ticket);
        painter.drawImage(150, 200, QrCodec::encode(Code, 8));
        painter.end();
        QVERIFY(ticket.save(path(u"ticket.png"_s)));

        QImage blank(400, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(blank.save(path(u"blank.png"_s)));

        QFile notImage(path(u"broken.png"_s));
        QVERIFY(notImage.open(QIODevice::WriteOnly));
        notImage.write("this is not a PNG");
    }

    void imageWithCode_printsItAndExitsZero()
    {
        const Run run = decode({path(u"ticket.png"_s)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, path(u"ticket.png"_s) + u": "_s + Code + u"\n"_s);
        QVERIFY(run.err.isEmpty());
    }

    void imageWithoutCode_saysSoAndExitsTwo()
    {
        const Run run = decode({path(u"ticket.png"_s), path(u"blank.png"_s)});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, path(u"ticket.png"_s) + u": "_s + Code + u"\n"_s
                         + path(u"blank.png"_s) + u": no code\n"_s);
    }

    void unreadableImage_isReportedAndExitsFive_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("not an image") << u"broken.png"_s;
        QTest::newRow("missing") << u"missing.png"_s;
    }
    void unreadableImage_isReportedAndExitsFive()
    {
        QFETCH(QString, name);
        // The readable images are still decoded; the unreadable one decides the exit code.
        const Run run = decode({path(name), path(u"ticket.png"_s), path(u"blank.png"_s)});
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(path(name)), qPrintable(run.err));
        QVERIFY(!run.out.contains(path(name)));
        QVERIFY(run.out.contains(path(u"ticket.png"_s) + u": "_s + Code));
        QVERIFY(run.out.contains(path(u"blank.png"_s) + u": no code"_s));
    }

    void noImage_isAUsageError()
    {
        const Run run = decode({});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!run.err.isEmpty());
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDecodeCommand)
#include "tst_decodecommand.moc"
