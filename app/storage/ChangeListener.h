#pragma once

#include <QAtomicInteger>
#include <QObject>
#include <QString>
#include <QTimer>

namespace mannam {

struct ServerAddress;

// Live updates from a shared event: a connection of its own that only LISTENs
// to the server's `mannam_changes` notifications (sent by triggers at every
// commit, from any desk) and says `changed()` for each. It runs no queries, so
// a notification never waits inside a query's reply for the next one to wake
// the socket. Lives in the thread that created it (it needs that thread's
// event loop). SQLite has no such push: its screens compare data_version.
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    explicit ChangeListener(const ServerAddress &address, QObject *parent = nullptr);
    // How often the connection is checked; a lost one (server restarted,
    // network back) is opened again and screens told to re-read.
    static constexpr int HealthCheckMs = 5000;
    ~ChangeListener() override;

    bool isListening() const;
    // Notifications received so far; a screen that remembers it sees whether
    // anything moved since (Database::dataVersion() on a shared event).
    qint64 count() const { return m_count.loadRelaxed(); }

signals:
    void changed();

private:
    bool listen();
    void checkHealth();

    QString m_connectionName;
    QTimer m_healthCheck;
    QAtomicInteger<qint64> m_count = 0;
};

} // namespace mannam
