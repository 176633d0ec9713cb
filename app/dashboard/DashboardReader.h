#pragma once

#include "DashboardSnapshot.h"

#include <QObject>
#include <QString>

#include <memory>

namespace mannam {

class EventFile;

// Reads the dashboard's figures on a worker thread with a read-only connection
// of its own, so that a live dashboard never holds up the window: the window
// only draws what arrives. Each read asks first whether any connection
// (another desk, a kiosk process, or this app's own) committed since the last
// read (an event file's PRAGMA data_version; the notifications heard from a
// shared event's server) and reads only then.
//
// A shared event needs no polling: the reader's own connection listens to
// the server (Database::changeListener(), created on the worker thread, whose
// event loop delivers the notifications) and says eventChanged() at every
// commit anywhere; the page asks for a read then.
class DashboardReader : public QObject
{
    Q_OBJECT

public:
    explicit DashboardReader(QString eventPath);
    ~DashboardReader() override;

public slots:
    void readIfChanged();

signals:
    void snapshotRead(const mannam::DashboardSnapshot &snapshot);
    void unchanged();
    void readFailed(const QString &message);
    // A shared event's server notified a commit (from the worker thread).
    void eventChanged();

private:
    QString m_eventPath;
    std::unique_ptr<EventFile> m_event; // opened in the worker thread, on first use
    qint64 m_dataVersion = -1;
};

} // namespace mannam
