#pragma once

#include <QDateTime>
#include <QString>

namespace mannam {

enum class ScanAction { Entry, Exit, Undo };

// What a scan (or an undo) came to. Stored as text in the check-in log.
enum class ScanResult {
    Admitted,        // first entry: green
    Reentered,       // came back in after an exit: green
    AlreadyInside,   // scanned again while inside: yellow
    Exited,          // left (exit mode)
    AlreadyOutside,  // exit scan while already out: yellow
    NotCheckedIn,    // exit scan for somebody never admitted: red
    Undone,          // an undo row
    UnknownCode,     // red
    InvalidCode,     // check digit wrong, i.e. misread or mistyped: red
    OtherEvent,      // a valid code of another event: red
    Cancelled,       // registration cancelled: red
    BadgeNotTicket,  // a badge code at the door: only the ticket admits: red
};

QString actionToText(ScanAction action);
ScanAction actionFromText(const QString &text);
QString resultToText(ScanResult result);
ScanResult resultFromText(const QString &text);
// Admitted/Reentered/Exited: the scans that move a person in or out.
bool isMovement(ScanResult result);

enum class CodeKind { Ticket, Badge };

// One row of the append-only check-in log.
struct LogEntry
{
    qint64 id = 0;
    QString nonce;                 // unique per scan, so a replay can never count twice
    QDateTime at;                  // UTC, milliseconds
    QString desk;
    ScanAction action = ScanAction::Entry;
    ScanResult result = ScanResult::UnknownCode;
    QString scannedCode;
    qint64 attendeeId = 0;         // 0 when the code matched nobody
    qint64 undoesId = 0;           // for undo rows: the row it takes back
    int admissionRound = 0;        // for Admitted rows: 1, or 1 + number of undone admissions
    QString attendeeName;          // filled by queries that join it, for display and export
};

} // namespace mannam
