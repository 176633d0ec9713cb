#pragma once

#include <QObject>
#include <QThread>

namespace mannam {

class Database;

// Moves SQLite's WAL checkpoints off the thread that checks people in. By
// default SQLite copies the WAL into the database inside whichever COMMIT
// crosses 1,000 pages, which stalls that desk for tens of milliseconds. While a
// WalCheckpointer lives, the desk's connection never checkpoints; a worker
// thread with its own connection does, every few seconds (PASSIVE: it never
// blocks a writer). Durability does not depend on checkpoints: a commit is on
// disk once the WAL is synced.
class WalCheckpointer : public QObject
{
    Q_OBJECT

public:
    explicit WalCheckpointer(Database &db, int intervalMs = 5000, QObject *parent = nullptr);
    ~WalCheckpointer() override;

    int checkpointsDone() const { return m_done.loadRelaxed(); }

private:
    Database &m_db;
    QThread m_thread;
    QAtomicInt m_done;
};

} // namespace mannam
