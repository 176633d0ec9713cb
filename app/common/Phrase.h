#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTranslator;

namespace mannam {

// A sentence for people whose language is chosen where it is shown, not where
// it is made: the kiosk shows Korean and English side by side, everything else
// shows the UI language. Source texts are marked with QT_TRANSLATE_NOOP so that
// lupdate finds them; %1, %2... are filled with `args`.
struct Phrase
{
    const char *context = nullptr;
    const char *source = nullptr;
    QStringList args;

    bool isEmpty() const { return source == nullptr; }
    // In the UI language (the application's installed translators).
    QString toString() const;
    // The English source text.
    QString english() const;
    // Through one translator (e.g. Korean); English when it has no translation.
    QString translatedWith(const QTranslator *translator) const;
};

} // namespace mannam
