// The badge sheet (app/tickets/BadgeSheet): 2 × 5 badges of 90 × 55 mm to an A4 page with
// cut marks in the margin, each badge's QR readable from the printed page, Hangul embedded,
// progress per badge, Cancel leaving nothing, and drawing on a worker thread.
#include "TestSupport.h"

#include "codes/QrCodec.h"
#include "tickets/BadgeSheet.h"

#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

EventInfo sampleEvent()
{
    EventInfo event;
    event.name = u"서울 AI 스터디 밋업 2026"_s;
    return event;
}

QList<Attendee> people(int count)
{
    QList<Attendee> list;
    QSet<QString> taken;
    for (int i = 0; i < count; ++i) {
        Attendee a;
        a.id = i + 1;
        a.name = i % 3 == 0 ? u"홍길동%1"_s.arg(i) : u"Person %1"_s.arg(i);
        a.affiliation = u"만남 커뮤니티"_s;
        a.badgeCode = TicketCode::generate(u"4321"_s, taken);
        taken.insert(a.badgeCode);
        list << a;
    }
    return list;
}

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

int pdfPages(const QString &path)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    return pages.match(runTool(u"pdfinfo"_s, {path})).captured(1).toInt();
}

bool popplerInstalled()
{
    return !QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty()
           && !QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty();
}

} // namespace

class TestBadgeSheet : public QObject
{
    Q_OBJECT

private slots:
    void write_tenToAPage_progressPerBadge()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sheet.pdf"_s);
        QList<std::pair<int, int>> calls;
        BadgeSheet sheet(sampleEvent());
        QString error;
        QVERIFY2(sheet.write(people(23), path, &error,
                             [&](int done, int total) {
                                 calls.append({done, total});
                                 return true;
                             }),
                 qPrintable(error));
        QCOMPARE(calls.size(), 23);
        QCOMPARE(calls.first(), std::make_pair(1, 23));
        QCOMPARE(calls.last(), std::make_pair(23, 23));
        QCOMPARE(BadgeSheet::pageCount(23), 3);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"sheet.pdf"_s});
        if (!popplerInstalled())
            QSKIP("poppler-utils are not installed");
        QCOMPARE(pdfPages(path), 3);
        static const QRegularExpression a4(u"Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts"_s);
        QVERIFY2(a4.match(runTool(u"pdfinfo"_s, {path})).hasMatch(), qPrintable(runTool(u"pdfinfo"_s, {path})));
        bool cjkEmbedded = false;
        for (const QString &line : runTool(u"pdffonts"_s, {path}).split(u'\n')) {
            if (line.contains(u"CJK"_s, Qt::CaseInsensitive) && line.contains(QRegularExpression(u"\\byes\\b"_s)))
                cjkEmbedded = true;
        }
        QVERIFY(cjkEmbedded);
    }

    // The printed page: every badge's own QR decodes from its cell, cut marks are in the
    // margin and never across a badge.
    void printedPage_qrPerCell_cutMarksInTheMarginOnly()
    {
        if (!popplerInstalled())
            QSKIP("poppler-utils are not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sheet.pdf"_s);
        const QList<Attendee> attendees = people(10);
        QString error;
        QVERIFY2(BadgeSheet(sampleEvent()).write(attendees, path, &error), qPrintable(error));
        const int dpi = 200;
        const QString stem = dir.filePath(u"page"_s);
        runTool(u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-png"_s, u"-singlefile"_s, path, stem});
        const QImage page(stem + u".png"_s);
        QVERIFY(!page.isNull());
        const auto px = [dpi](qreal mm) { return qRound(mm / 25.4 * dpi); };
        // The block of badges: 180 × 275 mm centred on 210 × 297.
        const qreal left = 15.0;
        const qreal top = 11.0;
        for (int slot : {0, 1, 9}) {
            const QRect cell(px(left + (slot % 2) * 90.0), px(top + (slot / 2) * 55.0), px(90), px(55));
            QCOMPARE(QrCodec::decodeImage(page.copy(cell)), std::optional<QString>(attendees.at(slot).badgeCode));
        }
        // A cut mark above the block at the left edge of the first column...
        int dark = 0;
        for (int y = px(3); y < px(top - 3); ++y)
            dark += qGray(page.pixel(px(left), y)) < 200 ? 1 : 0;
        QVERIFY2(dark > px(3), qPrintable(QString::number(dark)));
        // ...and none along that edge inside the badges (their white border is there).
        int inked = 0;
        for (int y = px(top + 1); y < px(top + 275 - 1); ++y)
            inked += qGray(page.pixel(px(left) + 1, y)) < 200 ? 1 : 0;
        QCOMPARE(inked, 0);
    }

    void cancel_writesNothingAndKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sheet.pdf"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        BadgeSheet sheet(sampleEvent());
        QString error;
        int calls = 0;
        QVERIFY(!sheet.write(people(30), path, &error, [&](int done, int) {
            ++calls;
            return done < 5;
        }));
        QVERIFY(sheet.wasCancelled());
        QCOMPARE(calls, 5);
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"sheet.pdf"_s});
    }

    void badInput_failsBeforeDrawing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sheet.pdf"_s);
        QString error;
        QVERIFY(!BadgeSheet(sampleEvent()).write({}, path, &error));
        QVERIFY(!error.isEmpty());

        QList<Attendee> list = people(4);
        list[2].name = u"코드없음"_s;
        list[2].badgeCode.clear();
        int calls = 0;
        QVERIFY(!BadgeSheet(sampleEvent()).write(list, path, &error, [&](int, int) { return ++calls > 0; }));
        QVERIFY2(error.contains(u"코드없음"_s), qPrintable(error));
        QCOMPARE(calls, 0);
        QVERIFY(!QFileInfo::exists(path));

        QVERIFY(!BadgeSheet(sampleEvent()).write(people(1), dir.filePath(u"no/such/sheet.pdf"_s), &error));
        QVERIFY2(error.contains(u"Cannot write"_s), qPrintable(error));
    }

    // What the export menu does: the sheet drawn on a worker thread, fonts and all.
    void workerThread_drawsTheSameSheet()
    {
        QTest::failOnWarning(QRegularExpression(u"thread"_s, QRegularExpression::CaseInsensitiveOption));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sheet.pdf"_s);
        bool ok = false;
        QString error;
        const QList<Attendee> list = people(12);
        std::unique_ptr<QThread> worker(QThread::create([&] {
            ok = BadgeSheet(sampleEvent()).write(list, path, &error);
        }));
        worker->start();
        QVERIFY(worker->wait(120000));
        QVERIFY2(ok, qPrintable(error));
        if (popplerInstalled()) {
            QCOMPARE(pdfPages(path), 2);
            QVERIFY(runTool(u"pdftotext"_s, {path, u"-"_s}).contains(u"홍길동0"_s));
        }
    }
};

QTEST_MAIN(TestBadgeSheet)
#include "tst_badgesheet.moc"
