#include "EventFile.h"

#include "codes/TicketCode.h"

#include "StorageError.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace mannam {

std::unique_ptr<EventFile> EventFile::create(const QString &path, EventInfo info)
{
    info.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (info.codeTag.isEmpty())
        info.codeTag = TicketCode::generateEventTag();
    auto db = Database::create(path, [&info](Database &created) { EventStore(created).saveEventInfo(info); });
    return std::unique_ptr<EventFile>(new EventFile(std::move(db)));
}

EventFile::~EventFile() = default;

std::unique_ptr<EventFile> EventFile::openForReading(const QString &path)
{
    try {
        return open(path, Database::Access::ReadOnly);
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::NeedsUpgrade)
            throw;
    }
    auto folder = std::make_unique<QTemporaryDir>();
    const QString copy = folder->filePath(u"upgraded.mannam"_s);
    {
        // A consistent copy even if another desk is writing: SQLite's own backup.
        auto source = Database::open(path, Database::Access::ReadOnly, Database::DefaultBusyTimeoutMs, true);
        source->snapshotTo(copy);
    }
    auto event = open(copy);
    event->m_upgradedCopyDir = std::move(folder);
    return event;
}

std::unique_ptr<EventFile> EventFile::open(const QString &path, Database::Access access, int busyTimeoutMs)
{
    return std::unique_ptr<EventFile>(new EventFile(Database::open(path, access, busyTimeoutMs)));
}

} // namespace mannam
