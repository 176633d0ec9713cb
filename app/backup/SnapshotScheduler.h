#pragma once

#include "EventSnapshots.h"
#include "common/Clock.h"

#include <QObject>
#include <QString>

#include <chrono>

class QThread;
class QTimer;

namespace mannam {

class SnapshotWorker;

// Takes automatic snapshots of an open event (EventSnapshots) every `interval` while it is
// open, and once more when it closes, but only when the data changed: the worker keeps its
// own read-only connection, whose PRAGMA data_version moves whenever anybody (this window,
// a desk, a kiosk process) commits; a fresh copy that is byte-for-byte the newest snapshot
// is thrown away too (first check after opening). All SQLite work runs on a worker thread
// with that connection, so the window never waits for a snapshot, except in the two
// synchronous calls made when the event is about to close or be replaced.
class SnapshotScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultInterval = std::chrono::minutes(5);

    explicit SnapshotScheduler(const QString &eventPath, const Clock &clock = Clock::system(),
                               std::chrono::milliseconds interval = DefaultInterval, QObject *parent = nullptr);
    // Waits for a snapshot in progress, closes the worker's connection.
    ~SnapshotScheduler() override;

    void start();   // the timer runs from now; the first check is one interval away
    void stop();
    bool isRunning() const;
    std::chrono::milliseconds interval() const { return m_interval; }
    QString eventPath() const { return m_snapshots.eventPath(); }
    const EventSnapshots &snapshots() const { return m_snapshots; }
    bool isBusy() const { return m_pending > 0; }

    // For closing the event: waits for any snapshot in progress, then takes one if the data
    // changed since the last, and closes the worker's connection; the scheduler stops (make a
    // new one for the next event). Returns the snapshot that holds the event as it is now
    // (new, or the newest when nothing changed); empty on failure (snapshotFailed says why).
    // A second call (or one after snapshotBeforeRestore) does nothing and reports nothing.
    QString snapshotOnClose();
    // For "Replace the current event…": the event as it is now, always as a new
    // before-restore snapshot (never pruned with the automatic ones), synchronously; the
    // scheduler stops like snapshotOnClose(). Empty on failure: then do not replace.
    QString snapshotBeforeRestore(QString *error = nullptr);

public slots:
    // What the timer runs (tests call it directly): in the worker, if the data changed.
    void snapshotIfChanged();
    // In the worker, a new snapshot even if nothing changed ("Take a snapshot now").
    void snapshotNow();

signals:
    void snapshotTaken(const QString &path);
    void snapshotUnchanged();   // a check found nothing new; nothing was written
    void snapshotFailed(const QString &message);

private:
    void requestInWorker(bool force);
    SnapshotResult finishSynchronously(EventSnapshot::Kind kind, bool skipIfUnchanged);
    void report(const SnapshotResult &result);

    EventSnapshots m_snapshots;
    const Clock &m_clock;
    std::chrono::milliseconds m_interval;
    QTimer *m_timer = nullptr;
    QThread *m_thread = nullptr;
    SnapshotWorker *m_worker = nullptr;   // lives in m_thread
    int m_pending = 0;
    bool m_closed = false;
};

} // namespace mannam
