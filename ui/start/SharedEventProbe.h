#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace mannam {

// Tries a shared event's address on a worker thread: reaching a server that
// is not there takes seconds (the connect timeout), and the window must not
// freeze meanwhile. Opens the event read-only, reads its name, closes it.
class SharedEventProbe : public QObject
{
    Q_OBJECT

public:
    explicit SharedEventProbe(QObject *parent = nullptr);
    // Waits for a probe in progress (its connection closes on its own thread).
    ~SharedEventProbe() override;

    // `address` without password; the password is the one remembered for it
    // in this process (ServerAddress::rememberPassword), or libpq's own.
    // Ignored while a probe runs.
    void start(const QString &address);
    bool isRunning() const { return m_thread != nullptr; }

signals:
    // On the GUI thread, once per start().
    void succeeded(const QString &eventName);
    void failed(const QString &message);

private:
    struct Outcome
    {
        bool ok = false;
        QString text; // the event's name, or why it could not be opened
    };

    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace mannam
