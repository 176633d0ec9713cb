#pragma once

#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace mannam::Translations {

// Installs Mannam's translation and Qt's own for the UI language: the one
// chosen in the settings (AppSettings::Key::Language), else the system
// locale's. The chosen language also becomes the default QLocale, so dates,
// times and numbers follow it. English needs no translator: it is the source.
void install(QCoreApplication &app);

// The languages the UI can be shown in, as codes for the setting ("en", "ko").
QStringList availableLanguages();
// A language's own name for menus: "English", "한국어".
QString nativeName(const QString &code);

// The Korean translation, loaded once, for screens that show Korean and English
// side by side whatever the UI language (the kiosk, the big screen). Null if
// it cannot be loaded.
const QTranslator *korean();

} // namespace mannam::Translations
