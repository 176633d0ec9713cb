#pragma once

#include <QByteArrayView>
#include <QSaveFile>

namespace mannam {

// A QSaveFile that puts a complete file in place or nothing, and says why not.
// It closes two gaps of QSaveFile (Qt 6.4) that a full disk opens:
// - commit() flushes the write buffer but does not look at whether that
//   worked: a small file (all of it in the buffer) was replaced by an empty
//   one and reported as written. Unbuffered, nothing is left to flush.
// - a disk that fills up takes part of a write without an error; Qt reports
//   "Unknown error", and QPdfWriter does not look at all. Here the rest is
//   written at once, which fails with the system's reason ("No space left on
//   device"); commit() then refuses and discards the temporary file.
class CompleteSaveFile : public QSaveFile
{
public:
    explicit CompleteSaveFile(const QString &name) : QSaveFile(name) {}

    bool open(OpenMode mode) override { return QSaveFile::open(mode | QIODevice::Unbuffered); }
    // Why the file could not be written: the first write's failure (commit()
    // itself forgets it), else the current error.
    QString failureReason() const { return m_failure.isEmpty() ? errorString() : m_failure; }

protected:
    qint64 writeData(const char *data, qint64 len) override;

private:
    QString m_failure;
};

// Writes all of `bytes` (again after a short write, see above); false on any
// failure, with the reason in the device's errorString().
bool writeAll(QIODevice &device, QByteArrayView bytes);

} // namespace mannam
