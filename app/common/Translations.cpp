#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace mannam::Translations {

void install(QCoreApplication &app)
{
    const QLocale locale;
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
