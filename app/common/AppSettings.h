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
    RecentEvents,      // QStringList of paths and shared events' addresses (no password), newest first
    SharedEventNames,  // QVariantMap: a shared event's address → its event name when last opened
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

// Events opened on this machine, newest first, at most MaxRecentEvents: file
// paths and shared events' postgresql:// addresses. An address is kept
// without its password, always: passwords never reach the settings file.
constexpr int MaxRecentEvents = 8;
QStringList recentEvents();
// Puts `path` (made absolute, or an address without password) first; an
// earlier entry for the same event goes. For a shared event `eventName` is
// remembered too, so that the start page can name it without connecting.
void rememberRecentEvent(const QString &path, const QString &eventName = {});
void forgetRecentEvent(const QString &path);
// The name a shared event had when it was last opened here (empty if unknown).
QString sharedEventName(const QString &address);

} // namespace AppSettings
} // namespace mannam
