#include "DashboardReader.h"

#include "storage/ChangeListener.h"
#include "storage/DashboardStore.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"

namespace mannam {

DashboardReader::DashboardReader(QString eventPath) : m_eventPath(std::move(eventPath))
{
    qRegisterMetaType<DashboardSnapshot>();
}

DashboardReader::~DashboardReader() = default;

void DashboardReader::readIfChanged()
{
    try {
        if (!m_event) {
            m_event = EventFile::open(m_eventPath, Database::Access::ReadOnly);
            // Listening starts before the first read: nothing committed after it is missed.
            if (ChangeListener *listener = m_event->database().changeListener())
                connect(listener, &ChangeListener::changed, this, &DashboardReader::eventChanged);
        }
        // The version first: a commit landing while we read shows up next time.
        const qint64 version = m_event->database().dataVersion();
        if (version == m_dataVersion) {
            emit unchanged();
            return;
        }
        const DashboardSnapshot snapshot = DashboardStore(m_event->store()).snapshot();
        m_dataVersion = version;
        emit snapshotRead(snapshot);
    } catch (const StorageError &error) {
        m_event.reset(); // opened again next time: the file may come back
        m_dataVersion = -1;
        emit readFailed(error.message());
    }
}

} // namespace mannam
