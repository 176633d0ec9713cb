#pragma once

#include <QString>

#include <optional>

namespace mannam {

// Where a shared event lives: postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE.
// The password never travels with the address: toString() leaves it out, so
// the text that is shown, logged, remembered in recent events or passed to a
// worker thread holds no secret. The password is kept in this process's
// memory only (rememberPassword), or comes from libpq's own PGPASSWORD and
// ~/.pgpass when none was given.
struct ServerAddress
{
    QString user;
    QString host;
    int port = 5432;
    QString database;

    // "postgresql://" or "postgres://" at the start: an address, not a file path.
    static bool isServerAddress(const QString &text);
    // Reads an address; a password in it is remembered (see above) and dropped.
    // Returns nothing and sets `error` (for people) when the text is not one.
    static std::optional<ServerAddress> parse(const QString &text, QString *error = nullptr);

    // postgresql://user@host:port/database — never a password.
    QString toString() const;
    // "database on host" for titles and lists.
    QString displayName() const;

    static void rememberPassword(const ServerAddress &address, const QString &password);
    QString rememberedPassword() const;

    bool operator==(const ServerAddress &other) const;
};

} // namespace mannam
