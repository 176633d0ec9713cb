#pragma once

#include "OfflineReplay.h"
#include "checkin/CheckInService.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QThread;

namespace mannam {

class EventFile;

// A registration desk's hold on a shared event: check-ins go to the server
// while it answers; when it does not, the desk says so and goes on admitting
// against its local copy of the event (an event file refreshed from the
// server in the background), each scan marked for replay. A background probe
// notices the server's return; the queued scans are then replayed by nonce
// (OfflineReplay) and conflicts reported. Lives in the GUI thread of its desk.
class SharedDeskLink : public QObject
{
    Q_OBJECT

public:
    // `server` is the open shared event (kept by the caller); the local copy
    // lives at `localCopyPath` (made now if missing, from the server).
    SharedDeskLink(EventFile &server, QString localCopyPath, const Clock &clock = Clock::system(),
                   QObject *parent = nullptr);
    ~SharedDeskLink() override;

    bool isOnline() const { return m_online; }
    // Where reads go now: the server's store, or the local copy's when offline.
    EventStore &store();
    QString localCopyPath() const { return m_localCopyPath; }
    // Scans made offline and not yet on the server.
    int pendingScans();

    // Runs a check-in against the server; when it cannot be reached, switches
    // to the local copy and runs it there (marked for replay). Throws
    // StorageError when neither can save it: nothing turns green unsaved.
    CheckInOutcome checkIn(const std::function<CheckInOutcome(CheckInService &)> &work);

    // Back online now if the server answers: replays the queue. Returns
    // whether the desk is online afterwards. (The probe timer calls this once
    // a background connection attempt succeeded; tests call it directly.)
    bool reconnect();
    // Replaces the local copy with a fresh pull of the server, on a worker
    // thread, when online and nothing is waiting for replay.
    void refreshLocalCopyInBackground();
    // The same, synchronously (on opening the desk, and in tests).
    void refreshLocalCopy();
    // Something changed (a scan here, a notification from another desk): the
    // copy is refreshed within RefreshDelayMs, once for a burst of changes.
    void requestRefresh();

    static constexpr int ProbeIntervalMs = 2000;
    static constexpr int RefreshDelayMs = 10'000;

signals:
    void onlineChanged(bool online);
    void replayFinished(const mannam::ReplayReport &report);
    // A background refresh of the local copy failed (it keeps the older copy).
    void localCopyFailed(const QString &message);

private:
    void goOffline();
    void probeInBackground();
    void waitForRefresh();
    EventFile &server();

    EventFile &m_openedServer;
    std::unique_ptr<EventFile> m_reconnectedServer; // a fresh connection after an outage
    std::unique_ptr<EventFile> m_local;             // open only while offline
    std::unique_ptr<CheckInService> m_serverService;
    std::unique_ptr<CheckInService> m_localService;
    QString m_serverAddress;
    QString m_localCopyPath;
    const Clock &m_clock;
    bool m_online = true;
    QTimer m_probeTimer;
    QTimer m_refreshTimer;
    QPointer<QThread> m_probe;
    QPointer<QThread> m_refresh;
};

} // namespace mannam

Q_DECLARE_METATYPE(mannam::ReplayReport)
