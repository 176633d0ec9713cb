#include "ChangeListener.h"

#include "ServerAddress.h"
#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mannam {

ChangeListener::ChangeListener(const ServerAddress &address, QObject *parent)
    : QObject(parent),
      m_connectionName(u"mannam-listen-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = Dialect::addServerConnection(address, m_connectionName);
    if (!db.open()) {
        qWarning("Live updates: cannot listen to the server: %s", qPrintable(db.lastError().text()));
        return;
    }
    QSqlDriver *driver = db.driver();
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name != Dialect::ChangeChannel)
            return;
        m_count.fetchAndAddRelaxed(1);
        emit changed();
    });
    if (!driver->subscribeToNotification(Dialect::ChangeChannel))
        qWarning("Live updates: LISTEN failed: %s", qPrintable(driver->lastError().text()));
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
