#include "OfflineReplay.h"

#include "checkin/CheckInService.h"
#include "common/Clock.h"

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

// The log row an offline undo took back, found in the local copy.
std::optional<LogEntry> undoneRow(EventStore &local, const LogEntry &undo)
{
    const QList<LogEntry> rows = local.logFor(undo.attendeeId);
    for (const LogEntry &row : rows) {
        if (row.id == undo.undoesId)
            return row;
    }
    return std::nullopt;
}

SyncConflict conflictFor(const LogEntry &offline, const QString &serverResult, const Clock &clock)
{
    SyncConflict conflict;
    conflict.nonce = offline.nonce;
    conflict.attendeeId = offline.attendeeId;
    conflict.attendeeName = offline.attendeeName;
    conflict.desk = offline.desk;
    conflict.offlineAt = offline.at;
    conflict.offlineResult = offline.result;
    conflict.serverResult = serverResult;
    conflict.replayedAt = clock.nowUtc();
    return conflict;
}

} // namespace

ReplayReport replayOfflineScans(EventStore &local, EventStore &server, const Clock &clock)
{
    ReplayReport report;
    CheckInService service(server, clock);
    const QList<LogEntry> pending = local.offlineScans();
    for (const LogEntry &offline : pending) {
        server.write([&] {
            if (server.logEntryByNonce(offline.nonce)) {
                ++report.alreadyThere;
                return;
            }
            std::optional<SyncConflict> conflict;
            if (offline.action == ScanAction::Undo) {
                // Only the very movement the desk took back, and only while it is
                // still the person's latest on the server.
                const std::optional<LogEntry> undone = undoneRow(local, offline);
                const std::optional<LogEntry> onServer = undone ? server.logEntryByNonce(undone->nonce) : std::nullopt;
                const CheckInOutcome outcome = onServer ? service.replayUndo(offline, onServer->id) : CheckInOutcome{};
                if (outcome.result != ScanResult::Undone)
                    conflict = conflictFor(offline, u"not-undone"_s, clock);
            } else {
                const CheckInOutcome outcome = service.replayScan(offline);
                if (outcome.result != offline.result && (isMovement(offline.result) || isMovement(outcome.result)))
                    conflict = conflictFor(offline, resultToText(outcome.result), clock);
            }
            if (conflict) {
                server.recordConflict(*conflict);
                report.conflicts << *conflict;
            }
            ++report.replayed;
        });
        local.write([&] { local.clearOfflineScan(offline.id); });
    }
    return report;
}

} // namespace mannam
