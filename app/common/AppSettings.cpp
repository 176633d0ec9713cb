#include "AppSettings.h"

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

void rememberRecentEvent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentEvents();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentEvents)
        recent.removeLast();
    setValue(Key::RecentEvents, recent);
}

void forgetRecentEvent(const QString &path)
{
    QStringList recent = recentEvents();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    setValue(Key::RecentEvents, recent);
}

} // namespace mannam::AppSettings
