#pragma once

class QCoreApplication;
class QTranslator;

namespace mannam::Translations {

// Installs Mannam's translation and Qt's own for the UI language (the system
// locale). English needs nothing: it is the source language.
void install(QCoreApplication &app);

// The Korean translation, loaded once, for screens that show Korean and English
// side by side whatever the UI language (the kiosk, the big screen). Null if
// it cannot be loaded.
const QTranslator *korean();

} // namespace mannam::Translations
