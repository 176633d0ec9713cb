#pragma once

#include "checkin/CheckInService.h"
#include "search/AttendeeSearch.h"
#include "storage/EventStore.h"

#include <QObject>

#include <memory>

namespace mannam {

class EventFile;
class ScanDeduplicator;
class SharedDeskLink;
struct ReplayReport;
class WalCheckpointer;

// One registration desk at work: codes come in from the camera, a wedge
// scanner, the keyboard or the search list; each becomes a check-in through
// CheckInService; the outcome goes out to the screen. No widgets here, so the
// whole desk flow is tested without a display.
class DeskSession : public QObject
{
    Q_OBJECT

public:
    enum class Source { Camera, Scanner, Keyboard, Search };
    Q_ENUM(Source)

    DeskSession(EventFile &event, QString deskName, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~DeskSession() override;

    QString deskName() const { return m_deskName; }
    ScanAction mode() const { return m_mode; }
    void setMode(ScanAction mode);          // Entry or Exit
    const AttendeeSearch &search() const { return m_search; }
    EventStats stats();
    QList<LogEntry> recentLog(int limit);
    // Where the desk reads now: the event, or a shared event's local copy while offline.
    EventStore &currentStore();

    // On a shared event: whether the server answers (otherwise the desk works
    // on its local copy), and how many scans wait to be sent. Always online
    // and nothing waiting on an event file.
    bool isOnline() const;
    int pendingScans();
    // The shared event's link (nullptr on an event file), for tests and the window.
    SharedDeskLink *sharedLink() const { return m_link.get(); }
    // Where a desk keeps its local copy of a shared event.
    static QString localCopyPathFor(const QString &serverAddress, const QString &deskName);

public slots:
    // A code read by a device or typed; the same code from the same source
    // within a few seconds counts once. `arrivalNs` (monotonic) lets the screen
    // measure scan-to-feedback; 0 when unknown.
    void submitCode(const QString &code, mannam::DeskSession::Source source, qint64 arrivalNs = 0);
    void checkInAttendee(qint64 attendeeId);
    void admitWalkIn(const mannam::Attendee &walkIn);
    void undoLast(qint64 attendeeId);
    // Re-reads people (another desk or the organizer changed them).
    void reloadAttendees();

signals:
    void outcomeReady(const mannam::CheckInOutcome &outcome, qint64 arrivalNs);
    // A scan could not be saved: shown red as "not saved", never as admitted.
    void storageFailed(const QString &message);
    void modeChanged(mannam::ScanAction mode);
    // A shared event's server stopped or started answering.
    void onlineChanged(bool online);
    // Back online: what the queued scans came to (conflicts included).
    void replayFinished(const mannam::ReplayReport &report);

private:
    void deliver(const std::function<CheckInOutcome(CheckInService &)> &work, qint64 arrivalNs);

    EventFile &m_event;
    QString m_deskName;
    CheckInService m_service;
    AttendeeSearch m_search;
    std::unique_ptr<ScanDeduplicator> m_deduplicator;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // keeps checkpoints off the check-in path
    std::unique_ptr<SharedDeskLink> m_link;          // a shared event's server and local copy
    ScanAction m_mode = ScanAction::Entry;
};

} // namespace mannam

Q_DECLARE_METATYPE(mannam::CheckInOutcome)
