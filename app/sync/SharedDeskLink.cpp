#include "SharedDeskLink.h"

#include "storage/EventCopy.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

// Pulls into a new file beside the copy, then puts it in place in one rename:
// the desk always has a whole copy, the older one if the pull fails.
void pullInto(const QString &serverAddress, const QString &localCopyPath)
{
    QDir().mkpath(QFileInfo(localCopyPath).absolutePath());
    const QString fresh = localCopyPath + u".new"_s;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(fresh + suffix);
    EventCopy::pull(serverAddress, fresh);
    if (std::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(localCopyPath).constData()) != 0) {
        QFile::remove(fresh);
        throw StorageError(StorageError::Kind::Generic,
                           QCoreApplication::translate("mannam::SharedDeskLink", "Cannot replace the local copy %1.")
                                   .arg(localCopyPath));
    }
}

} // namespace

SharedDeskLink::SharedDeskLink(EventFile &server, QString localCopyPath, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_openedServer(server),
      m_serverService(std::make_unique<CheckInService>(server.store(), clock)),
      m_serverAddress(server.path()),
      m_localCopyPath(std::move(localCopyPath)),
      m_clock(clock)
{
    qRegisterMetaType<ReplayReport>();
    m_probeTimer.setInterval(ProbeIntervalMs);
    connect(&m_probeTimer, &QTimer::timeout, this, &SharedDeskLink::probeInBackground);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SharedDeskLink::refreshLocalCopyInBackground);
    // Scans left from an earlier session that ended offline go out first;
    // a copy with scans waiting is never replaced before they are sent. The
    // desk opens even if this fails: it works online, and says so if it
    // cannot fall back later.
    try {
        if (QFileInfo::exists(m_localCopyPath)) {
            auto local = EventFile::open(m_localCopyPath);
            if (local->store().offlineScanCount() > 0) {
                if (local->store().eventInfo().eventId == server.store().eventInfo().eventId) {
                    replayOfflineScans(local->store(), server.store(), m_clock);
                } else {
                    // The address now holds another event: those scans belong to
                    // the old one. Kept aside, never sent here.
                    local.reset();
                    const QString aside = m_localCopyPath + u".other-event-"_s
                            + m_clock.nowUtc().toString(u"yyyyMMdd-HHmmss"_s);
                    QFile::rename(m_localCopyPath, aside);
                    qWarning("Shared event: offline scans of another event kept in %s", qPrintable(aside));
                }
            }
        }
        refreshLocalCopy();
    } catch (const StorageError &error) {
        qWarning("Shared event: no local copy for working offline: %s", qPrintable(error.message()));
    }
}

SharedDeskLink::~SharedDeskLink()
{
    m_probeTimer.stop();
    m_refreshTimer.stop();
    waitForRefresh();
    if (m_probe)
        m_probe->wait();
    // Their finished handlers (which deleteLater them) may not have run yet.
    delete m_refresh.data();
    delete m_probe.data();
}

EventFile &SharedDeskLink::server()
{
    return m_reconnectedServer ? *m_reconnectedServer : m_openedServer;
}

EventStore &SharedDeskLink::store()
{
    return m_online ? server().store() : m_local->store();
}

int SharedDeskLink::pendingScans()
{
    if (m_local)
        return m_local->store().offlineScanCount();
    return 0;
}

CheckInOutcome SharedDeskLink::checkIn(const std::function<CheckInOutcome(CheckInService &)> &work)
{
    // One nonce for this scan wherever it is written (see useNonceForNextEntry).
    const QString nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_online) {
        try {
            m_serverService->useNonceForNextEntry(nonce);
            return work(*m_serverService); // returns only after the server committed
        } catch (const StorageError &error) {
            if (error.kind() != StorageError::Kind::Unreachable)
                throw;
            goOffline();
        }
    }
    m_localService->useNonceForNextEntry(nonce);
    EventStore &local = m_local->store();
    return local.write([&] {
        CheckInOutcome outcome = work(*m_localService);
        if (outcome.entry.id != 0)
            local.markOfflineScan(outcome.entry.id);
        return outcome;
    });
}

void SharedDeskLink::goOffline()
{
    waitForRefresh();
    if (!QFileInfo::exists(m_localCopyPath))
        throw StorageError(StorageError::Kind::Unreachable,
                           tr("The server cannot be reached and this desk has no local copy of the event: "
                              "nothing was saved."));
    m_local = EventFile::open(m_localCopyPath);
    m_localService = std::make_unique<CheckInService>(m_local->store(), m_clock);
    m_online = false;
    m_probeTimer.start();
    emit onlineChanged(false);
}

bool SharedDeskLink::reconnect()
{
    if (m_online)
        return true;
    try {
        auto fresh = EventFile::open(m_serverAddress);
        const ReplayReport report = replayOfflineScans(m_local->store(), fresh->store(), m_clock);
        m_reconnectedServer = std::move(fresh);
        m_serverService = std::make_unique<CheckInService>(m_reconnectedServer->store(), m_clock);
        m_localService.reset();
        m_local.reset();
        m_online = true;
        m_probeTimer.stop();
        emit onlineChanged(true);
        emit replayFinished(report);
    } catch (const StorageError &error) {
        qWarning("Shared event: still offline: %s", qPrintable(error.message()));
        return false;
    }
    refreshLocalCopyInBackground();
    return true;
}

void SharedDeskLink::probeInBackground()
{
    if (m_online || m_probe)
        return;
    // Connecting can wait seconds for an unplugged host: never on the GUI thread.
    auto answered = std::make_shared<std::atomic_bool>(false);
    m_probe = QThread::create([address = m_serverAddress, answered] {
        try {
            EventFile::open(address, Database::Access::ReadOnly);
            answered->store(true);
        } catch (const StorageError &) {
        }
    });
    connect(m_probe, &QThread::finished, this, [this, answered] {
        m_probe->deleteLater();
        if (answered->load())
            reconnect();
    });
    m_probe->start();
}

void SharedDeskLink::refreshLocalCopy()
{
    waitForRefresh();
    if (!m_online)
        return;
    pullInto(m_serverAddress, m_localCopyPath);
}

void SharedDeskLink::requestRefresh()
{
    if (m_online && !m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void SharedDeskLink::refreshLocalCopyInBackground()
{
    if (!m_online || m_refresh)
        return;
    auto failure = std::make_shared<QString>();
    m_refresh = QThread::create([address = m_serverAddress, path = m_localCopyPath, failure] {
        try {
            pullInto(address, path);
        } catch (const StorageError &error) {
            *failure = error.message();
        }
    });
    connect(m_refresh, &QThread::finished, this, [this, failure] {
        m_refresh->deleteLater();
        if (!failure->isEmpty())
            emit localCopyFailed(*failure);
    });
    m_refresh->start();
}

void SharedDeskLink::waitForRefresh()
{
    if (m_refresh)
        m_refresh->wait();
}

} // namespace mannam
