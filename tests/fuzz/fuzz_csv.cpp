// The CSV import path up to the column mapping, on arbitrary file bytes: text decoding
// (UTF-8 / CP949 detection), delimiter detection, the RFC 4180 reader, header guessing, and the
// writer's rows read back by the reader.
//
// Properties, beyond "no crash, no sanitizer report":
//  - decoding: a failure has a message and no text; a UTF-8 result re-encodes to exactly the
//    input bytes (minus a BOM); asking for the encoding Auto chose gives the same text.
//  - reading: never more records than physical lines; a failure has a line inside the text and
//    no records; record lines start at 1 and strictly increase; every record has a field; no
//    field holds a NUL; without quotes in the text no field holds a line break or the delimiter.
//  - round trip: every record written back with all fields quoted reads back identically, and
//    CsvWriter::encodeRow's row reads back as the neutralised cells (what an export re-imported
//    gives).
//  - header mapping: one guess per column, each field on at most one column.
#include "FuzzSupport.h"

#include "transfer/CsvReader.h"
#include "transfer/CsvWriter.h"
#include "transfer/HeaderMapping.h"
#include "transfer/TextDecoding.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

QString quotedRow(const QStringList &fields, QChar delimiter)
{
    QString row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += delimiter;
        row += u'"' + QString(fields.at(i)).replace(u'"', u"\"\""_s) + u'"';
    }
    return row + u"\r\n"_s;
}

void checkDecoding(const QByteArray &bytes, const DecodedText &decoded)
{
    if (!decoded.ok()) {
        MANNAM_FUZZ_CHECK(decoded.text.isEmpty(), "a failed decoding returns no text");
        return;
    }
    const QByteArray bom("\xEF\xBB\xBF");
    MANNAM_FUZZ_CHECK(decoded.hadBom == bytes.startsWith(bom), "hadBom says whether the bytes start with one");
    MANNAM_FUZZ_CHECK(decoded.encoding != TextEncoding::Auto, "the encoding used is never Auto");
    if (decoded.encoding == TextEncoding::Utf8) {
        const QByteArray body = decoded.hadBom ? bytes.mid(bom.size()) : bytes;
        MANNAM_FUZZ_CHECK(decoded.text.toUtf8() == body, "UTF-8 text re-encodes to the input bytes");
    }
    const DecodedText again = decodeText(bytes, decoded.encoding);
    MANNAM_FUZZ_CHECK(again.ok() && again.text == decoded.text,
                      "the encoding Auto chose, asked for explicitly, gives the same text");
}

void checkTable(QStringView text, QChar delimiter, const CsvTable &table)
{
    const qsizetype lines = fuzz::lineEnds(text) + 1;
    MANNAM_FUZZ_CHECK(table.records.size() <= lines, "never more records than lines");
    if (!table.ok()) {
        MANNAM_FUZZ_CHECK(table.records.isEmpty(), "a failed parse returns no records");
        MANNAM_FUZZ_CHECK(table.errorLine >= 1 && table.errorLine <= lines, "the error names a line of the text");
        return;
    }
    const bool hasQuotes = text.contains(u'"');
    int previousLine = 0;
    for (const CsvRecord &record : table.records) {
        MANNAM_FUZZ_CHECK(record.line > previousLine && record.line <= lines,
                          "record lines start at 1, increase and stay inside the text");
        previousLine = record.line;
        MANNAM_FUZZ_CHECK(!record.fields.isEmpty(), "every record has a field");
        for (const QString &field : record.fields) {
            MANNAM_FUZZ_CHECK(!field.contains(QChar(0)), "no field holds a NUL");
            if (!hasQuotes) {
                MANNAM_FUZZ_CHECK(!field.contains(delimiter) && !field.contains(u'\n') && !field.contains(u'\r'),
                                  "an unquoted field holds no delimiter and no line break");
            }
        }
    }
}

void checkRoundTrip(const CsvTable &table, QChar delimiter)
{
    QString rewritten;
    for (const CsvRecord &record : table.records)
        rewritten += quotedRow(record.fields, delimiter);
    const CsvTable reread = parseCsv(rewritten, delimiter);
    MANNAM_FUZZ_CHECK(reread.ok(), "fully quoted rows always parse");
    MANNAM_FUZZ_CHECK(reread.records.size() == table.records.size(), "fully quoted rows keep the record count");
    for (qsizetype i = 0; i < table.records.size(); ++i)
        MANNAM_FUZZ_CHECK(reread.records.at(i).fields == table.records.at(i).fields, "fully quoted rows keep every field");

    // What an export of these rows gives when it is imported again (the BOM is the decoder's).
    for (const CsvRecord &record : table.records) {
        const CsvTable row = parseCsv(CsvWriter::encodeRow(record.fields));
        MANNAM_FUZZ_CHECK(row.ok() && row.records.size() == 1, "a written row reads back as one record");
        QStringList expected;
        for (const QString &cell : record.fields)
            expected.append(CsvWriter::neutralised(cell));
        MANNAM_FUZZ_CHECK(row.records.front().fields == expected, "a written row reads back as its neutralised cells");
    }
}

void checkHeaders(const QStringList &headers)
{
    const QList<AttendeeField> fields = guessFields(headers);
    MANNAM_FUZZ_CHECK(fields.size() == headers.size(), "one guess per column");
    QSet<int> used;
    for (AttendeeField field : fields) {
        if (field == AttendeeField::Ignore)
            continue;
        MANNAM_FUZZ_CHECK(!used.contains(int(field)), "each field goes to one column only");
        used.insert(int(field));
    }
    for (const QString &header : headers) {
        const AttendeeField guessed = guessField(header);
        MANNAM_FUZZ_CHECK(fieldFromName(fieldName(guessed)) == guessed, "field names round-trip");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const DecodedText decoded = decodeText(bytes);
    checkDecoding(bytes, decoded);
    // Explicit encodings, as `--encoding` and the import wizard ask: must not crash either.
    const DecodedText asCp949 = decodeText(bytes, TextEncoding::Cp949);
    MANNAM_FUZZ_CHECK(asCp949.ok() || asCp949.text.isEmpty(), "an explicit CP949 failure returns no text");
    if (!decoded.ok())
        return 0;

    const QChar detected = detectDelimiter(decoded.text);
    MANNAM_FUZZ_CHECK(detected == u',' || detected == u';' || detected == u'\t', "the delimiter is , ; or TAB");
    // The detected delimiter, and ',' as `--delimiter ,` would force it.
    QList<QChar> delimiters = {detected};
    if (detected != u',')
        delimiters.append(u',');
    for (QChar delimiter : std::as_const(delimiters)) {
        const CsvTable table = parseCsv(decoded.text, delimiter);
        checkTable(decoded.text, delimiter, table);
        if (!table.ok())
            continue;
        checkRoundTrip(table, delimiter);
        if (!table.records.isEmpty())
            checkHeaders(table.records.front().fields);
    }
    return 0;
}
