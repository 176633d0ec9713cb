#pragma once

#include "AttendeeTableModel.h"

#include <QObject>

#include <memory>

namespace mannam {

class EventFile;

// Reads the attendee table's rows on a worker thread, over its own read-only
// connection to the event file (SQLite WAL lets it read while the window's
// connection writes). Lives on that thread; opened on the first read.
class AttendeeRowReader : public QObject
{
    Q_OBJECT

public:
    explicit AttendeeRowReader(QString eventPath);
    ~AttendeeRowReader() override;

    // Reads every row and sends back what differs from `shown`.
    void read(quint64 ticket, const AttendeeTableModel::Fingerprints &shown);

signals:
    void rowsRead(quint64 ticket, const std::shared_ptr<mannam::AttendeeTableModel::RowUpdate> &update);
    void readFailed(quint64 ticket, const QString &message);

private:
    QString m_eventPath;
    std::unique_ptr<EventFile> m_event;
};

} // namespace mannam

Q_DECLARE_METATYPE(std::shared_ptr<mannam::AttendeeTableModel::RowUpdate>)
