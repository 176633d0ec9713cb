#pragma once

#include "AttendeeState.h"
#include "CheckInRules.h"
#include "common/Clock.h"

#include <QCoreApplication>

#include <optional>

namespace mannam {

class EventStore;

// What a scan came to, as the desk shows it and the CLI prints it.
struct CheckInOutcome
{
    ScanResult result = ScanResult::UnknownCode;
    std::optional<Attendee> attendee;   // when the code matched somebody
    AttendeeState before;               // the person's state before this scan
    LogEntry entry;                     // the row written to the log

    CheckInRules::Signal signal() const { return CheckInRules::signalFor(result); }
    // One line for people: "Admitted: 홍길동", "Already checked in at 18:42 at Desk 2"...
    QString summary() const;
    // Why a scan was refused, in words ("the check digit is wrong: misread or mistyped").
    QString reason() const;
};

// Turns scans into check-ins: the only place the door's rules are applied.
// Each call is one transaction; a result is returned only once it is on disk.
class CheckInService
{
    Q_DECLARE_TR_FUNCTIONS(mannam::CheckInService)

public:
    explicit CheckInService(EventStore &store, const Clock &clock = Clock::system());

    static constexpr int MaxStoredCodeLength = 256;

    // A short label for a result, for lists ("Admitted", "Already inside", "Invalid code").
    static QString resultLabel(ScanResult result);

    // A code from a camera, a scanner or the keyboard, in entry or exit mode.
    CheckInOutcome scan(const QString &rawCode, const QString &desk, ScanAction action = ScanAction::Entry);
    // Somebody picked from the search list (no code shown): their ticket code is used.
    CheckInOutcome checkInAttendee(qint64 attendeeId, const QString &desk, ScanAction action = ScanAction::Entry);
    // Adds a person who did not register and admits them, in one transaction.
    CheckInOutcome admitWalkIn(Attendee walkIn, const QString &desk);
    // Adds somebody by hand before the event (the organizer's "Add attendee"):
    // registered, fresh ticket and badge codes, not admitted. Returns them as stored.
    Attendee registerAttendee(Attendee person);
    // Takes back the attendee's latest movement (entry or exit); recorded as an undo row.
    CheckInOutcome undoLast(qint64 attendeeId, const QString &desk);

    // Offline fallback: a scan a desk made while the server was unreachable,
    // judged again here with its own nonce, time and desk (so the log says
    // when and where it happened, and a repeated replay is refused by the
    // nonce's uniqueness).
    CheckInOutcome replayScan(const LogEntry &offline);
    // An undo made offline: takes back `movementId` only while it is still the
    // person's latest movement; otherwise nothing is written (NotCheckedIn).
    CheckInOutcome replayUndo(const LogEntry &offline, qint64 movementId);

    // The nonce the next log row gets (instead of a fresh one). When the server
    // went away during a commit, nobody knows whether the scan landed: the desk
    // writes it locally under the nonce it tried the server with, and the
    // replay then finds it on the server or sends it — never both.
    void useNonceForNextEntry(const QString &nonce) { m_nextNonce = nonce; }

private:
    void insertWithFreshCodes(Attendee &person);
    CheckInOutcome record(const QString &code, std::optional<Attendee> attendee, CodeKind kind,
                          ScanAction action, const QString &desk, std::optional<ScanResult> refusal);
    LogEntry newEntry(const QString &code, const QString &desk, ScanAction action);

    CheckInOutcome undoMovement(qint64 attendeeId, const QString &desk, std::optional<qint64> onlyMovementId);

    EventStore &m_store;
    const Clock &m_clock;
    QString m_eventTag;
    const LogEntry *m_replaying = nullptr; // while replaying: the offline row's nonce and time
    QString m_nextNonce;
};

} // namespace mannam
