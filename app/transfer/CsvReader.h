#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace mannam {

struct CsvRecord
{
    QStringList fields;
    int line = 0;  // 1-based physical line where the record starts
};

struct CsvTable
{
    QList<CsvRecord> records;
    QString error;       // translated, names the line in words; empty on success
    int errorLine = 0;
    bool ok() const { return error.isEmpty(); }
};

// RFC 4180 with what real exports add: records end with CRLF, LF or a lone CR; quoted fields
// may hold delimiters, doubled quotes and line breaks (counted in the line numbers of later
// records); blank lines are skipped; the final line break is optional; a leading U+FEFF is
// ignored. Fields are kept exactly as written (no trimming).
// Malformed input stops the parse with no records and an error: a quoted field that is never
// closed, text after a closing quote, a quote inside an unquoted field, a NUL character.
CsvTable parseCsv(QStringView text, QChar delimiter = u',');

// Counts ',', ';' and TAB outside quotes in the first record; the most frequent wins, ','
// on ties and when there is none (European Excel writes ';', "Unicode text" uses TAB).
QChar detectDelimiter(QStringView text);

} // namespace mannam
