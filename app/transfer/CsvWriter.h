#pragma once

#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace mannam {

// Writes CSV that Excel opens correctly: UTF-8 with a BOM (without it Excel reads Hangul as
// the ANSI code page), RFC 4180 quoting, CRLF after every row, and every cell neutralised
// against formula injection.
// Each row goes to the device in one write: few enough calls to stay fast, and nothing is
// held back in the writer when the caller closes the device.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);  // writes the UTF-8 BOM before the first row

    void writeRow(const QStringList &cells);  // does nothing once an error occurred
    bool ok() const;                          // false after any write error
    QString errorString() const;              // translated; empty while ok()

    // A cell starting with = + - @ TAB or CR gets a leading apostrophe, so a spreadsheet shows
    // it as text instead of running it (OWASP "CSV injection"). Only the first character is
    // looked at: a leading space already makes Excel and LibreOffice treat the cell as text,
    // and touching more would alter ordinary data. Numbers like "-5" or "+82…" are prefixed
    // too; that is the price of the defence.
    static QString neutralised(const QString &cell);
    // One row with CRLF and no BOM, exactly as writeRow() writes it (cells neutralised).
    static QString encodeRow(const QStringList &cells);

private:
    QIODevice *m_device;
    bool m_bomWritten = false;
    QString m_error;
};

} // namespace mannam
