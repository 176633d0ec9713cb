#include "transfer/CsvReader.h"
#include "transfer/CsvWriter.h"
#include "transfer/TextDecoding.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

const QByteArray Utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

// A device that accepts a number of bytes and then fails, like a full disk.
class FillingDevice : public QIODevice
{
public:
    explicit FillingDevice(qint64 capacity) : m_capacity(capacity) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        if (length > m_capacity) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_capacity -= length;
        return length;
    }

private:
    qint64 m_capacity;
};

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void encodeRow_cells_quotedPerRfc4180_data();
    void encodeRow_cells_quotedPerRfc4180();
    void neutralised_cell_prefixesOnlyFormulaStarts_data();
    void neutralised_cell_prefixesOnlyFormulaStarts();
    void writeRow_severalRows_bomOnceAndCrlfBetweenRows();
    void writeRow_noRows_writesNothing();
    void writeRow_readOnlyDevice_reportsError();
    void writeRow_deviceFillsUp_reportsErrorAndStops();
    void roundTrip_writerThenReader_givesSameCells_data();
    void roundTrip_writerThenReader_givesSameCells();
    void writeRow_tenThousandRows_isFast();
};

void TestCsvWriter::encodeRow_cells_quotedPerRfc4180_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QString>("row");

    QTest::addRow("plain cells") << QStringList{u"a"_s, u"b"_s} << u"a,b\r\n"_s;
    QTest::addRow("comma quoted") << QStringList{u"Seoul, Korea"_s, u"x"_s} << u"\"Seoul, Korea\",x\r\n"_s;
    QTest::addRow("quote doubled") << QStringList{u"say \"hi\""_s} << u"\"say \"\"hi\"\"\"\r\n"_s;
    QTest::addRow("LF quoted") << QStringList{u"line1\nline2"_s} << u"\"line1\nline2\"\r\n"_s;
    QTest::addRow("CR quoted") << QStringList{u"a\rb"_s} << u"\"a\rb\"\r\n"_s;
    QTest::addRow("CRLF quoted") << QStringList{u"a\r\nb"_s, u"c"_s} << u"\"a\r\nb\",c\r\n"_s;
    QTest::addRow("empty cells") << QStringList{QString(), QString(), QString()} << u",,\r\n"_s;
    QTest::addRow("lone empty cell quoted so the row survives") << QStringList{QString()} << u"\"\"\r\n"_s;
    QTest::addRow("Hangul") << QStringList{u"홍길동"_s, u"서울, 한국"_s} << u"홍길동,\"서울, 한국\"\r\n"_s;
    QTest::addRow("semicolon and tab inside are not special")
        << QStringList{u"a;b"_s, u"c\td"_s} << u"a;b,c\td\r\n"_s;
    QTest::addRow("formula neutralised then quoted")
        << QStringList{u"=HYPERLINK(\"http://x\")"_s} << u"\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"_s;
    QTest::addRow("CR formula neutralised then quoted") << QStringList{u"\r=1"_s} << u"\"'\r=1\"\r\n"_s;
}

void TestCsvWriter::encodeRow_cells_quotedPerRfc4180()
{
    QFETCH(QStringList, cells);
    QFETCH(QString, row);

    QCOMPARE(CsvWriter::encodeRow(cells), row);
}

void TestCsvWriter::neutralised_cell_prefixesOnlyFormulaStarts_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");

    QTest::addRow("=1+1") << u"=1+1"_s << u"'=1+1"_s;
    QTest::addRow("+1") << u"+1"_s << u"'+1"_s;
    QTest::addRow("-1") << u"-1"_s << u"'-1"_s;
    QTest::addRow("@SUM") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
    QTest::addRow("tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
    QTest::addRow("CR") << u"\r=1+1"_s << u"'\r=1+1"_s;
    QTest::addRow("DDE payload") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;
    QTest::addRow("plain text untouched") << u"hello"_s << u"hello"_s;
    QTest::addRow("Hangul untouched") << u"홍길동"_s << u"홍길동"_s;
    QTest::addRow("operator inside untouched") << u"1+1=2"_s << u"1+1=2"_s;
    QTest::addRow("email untouched") << u"hong@example.com"_s << u"hong@example.com"_s;
    QTest::addRow("phone untouched") << u"010-1234-5678"_s << u"010-1234-5678"_s;
    QTest::addRow("leading space untouched") << u" =1+1"_s << u" =1+1"_s;
    QTest::addRow("empty untouched") << QString() << QString();
}

void TestCsvWriter::neutralised_cell_prefixesOnlyFormulaStarts()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);

    QCOMPARE(CsvWriter::neutralised(cell), expected);
}

void TestCsvWriter::writeRow_severalRows_bomOnceAndCrlfBetweenRows()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);

    writer.writeRow({u"name"_s, u"email"_s});
    writer.writeRow({u"홍길동"_s, u"hong@example.com"_s});
    writer.writeRow({u"Kim"_s, u"kim@example.com"_s});

    QVERIFY(writer.ok());
    QVERIFY(writer.errorString().isEmpty());
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith(Utf8Bom));
    QCOMPARE(bytes.count(Utf8Bom), 1);
    QCOMPARE(bytes.mid(Utf8Bom.size()),
             u"name,email\r\n홍길동,hong@example.com\r\nKim,kim@example.com\r\n"_s.toUtf8());
}

void TestCsvWriter::writeRow_noRows_writesNothing()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);

    QVERIFY(writer.ok());
    QVERIFY(buffer.data().isEmpty());
}

void TestCsvWriter::writeRow_readOnlyDevice_reportsError()
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvWriter writer(&buffer);

    writer.writeRow({u"a"_s});

    QVERIFY(!writer.ok());
    QVERIFY(!writer.errorString().isEmpty());
    QVERIFY(data.isEmpty());
}

void TestCsvWriter::writeRow_deviceFillsUp_reportsErrorAndStops()
{
    FillingDevice device(100);
    CsvWriter writer(&device);

    writer.writeRow({u"first row"_s});
    QVERIFY(writer.ok());
    writer.writeRow({QString(200, u'x')});
    QVERIFY(!writer.ok());
    QVERIFY2(writer.errorString().contains(u"No space left on device"), qPrintable(writer.errorString()));
    const QString firstError = writer.errorString();
    writer.writeRow({u"short"_s});
    QVERIFY(!writer.ok());
    QCOMPARE(writer.errorString(), firstError);
}

void TestCsvWriter::roundTrip_writerThenReader_givesSameCells_data()
{
    QTest::addColumn<QList<QStringList>>("rows");

    QTest::addRow("Hangul and commas") << QList<QStringList>{
        {u"이름"_s, u"소속"_s, u"메모"_s},
        {u"홍길동"_s, u"만남, 주식회사"_s, u"채식"_s},
        {u"똠방각하"_s, u"샾"_s, u"emoji 🎉"_s}};
    QTest::addRow("line breaks and quotes") << QList<QStringList>{
        {u"line1\nline2"_s, u"a\r\nb"_s, u"lone\rCR"_s},
        {u"\"quoted\""_s, u"say \"\"twice\"\""_s, u"'apostrophe"_s}};
    QTest::addRow("empty cells and rows") << QList<QStringList>{
        {QString(), u"x"_s, QString()}, {QString()}, {u"after"_s}};
    QTest::addRow("delimiters of other locales") << QList<QStringList>{{u"a;b"_s, u"c\td"_s, u"e|f"_s}};
}

void TestCsvWriter::roundTrip_writerThenReader_givesSameCells()
{
    QFETCH(QList<QStringList>, rows);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    QVERIFY(writer.ok());

    const DecodedText decoded = decodeText(buffer.data());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QVERIFY(decoded.hadBom);
    const CsvTable table = parseCsv(decoded.text);

    QVERIFY2(table.ok(), qPrintable(table.error));
    QList<QStringList> readBack;
    for (const CsvRecord &record : table.records)
        readBack.append(record.fields);
    QCOMPARE(readBack, rows);
}

void TestCsvWriter::writeRow_tenThousandRows_isFast()
{
    constexpr int Rows = 10000;
    QList<QStringList> rows;
    rows.reserve(Rows);
    for (int i = 0; i < Rows; ++i) {
        rows.append({QString::number(i), u"홍길동%1"_s.arg(i), u"hong%1@example.com"_s.arg(i),
                     u"010-1234-5678"_s, u"Mannam, Inc."_s, u"General"_s,
                     u"2026-11-22T18:42:01.123+09:00"_s, u"note with \"quotes\""_s, u"=1+1"_s,
                     u"AI;Web"_s});
    }

    // The best of three runs, so that a busy machine does not fail the test.
    qint64 bestMs = std::numeric_limits<qint64>::max();
    QByteArray bytes;
    for (int run = 0; run < 3; ++run) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QElapsedTimer timer;
        timer.start();
        CsvWriter writer(&buffer);
        for (const QStringList &row : std::as_const(rows))
            writer.writeRow(row);
        bestMs = std::min(bestMs, timer.elapsed());
        QVERIFY(writer.ok());
        bytes = buffer.data();
    }
    qInfo("wrote %d rows x 10 columns (%lld bytes) in %lld ms", Rows, qint64(bytes.size()), bestMs);

    QCOMPARE(bytes.count("\r\n"), Rows);
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
