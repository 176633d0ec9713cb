#pragma once

#include "storage/EventStore.h"

#include <QList>

namespace mannam {

class Clock;

struct ReplayReport
{
    int replayed = 0;       // scans now on the server (conflicts included)
    int alreadyThere = 0;   // sent by an earlier, interrupted replay (same nonce)
    QList<SyncConflict> conflicts;
};

// Sends the scans a desk made offline (marked in its local copy) to the
// server, oldest first. Each scan is judged again there by CheckInService,
// keeping its nonce, time and desk; when the server's answer differs from
// the one the desk gave (somebody admitted at two desks while they were
// apart), the scan is still logged as the server judged it and the conflict
// is recorded in the same transaction. The local mark is removed only after
// the server committed, and a scan whose nonce is already there is not sent
// again: an interrupted replay can simply run again. Throws StorageError when
// the server goes away meanwhile; what was not sent stays queued.
ReplayReport replayOfflineScans(EventStore &local, EventStore &server, const Clock &clock);

} // namespace mannam
