#pragma once

#include "transfer/AttendeeImporter.h"

#include <QObject>
#include <QSemaphore>

#include <atomic>
#include <memory>

class QThread;

namespace mannam {

// A dry run or an import on a thread of its own, with its own connection to
// the event file (SQLite WAL lets the window's connection keep reading), so
// that the window never freezes. Reports progress; can be cancelled, and an
// import that is cancelled rolls back completely.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind { DryRun, Import };

    ImportJob(Kind kind, QString eventPath, QByteArray fileBytes, ImportOptions options,
              const Clock &clock = Clock::system(), QObject *parent = nullptr);
    // Cancels and waits for the thread: its connection closes on its own thread.
    ~ImportJob() override;

    void start();
    // Returns at once; finished() follows with a cancelled plan (unless the
    // work had already committed).
    void cancel();
    // For closing the window: cancels and returns once the thread has ended.
    void cancelAndWait();
    bool isRunning() const { return m_running; }
    Kind kind() const { return m_kind; }

signals:
    // On the GUI thread, every few hundred lines or people. The worker waits
    // until the first report has been handled, so that a cancel made while
    // handling it (or any time later) stops the work before it writes anything more.
    void progressed(int done, int total);
    // On the GUI thread, once, with the plan (its error says what went wrong).
    void finished(const mannam::ImportPlan &plan);

private:
    void work();  // runs on the worker thread

    const Kind m_kind;
    const QString m_eventPath;
    const QByteArray m_bytes;
    const ImportOptions m_options;
    const Clock &m_clock;
    std::atomic_bool m_cancelRequested{false};
    QSemaphore m_firstReportShown;
    bool m_running = false;
    ImportPlan m_result;  // written by the worker, read after it has finished
    std::unique_ptr<QThread> m_thread;
};

} // namespace mannam
