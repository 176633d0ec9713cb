#include "KioskLanguage.h"

#include "common/Translations.h"

using namespace Qt::StringLiterals;

namespace mannam {

KioskLanguage::KioskLanguage(QObject *parent)
    : QObject(parent), m_korean(Translations::korean())
{
}

void KioskLanguage::setKoreanTranslator(const QTranslator *translator)
{
    m_korean = translator;
    emit changed();
}

QString KioskLanguage::korean(const Phrase &phrase) const
{
    if (!m_korean || phrase.isEmpty())
        return {};
    const QString text = phrase.translatedWith(m_korean);
    return text == phrase.english() ? QString() : text;
}

QString KioskLanguage::sideBySide(const Phrase &phrase) const
{
    const QString korean = this->korean(phrase);
    return korean.isEmpty() ? phrase.english() : korean + u"  ·  "_s + phrase.english();
}

} // namespace mannam
