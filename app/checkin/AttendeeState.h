#pragma once

#include "common/ScanRecord.h"

#include <QList>

namespace mannam {

// Where a person stands, derived from their rows of the check-in log: the log is
// the truth, this is a reading of it.
struct AttendeeState
{
    bool admitted = false;          // an admission that no undo took back
    bool inside = false;            // last effective movement was an entry
    QDateTime firstAdmittedAt;
    QString firstAdmittedDesk;
    qint64 lastMovementId = 0;      // the row an undo would take back
    ScanResult lastMovement = ScanResult::UnknownCode;
    QDateTime lastMovementAt;
    QString lastMovementDesk;
    int nextAdmissionRound = 1;

    static AttendeeState fromLog(const QList<LogEntry> &rowsOldestFirst);
};

} // namespace mannam
