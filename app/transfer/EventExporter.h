#pragma once

#include <QCoreApplication>
#include <QString>

namespace mannam {

class EventStore;

// Writes the event's data as CSV files that open correctly in Excel (UTF-8 with
// BOM, RFC 4180, formula-like cells neutralised). A file is replaced only when
// it was written completely.
class EventExporter
{
    Q_DECLARE_TR_FUNCTIONS(mannam::EventExporter)

public:
    explicit EventExporter(EventStore &store) : m_store(store) {}

    // One row per attendee: status, checked in or not, first check-in and desk.
    bool exportAttendance(const QString &path, QString *error);
    // One row per check-in log entry, failed scans and undos included.
    bool exportScans(const QString &path, QString *error);
    // One row per bingo meeting (who met whom, when, at which kiosk, squares filled on each card).
    bool exportMeetings(const QString &path, QString *error);
    // The bingo winners in the order they won, with the prize handover.
    bool exportWinners(const QString &path, QString *error);

private:
    EventStore &m_store;
};

} // namespace mannam
