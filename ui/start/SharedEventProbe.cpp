#include "SharedEventProbe.h"

#include "storage/EventFile.h"
#include "storage/StorageError.h"

#include <QThread>

namespace mannam {

SharedEventProbe::SharedEventProbe(QObject *parent)
    : QObject(parent)
{
}

SharedEventProbe::~SharedEventProbe()
{
    if (m_thread)
        m_thread->wait();
}

void SharedEventProbe::start(const QString &address)
{
    if (m_thread)
        return;
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    m_thread.reset(QThread::create([address, outcome] {
        try {
            const auto event = EventFile::open(address, Database::Access::ReadOnly);
            outcome->text = event->store().eventInfo().name;
            outcome->ok = true;
        } catch (const StorageError &error) {
            outcome->text = error.message(); // for people; never holds the password
        } catch (const std::exception &) {
            outcome->text = tr("The shared event could not be opened.");
        }
    }));
    connect(m_thread.get(), &QThread::finished, this, [this] {
        const Outcome outcome = *m_outcome;
        m_thread->wait(); // `finished` comes just before the thread has really ended
        m_thread.reset();
        if (outcome.ok)
            emit succeeded(outcome.text);
        else
            emit failed(outcome.text);
    }, Qt::QueuedConnection);
    m_thread->start();
}

} // namespace mannam
