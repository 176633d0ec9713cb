#include "ServerAddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

// lupdate files these strings under the class whose functions use them.
QString tr(const char *text)
{
    return QCoreApplication::translate("mannam::ServerAddress", text);
}

// Passwords typed into this process, by address without password.
struct PasswordBook
{
    QMutex mutex;
    QHash<QString, QString> passwords;
};

PasswordBook &passwordBook()
{
    static PasswordBook book;
    return book;
}

} // namespace

bool ServerAddress::isServerAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
            || trimmed.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

std::optional<ServerAddress> ServerAddress::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<ServerAddress> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!isServerAddress(text))
        return fail(tr("A shared event's address starts with postgresql://"));
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return fail(tr("This is not a valid server address. Write it as postgresql://USER@HOST:PORT/DATABASE."));
    ServerAddress address;
    address.user = url.userName(QUrl::FullyDecoded);
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(5432);
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    if (address.host.isEmpty())
        return fail(tr("The server address has no host name. Write it as postgresql://USER@HOST:PORT/DATABASE."));
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return fail(tr("The server address names no database. Write it as postgresql://USER@HOST:PORT/DATABASE."));
    if (address.user.isEmpty())
        return fail(tr("The server address names no user. Write it as postgresql://USER@HOST:PORT/DATABASE."));
    if (address.port <= 0 || address.port > 65535)
        return fail(tr("The port must be a number from 1 to 65535."));
    if (!url.password().isEmpty())
        rememberPassword(address, url.password(QUrl::FullyDecoded));
    return address;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u"/"_s + database);
    return url.toString(QUrl::FullyEncoded);
}

QString ServerAddress::displayName() const
{
    return tr("%1 on %2").arg(database, host);
}

void ServerAddress::rememberPassword(const ServerAddress &address, const QString &password)
{
    PasswordBook &book = passwordBook();
    QMutexLocker lock(&book.mutex);
    book.passwords.insert(address.toString(), password);
}

QString ServerAddress::rememberedPassword() const
{
    PasswordBook &book = passwordBook();
    QMutexLocker lock(&book.mutex);
    return book.passwords.value(toString());
}

bool ServerAddress::operator==(const ServerAddress &other) const
{
    return user == other.user && host == other.host && port == other.port && database == other.database;
}

} // namespace mannam
