#include "ChangeListener.h"

#include "ServerAddress.h"
#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mannam {

ChangeListener::ChangeListener(const ServerAddress &address, QObject *parent)
    : QObject(parent),
      m_connectionName(u"mannam-listen-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = Dialect::addServerConnection(address, m_connectionName);
    connect(db.driver(), &QSqlDriver::notification, this, [this](const QString &name) {
        if (name != Dialect::ChangeChannel)
            return;
        m_count.fetchAndAddRelaxed(1);
        emit changed();
    });
    listen();
    m_healthCheck.setInterval(HealthCheckMs);
    connect(&m_healthCheck, &QTimer::timeout, this, &ChangeListener::checkHealth);
    m_healthCheck.start();
}

bool ChangeListener::listen()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen() && !db.open())
        return false;
    if (!db.driver()->subscribeToNotification(Dialect::ChangeChannel)) {
        qWarning("Live updates: LISTEN failed: %s", qPrintable(db.driver()->lastError().text()));
        db.close();
        return false;
    }
    return true;
}

void ChangeListener::checkHealth()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    {
        QSqlQuery alive(db);
        if (db.isOpen() && alive.exec(u"SELECT 1"_s)) {
            // A notification that came in with the reply waits in libpq's queue
            // until the socket stirs again: hand it over now.
            QMetaObject::invokeMethod(db.driver(), "_q_handleNotification", Qt::QueuedConnection);
            return;
        }
    }
    db.close();
    if (!listen())
        return; // still away; tried again at the next check
    // Whatever was committed while we were not listening: read it now.
    m_count.fetchAndAddRelaxed(1);
    emit changed();
}

ChangeListener::~ChangeListener()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ChangeListener::isListening() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return db.isOpen() && db.driver()->subscribedToNotifications().contains(Dialect::ChangeChannel);
}

} // namespace mannam
