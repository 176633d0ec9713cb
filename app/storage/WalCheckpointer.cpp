#include "WalCheckpointer.h"

#include "Database.h"
#include "StorageError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {
constexpr int SqliteDefaultAutoCheckpointPages = 1000;
}

WalCheckpointer::WalCheckpointer(Database &db, int intervalMs, QObject *parent)
    : QObject(parent), m_db(db)
{
    if (db.isShared())
        return; // a server keeps its own write-ahead log
    db.scalar(u"PRAGMA wal_autocheckpoint=0"_s);
    const QString path = db.path();
    m_thread.setObjectName(u"mannam-wal-checkpoint"_s);
    // The timer and the connection live and die on the worker thread.
    auto *timer = new QTimer;
    timer->setInterval(intervalMs);
    timer->moveToThread(&m_thread);
    const QString connectionName = u"mannam-checkpoint-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    connect(&m_thread, &QThread::started, timer, [timer, path, connectionName] {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        connection.setDatabaseName(path);
        connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=1000"_s);
        connection.open();
        timer->start();
    });
    connect(timer, &QTimer::timeout, timer, [this, connectionName] {
        QSqlQuery checkpoint(QSqlDatabase::database(connectionName, false));
        if (checkpoint.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s))
            m_done.fetchAndAddRelaxed(1);
    });
    connect(&m_thread, &QThread::finished, timer, [timer, connectionName] {
        delete timer;
        QSqlDatabase::database(connectionName, false).close();
        QSqlDatabase::removeDatabase(connectionName);
    });
    m_thread.start(QThread::LowPriority);
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_thread.isRunning())
        return;
    m_thread.quit();
    m_thread.wait();
    try {
        m_db.scalar(u"PRAGMA wal_autocheckpoint=%1"_s.arg(SqliteDefaultAutoCheckpointPages));
    } catch (const StorageError &) {
        // Closing anyway: the next connection starts with SQLite's default.
    }
}

} // namespace mannam
