#include "CsvWriter.h"

#include "SaveFile.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

bool needsQuotes(QStringView cell)
{
    // Unquoted, a U+FEFF starting the file's first cell would be read back as a byte order mark
    // and dropped (found by tests/fuzz/fuzz_csv).
    if (cell.startsWith(QChar(QChar::ByteOrderMark)))
        return true;
    for (QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

void appendCell(QString &row, const QString &cell)
{
    if (!needsQuotes(cell)) {
        row += cell;
        return;
    }
    row += u'"';
    for (QChar c : cell) {
        if (c == u'"')
            row += u'"';
        row += c;
    }
    row += u'"';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

void CsvWriter::writeRow(const QStringList &cells)
{
    if (!m_error.isEmpty())
        return;  // the file is incomplete already; the first error is the one to report
    if (!m_device || !m_device->isWritable()) {
        m_error = QCoreApplication::translate("mannam::Csv", "The CSV file is not open for writing.");
        return;
    }
    QByteArray bytes;
    if (!m_bomWritten)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += encodeRow(cells).toUtf8();
    if (!writeAll(*m_device, bytes)) {
        m_error = QCoreApplication::translate("mannam::Csv", "Could not write the CSV file: %1")
                      .arg(m_device->errorString());
        return;
    }
    m_bomWritten = true;
}

bool CsvWriter::ok() const
{
    return m_error.isEmpty();
}

QString CsvWriter::errorString() const
{
    return m_error;
}

QString CsvWriter::neutralised(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r')
        return u'\'' + cell;
    return cell;
}

QString CsvWriter::encodeRow(const QStringList &cells)
{
    // A lone empty cell would be an empty line, which readers skip.
    if (cells.size() == 1 && cells.front().isEmpty())
        return u"\"\"\r\n"_s;
    QString row;
    qsizetype estimate = 2;
    for (const QString &cell : cells)
        estimate += cell.size() + 3;
    row.reserve(estimate);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            row += u',';
        appendCell(row, neutralised(cells.at(i)));
    }
    row += u"\r\n";
    return row;
}

} // namespace mannam
