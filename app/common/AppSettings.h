#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace mannam {

// Per-machine settings (this laptop is "Desk 2", its camera, mute...), kept in
// QSettings. Every key is declared once in the table in AppSettings.cpp with
// its default; the settings carry a version and migrate() upgrades old ones.
namespace AppSettings {

enum class Key {
    DeskName,          // the desk this machine is, set once
    CameraId,          // QCameraDevice::id() of the chosen camera
    CameraResolution,  // e.g. "1280x720"
    SoundsMuted,
    PrintBadgeOnCheckIn,
    BadgePrinter,
    RecentEvents,      // QStringList of paths, newest first
    Language,          // "" = follow the system, or a language code ("en", "ko")
};

QVariant value(Key key);
void setValue(Key key, const QVariant &value);
// Brings settings written by an older Mannam up to the current version.
void migrate();

// Typed shortcuts for the common ones.
QString deskName();
void setDeskName(const QString &name);
bool soundsMuted();
void setSoundsMuted(bool muted);

// Event files opened on this machine, newest first, at most MaxRecentEvents.
constexpr int MaxRecentEvents = 8;
QStringList recentEvents();
// Puts `path` (made absolute) first; an earlier entry for the same file goes.
void rememberRecentEvent(const QString &path);
void forgetRecentEvent(const QString &path);

} // namespace AppSettings
} // namespace mannam
