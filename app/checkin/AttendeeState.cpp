#include "AttendeeState.h"

#include <QSet>

namespace mannam {

AttendeeState AttendeeState::fromLog(const QList<LogEntry> &rowsOldestFirst)
{
    QSet<qint64> undone;
    for (const LogEntry &row : rowsOldestFirst) {
        if (row.action == ScanAction::Undo && row.undoesId)
            undone.insert(row.undoesId);
    }

    AttendeeState state;
    int undoneAdmissions = 0;
    for (const LogEntry &row : rowsOldestFirst) {
        if (!isMovement(row.result))
            continue;
        if (undone.contains(row.id)) {
            if (row.result == ScanResult::Admitted)
                ++undoneAdmissions;
            continue;
        }
        if (row.result == ScanResult::Admitted && !state.admitted) {
            state.admitted = true;
            state.firstAdmittedAt = row.at;
            state.firstAdmittedDesk = row.desk;
        }
        state.inside = row.result != ScanResult::Exited;
        state.lastMovementId = row.id;
        state.lastMovement = row.result;
        state.lastMovementAt = row.at;
        state.lastMovementDesk = row.desk;
    }
    state.nextAdmissionRound = undoneAdmissions + 1;
    return state;
}

} // namespace mannam
