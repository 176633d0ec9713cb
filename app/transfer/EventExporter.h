#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace mannam {

class EventStore;

// Writes the event's data as CSV files that open correctly in Excel (UTF-8 with
// BOM, RFC 4180, formula-like cells neutralised). A file is replaced only when
// it was written completely; a failed or cancelled export leaves nothing behind.
class EventExporter
{
    Q_DECLARE_TR_FUNCTIONS(mannam::EventExporter)

public:
    // Called with the data rows written so far, every ProgressEveryRows rows and once at
    // the end; returning false cancels the export (nothing is written).
    using Progress = std::function<bool(int rowsWritten)>;
    static constexpr int ProgressEveryRows = 250;

    explicit EventExporter(EventStore &store) : m_store(store) {}

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Data rows (not the header) of the last export, also when it failed.
    int rowsWritten() const { return m_rows; }
    bool wasCancelled() const { return m_cancelled; }

    // One row per attendee: status, checked in or not, first check-in and desk.
    bool exportAttendance(const QString &path, QString *error);
    // The attendance columns for these people only (a selection in the attendee table),
    // in the order of the event (by id); ids that no longer exist are left out.
    bool exportAttendanceOf(const QList<qint64> &attendeeIds, const QString &path, QString *error);
    // One row per check-in log entry, failed scans and undos included.
    bool exportScans(const QString &path, QString *error);
    // One row per bingo meeting (who met whom, when, at which kiosk, squares filled on each card).
    bool exportMeetings(const QString &path, QString *error);
    // The bingo winners in the order they won, with the prize handover.
    bool exportWinners(const QString &path, QString *error);
    // "People you met", for the organizers to send on: one row per meeting in which BOTH
    // people consented to share their contact details (and neither cancelled), with each
    // one's name, affiliation, email and phone and when they met. Anyone who did not
    // consent never appears, not even as the other half of a pair.
    // Columns: met_at, a_name, a_affiliation, a_email, a_phone, b_name, b_affiliation,
    // b_email, b_phone (a = the one registered first).
    bool exportContacts(const QString &path, QString *error);

private:
    class RowSink;
    bool writeCsvFile(const QString &path, QString *error, const std::function<void(RowSink &)> &writeRows);

    EventStore &m_store;
    Progress m_progress;
    int m_rows = 0;
    bool m_cancelled = false;
};

} // namespace mannam
