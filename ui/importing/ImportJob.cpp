#include "ImportJob.h"

#include "storage/EventFile.h"
#include "storage/StorageError.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace mannam {

ImportJob::ImportJob(Kind kind, QString eventPath, QByteArray fileBytes, ImportOptions options,
                     const Clock &clock, QObject *parent)
    : QObject(parent),
      m_kind(kind),
      m_eventPath(std::move(eventPath)),
      m_bytes(std::move(fileBytes)),
      m_options(std::move(options)),
      m_clock(clock)
{
}

ImportJob::~ImportJob()
{
    cancelAndWait();
}

void ImportJob::start()
{
    Q_ASSERT(!m_thread);
    m_running = true;
    m_thread.reset(QThread::create([this] { work(); }));
    connect(m_thread.get(), &QThread::finished, this, [this] {
        m_running = false;
        emit finished(m_result);
    });
    m_thread->start();
}

void ImportJob::cancel()
{
    m_cancelRequested = true;
}

void ImportJob::cancelAndWait()
{
    cancel();
    m_firstReportShown.release();  // a worker waiting for the window must not wait for us
    if (m_thread)
        m_thread->wait();
}

void ImportJob::work()
{
    // The first report (the total, before anything is written) waits until the
    // window has shown it: a Cancel from that moment on is always in time.
    bool first = true;
    const ImportProgress progress = [this, &first](int done, int total) {
        QMetaObject::invokeMethod(
                this,
                [this, done, total, first] {
                    emit progressed(done, total);
                    if (first)
                        m_firstReportShown.release();
                },
                Qt::QueuedConnection);
        if (first) {
            first = false;
            m_firstReportShown.acquire();
        }
        return !m_cancelRequested;
    };
    try {
        if (m_kind == Kind::DryRun) {
            // A dry run changes nothing, not even the format of an older file.
            auto event = EventFile::openForReading(m_eventPath);
            m_result = AttendeeImporter(event->store(), m_clock).plan(m_bytes, m_options, progress);
        } else {
            auto event = EventFile::open(m_eventPath);
            m_result = AttendeeImporter(event->store(), m_clock).import(m_bytes, m_options, progress);
        }
    } catch (const StorageError &error) {
        m_result = ImportPlan();
        m_result.error = error.message();
    } catch (const std::exception &error) {
        // Nothing may leave the thread; the transaction has rolled back by now.
        m_result = ImportPlan();
        m_result.error = tr("The import stopped: %1").arg(QString::fromLocal8Bit(error.what()));
    }
}

} // namespace mannam
