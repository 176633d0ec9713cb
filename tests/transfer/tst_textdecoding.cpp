#include "transfer/TextDecoding.h"

#include "TestSupport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

Q_DECLARE_METATYPE(mannam::TextEncoding)

namespace {

const QString KoreanCsv = u"이름,이메일\n홍길동,hong@example.com\n"_s;

// The same text as KoreanCsv, byte for byte as Excel on Korean Windows saves it.
const QByteArray KoreanCsvCp949 = QByteArray::fromHex(
    "c0ccb8a7 2c c0ccb8dec0cf 0a c8abb1e6b5bf 2c") + QByteArrayLiteral("hong@example.com\n");

QByteArray cp949(const QString &text)
{
    QStringEncoder encoder("windows-949");
    QByteArray bytes = encoder.encode(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

QByteArray readFixture(const QString &name)
{
    QFile file(test::dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestTextDecoding : public QObject
{
    Q_OBJECT

private slots:
    void decode_readableBytes_givesTextAndEncoding_data();
    void decode_readableBytes_givesTextAndEncoding();
    void decode_unreadableBytes_reportsLineAndOffset_data();
    void decode_unreadableBytes_reportsLineAndOffset();
    void encodingFromName_knownNames_data();
    void encodingFromName_knownNames();
    void encodingName_eachEncoding_readsBack();
};

void TestTextDecoding::decode_readableBytes_givesTextAndEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("requested");
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<bool>("hadBom");

    const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    const QString uhcText = u"똠방각하,샾,경로\\파일\n"_s;  // outside EUC-KR, and a backslash
    const QString fixtureText = u"이름,이메일,연락처,소속,티켓 종류,메모\r\n"
                                "홍길동,hong@example.com,010-1234-5678,\"만남, 주식회사\",일반,채식\r\n"
                                "똠방각하,ddom@example.com,+82 10 2345 6789,샾 연구소,후원,\"경로\\파일, 1,000원\"\r\n"_s;

    QTest::addRow("UTF-8 without BOM") << KoreanCsv.toUtf8() << TextEncoding::Auto
                                       << KoreanCsv << TextEncoding::Utf8 << false;
    QTest::addRow("UTF-8 with BOM, BOM removed") << bom + KoreanCsv.toUtf8() << TextEncoding::Auto
                                                 << KoreanCsv << TextEncoding::Utf8 << true;
    QTest::addRow("ASCII is UTF-8") << QByteArray("name,email\nKim,kim@example.com\n") << TextEncoding::Auto
                                    << u"name,email\nKim,kim@example.com\n"_s << TextEncoding::Utf8 << false;
    QTest::addRow("empty") << QByteArray() << TextEncoding::Auto << QString() << TextEncoding::Utf8 << false;
    QTest::addRow("CP949 Korean headers detected") << KoreanCsvCp949 << TextEncoding::Auto
                                                   << KoreanCsv << TextEncoding::Cp949 << false;
    QTest::addRow("CP949 UHC syllables and backslash") << cp949(uhcText) << TextEncoding::Auto
                                                       << uhcText << TextEncoding::Cp949 << false;
    QTest::addRow("CP949 file saved by iconv") << readFixture(u"csv/attendees-cp949.csv"_s) << TextEncoding::Auto
                                               << fixtureText << TextEncoding::Cp949 << false;
    QTest::addRow("explicit CP949") << KoreanCsvCp949 << TextEncoding::Cp949
                                    << KoreanCsv << TextEncoding::Cp949 << false;
    QTest::addRow("explicit CP949 on ASCII") << QByteArray("a,b\n") << TextEncoding::Cp949
                                             << u"a,b\n"_s << TextEncoding::Cp949 << false;
    QTest::addRow("explicit UTF-8 with BOM") << bom + KoreanCsv.toUtf8() << TextEncoding::Utf8
                                             << KoreanCsv << TextEncoding::Utf8 << true;
    QTest::addRow("explicit UTF-8 overrides detection") << QByteArray("a,b\n") << TextEncoding::Utf8
                                                        << u"a,b\n"_s << TextEncoding::Utf8 << false;
}

void TestTextDecoding::decode_readableBytes_givesTextAndEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, requested);
    QFETCH(QString, text);
    QFETCH(TextEncoding, encoding);
    QFETCH(bool, hadBom);

    const DecodedText decoded = decodeText(bytes, requested);

    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.text, text);
    QCOMPARE(encodingName(decoded.encoding), encodingName(encoding));
    QCOMPARE(decoded.hadBom, hadBom);
}

void TestTextDecoding::decode_unreadableBytes_reportsLineAndOffset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("requested");
    QTest::addColumn<QString>("where");  // the start of the message
    QTest::addColumn<QString>("detail");

    const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    QTest::addRow("CP949 read as explicit UTF-8") << KoreanCsvCp949 << TextEncoding::Utf8
                                                  << u"Line 1: byte 0xC0 at byte offset 0 "_s << u"UTF-8"_s;
    QTest::addRow("bad UTF-8 on line 3") << QByteArray("a\r\nb\n\xFF") << TextEncoding::Utf8
                                         << u"Line 3: byte 0xFF at byte offset 5 "_s << u"UTF-8"_s;
    QTest::addRow("offset counts the BOM") << bom + QByteArray("ab\xC3(") << TextEncoding::Utf8
                                           << u"Line 1: byte 0xC3 at byte offset 5 "_s << u"UTF-8"_s;
    QTest::addRow("truncated UTF-8 at the end") << QByteArray("ab\n\xEA\xB0") << TextEncoding::Utf8
                                                << u"Line 2: byte 0xEA at byte offset 3 "_s << u"UTF-8"_s;
    QTest::addRow("UTF-8 read as explicit CP949") << QByteArray("name\n") + u"홍길동"_s.toUtf8()
                                                  << TextEncoding::Cp949 << u"Line 2: "_s << u"CP949"_s;
    QTest::addRow("byte CP949 never uses") << QByteArray("ok\n\xFF\xFF") << TextEncoding::Cp949
                                           << u"Line 2: byte 0xFF at byte offset 3 "_s << u"CP949"_s;
    QTest::addRow("Latin-1 is neither") << QByteArray("name\ncaf\xE9\n") << TextEncoding::Auto
                                        << u"Line 2: the file is neither UTF-8 nor CP949"_s << u"byte offset 8 "_s;
    QTest::addRow("UTF-8 with garbage is neither")
        << QByteArray("name\n") + u"홍길동"_s.toUtf8() + QByteArray("\n\xFF\xFE\x80\n") << TextEncoding::Auto
        << u"Line 3: the file is neither UTF-8 nor CP949"_s << u"byte 0xFF at byte offset 15 "_s;
    QTest::addRow("UTF-16 named as such") << QByteArray("\xFF\xFEn\0a\0", 6) << TextEncoding::Auto
                                          << u"The file is UTF-16"_s << u"CSV UTF-8"_s;
}

void TestTextDecoding::decode_unreadableBytes_reportsLineAndOffset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, requested);
    QFETCH(QString, where);
    QFETCH(QString, detail);

    const DecodedText decoded = decodeText(bytes, requested);

    QVERIFY(!decoded.ok());
    QVERIFY(decoded.text.isEmpty());
    QVERIFY2(decoded.error.startsWith(where), qPrintable(decoded.error));
    QVERIFY2(decoded.error.contains(detail), qPrintable(decoded.error));
}

void TestTextDecoding::encodingFromName_knownNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("encoding");  // encodingName() of the result, empty for nullopt

    QTest::addRow("auto") << u"auto"_s << u"auto"_s;
    QTest::addRow("AUTO") << u"AUTO"_s << u"auto"_s;
    QTest::addRow("utf-8") << u"utf-8"_s << u"utf-8"_s;
    QTest::addRow("UTF8") << u"UTF8"_s << u"utf-8"_s;
    QTest::addRow("cp949") << u"cp949"_s << u"cp949"_s;
    QTest::addRow("CP949") << u"CP949"_s << u"cp949"_s;
    QTest::addRow("euc-kr") << u"euc-kr"_s << u"cp949"_s;
    QTest::addRow("EUCKR") << u"EUCKR"_s << u"cp949"_s;
    QTest::addRow("ms949") << u"ms949"_s << u"cp949"_s;
    QTest::addRow("ks_c_5601-1987") << u"ks_c_5601-1987"_s << u"cp949"_s;
    QTest::addRow("latin1 unknown") << u"latin1"_s << QString();
    QTest::addRow("empty unknown") << QString() << QString();
}

void TestTextDecoding::encodingFromName_knownNames()
{
    QFETCH(QString, name);
    QFETCH(QString, encoding);

    const std::optional<TextEncoding> parsed = encodingFromName(name);

    QCOMPARE(parsed ? encodingName(*parsed) : QString(), encoding);
}

void TestTextDecoding::encodingName_eachEncoding_readsBack()
{
    for (TextEncoding e : {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Cp949}) {
        const std::optional<TextEncoding> back = encodingFromName(encodingName(e));
        QVERIFY(back.has_value());
        QCOMPARE(int(*back), int(e));
    }
}

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
