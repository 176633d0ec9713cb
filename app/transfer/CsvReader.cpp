#include "CsvReader.h"

#include <QCoreApplication>

namespace mannam {

namespace {

constexpr QChar Quote = u'"';

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Steps over one line break (CRLF counts as one) at pos.
qsizetype skipLineBreak(QStringView text, qsizetype pos)
{
    if (text[pos] == u'\r' && pos + 1 < text.size() && text[pos + 1] == u'\n')
        return pos + 2;
    return pos + 1;
}

// True when the character at pos ends a physical line: LF, or a CR not followed by LF.
bool endsLine(QStringView text, qsizetype pos)
{
    const QChar c = text[pos];
    return c == u'\n' || (c == u'\r' && (pos + 1 >= text.size() || text[pos + 1] != u'\n'));
}

CsvTable failure(int line, const QString &message)
{
    CsvTable table;
    table.error = message;
    table.errorLine = line;
    return table;
}

CsvTable unclosedQuote(int line)
{
    return failure(line, QCoreApplication::translate("mannam::Csv",
        "Line %1: a quoted field is never closed (it starts here).").arg(line));
}

CsvTable textAfterClosingQuote(int line)
{
    return failure(line, QCoreApplication::translate("mannam::Csv",
        "Line %1: there is text after the closing quote of a field. A quote inside a quoted "
        "field must be doubled (\"\").").arg(line));
}

CsvTable quoteInUnquotedField(int line)
{
    return failure(line, QCoreApplication::translate("mannam::Csv",
        "Line %1: a field that does not start with a quote contains one. Put the whole field in "
        "quotes and double the quote inside it (\"\").").arg(line));
}

CsvTable nulCharacter(int line)
{
    return failure(line, QCoreApplication::translate("mannam::Csv",
        "Line %1: the file contains a NUL character; it is probably not a CSV text file.").arg(line));
}

} // namespace

CsvTable parseCsv(QStringView text, QChar delimiter)
{
    Q_ASSERT(delimiter != Quote && !isLineBreak(delimiter));
    CsvTable table;
    const qsizetype size = text.size();
    qsizetype pos = text.startsWith(QChar(QChar::ByteOrderMark)) ? 1 : 0;
    int line = 1;
    qsizetype fieldCountHint = 0;

    while (pos < size) {
        if (isLineBreak(text[pos])) {  // a blank line
            pos = skipLineBreak(text, pos);
            ++line;
            continue;
        }

        CsvRecord record;
        record.line = line;
        record.fields.reserve(fieldCountHint);
        bool recordEnded = false;
        while (!recordEnded) {
            // pos is at the start of a field; pos == size means an empty last field ("a,").
            if (pos < size && text[pos] == Quote) {
                const int fieldLine = line;
                QString value;
                qsizetype runStart = pos + 1;
                for (;;) {
                    qsizetype i = runStart;
                    while (i < size && text[i] != Quote) {
                        if (text[i].isNull())
                            return nulCharacter(line);
                        if (endsLine(text, i))
                            ++line;
                        ++i;
                    }
                    if (i == size)
                        return unclosedQuote(fieldLine);
                    value += text.sliced(runStart, i - runStart);
                    pos = i + 1;
                    if (pos < size && text[pos] == Quote) {  // "" stands for one quote
                        value += Quote;
                        runStart = pos + 1;
                        continue;
                    }
                    break;
                }
                record.fields.append(value);
                if (pos == size) {
                    recordEnded = true;
                } else if (text[pos] == delimiter) {
                    ++pos;
                } else if (isLineBreak(text[pos])) {
                    pos = skipLineBreak(text, pos);
                    ++line;
                    recordEnded = true;
                } else {
                    return textAfterClosingQuote(line);
                }
            } else {
                qsizetype i = pos;
                while (i < size) {
                    const QChar c = text[i];
                    if (c == delimiter || isLineBreak(c))
                        break;
                    if (c == Quote)
                        return quoteInUnquotedField(line);
                    if (c.isNull())
                        return nulCharacter(line);
                    ++i;
                }
                record.fields.append(text.sliced(pos, i - pos).toString());
                pos = i;
                if (pos == size) {
                    recordEnded = true;
                } else if (text[pos] == delimiter) {
                    ++pos;
                } else {
                    pos = skipLineBreak(text, pos);
                    ++line;
                    recordEnded = true;
                }
            }
        }
        fieldCountHint = record.fields.size();
        table.records.append(std::move(record));
    }
    return table;
}

QChar detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    bool recordStarted = false;
    for (QChar c : text) {
        if (c == Quote) {
            inQuotes = !inQuotes;  // a doubled quote toggles twice
            recordStarted = true;
        } else if (inQuotes || c == QChar(QChar::ByteOrderMark)) {
            continue;
        } else if (isLineBreak(c)) {
            if (recordStarted)
                break;
        } else {
            recordStarted = true;
            if (c == u',')
                ++commas;
            else if (c == u';')
                ++semicolons;
            else if (c == u'\t')
                ++tabs;
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

} // namespace mannam
