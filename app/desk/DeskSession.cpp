#include "DeskSession.h"

#include "scanning/ScanDeduplicator.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"
#include "storage/WalCheckpointer.h"

using namespace Qt::StringLiterals;

namespace mannam {

namespace {
QString sourceId(DeskSession::Source source)
{
    switch (source) {
    case DeskSession::Source::Camera: return u"camera"_s;
    case DeskSession::Source::Scanner: return u"scanner"_s;
    case DeskSession::Source::Keyboard: return u"keyboard"_s;
    case DeskSession::Source::Search: return u"search"_s;
    }
    return {};
}
} // namespace

DeskSession::DeskSession(EventFile &event, QString deskName, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_event(event),
      m_deskName(std::move(deskName)),
      m_service(event.store(), clock),
      m_deduplicator(std::make_unique<ScanDeduplicator>(clock)),
      m_checkpointer(std::make_unique<WalCheckpointer>(event.database()))
{
    qRegisterMetaType<CheckInOutcome>();
    reloadAttendees();
}

DeskSession::~DeskSession() = default;

void DeskSession::setMode(ScanAction mode)
{
    if (mode == m_mode || mode == ScanAction::Undo)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

EventStats DeskSession::stats()
{
    return m_event.store().stats();
}

void DeskSession::submitCode(const QString &code, Source source, qint64 arrivalNs)
{
    // A camera sees the same code in many frames and a person may scan twice
    // in a hurry: one check-in, not a yellow "already" a moment later.
    if (!m_deduplicator->accept(code.trimmed(), sourceId(source)))
        return;
    deliver([&] { return m_service.scan(code, m_deskName, m_mode); }, arrivalNs);
}

void DeskSession::checkInAttendee(qint64 attendeeId)
{
    deliver([&] { return m_service.checkInAttendee(attendeeId, m_deskName, m_mode); }, 0);
}

void DeskSession::admitWalkIn(const Attendee &walkIn)
{
    deliver([&] {
        CheckInOutcome outcome = m_service.admitWalkIn(walkIn, m_deskName);
        if (outcome.attendee)
            m_search.upsert(*outcome.attendee);
        return outcome;
    }, 0);
}

void DeskSession::undoLast(qint64 attendeeId)
{
    deliver([&] { return m_service.undoLast(attendeeId, m_deskName); }, 0);
}

void DeskSession::reloadAttendees()
{
    try {
        m_search.setAttendees(m_event.store().attendees());
    } catch (const StorageError &error) {
        emit storageFailed(error.message());
    }
}

void DeskSession::deliver(const std::function<CheckInOutcome()> &work, qint64 arrivalNs)
{
    try {
        const CheckInOutcome outcome = work(); // returns only after the commit
        emit outcomeReady(outcome, arrivalNs);
    } catch (const StorageError &error) {
        emit storageFailed(error.message());
    }
}

} // namespace mannam
