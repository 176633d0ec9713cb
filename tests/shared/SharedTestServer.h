#pragma once
// A PostgreSQL server of a test's own (scripts/pg-test-server.sh), for tests
// that stop and start it: the suite's shared test server must stay up for the
// tests running beside them.
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace mannam::test {

class OwnTestServer
{
public:
    OwnTestServer() { m_started = run(QStringLiteral("start")); }
    ~OwnTestServer() { run(QStringLiteral("stop")); }

    bool isStarted() const { return m_started; }
    bool kill() { return run(QStringLiteral("kill")); }
    bool restart() { return run(QStringLiteral("restart")); }
    // Stops the server without waiting: the scans go on meanwhile.
    void killInBackground(QProcess &process)
    {
        process.start(QStringLiteral("bash"), {script(), QStringLiteral("kill"), m_state.path()});
    }
    // A new empty database, as an address with its password remembered.
    QString createDatabase(const QString &name)
    {
        QUrl admin(adminUrl());
        const QString connection = QStringLiteral("own-server-admin");
        {
            QSqlDatabase db = addServerConnection(connection, admin, QStringLiteral("postgres"));
            QSqlQuery create(db);
            if (!db.open() || !create.exec(QStringLiteral("CREATE DATABASE ") + name))
                qFatal("CREATE DATABASE failed: %s", qPrintable(create.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        admin.setPath(QStringLiteral("/") + name);
        return ServerAddress::parse(admin.toString())->toString();
    }
    QString adminUrl() const
    {
        QFile file(m_state.filePath(QStringLiteral("admin-url")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    }

private:
    static QString script()
    {
        return QDir(QStringLiteral(MANNAM_SOURCE_DIR)).filePath(QStringLiteral("scripts/pg-test-server.sh"));
    }
    bool run(const QString &action)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral("bash"), {script(), action, m_state.path()});
        return process.waitForFinished(120'000) && process.exitCode() == 0;
    }

    QTemporaryDir m_state;
    bool m_started = false;
};

} // namespace mannam::test
