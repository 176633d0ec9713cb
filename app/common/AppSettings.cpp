#include "AppSettings.h"

#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace mannam::AppSettings {

namespace {

constexpr int CurrentVersion = 1;

struct KeyInfo
{
    Key key;
    const char16_t *name;
    QVariant (*fallback)();
};

// The one table of keys and defaults.
const KeyInfo Keys[] = {
    {Key::DeskName, u"desk/name", [] { return QVariant(QSysInfo::machineHostName()); }},
    {Key::CameraId, u"desk/cameraId", [] { return QVariant(QString()); }},
    {Key::CameraResolution, u"desk/cameraResolution", [] { return QVariant(u"1280x720"_s); }},
    {Key::SoundsMuted, u"desk/soundsMuted", [] { return QVariant(false); }},
    {Key::PrintBadgeOnCheckIn, u"desk/printBadgeOnCheckIn", [] { return QVariant(false); }},
    {Key::BadgePrinter, u"desk/badgePrinter", [] { return QVariant(QString()); }},
    {Key::RecentEvents, u"app/recentEvents", [] { return QVariant(QStringList()); }},
    {Key::SharedEventNames, u"app/sharedEventNames", [] { return QVariant(QVariantMap()); }},
    {Key::Language, u"app/language", [] { return QVariant(QString()); }},
};

const KeyInfo &info(Key key)
{
    for (const KeyInfo &entry : Keys) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

// How an event is remembered: a file by its absolute path, a shared event by
// its address without password (empty when the address cannot be read, so
// that nothing unreadable, possibly holding a password, is ever written).
QString recentEntry(const QString &path)
{
    if (!ServerAddress::isServerAddress(path))
        return QFileInfo(path).absoluteFilePath();
    const std::optional<ServerAddress> address = ServerAddress::parse(path);
    return address ? address->toString() : QString();
}

} // namespace

QVariant value(Key key)
{
    const KeyInfo &entry = info(key);
    return QSettings().value(QString::fromUtf16(entry.name), entry.fallback());
}

void setValue(Key key, const QVariant &value)
{
    QSettings().setValue(QString::fromUtf16(info(key).name), value);
}

void migrate()
{
    QSettings settings;
    const int version = settings.value(u"settingsVersion"_s, 0).toInt();
    // Version 0 → 1: nothing to convert yet; later steps go here in order.
    if (version < CurrentVersion)
        settings.setValue(u"settingsVersion"_s, CurrentVersion);
}

QString deskName()
{
    return value(Key::DeskName).toString();
}

void setDeskName(const QString &name)
{
    setValue(Key::DeskName, name.trimmed());
}

bool soundsMuted()
{
    return value(Key::SoundsMuted).toBool();
}

void setSoundsMuted(bool muted)
{
    setValue(Key::SoundsMuted, muted);
}

QStringList recentEvents()
{
    return value(Key::RecentEvents).toStringList();
}

void rememberRecentEvent(const QString &path, const QString &eventName)
{
    const QString entry = recentEntry(path);
    if (entry.isEmpty())
        return;
    QStringList recent = recentEvents();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > MaxRecentEvents)
        recent.removeLast();
    setValue(Key::RecentEvents, recent);

    if (!ServerAddress::isServerAddress(entry))
        return;
    // Names of shared events that left the list go with them.
    const QVariantMap known = value(Key::SharedEventNames).toMap();
    QVariantMap names;
    for (const QString &kept : std::as_const(recent)) {
        if (known.contains(kept))
            names.insert(kept, known.value(kept));
    }
    if (!eventName.isEmpty())
        names.insert(entry, eventName);
    setValue(Key::SharedEventNames, names);
}

void forgetRecentEvent(const QString &path)
{
    const QString entry = recentEntry(path);
    QStringList recent = recentEvents();
    recent.removeAll(entry);
    setValue(Key::RecentEvents, recent);
    QVariantMap names = value(Key::SharedEventNames).toMap();
    if (names.remove(entry) > 0)
        setValue(Key::SharedEventNames, names);
}

QString sharedEventName(const QString &address)
{
    return value(Key::SharedEventNames).toMap().value(recentEntry(address)).toString();
}

} // namespace mannam::AppSettings
