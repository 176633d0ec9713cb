#include "SnapshotScheduler.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace mannam {

// Lives in the scheduler's thread with its own read-only connection, opened on first use
// there (a connection belongs to the thread that opened it) and kept, because its
// data_version only means something across calls on one connection.
class SnapshotWorker : public QObject
{
public:
    SnapshotWorker(EventSnapshots snapshots, const Clock &clock)
        : m_snapshots(std::move(snapshots)), m_clock(clock)
    {
    }

    SnapshotResult run(EventSnapshot::Kind kind, bool force)
    {
        SnapshotResult result;
        try {
            if (!m_db) {
                // allowOlder: a file in an older format is copied as it is; restoring it
                // upgrades it like opening any older event does.
                m_db = Database::open(m_snapshots.eventPath(), Database::Access::ReadOnly,
                                      Database::DefaultBusyTimeoutMs, true);
            }
            const qint64 version = m_db->dataVersion();
            if (!force && m_snapshotVersion && *m_snapshotVersion == version) {
                result.outcome = SnapshotResult::Outcome::Unchanged;
                const QList<EventSnapshot> existing = m_snapshots.list();
                result.path = existing.isEmpty() ? QString() : existing.constFirst().path;
                return result;
            }
            result = m_snapshots.take(*m_db, m_clock.nowUtc(), kind, !force);
            if (result.outcome != SnapshotResult::Outcome::Failed)
                m_snapshotVersion = version;
        } catch (const StorageError &error) {
            result = {};
            result.error = EventSnapshots::tr("No snapshot of %1 was taken: %2")
                                   .arg(m_snapshots.eventPath(), error.message());
            m_db.reset();   // reopened next time: the file may be back by then
            m_snapshotVersion.reset();
        }
        return result;
    }

    void close()
    {
        m_db.reset();
        m_snapshotVersion.reset();
    }

private:
    EventSnapshots m_snapshots;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    std::optional<qint64> m_snapshotVersion;  // data_version when the newest snapshot was made
};

SnapshotScheduler::SnapshotScheduler(const QString &eventPath, const Clock &clock,
                                     std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent),
      m_snapshots(eventPath),
      m_clock(clock),
      m_interval(interval),
      m_timer(new QTimer(this)),
      m_thread(new QThread(this)),
      m_worker(new SnapshotWorker(m_snapshots, clock))
{
    m_thread->setObjectName(u"mannam-snapshots"_s);
    m_worker->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
    m_timer->setInterval(interval);
    connect(m_timer, &QTimer::timeout, this, &SnapshotScheduler::snapshotIfChanged);
}

SnapshotScheduler::~SnapshotScheduler()
{
    m_timer->stop();
    if (m_thread->isRunning()) {
        SnapshotWorker *worker = m_worker;
        QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    delete m_worker;
}

void SnapshotScheduler::start()
{
    if (!m_closed)
        m_timer->start();
}

void SnapshotScheduler::stop()
{
    m_timer->stop();
}

bool SnapshotScheduler::isRunning() const
{
    return m_timer->isActive();
}

void SnapshotScheduler::snapshotIfChanged()
{
    requestInWorker(false);
}

void SnapshotScheduler::snapshotNow()
{
    requestInWorker(true);
}

void SnapshotScheduler::requestInWorker(bool force)
{
    // One at a time: a slow disk must not pile up copies of the same moment.
    if (m_closed || (m_pending > 0 && !force))
        return;
    ++m_pending;
    SnapshotWorker *worker = m_worker;
    QPointer<SnapshotScheduler> self(this);
    QMetaObject::invokeMethod(worker, [worker, force, self] {
        const SnapshotResult result = worker->run(EventSnapshot::Kind::Automatic, force);
        // Posted to the scheduler: dropped if it is gone by then.
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, result] {
                if (!self)
                    return;
                --self->m_pending;
                self->report(result);
            }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

SnapshotResult SnapshotScheduler::finishSynchronously(EventSnapshot::Kind kind, bool skipIfUnchanged)
{
    m_timer->stop();
    SnapshotResult result;
    if (m_closed) {
        // Already finished (closing after a before-restore snapshot, say): nothing to do and
        // nothing to report; the newest snapshot holds the event as it was then.
        result.outcome = SnapshotResult::Outcome::Unchanged;
        const QList<EventSnapshot> existing = m_snapshots.list();
        result.path = existing.isEmpty() ? QString() : existing.constFirst().path;
        return result;
    }
    m_closed = true;
    SnapshotWorker *worker = m_worker;
    // Queued behind any snapshot in progress, so it also waits for that one.
    QMetaObject::invokeMethod(worker, [worker, kind, skipIfUnchanged, &result] {
        result = worker->run(kind, !skipIfUnchanged);
        worker->close();
    }, Qt::BlockingQueuedConnection);
    report(result);
    return result;
}

QString SnapshotScheduler::snapshotOnClose()
{
    return finishSynchronously(EventSnapshot::Kind::Automatic, true).path;
}

QString SnapshotScheduler::snapshotBeforeRestore(QString *error)
{
    const SnapshotResult result = finishSynchronously(EventSnapshot::Kind::BeforeRestore, false);
    if (error)
        *error = result.error;
    return result.outcome == SnapshotResult::Outcome::Taken ? result.path : QString();
}

void SnapshotScheduler::report(const SnapshotResult &result)
{
    switch (result.outcome) {
    case SnapshotResult::Outcome::Taken:
        emit snapshotTaken(result.path);
        break;
    case SnapshotResult::Outcome::Unchanged:
        emit snapshotUnchanged();
        break;
    case SnapshotResult::Outcome::Failed:
        emit snapshotFailed(result.error);
        break;
    }
}

} // namespace mannam
