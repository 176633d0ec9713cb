#pragma once

#include "DashboardSnapshot.h"

#include <QObject>
#include <QString>

#include <memory>

namespace mannam {

class EventFile;

// Reads the dashboard's figures on a worker thread with a read-only connection
// of its own, so that a live dashboard never holds up the window: the window
// only draws what arrives. Each read asks SQLite first whether any connection
// (another desk, a kiosk process, or this app's own) committed since the last
// read (PRAGMA data_version) and reads only then.
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

private:
    QString m_eventPath;
    std::unique_ptr<EventFile> m_event; // opened in the worker thread, on first use
    qint64 m_dataVersion = -1;
};

} // namespace mannam
