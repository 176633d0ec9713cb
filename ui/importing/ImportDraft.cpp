#include "ImportDraft.h"

#include "transfer/HeaderMapping.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace mannam {

void ImportDraft::load(const QString &path)
{
    *this = ImportDraft();
    m_path = path;
    const QFileInfo info(path);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        m_error = tr("There is no file at %1.").arg(shownPath);
        return;
    }
    if (info.isDir()) {
        m_error = tr("%1 is a folder; choose the CSV file inside it.").arg(shownPath);
        return;
    }
    if (info.size() > MaxFileBytes) {
        m_error = tr("%1 is %2 MB. Registration exports are much smaller (the limit is %3 MB): is it the right file?")
                          .arg(shownPath)
                          .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                          .arg(MaxFileBytes / (1024 * 1024));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1: %2").arg(shownPath, file.errorString());
        return;
    }
    m_bytes = file.readAll();
    decode();
}

void ImportDraft::setEncoding(TextEncoding requested)
{
    if (requested == m_requested)
        return;
    m_requested = requested;
    if (!m_bytes.isNull())
        decode();
}

void ImportDraft::decode()
{
    m_error.clear();
    m_headers.clear();
    m_preview.clear();
    m_rowCount = 0;

    if (m_bytes.trimmed().isEmpty()) {
        m_error = tr("The file is empty.");
        return;
    }
    // xlsx and ods are zip archives: say what to do instead of "not UTF-8".
    if (m_bytes.startsWith("PK\x03\x04")) {
        m_error = tr("This is a spreadsheet workbook, not a CSV file. Save it as CSV first "
                     "(in Excel: File → Save As → CSV UTF-8).");
        return;
    }
    const DecodedText decoded = decodeText(m_bytes, m_requested);
    m_used = decoded.encoding;
    if (!decoded.ok()) {
        m_error = m_requested == TextEncoding::Auto
                ? tr("This file is neither UTF-8 nor CP949 text: is it a CSV file? %1").arg(decoded.error)
                : tr("The file is not %1 text: %2 Try another encoding.").arg(encodingLabel(m_used), decoded.error);
        showGarbled(m_bytes);
        return;
    }
    const CsvTable table = parseCsv(decoded.text, detectDelimiter(decoded.text));
    if (!table.ok()) {
        m_error = tr("This file cannot be read as a CSV table. %1").arg(table.error);
        return;
    }
    if (table.records.isEmpty()) {
        m_error = tr("The file is empty.");
        return;
    }
    const QStringList headers = table.records.first().fields;
    if (headers.size() > AttendeeImporter::MaxColumns) {
        // Not a registration export; and the columns page would get a row per column.
        m_error = AttendeeImporter::tr("Line 1 has %1 columns; a registration export has at most %2. Is this the "
                                       "right file?")
                          .arg(headers.size())
                          .arg(AttendeeImporter::MaxColumns);
        return;
    }
    m_headers = headers;
    m_preview = table.records.mid(1, PreviewRows);
    m_rowCount = int(table.records.size() - 1);
    // A new reading of the columns means a new guess; the same columns keep the user's choices.
    if (m_fieldsHeaders != m_headers) {
        m_fields = guessFields(m_headers);
        m_fieldsHeaders = m_headers;
    }
    if (m_rowCount == 0)
        m_error = tr("The file has column names but no attendees.");
}

// Decodes with replacement characters, only to show what the wrong encoding does.
void ImportDraft::showGarbled(const QByteArray &bytes)
{
    QStringDecoder decoder = m_used == TextEncoding::Cp949 ? QStringDecoder("windows-949")
                                                           : QStringDecoder(QStringDecoder::Utf8);
    if (!decoder.isValid())
        return;
    const QString text = decoder.decode(bytes);
    const CsvTable table = parseCsv(text, detectDelimiter(text));
    if (!table.ok() || table.records.isEmpty())
        return;
    m_headers = table.records.first().fields;
    m_preview = table.records.mid(1, PreviewRows);
}

QStringList ImportDraft::samples(int column, int count) const
{
    QStringList values;
    for (const CsvRecord &record : m_preview) {
        const QString value = record.fields.value(column).trimmed();
        if (!value.isEmpty())
            values << value;
        if (values.size() == count)
            break;
    }
    return values;
}

bool ImportDraft::hasNameColumn() const
{
    return m_fields.contains(AttendeeField::Name) || m_fields.contains(AttendeeField::FirstName)
            || m_fields.contains(AttendeeField::LastName);
}

ImportOptions ImportDraft::options() const
{
    ImportOptions options;
    options.encoding = m_used;
    // Every column, in order: the importer then uses exactly what the user saw.
    for (int i = 0; i < m_headers.size(); ++i)
        options.explicitMapping.append({m_headers.at(i), fieldName(m_fields.value(i, AttendeeField::Ignore))});
    return options;
}

QString ImportDraft::encodingLabel(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto: return tr("Automatic");
    case TextEncoding::Utf8: return u"UTF-8"_s;
    case TextEncoding::Cp949: return u"CP949"_s;
    }
    return {};
}

} // namespace mannam
