#include "transfer/CsvReader.h"

#include <QElapsedTimer>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

QList<QStringList> fieldsOf(const CsvTable &table)
{
    QList<QStringList> rows;
    for (const CsvRecord &record : table.records)
        rows.append(record.fields);
    return rows;
}

QList<int> linesOf(const CsvTable &table)
{
    QList<int> lines;
    for (const CsvRecord &record : table.records)
        lines.append(record.line);
    return lines;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_validCsv_givesFieldsAndStartLines_data();
    void parse_validCsv_givesFieldsAndStartLines();
    void parse_malformedCsv_reportsLineAndKeepsNoRecords_data();
    void parse_malformedCsv_reportsLineAndKeepsNoRecords();
    void detectDelimiter_firstRecord_mostFrequentWins_data();
    void detectDelimiter_firstRecord_mostFrequentWins();
    void parse_tenThousandRows_isFast();
};

void TestCsvReader::parse_validCsv_givesFieldsAndStartLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QList<QStringList>>("fields");
    QTest::addColumn<QList<int>>("lines");

    const QChar comma = u',';
    QTest::addRow("plain rows") << u"a,b,c\n1,2,3\n"_s << comma
                                << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}}
                                << QList<int>{1, 2};
    QTest::addRow("quoted comma stays in field") << u"\"Seoul, Korea\",x\n"_s << comma
                                << QList<QStringList>{{u"Seoul, Korea"_s, u"x"_s}} << QList<int>{1};
    QTest::addRow("doubled quotes become one") << u"\"say \"\"hi\"\"\",\"\"\"\"\n"_s << comma
                                << QList<QStringList>{{u"say \"hi\""_s, u"\""_s}} << QList<int>{1};
    QTest::addRow("quoted LF kept and counted")
        << u"name,notes\nKim,\"line1\nline2\"\nLee,x\n"_s << comma
        << QList<QStringList>{{u"name"_s, u"notes"_s}, {u"Kim"_s, u"line1\nline2"_s}, {u"Lee"_s, u"x"_s}}
        << QList<int>{1, 2, 4};
    QTest::addRow("quoted CRLF kept and counted")
        << u"name,notes\r\nKim,\"line1\r\nline2\r\nline3\"\r\nLee,x\r\n"_s << comma
        << QList<QStringList>{{u"name"_s, u"notes"_s}, {u"Kim"_s, u"line1\r\nline2\r\nline3"_s}, {u"Lee"_s, u"x"_s}}
        << QList<int>{1, 2, 5};
    QTest::addRow("quoted lone CR counted") << u"\"a\rb\",c\rd\r"_s << comma
                                << QList<QStringList>{{u"a\rb"_s, u"c"_s}, {u"d"_s}} << QList<int>{1, 3};
    QTest::addRow("CR-only line ends") << u"a,b\r1,2\r3,4"_s << comma
                                << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
                                << QList<int>{1, 2, 3};
    QTest::addRow("blank lines skipped, still counted") << u"a\n\n\nb\r\n\r\nc\n\n"_s << comma
                                << QList<QStringList>{{u"a"_s}, {u"b"_s}, {u"c"_s}} << QList<int>{1, 4, 6};
    QTest::addRow("leading blank lines") << u"\n\na,b\n"_s << comma
                                << QList<QStringList>{{u"a"_s, u"b"_s}} << QList<int>{3};
    QTest::addRow("missing final newline") << u"a,b\n1,2"_s << comma
                                << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
    QTest::addRow("quoted last field without newline") << u"a,\"b\""_s << comma
                                << QList<QStringList>{{u"a"_s, u"b"_s}} << QList<int>{1};
    QTest::addRow("leading BOM ignored") << u"\uFEFFname,email\n"_s << comma
                                << QList<QStringList>{{u"name"_s, u"email"_s}} << QList<int>{1};
    QTest::addRow("empty fields") << u",,\n"_s << comma
                                << QList<QStringList>{{QString(), QString(), QString()}} << QList<int>{1};
    QTest::addRow("trailing delimiter gives empty last field") << u"a,\n"_s << comma
                                << QList<QStringList>{{u"a"_s, QString()}} << QList<int>{1};
    QTest::addRow("empty quoted field") << u"\"\",x\n"_s << comma
                                << QList<QStringList>{{QString(), u"x"_s}} << QList<int>{1};
    QTest::addRow("spaces kept") << u" a , b \n"_s << comma
                                << QList<QStringList>{{u" a "_s, u" b "_s}} << QList<int>{1};
    QTest::addRow("Hangul") << u"이름,이메일\n홍길동,hong@example.com\n"_s << comma
                                << QList<QStringList>{{u"이름"_s, u"이메일"_s}, {u"홍길동"_s, u"hong@example.com"_s}}
                                << QList<int>{1, 2};
    QTest::addRow("semicolon delimiter") << u"a;\"b;c\";d,e\n"_s << QChar(u';')
                                << QList<QStringList>{{u"a"_s, u"b;c"_s, u"d,e"_s}} << QList<int>{1};
    QTest::addRow("tab delimiter") << u"a\tb c\t\"d\te\"\n"_s << QChar(u'\t')
                                << QList<QStringList>{{u"a"_s, u"b c"_s, u"d\te"_s}} << QList<int>{1};
    QTest::addRow("empty text") << QString() << comma << QList<QStringList>{} << QList<int>{};
}

void TestCsvReader::parse_validCsv_givesFieldsAndStartLines()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QFETCH(QList<QStringList>, fields);
    QFETCH(QList<int>, lines);

    const CsvTable table = parseCsv(text, delimiter);

    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(fieldsOf(table), fields);
    QCOMPARE(linesOf(table), lines);
}

void TestCsvReader::parse_malformedCsv_reportsLineAndKeepsNoRecords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("errorLine");
    QTest::addColumn<QString>("reason");

    QTest::addRow("unclosed quote names the line it starts on")
        << u"a,b\n1,2\n3,\"never closed\n4,5\n6,7\n"_s << 3 << u"never closed"_s;
    QTest::addRow("unclosed quote after a multi-line record")
        << u"\"x\ny\",1\n\"open"_s << 3 << u"never closed"_s;
    QTest::addRow("text after closing quote") << u"a,b\n\"x\"y,z\n"_s << 2 << u"after the closing quote"_s;
    QTest::addRow("space after closing quote") << u"\"x\" ,z\n"_s << 1 << u"after the closing quote"_s;
    QTest::addRow("quote inside unquoted field") << u"a,b\nab\"c,d\n"_s << 2 << u"does not start with a quote"_s;
    QTest::addRow("quote inside unquoted field after a quoted line break")
        << u"\"a\nb\",c\"d\n"_s << 2 << u"does not start with a quote"_s;
    QTest::addRow("NUL in unquoted field") << u"a\nb"_s + QChar(0) + u"c\n"_s << 2 << u"NUL"_s;
    QTest::addRow("NUL in quoted field") << u"\"a\nb"_s + QChar(0) + u"\"\n"_s << 2 << u"NUL"_s;
}

void TestCsvReader::parse_malformedCsv_reportsLineAndKeepsNoRecords()
{
    QFETCH(QString, text);
    QFETCH(int, errorLine);
    QFETCH(QString, reason);

    const CsvTable table = parseCsv(text);

    QVERIFY(!table.ok());
    QVERIFY(table.records.isEmpty());
    QCOMPARE(table.errorLine, errorLine);
    QVERIFY2(table.error.startsWith(u"Line %1: "_s.arg(errorLine)), qPrintable(table.error));
    QVERIFY2(table.error.contains(reason), qPrintable(table.error));
}

void TestCsvReader::detectDelimiter_firstRecord_mostFrequentWins_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");

    QTest::addRow("comma") << u"a,b,c\n1,2,3\n"_s << QChar(u',');
    QTest::addRow("semicolon") << u"a;b;c\n1;2;3\n"_s << QChar(u';');
    QTest::addRow("tab") << u"a\tb\tc\n"_s << QChar(u'\t');
    QTest::addRow("quoted semicolons do not count") << u"\"x;y;z\",a,b\n"_s << QChar(u',');
    QTest::addRow("quoted commas do not count") << u"\"a,b,c\";d;e\n"_s << QChar(u';');
    QTest::addRow("quoted line break stays in first record") << u"\"multi\nline,,,,\";x;y\n"_s << QChar(u';');
    QTest::addRow("only the first record counts") << u"a;b\n1,2,3,4,5\n"_s << QChar(u';');
    QTest::addRow("BOM and blank lines before the header") << u"\uFEFF\n\na;b\n"_s << QChar(u';');
    QTest::addRow("tie goes to comma") << u"a,b;c\n"_s << QChar(u',');
    QTest::addRow("single column defaults to comma") << u"name\nKim\n"_s << QChar(u',');
    QTest::addRow("empty text defaults to comma") << QString() << QChar(u',');
}

void TestCsvReader::detectDelimiter_firstRecord_mostFrequentWins()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);

    QCOMPARE(detectDelimiter(text), delimiter);
}

void TestCsvReader::parse_tenThousandRows_isFast()
{
    constexpr int Rows = 10000;
    constexpr int Columns = 12;
    QString text;
    for (int column = 0; column < Columns; ++column)
        text += (column ? u","_s : QString()) + u"header%1"_s.arg(column);
    text += u"\r\n";
    for (int row = 0; row < Rows; ++row) {
        text += u"홍길동%1,hong%1@example.com,010-1234-5678,\"Mannam, Inc.\",General,"
                "\"note with \"\"quotes\"\"\nand a line break\",registered,yes,AI;Web;Rust,"
                "%1,abcdef,ghijkl\r\n"_s.arg(row);
    }

    // The best of three runs, so that a busy machine does not fail the test.
    qint64 bestMs = std::numeric_limits<qint64>::max();
    CsvTable table;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        table = parseCsv(text);
        bestMs = std::min(bestMs, timer.elapsed());
    }
    qInfo("parsed %d rows x %d columns in %lld ms", Rows, Columns, bestMs);

    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(table.records.size(), Rows + 1);
    const CsvRecord &last = table.records.constLast();
    QCOMPARE(last.fields.size(), Columns);
    QCOMPARE(last.fields.at(0), u"홍길동%1"_s.arg(Rows - 1));
    QCOMPARE(last.fields.at(5), u"note with \"quotes\"\nand a line break"_s);
    QCOMPARE(last.line, 1 + 2 * Rows - 1);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
