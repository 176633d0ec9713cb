#include "Phrase.h"

#include <QTranslator>

namespace mannam {

namespace {

// One pass, so a name that itself holds "%2" is never expanded.
QString fill(const QString &text, const QStringList &args)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int index = text.at(i + 1).digitValue() - 1;
            if (index >= 0 && index < args.size()) {
                result += args.at(index);
                ++i;
                continue;
            }
        }
        result += c;
    }
    return result;
}

} // namespace

QString Phrase::toString() const
{
    return isEmpty() ? QString() : fill(QCoreApplication::translate(context, source), args);
}

QString Phrase::english() const
{
    return isEmpty() ? QString() : fill(QString::fromUtf8(source), args);
}

QString Phrase::translatedWith(const QTranslator *translator) const
{
    if (isEmpty())
        return {};
    const QString translated = translator ? translator->translate(context, source) : QString();
    return translated.isEmpty() ? english() : fill(translated, args);
}

} // namespace mannam
