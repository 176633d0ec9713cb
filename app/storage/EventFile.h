#pragma once

#include "Database.h"
#include "EventStore.h"

#include <QTemporaryDir>

#include <memory>

namespace mannam {

// An open event: its database and the store over it, kept together so that
// callers hold one object.
class EventFile
{
public:
    // Creates a new event file; a fresh event id and code tag are assigned.
    static std::unique_ptr<EventFile> create(const QString &path, EventInfo info);
    static std::unique_ptr<EventFile> open(const QString &path,
                                           Database::Access access = Database::Access::ReadWrite,
                                           int busyTimeoutMs = Database::DefaultBusyTimeoutMs);

    // For commands that only read (stats, export, tickets, dry runs): opens
    // read-only; a file in an older format is upgraded in a temporary copy, so
    // the event file itself is never changed.
    static std::unique_ptr<EventFile> openForReading(const QString &path);

    ~EventFile();
    Database &database() { return *m_db; }
    EventStore &store() { return m_store; }
    QString path() const { return m_db->path(); }

private:
    explicit EventFile(std::unique_ptr<Database> db) : m_db(std::move(db)), m_store(*m_db) {}

    std::unique_ptr<Database> m_db;
    EventStore m_store;
    std::unique_ptr<QTemporaryDir> m_upgradedCopyDir; // holds the upgraded copy, if any
};

} // namespace mannam
