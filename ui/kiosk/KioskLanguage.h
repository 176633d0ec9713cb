#pragma once

#include "common/Phrase.h"

#include <QObject>
#include <QTranslator>

namespace mannam {

// The kiosk speaks Korean and English side by side, whatever the UI language:
// every sentence is a Phrase (English source), and the Korean comes from the
// app's own translation file through one QTranslator that is not installed on
// the application.
class KioskLanguage : public QObject
{
    Q_OBJECT

public:
    // The translation context of every kiosk sentence (see kioskPhrase()).
    static constexpr const char *Context = "mannam::KioskWindow";
    // Korean from the app's translation (Translations::korean()); without it
    // the kiosk shows English only.
    explicit KioskLanguage(QObject *parent = nullptr);

    // Another Korean translator (not owned; nullptr: English only). Tests and
    // the screenshots use it.
    void setKoreanTranslator(const QTranslator *translator);
    const QTranslator *koreanTranslator() const { return m_korean; }

    // The Korean text, or empty when there is no Korean for it (then the
    // English alone is shown, never the same sentence twice).
    QString korean(const Phrase &phrase) const;
    QString english(const Phrase &phrase) const { return phrase.english(); }
    // Both on one line ("완료  ·  Done"), for buttons; English alone without Korean.
    QString sideBySide(const Phrase &phrase) const;

signals:
    void changed();

private:
    const QTranslator *m_korean = nullptr;
};

// A kiosk sentence; mark `source` with QT_TRANSLATE_NOOP("mannam::KioskWindow", ...)
// so that lupdate finds it.
inline Phrase kioskPhrase(const char *source, QStringList args = {})
{
    return Phrase{KioskLanguage::Context, source, std::move(args)};
}

} // namespace mannam
