#include "CheckInService.h"

#include "bingo/KioskPin.h"
#include "storage/EventStore.h"
#include "codes/TicketCode.h"
#include "CodeLookup.h"

#include <QLocale>
#include <QScopeGuard>
#include <QUuid>

#include <utility>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

CheckInService::CheckInService(EventStore &store, const Clock &clock)
    : m_store(store), m_clock(clock), m_eventTag(store.eventInfo().codeTag)
{
}

LogEntry CheckInService::newEntry(const QString &code, const QString &desk, ScanAction action)
{
    LogEntry entry;
    if (m_replaying)
        entry.nonce = m_replaying->nonce;
    else if (!m_nextNonce.isEmpty())
        entry.nonce = std::exchange(m_nextNonce, QString());
    else
        entry.nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.at = m_replaying ? m_replaying->at : m_clock.nowUtc();
    entry.desk = desk;
    entry.action = action;
    // A garbage scan is logged too, but a 3 KB payload need not be kept whole;
    // an organizer's PIN card held up to the desk by mistake is refused like any
    // unknown code, but its digits are the way out of the kiosk: not kept.
    entry.scannedCode = KioskPin::fromPayload(code) ? u"MANNAM-PIN:…"_s : code.left(MaxStoredCodeLength);
    return entry;
}

CheckInOutcome CheckInService::scan(const QString &rawCode, const QString &desk, ScanAction action)
{
    return m_store.write([&] {
        const CodeLookup lookup = CodeLookup::find(m_store, rawCode, m_eventTag);
        switch (lookup.result) {
        case CodeLookup::Result::Found:
            return record(lookup.code, lookup.owner->attendee, lookup.owner->kind, action, desk, std::nullopt);
        case CodeLookup::Result::BadCheckDigit:
            return record(lookup.code, std::nullopt, CodeKind::Ticket, action, desk, ScanResult::InvalidCode);
        case CodeLookup::Result::OtherEvent:
            return record(lookup.code, std::nullopt, CodeKind::Ticket, action, desk, ScanResult::OtherEvent);
        case CodeLookup::Result::Empty:
        case CodeLookup::Result::Unknown:
            break;
        }
        return record(lookup.code, std::nullopt, CodeKind::Ticket, action, desk, ScanResult::UnknownCode);
    });
}

CheckInOutcome CheckInService::checkInAttendee(qint64 attendeeId, const QString &desk, ScanAction action)
{
    return m_store.write([&] {
        auto person = m_store.attendee(attendeeId);
        if (!person)
            return record(QString(), std::nullopt, CodeKind::Ticket, action, desk, ScanResult::UnknownCode);
        return record(person->ticketCode, person, CodeKind::Ticket, action, desk, std::nullopt);
    });
}

CheckInOutcome CheckInService::admitWalkIn(Attendee walkIn, const QString &desk)
{
    return m_store.write([&] {
        walkIn.source = AttendeeSource::WalkIn;
        insertWithFreshCodes(walkIn);
        return record(walkIn.ticketCode, walkIn, CodeKind::Ticket, ScanAction::Entry, desk, std::nullopt);
    });
}

Attendee CheckInService::registerAttendee(Attendee person)
{
    return m_store.write([&] {
        person.source = AttendeeSource::Manual;
        insertWithFreshCodes(person);
        return person;
    });
}

// Inside a write: stores a registered person with a ticket code (unless given)
// and a badge code that nobody else has.
void CheckInService::insertWithFreshCodes(Attendee &person)
{
    const QSet<QString> taken = m_store.allCodes();
    person.status = AttendeeStatus::Registered;
    if (person.ticketCode.isEmpty())
        person.ticketCode = TicketCode::generate(m_eventTag, taken);
    person.badgeCode = TicketCode::generate(m_eventTag, taken + QSet<QString>{person.ticketCode});
    m_store.insertAttendee(person, m_clock.nowUtc());
}

CheckInOutcome CheckInService::undoLast(qint64 attendeeId, const QString &desk)
{
    return undoMovement(attendeeId, desk, std::nullopt);
}

CheckInOutcome CheckInService::replayScan(const LogEntry &offline)
{
    m_replaying = &offline;
    const auto done = qScopeGuard([this] { m_replaying = nullptr; });
    return scan(offline.scannedCode, offline.desk, offline.action);
}

CheckInOutcome CheckInService::replayUndo(const LogEntry &offline, qint64 movementId)
{
    m_replaying = &offline;
    const auto done = qScopeGuard([this] { m_replaying = nullptr; });
    return undoMovement(offline.attendeeId, offline.desk, movementId);
}

CheckInOutcome CheckInService::undoMovement(qint64 attendeeId, const QString &desk, std::optional<qint64> onlyMovementId)
{
    return m_store.write([&] {
        CheckInOutcome outcome;
        outcome.attendee = m_store.attendee(attendeeId);
        const QList<LogEntry> rows = m_store.logFor(attendeeId);
        outcome.before = AttendeeState::fromLog(rows);
        outcome.entry = newEntry(outcome.attendee ? outcome.attendee->ticketCode : QString(), desk, ScanAction::Undo);
        if (!outcome.attendee || outcome.before.lastMovementId == 0
            || (onlyMovementId && outcome.before.lastMovementId != *onlyMovementId)) {
            // Nothing to take back: no row is written, the log only holds real events.
            outcome.result = ScanResult::NotCheckedIn;
            return outcome;
        }
        outcome.result = ScanResult::Undone;
        outcome.entry.result = ScanResult::Undone;
        outcome.entry.attendeeId = attendeeId;
        outcome.entry.undoesId = outcome.before.lastMovementId;
        m_store.appendLog(outcome.entry);
        return outcome;
    });
}

CheckInOutcome CheckInService::record(const QString &code, std::optional<Attendee> attendee, CodeKind kind,
                                      ScanAction action, const QString &desk, std::optional<ScanResult> refusal)
{
    CheckInOutcome outcome;
    outcome.entry = newEntry(code, desk, action);
    outcome.attendee = std::move(attendee);
    if (outcome.attendee) {
        outcome.before = AttendeeState::fromLog(m_store.logFor(outcome.attendee->id));
        outcome.entry.attendeeId = outcome.attendee->id;
        outcome.result = CheckInRules::decide(action, outcome.attendee->status, kind, outcome.before);
    } else {
        outcome.result = refusal.value_or(ScanResult::UnknownCode);
    }
    outcome.entry.result = outcome.result;
    outcome.entry.admissionRound = outcome.before.nextAdmissionRound;
    if (outcome.attendee)
        outcome.entry.attendeeName = outcome.attendee->name;
    m_store.appendLog(outcome.entry);
    return outcome;
}

QString CheckInService::resultLabel(ScanResult result)
{
    switch (result) {
    case ScanResult::Admitted: return tr("Admitted");
    case ScanResult::Reentered: return tr("Re-entered");
    case ScanResult::AlreadyInside: return tr("Already inside");
    case ScanResult::Exited: return tr("Exited");
    case ScanResult::AlreadyOutside: return tr("Already outside");
    case ScanResult::NotCheckedIn: return tr("Not checked in");
    case ScanResult::Undone: return tr("Undone");
    case ScanResult::UnknownCode: return tr("Unknown code");
    case ScanResult::InvalidCode: return tr("Invalid code");
    case ScanResult::OtherEvent: return tr("Another event");
    case ScanResult::Cancelled: return tr("Cancelled");
    case ScanResult::BadgeNotTicket: return tr("Badge, not ticket");
    }
    return {};
}

QString CheckInOutcome::reason() const
{
    switch (result) {
    case ScanResult::UnknownCode:
        return CheckInService::tr("This code is not registered for this event.");
    case ScanResult::InvalidCode:
        return CheckInService::tr("Not a valid code: the check digit is wrong (misread or mistyped).");
    case ScanResult::OtherEvent:
        return CheckInService::tr("This ticket is for another event.");
    case ScanResult::Cancelled:
        return CheckInService::tr("This registration was cancelled.");
    case ScanResult::BadgeNotTicket:
        return CheckInService::tr("This is a badge code; the ticket code admits at the door.");
    case ScanResult::NotCheckedIn:
        return CheckInService::tr("This person has not checked in.");
    default:
        return {};
    }
}

QString CheckInOutcome::summary() const
{
    const QString name = attendee ? attendee->name : QString();
    switch (result) {
    case ScanResult::Admitted:
        return CheckInService::tr("Admitted: %1").arg(name);
    case ScanResult::Reentered:
        return CheckInService::tr("Welcome back: %1").arg(name);
    case ScanResult::AlreadyInside:
        return CheckInService::tr("Already checked in: %1 at %2 at %3")
                .arg(name, localTime(before.firstAdmittedAt), before.firstAdmittedDesk);
    case ScanResult::Exited:
        return CheckInService::tr("Exit recorded: %1").arg(name);
    case ScanResult::AlreadyOutside:
        return CheckInService::tr("Already left: %1 at %2 at %3")
                .arg(name, localTime(before.lastMovementAt), before.lastMovementDesk);
    case ScanResult::Undone:
        return CheckInService::tr("Undone: %1").arg(name);
    default:
        return name.isEmpty() ? CheckInService::tr("Refused: %1").arg(reason())
                              : CheckInService::tr("Refused: %1 — %2").arg(name, reason());
    }
}

} // namespace mannam
