// Name badges: the layout (the BADGE code's QR decodes, long names fit on one line) and
// the desk's BadgePrinter on a real event file (one-page PDF with Hangul fonts embedded,
// every print recorded, failures record nothing).
#include "TestSupport.h"

#include "codes/QrCodec.h"
#include "common/AppSettings.h"
#include "desk/BadgePrinter.h"
#include "tickets/BadgeLayout.h"
#include "tickets/BadgeSheet.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

const QString LongLatinName =
        u"Maximilian Alexander Konstantin Friedrich von Habsburg-Lothringen-Esterházy"_s;
const QString LongHangulName = u"김수한무거북이와두루미삼천갑자동방삭치치카포사리사리센타"_s;

EventInfo sampleEvent()
{
    EventInfo event;
    event.name = u"서울 AI 스터디 밋업 2026 · Seoul AI Study Meetup"_s;
    event.venue = u"서울 강남구"_s;
    return event;
}

Attendee sampleAttendee(const QString &name = u"홍길동"_s)
{
    Attendee a;
    a.id = 1;
    a.name = name;
    a.affiliation = u"만남 커뮤니티 · Mannam Community"_s;
    a.ticketType = u"스피커 Speaker"_s;
    a.ticketCode = u"123456789012345678901234"_s;
    a.badgeCode = u"987654321098765432109876"_s;
    return a;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Page objects are "/Type /Page"; the page tree root is "/Type /Pages".
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![A-Za-z])"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

// The badge as the printer gets it: `widthMm` × `heightMm` at `dpi`, with the image's
// resolution set so that font metrics match a real device of that resolution.
QImage renderBadge(const Attendee &attendee, qreal widthMm = BadgeLayout::BadgeWidthMm,
                   qreal heightMm = BadgeLayout::BadgeHeightMm, int dpi = 300)
{
    QImage image(qRound(widthMm / 25.4 * dpi), qRound(heightMm / 25.4 * dpi),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::magenta);   // anything left unpainted shows up
    QPainter painter(&image);
    BadgeLayout::paintBadge(painter, QRectF(0, 0, image.width(), image.height()), sampleEvent(),
                            attendee);
    painter.end();
    return image;
}

int darkPixels(const QImage &image, const QRect &rect)
{
    int dark = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 100)
                ++dark;
        }
    }
    return dark;
}

// Runs a poppler tool; empty when it is not installed or fails.
QString runTool(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// A real event file with one person in it, as the desk has it.
struct DeskFixture
{
    QTemporaryDir dir;
    std::unique_ptr<EventFile> event;
    Attendee person;
    FakeClock clock{test::eventDayUtc(9, 30)};

    DeskFixture()
    {
        event = test::createEvent(dir.filePath(u"meetup.mannam"_s), sampleEvent().name);
        person = test::addPerson(event->store(), u"홍길동"_s);
        person.affiliation = u"만남 커뮤니티"_s;
        person.ticketType = u"일반 General"_s;
        event->store().write([&] { event->store().updateAttendee(person, clock.nowUtc()); });
    }
    QString path(const QString &name) const { return dir.filePath(name); }
    int prints() { return event->store().badgePrintCount(person.id); }
};

} // namespace

class TestBadges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Keeps the remembered badge printer out of the real user's settings.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(u"desk/badgePrinter"_s);
    }

    void cleanupTestCase() { QSettings().remove(u"desk/badgePrinter"_s); }

    void pageSize_is90x55Landscape()
    {
        const QSizeF size = BadgeLayout::badgePageSize().size(QPageSize::Millimeter);
        QCOMPARE(size, QSizeF(90, 55));
        const QRectF full = BadgeLayout::badgePageLayout().fullRect(QPageLayout::Millimeter);
        QCOMPARE(full.size(), QSizeF(90, 55));
    }

    void paintBadge_qrDecodesToBadgeCode_notTicketCode()
    {
        const Attendee a = sampleAttendee();
        const QImage badge = renderBadge(a);
        QCOMPARE(QrCodec::decodeImage(badge), std::optional<QString>(a.badgeCode));
        // The whole badge is painted, white background included.
        QCOMPARE(badge.pixel(2, 2), qRgb(255, 255, 255));
        QCOMPARE(badge.pixel(badge.width() - 3, badge.height() - 3), qRgb(255, 255, 255));
    }

    void geometry_qrIsAtLeast20mmAndClearOfText()
    {
        const Attendee a = sampleAttendee();
        QImage device = renderBadge(a);   // for its resolution
        const QRectF area(0, 0, device.width(), device.height());
        const BadgeLayout::Geometry g = BadgeLayout::geometry(area, sampleEvent(), a, &device);
        const qreal pxPerMm = 300 / 25.4;
        QVERIFY(qAbs(g.mm - pxPerMm) < 0.01);
        // The code itself, quiet zone excluded: a 24-digit code is 21 of 29 modules.
        const QImage modules = QrCodec::encode(a.badgeCode, 1);
        const qreal codeMm = g.qr.width() * (modules.width() - 2 * QrCodec::QuietZoneModules)
                / modules.width() / pxPerMm;
        QVERIFY2(codeMm >= 20.0, qPrintable(QString::number(codeMm)));
        QVERIFY(area.contains(g.qr));
        for (const QRectF &text : {g.event, g.name, g.affiliation, g.tag}) {
            QVERIFY(area.contains(text));
            QVERIFY(!text.intersects(g.qr));
        }
        QVERIFY(!g.caption.intersects(g.name));
        // The name dominates: far larger than anything else on the badge.
        QVERIFY(g.nameFont.pixelSize() > 3 * g.affiliationFont.pixelSize());
        QVERIFY(g.nameFont.pixelSize() >= 12 * pxPerMm);
    }

    void longNames_fitOnOneLine_andQrStillDecodes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("latin") << LongLatinName;
        QTest::newRow("hangul") << LongHangulName;
        QTest::newRow("no spaces") << u"Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafewarenwohlgepflegeundsorgfaltigkeitbeschutzen"_s;
    }

    void longNames_fitOnOneLine_andQrStillDecodes()
    {
        QFETCH(QString, name);
        const Attendee a = sampleAttendee(name);
        QImage badge = renderBadge(a);
        const QRectF area(0, 0, badge.width(), badge.height());
        const BadgeLayout::Geometry g = BadgeLayout::geometry(area, sampleEvent(), a, &badge);

        const qreal width = QFontMetricsF(g.nameFont, &badge).horizontalAdvance(name);
        QVERIFY2(width <= g.name.width() + 0.5,
                 qPrintable(u"%1 > %2"_s.arg(width).arg(g.name.width())));
        QVERIFY(!g.name.intersects(g.qr));
        QVERIFY(area.contains(g.name));
        QVERIFY(g.nameFont.pixelSize() < 15 * g.mm);   // it did shrink...
        QVERIFY(g.name.width() > 0.8 * area.width());  // ...after taking the whole width
        QCOMPARE(QrCodec::decodeImage(badge), std::optional<QString>(a.badgeCode));
        // Drawn: ink along the name's line, none between it and the QR's code area.
        QVERIFY(darkPixels(badge, g.name.toAlignedRect()) > 200);
    }

    void uprightArea_stacksQrBelow_andDecodes()
    {
        // An A6 card, portrait, at 150 dpi.
        const Attendee a = sampleAttendee();
        QImage badge = renderBadge(a, 105, 148, 150);
        const BadgeLayout::Geometry g = BadgeLayout::geometry(
                QRectF(0, 0, badge.width(), badge.height()), sampleEvent(), a, &badge);
        QVERIFY(g.qr.top() > g.name.bottom());
        QVERIFY(g.qr.top() >= g.tag.bottom());
        QVERIFY(QRectF(badge.rect()).contains(g.qr));
        QCOMPARE(QrCodec::decodeImage(badge), std::optional<QString>(a.badgeCode));
    }

    void noBadgeCode_paintsPlaceholder_noQr()
    {
        Attendee a = sampleAttendee();
        a.badgeCode.clear();
        const QImage badge = renderBadge(a);
        QCOMPARE(QrCodec::decodeImage(badge), std::nullopt);   // never the ticket code
    }

    void writeBadgesPdf_onePagePerBadge_sheetTenPerPage()
    {
        QTemporaryDir dir;
        QList<Attendee> people;
        for (int i = 0; i < 12; ++i) {
            Attendee a = sampleAttendee(i % 2 ? LongLatinName : u"홍길동"_s);
            a.id = i + 1;
            a.badgeCode = u"98765432109876543210987"_s + QString::number(i % 10);
            people.append(a);
        }
        QString error;
        const QString single = dir.filePath(u"badges.pdf"_s);
        QVERIFY2(BadgeLayout::writeBadgesPdf(people.mid(0, 3), sampleEvent(), single, &error),
                 qPrintable(error));
        QByteArray pdf = readAll(single);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdfPageCount(pdf), 3);

        const QString sheet = dir.filePath(u"sheet.pdf"_s);
        QVERIFY2(BadgeSheet(sampleEvent()).write(people, sheet, &error), qPrintable(error));
        pdf = readAll(sheet);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdfPageCount(pdf), 2);   // 10 + 2

        // Nothing half-written left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 QStringList({u"badges.pdf"_s, u"sheet.pdf"_s}));
    }

    void writeBadgesPdf_badInput_failsAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"badges.pdf"_s);
        QString error;
        QVERIFY(!BadgeLayout::writeBadgesPdf({}, sampleEvent(), path, &error));
        QVERIFY(!error.isEmpty());

        Attendee noCode = sampleAttendee(u"코드없음"_s);
        noCode.badgeCode.clear();
        error.clear();
        QVERIFY(!BadgeLayout::writeBadgesPdf({sampleAttendee(), noCode}, sampleEvent(), path,
                                             &error));
        QVERIFY2(error.contains(u"코드없음"_s), qPrintable(error));

        error.clear();
        const QString underFile = dir.filePath(u"badges.pdf/inside.pdf"_s);
        QFile blocker(path);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!BadgeLayout::writeBadgesPdf({sampleAttendee()}, sampleEvent(), underFile, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(underFile)), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList({u"badges.pdf"_s}));
        QCOMPARE(readAll(path), QByteArray());
    }

    void printToPdf_onePage_firstPrintThenReprint()
    {
        DeskFixture f;
        BadgePrinter printer(f.event->store(), u"Desk 1"_s, f.clock);
        const QString path = f.path(u"badge.pdf"_s);
        QString error;

        QCOMPARE(f.prints(), 0);
        QVERIFY2(printer.printToPdf(f.person, path, &error), qPrintable(error));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdfPageCount(pdf), 1);
        QVERIFY(pdf.contains("/FontFile"));   // fonts embedded, not outlines
        QCOMPARE(f.prints(), 1);               // recorded with reprint = 0

        // The second print replaces the file and is recorded as a reprint (the store marks
        // every print after the first; badgePrintCount is the reader we have).
        f.clock.advanceMs(60'000);
        QVERIFY2(printer.printToPdf(f.person, path, &error), qPrintable(error));
        QCOMPARE(pdfPageCount(readAll(path)), 1);
        QCOMPARE(f.prints(), 2);

        // Only the event file (and its WAL companions) and the PDF: no temporaries.
        const QStringList files = QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden);
        for (const QString &file : files)
            QVERIFY2(file == u"badge.pdf"_s || file.startsWith(u"meetup.mannam"_s),
                     qPrintable(file));
    }

    void printToPdf_hangulFontEmbedded_andPrintedQrDecodes()
    {
        DeskFixture f;
        BadgePrinter printer(f.event->store(), u"Desk 1"_s, f.clock);
        const QString path = f.path(u"badge.pdf"_s);
        QString error;
        QVERIFY2(printer.printToPdf(f.person, path, &error), qPrintable(error));

        if (QStandardPaths::findExecutable(u"pdffonts"_s).isEmpty())
            QSKIP("pdffonts (poppler-utils) is not installed");
        const QString fonts = runTool(u"pdffonts"_s, {path});
        QVERIFY(!fonts.isEmpty());
        // A CJK font, embedded ("emb" column yes): Hangul renders on any viewer/printer.
        bool cjkEmbedded = false;
        for (const QString &line : fonts.split(u'\n')) {
            if (line.contains(u"CJK"_s, Qt::CaseInsensitive)
                && line.contains(QRegularExpression(u"\\byes\\b"_s)))
                cjkEmbedded = true;
        }
        QVERIFY2(cjkEmbedded, qPrintable(fonts));

        // Real text, not pictures of text: the name and the caption come back out.
        const QString text = runTool(u"pdftotext"_s, {path, u"-"_s});
        if (!text.isEmpty()) {
            QVERIFY2(text.contains(u"홍길동"_s), qPrintable(text));
            QVERIFY2(text.contains(u"네트워킹 빙고"_s), qPrintable(text));
        }

        // The QR as printed: rasterise the PDF and decode it.
        if (!QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty()) {
            const QString stem = f.path(u"page"_s);
            runTool(u"pdftoppm"_s, {u"-r"_s, u"300"_s, u"-png"_s, u"-singlefile"_s, path, stem});
            const QImage page(stem + u".png"_s);
            QVERIFY(!page.isNull());
            QCOMPARE(QrCodec::decodeImage(page), std::optional<QString>(f.person.badgeCode));
        }
    }

    void print_noOrUnknownPrinter_failsAndRecordsNothing()
    {
        DeskFixture f;
        BadgePrinter printer(f.event->store(), u"Desk 1"_s, f.clock);
        QString error;

        // What QPrinter falls back to without any printer: PDF with nowhere to go.
        QPrinter nowhere;
        nowhere.setOutputFormat(QPrinter::PdfFormat);
        nowhere.setOutputFileName(QString());
        QVERIFY(!printer.print(f.person, nowhere, &error));
        QVERIFY(!error.isEmpty());

        error.clear();
        QPrinter unknown;
        unknown.setPrinterName(u"Mannam Test No Such Printer"_s);
        QVERIFY(!printer.print(f.person, unknown, &error));
        QVERIFY(!error.isEmpty());

        QCOMPARE(f.prints(), 0);
    }

    void printToPdf_failures_recordNothing()
    {
        DeskFixture f;
        BadgePrinter printer(f.event->store(), u"Desk 1"_s, f.clock);
        QString error;

        Attendee noCode = f.person;
        noCode.badgeCode.clear();
        QVERIFY(!printer.printToPdf(noCode, f.path(u"none.pdf"_s), &error));
        QVERIFY2(error.contains(f.person.name), qPrintable(error));
        QVERIFY(!QFile::exists(f.path(u"none.pdf"_s)));

        error.clear();
        const QString blocker = f.path(u"file"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString unwritable = blocker + u"/badge.pdf"_s;
        QVERIFY(!printer.printToPdf(f.person, unwritable, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(unwritable)), qPrintable(error));

        QCOMPARE(f.prints(), 0);
    }

    void choosePrinter_cancelled_returnsNothingAndRemembersNothing()
    {
        // Cancel the dialog as soon as it is up (no sleeping: a zero timer per event loop turn).
        QTimer canceller;
        bool cancelled = false;
        connect(&canceller, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                cancelled = true;
                dialog->reject();
            }
        });
        canceller.start(0);
        const std::unique_ptr<QPrinter> chosen = BadgePrinter::choosePrinter(nullptr, true);
        canceller.stop();
        QVERIFY(cancelled);
        QVERIFY(!chosen);
        QVERIFY(AppSettings::value(AppSettings::Key::BadgePrinter).toString().isEmpty());
    }

    void defaultPrinterName_ignoresPrinterThatIsGone()
    {
        AppSettings::setValue(AppSettings::Key::BadgePrinter, u"Mannam Test Unplugged Printer"_s);
        QVERIFY(BadgePrinter::defaultPrinterName() != u"Mannam Test Unplugged Printer"_s);
        QSettings().remove(u"desk/badgePrinter"_s);
    }
};

QTEST_MAIN(TestBadges)
#include "tst_badges.moc"
