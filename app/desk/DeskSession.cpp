#include "DeskSession.h"

#include "scanning/ScanDeduplicator.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"
#include "storage/ChangeListener.h"
#include "storage/WalCheckpointer.h"
#include "sync/SharedDeskLink.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

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
    if (event.database().isShared()) {
        m_link = std::make_unique<SharedDeskLink>(event, localCopyPathFor(event.path(), m_deskName), clock);
        connect(m_link.get(), &SharedDeskLink::onlineChanged, this, &DeskSession::onlineChanged);
        connect(m_link.get(), &SharedDeskLink::replayFinished, this, [this](const ReplayReport &report) {
            reloadAttendees();
            emit replayFinished(report);
        });
        // Other desks' scans and the organizer's edits: the local copy follows.
        if (ChangeListener *listener = event.database().changeListener())
            connect(listener, &ChangeListener::changed, m_link.get(), &SharedDeskLink::requestRefresh);
    }
    reloadAttendees();
}

DeskSession::~DeskSession() = default;

QString DeskSession::localCopyPathFor(const QString &serverAddress, const QString &deskName)
{
    // One copy per event and desk (two desks on one laptop keep theirs apart).
    const QByteArray key = QCryptographicHash::hash((serverAddress + u'\n' + deskName).toUtf8(),
                                                    QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(16);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .filePath(u"offline/"_s + QString::fromLatin1(key) + u".mannam"_s);
}

EventStore &DeskSession::currentStore()
{
    // A shared event offline reads its local copy.
    return m_link ? m_link->store() : m_event.store();
}

bool DeskSession::isOnline() const
{
    return !m_link || m_link->isOnline();
}

int DeskSession::pendingScans()
{
    return m_link ? m_link->pendingScans() : 0;
}

QList<LogEntry> DeskSession::recentLog(int limit)
{
    return currentStore().recentLog(limit);
}

void DeskSession::setMode(ScanAction mode)
{
    if (mode == m_mode || mode == ScanAction::Undo)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

EventStats DeskSession::stats()
{
    return currentStore().stats();
}

void DeskSession::submitCode(const QString &code, Source source, qint64 arrivalNs)
{
    if (code.trimmed().isEmpty())
        return; // a blank read is nobody's scan (the CLI and the kiosk ignore them too)
    // A camera sees the same code in many frames and a person may scan twice
    // in a hurry: one check-in, not a yellow "already" a moment later.
    if (!m_deduplicator->accept(code.trimmed(), sourceId(source)))
        return;
    deliver([&](CheckInService &service) { return service.scan(code, m_deskName, m_mode); }, arrivalNs);
}

void DeskSession::checkInAttendee(qint64 attendeeId)
{
    deliver([&](CheckInService &service) { return service.checkInAttendee(attendeeId, m_deskName, m_mode); }, 0);
}

void DeskSession::admitWalkIn(const Attendee &walkIn)
{
    if (!isOnline()) {
        // A new person needs a number only the server can give.
        emit storageFailed(tr("Walk-ins need the server, which cannot be reached: note the person's name and "
                              "register them when the desk is back online."));
        return;
    }
    deliver([&](CheckInService &service) {
        CheckInOutcome outcome = service.admitWalkIn(walkIn, m_deskName);
        if (outcome.attendee)
            m_search.upsert(*outcome.attendee);
        return outcome;
    }, 0);
}

void DeskSession::undoLast(qint64 attendeeId)
{
    deliver([&](CheckInService &service) { return service.undoLast(attendeeId, m_deskName); }, 0);
}

void DeskSession::reloadAttendees()
{
    try {
        m_search.setAttendees(currentStore().attendees());
    } catch (const StorageError &error) {
        emit storageFailed(error.message());
    }
}

void DeskSession::deliver(const std::function<CheckInOutcome(CheckInService &)> &work, qint64 arrivalNs)
{
    try {
        // Returns only after the commit (on the server, or in the local copy when it is unreachable).
        const CheckInOutcome outcome = m_link ? m_link->checkIn(work) : work(m_service);
        if (m_link)
            m_link->requestRefresh();
        emit outcomeReady(outcome, arrivalNs);
    } catch (const StorageError &error) {
        emit storageFailed(error.message());
    }
}

} // namespace mannam
