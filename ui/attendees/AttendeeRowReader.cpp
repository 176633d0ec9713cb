#include "AttendeeRowReader.h"

#include "storage/EventFile.h"
#include "storage/StorageError.h"

namespace mannam {

AttendeeRowReader::AttendeeRowReader(QString eventPath)
    : m_eventPath(std::move(eventPath))
{
}

AttendeeRowReader::~AttendeeRowReader() = default;

void AttendeeRowReader::read(quint64 ticket, const AttendeeTableModel::Fingerprints &shown)
{
    try {
        if (!m_event)
            m_event = EventFile::openForReading(m_eventPath);
        auto update = std::make_shared<AttendeeTableModel::RowUpdate>(
                AttendeeTableModel::diffRows(AttendeeTableModel::readRows(m_event->store()), shown));
        emit rowsRead(ticket, update);
    } catch (const StorageError &error) {
        m_event.reset(); // opened again next time
        emit readFailed(ticket, error.message());
    }
}

} // namespace mannam
