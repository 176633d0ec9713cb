#pragma once

#include "transfer/AttendeeImporter.h"
#include "transfer/CsvReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mannam {

// The file being imported, read once, as it reads in the chosen encoding, and
// the mapping of its columns that the user settles on. No widgets: the wizard's
// pages show and change it.
class ImportDraft
{
    Q_DECLARE_TR_FUNCTIONS(mannam::ImportDraft)

public:
    // Registration exports are far smaller; anything bigger is the wrong file.
    static constexpr qint64 MaxFileBytes = 10 * 1024 * 1024;
    static constexpr int PreviewRows = 20;

    // Reads the file at `path` (once) and decodes it automatically. A file that
    // cannot be imported leaves a message in error().
    void load(const QString &path);
    // Reads the bytes already loaded again in another encoding.
    void setEncoding(TextEncoding requested);

    QString path() const { return m_path; }
    QByteArray bytes() const { return m_bytes; }
    bool isLoaded() const { return !m_path.isEmpty(); }
    TextEncoding requestedEncoding() const { return m_requested; }
    // What Auto found (or the encoding asked for); meaningful once decoded.
    TextEncoding usedEncoding() const { return m_used; }
    // Why the file cannot be imported as it reads now; empty when it can.
    QString error() const { return m_error; }
    bool isUsable() const { return isLoaded() && m_error.isEmpty(); }

    QStringList headers() const { return m_headers; }
    // The first data records (with their line numbers). When the encoding is
    // wrong they show the garbled text, so that people see why.
    const QList<CsvRecord> &previewRecords() const { return m_preview; }
    int rowCount() const { return m_rowCount; }
    // Up to `count` non-empty values of a column from the preview.
    QStringList samples(int column, int count = 3) const;

    // The user's mapping, one field per header (guessed when the file is read).
    QList<AttendeeField> fields() const { return m_fields; }
    void setFields(const QList<AttendeeField> &fields) { m_fields = fields; }
    // True when some column gives the attendees' names.
    bool hasNameColumn() const;

    // What AttendeeImporter needs: the encoding the preview used and every column's field.
    ImportOptions options() const;

    // "UTF-8", "CP949"
    static QString encodingLabel(TextEncoding encoding);

private:
    void decode();
    void showGarbled(const QByteArray &bytes);

    QString m_path;
    QByteArray m_bytes;
    TextEncoding m_requested = TextEncoding::Auto;
    TextEncoding m_used = TextEncoding::Utf8;
    QString m_error;
    QStringList m_headers;
    QList<CsvRecord> m_preview;
    int m_rowCount = 0;
    QList<AttendeeField> m_fields;
    QStringList m_fieldsHeaders;  // the headers m_fields belongs to
};

} // namespace mannam
