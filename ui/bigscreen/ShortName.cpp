#include "ShortName.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

bool isHangulSyllables(const QString &word)
{
    if (word.isEmpty())
        return false;
    for (const QChar c : word) {
        if (c.unicode() < 0xAC00 || c.unicode() > 0xD7A3)
            return false;
    }
    return true;
}

// The two-syllable family names common enough to matter on a badge.
bool isCompoundSurname(QStringView syllables)
{
    static const QStringList compound = {u"남궁"_s, u"황보"_s, u"제갈"_s, u"선우"_s,
                                         u"독고"_s, u"사공"_s, u"서문"_s};
    return compound.contains(syllables.toString());
}

// A Korean name written as one word: family name first, usually one syllable.
QString givenName(const QString &word)
{
    const qsizetype length = word.size();
    if (length == 4 && isCompoundSurname(QStringView(word).first(2)))
        return word.mid(2);
    if (length == 3 || length == 4)
        return word.mid(1);
    return word; // two syllables read oddly as one; five or more are not a family + given name
}

} // namespace

QString shortName(const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return {};
    const QStringList words = simplified.split(u' ');
    const QString &first = words.constFirst();
    if (!isHangulSyllables(first))
        return first;
    // "김 민준", "남궁 민수": the family name written apart.
    if (words.size() >= 2 && isHangulSyllables(words.at(1))
        && (first.size() == 1 || (first.size() == 2 && isCompoundSurname(first))))
        return words.at(1);
    return givenName(first);
}

} // namespace mannam
