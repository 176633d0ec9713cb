#include "EventFile.h"

#include "codes/TicketCode.h"

#include <QUuid>

namespace mannam {

std::unique_ptr<EventFile> EventFile::create(const QString &path, EventInfo info)
{
    info.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (info.codeTag.isEmpty())
        info.codeTag = TicketCode::generateEventTag();
    auto db = Database::create(path, [&info](Database &created) { EventStore(created).saveEventInfo(info); });
    return std::unique_ptr<EventFile>(new EventFile(std::move(db)));
}

std::unique_ptr<EventFile> EventFile::open(const QString &path, Database::Access access, int busyTimeoutMs)
{
    return std::unique_ptr<EventFile>(new EventFile(Database::open(path, access, busyTimeoutMs)));
}

} // namespace mannam
