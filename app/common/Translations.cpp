#include "Translations.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace mannam::Translations {

namespace {

QLocale localeFor(const QString &code)
{
    if (code == u"ko")
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    if (code == u"en")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

} // namespace

QStringList availableLanguages()
{
    return {u"en"_s, u"ko"_s};
}

QString nativeName(const QString &code)
{
    return localeFor(code).nativeLanguageName();
}

void install(QCoreApplication &app)
{
    const QString chosen = AppSettings::value(AppSettings::Key::Language).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : localeFor(chosen);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English)
        return;
    auto *own = new QTranslator(&app);
    if (own->load(locale, u"mannam"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

const QTranslator *korean()
{
    static QTranslator *translator = [] {
        auto *loaded = new QTranslator;
        if (!loaded->load(u":/i18n/mannam_ko.qm"_s)) {
            delete loaded;
            return static_cast<QTranslator *>(nullptr);
        }
        return loaded;
    }();
    return translator;
}

} // namespace mannam::Translations
