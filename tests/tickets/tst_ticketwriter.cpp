#include "codes/QrCodec.h"
#include "tickets/TicketLayout.h"
#include "tickets/TicketWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

const QString HongCode = u"123456789012345678901234"_s;
const QString AdaCode = u"EB/123 456"_s;        // imported, not file-name safe
const QString CancelledCode = u"999988887777666655554444"_s;

EventInfo sampleEvent()
{
    EventInfo event;
    event.eventId = u"0f6f1f8e-0000-4000-8000-000000000001"_s;
    event.codeTag = u"1234"_s;
    event.name = u"AI 스터디 밋업 2025"_s;
    event.venue = u"서울 강남구 테헤란로 123, 5층"_s;
    event.startsAt = QDateTime(QDate(2025, 6, 14), QTime(10, 0), Qt::UTC);
    event.endsAt = QDateTime(QDate(2025, 6, 14), QTime(12, 30), Qt::UTC);
    return event;
}

Attendee person(qint64 id, const QString &name, const QString &code,
                AttendeeStatus status = AttendeeStatus::Registered)
{
    Attendee a;
    a.id = id;
    a.name = name;
    a.email = u"person%1@example.org"_s.arg(id);
    a.affiliation = u"만남 커뮤니티"_s;
    a.ticketType = u"일반 General"_s;
    a.status = status;
    a.ticketCode = code;
    return a;
}

QList<Attendee> threeAttendees()
{
    return {person(1, u"홍길동"_s, HongCode), person(2, u"Ada Lovelace"_s, AdaCode),
            person(3, u"Cancelled Person"_s, CancelledCode, AttendeeStatus::Cancelled)};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The CSV cells we write here contain no commas, quotes or line breaks.
QList<QStringList> csvRows(const QByteArray &bytes)
{
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(bytes.mid(3));
    for (QString line : text.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        QStringList cells = line.split(u',');
        for (QString &cell : cells) {
            if (cell.size() >= 2 && cell.startsWith(u'"') && cell.endsWith(u'"'))
                cell = cell.mid(1, cell.size() - 2);
        }
        rows.append(cells);
    }
    return rows;
}

// Page objects are "/Type /Page"; the page tree root is "/Type /Pages".
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![A-Za-z])"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

class TestTicketWriter : public QObject
{
    Q_OBJECT

private slots:
    void write_threeAttendees_skipsCancelledAndWritesAll()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString outDir = tmp.filePath(u"tickets/out"_s);   // created on the way

        QList<QPair<int, int>> calls;
        const TicketBatchResult result = TicketWriter(sampleEvent())
                .write(threeAttendees(), outDir,
                       [&calls](int done, int total) { calls.append({done, total}); });

        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.written, 2);
        QCOMPARE(result.skippedCancelled, 1);
        QCOMPARE(result.pdfPath, QDir(outDir).filePath(u"tickets.pdf"_s));
        QCOMPARE(result.csvPath, QDir(outDir).filePath(u"mail-merge.csv"_s));
        QCOMPARE(result.pngDir, QDir(outDir).filePath(u"png"_s));
        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.last(), qMakePair(2, 2));

        // PNGs: one per admitted attendee, each decoding back to its code.
        const QStringList pngs = QDir(result.pngDir).entryList(QDir::Files, QDir::Name);
        QCOMPARE(pngs, QStringList({HongCode + u".png"_s, u"EB_123_456-2.png"_s}));
        const QImage hongPng(QDir(result.pngDir).filePath(pngs.at(0)));
        QVERIFY(!hongPng.isNull());
        QCOMPARE(hongPng.format(), QImage::Format_Grayscale8);
        QCOMPARE(QrCodec::decodeImage(hongPng), std::optional<QString>(HongCode));
        QCOMPARE(QrCodec::decodeImage(QImage(QDir(result.pngDir).filePath(pngs.at(1)))),
                 std::optional<QString>(AdaCode));

        // Mail merge: BOM, header, two rows pointing at the PNGs relative to outDir.
        const QByteArray csv = readAll(result.csvPath);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = csvRows(csv);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), QStringList({u"name"_s, u"email"_s, u"ticket_code"_s, u"png_file"_s}));
        QCOMPARE(rows.at(1), QStringList({u"홍길동"_s, u"person1@example.org"_s, HongCode,
                                          u"png/"_s + HongCode + u".png"_s}));
        QCOMPARE(rows.at(2), QStringList({u"Ada Lovelace"_s, u"person2@example.org"_s, AdaCode,
                                          u"png/EB_123_456-2.png"_s}));
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(QFileInfo::exists(QDir(outDir).filePath(rows.at(i).at(3))));

        // PDF: real PDF, two pages, fonts embedded rather than text drawn as outlines.
        const QByteArray pdf = readAll(result.pdfPath);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdfPageCount(pdf), 2);
        QVERIFY(pdf.contains("/FontFile"));
        QVERIFY(pdf.contains("/Title"));

        // Nothing else in outDir: no temporary files left behind.
        QCOMPARE(QDir(outDir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                        QDir::Name),
                 QStringList({u"mail-merge.csv"_s, u"png"_s, u"tickets.pdf"_s}));
    }

    void write_twice_overwritesFiles()
    {
        QTemporaryDir tmp;
        QList<Attendee> attendees = threeAttendees();
        QVERIFY(TicketWriter(sampleEvent()).write(attendees, tmp.path()).ok());
        attendees[0].name = u"홍길순"_s;
        attendees[1].status = AttendeeStatus::Cancelled;
        const TicketBatchResult again = TicketWriter(sampleEvent()).write(attendees, tmp.path());
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.written, 1);
        QCOMPARE(again.skippedCancelled, 2);
        const QList<QStringList> rows = csvRows(readAll(again.csvPath));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(0), u"홍길순"_s);
        QCOMPARE(pdfPageCount(readAll(again.pdfPath)), 1);
    }

    void write_underRegularFile_failsNamingPathAndLeavesNothing()
    {
        QTemporaryDir tmp;
        const QString blocker = tmp.filePath(u"not-a-folder"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();

        const QString outDir = blocker + u"/tickets"_s;
        const TicketBatchResult result = TicketWriter(sampleEvent()).write(threeAttendees(), outDir);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(outDir)), qPrintable(result.error));
        QVERIFY(result.pdfPath.isEmpty());
        QVERIFY(result.csvPath.isEmpty());
        QCOMPARE(result.written, 0);
        QVERIFY(!QFileInfo::exists(outDir));
        QCOMPARE(readAll(blocker), QByteArray("x"));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList({u"not-a-folder"_s}));
    }

    void write_pngCannotBeWritten_leavesNoPdfOrCsv()
    {
        QTemporaryDir tmp;
        // A folder where the second PNG should go makes that write fail midway.
        QVERIFY(QDir(tmp.path()).mkpath(u"png/EB_123_456-2.png"_s));
        const TicketBatchResult result =
                TicketWriter(sampleEvent()).write(threeAttendees(), tmp.path());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"EB_123_456-2.png"_s), qPrintable(result.error));
        QCOMPARE(result.written, 1);
        QVERIFY(result.pdfPath.isEmpty());
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList({u"png"_s}));
    }

    void write_attendeeWithoutCode_failsBeforeWritingAnything()
    {
        QTemporaryDir tmp;
        QList<Attendee> attendees = threeAttendees();
        attendees[1].ticketCode.clear();
        const TicketBatchResult result =
                TicketWriter(sampleEvent()).write(attendees, tmp.filePath(u"out"_s));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"Ada Lovelace"_s), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(tmp.filePath(u"out"_s)));
    }

    void write_onlyCancelled_failsWithoutEmptyPdf()
    {
        QTemporaryDir tmp;
        const TicketBatchResult result = TicketWriter(sampleEvent())
                .write({person(1, u"A"_s, HongCode, AttendeeStatus::Cancelled)},
                       tmp.filePath(u"out"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.skippedCancelled, 1);
        QVERIFY(!QFileInfo::exists(tmp.filePath(u"out"_s)));
    }

    void write_codesDifferingOnlyInCase_getDistinctFiles()
    {
        QTemporaryDir tmp;
        const TicketBatchResult result = TicketWriter(sampleEvent())
                .write({person(1, u"A"_s, u"AbC"_s), person(2, u"B"_s, u"abc"_s)}, tmp.path());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(QDir(result.pngDir).entryList(QDir::Files, QDir::Name),
                 QStringList({u"AbC.png"_s, u"abc-2.png"_s}));
    }

    void pngFileName_code_isSafeOnEveryOs_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("digits") << HongCode << qint64(1) << HongCode + u".png"_s;
        QTest::newRow("portable letters") << u"FESTA-7f3a_9B"_s << qint64(2) << u"FESTA-7f3a_9B.png"_s;
        QTest::newRow("slash and space") << u"EB/123 456"_s << qint64(3) << u"EB_123_456-3.png"_s;
        QTest::newRow("windows specials") << u"a:b*c?d"_s << qint64(4) << u"a_b_c_d-4.png"_s;
        QTest::newRow("hangul only") << u"티켓"_s << qint64(5) << u"ticket-5.png"_s;
        QTest::newRow("dots") << u"../../etc"_s << qint64(6) << u"etc-6.png"_s;
        QTest::newRow("windows device name") << u"con"_s << qint64(7) << u"con-7.png"_s;
        QTest::newRow("long") << QString(100, u'#') + u"x"_s.repeated(60) << qint64(8)
                              << u"x"_s.repeated(48) + u"-8.png"_s;
    }
    void pngFileName_code_isSafeOnEveryOs()
    {
        QFETCH(QString, code);
        QFETCH(qint64, id);
        QFETCH(QString, expected);
        Attendee attendee;
        attendee.id = id;
        attendee.ticketCode = code;
        QCOMPARE(TicketWriter::pngFileName(attendee), expected);
    }

    void eventWhen_locale_showsLocalDateAndMinutes_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QStringList>("expectedParts");
        QTest::newRow("korean") << QLocale(QLocale::Korean, QLocale::SouthKorea)
                                << QStringList({u"2025년 6월 14일"_s, u"7:00"_s, u"9:30"_s});
        QTest::newRow("english") << QLocale(QLocale::English, QLocale::UnitedStates)
                                 << QStringList({u"June 14, 2025"_s, u"7:00"_s, u"9:30"_s});
        QTest::newRow("C") << QLocale::c() << QStringList({u"2025"_s, u"19:00"_s, u"21:30"_s});
    }
    void eventWhen_locale_showsLocalDateAndMinutes()
    {
        QFETCH(QLocale, locale);
        QFETCH(QStringList, expectedParts);
        // Stored in UTC like every time in the event file; shown in the machine's local
        // time, so build it from local time to stay independent of the test machine's zone.
        EventInfo event;
        event.startsAt = QDateTime(QDate(2025, 6, 14), QTime(19, 0)).toUTC();
        event.endsAt = QDateTime(QDate(2025, 6, 14), QTime(21, 30)).toUTC();
        const QString when = TicketLayout::eventWhen(event, locale);
        for (const QString &part : std::as_const(expectedParts))
            QVERIFY2(when.contains(part), qPrintable(when));
        QVERIFY2(!when.contains(u":00:00"_s), qPrintable(when));   // no seconds
        QVERIFY(TicketLayout::eventWhen(EventInfo(), locale).isEmpty());
    }

    void paintTicket_onImage_qrIsScannable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("korean") << u"홍길동"_s << HongCode;
        QTest::newRow("very long name") << u"Maximilian Alexander von Humboldt-Schwarzenberg III"_s
                                        << HongCode;
        QTest::newRow("long imported code") << u"Ada"_s
                                            << u"https://tickets.example.org/c/9f8e7d6c-5b4a"_s;
    }
    void paintTicket_onImage_qrIsScannable()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        // The printable part of an A6 page at 150 dpi.
        QImage image(549, 803, QImage::Format_RGB32);
        image.fill(Qt::gray);
        QPainter painter(&image);
        TicketWriter::paintTicket(painter, QRectF(image.rect()), sampleEvent(),
                                  person(1, name, code));
        painter.end();
        QCOMPARE(QrCodec::decodeImage(image), std::optional<QString>(code));
    }
};

QTEST_MAIN(TestTicketWriter)
#include "tst_ticketwriter.moc"
