#pragma once
// Helpers for the GUI tests of shared events: events on the test server that
// CTest starts (MANNAM_TEST_PG_STATE), the server's password, and libpq kept
// away from the machine's own passwords so that "no password" means none.
#include "TestSupport.h"

#include "storage/ServerAddress.h"

#include <QLineEdit>
#include <QMutex>
#include <QUrl>

namespace mannam::test {

// The test server's password (the admin user owns every test database).
inline QString serverPassword()
{
    return QUrl(serverAdminUrl()).password();
}

// `address` with `password` written into it, as a person might paste it.
inline QString withPassword(const QString &address, const QString &password)
{
    QUrl url(address);
    url.setPassword(password);
    return url.toString();
}

// A shared event with a name, in a fresh database; returns its address
// (without password; the password is remembered in this process).
inline QString createSharedEvent(const QString &name)
{
    const QString address = emptyServerDatabase();
    EventInfo info;
    info.name = name;
    info.venue = QStringLiteral("Seoul");
    info.startsAt = eventDayUtc(9);
    info.desks = {QStringLiteral("Desk 1"), QStringLiteral("Desk 2")};
    EventFile::create(address, info);
    return address;
}

// As if the password had never been typed in this process.
inline void forgetPassword(const QString &address)
{
    ServerAddress::rememberPassword(*ServerAddress::parse(address), QString());
}

// libpq reads PGPASSWORD and ~/.pgpass by itself: not in these tests.
inline void keepLibpqFromMachinePasswords()
{
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/mannam-test-pgpass");
}

// Every qDebug/qWarning/... of the process (worker threads included) while alive.
class MessageRecorder
{
public:
    MessageRecorder()
    {
        s_current = this;
        m_previous = qInstallMessageHandler(&MessageRecorder::record);
    }
    ~MessageRecorder()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    QStringList messages() const
    {
        QMutexLocker lock(&m_mutex);
        return m_messages;
    }

private:
    static void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (MessageRecorder *recorder = s_current) {
            QMutexLocker lock(&recorder->m_mutex);
            recorder->m_messages << message;
            if (recorder->m_previous)
                recorder->m_previous(type, context, message);
        }
    }

    static inline MessageRecorder *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_messages;
};

} // namespace mannam::test
