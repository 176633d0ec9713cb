#include "AttendeeSearch.h"

#include <QCollator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

constexpr char16_t SyllableFirst = 0xAC00;
constexpr char16_t SyllableLast = 0xD7A3;

// Initial consonants of Hangul syllables, in Unicode order, as compatibility jamo
// (what a keyboard types).
constexpr char16_t Initials[19] = {u'ㄱ', u'ㄲ', u'ㄴ', u'ㄷ', u'ㄸ', u'ㄹ', u'ㅁ', u'ㅂ', u'ㅃ', u'ㅅ',
                                   u'ㅆ', u'ㅇ', u'ㅈ', u'ㅉ', u'ㅊ', u'ㅋ', u'ㅌ', u'ㅍ', u'ㅎ'};

char16_t initialOf(char16_t syllable)
{
    return Initials[(syllable - SyllableFirst) / (21 * 28)];
}

bool isSyllable(char16_t c)
{
    return c >= SyllableFirst && c <= SyllableLast;
}

bool isConsonantJamo(char16_t c)
{
    return c >= u'ㄱ' && c <= u'ㅎ';
}

bool charMatches(char16_t hay, char16_t needle)
{
    if (hay == needle)
        return true;
    return isConsonantJamo(needle) && isSyllable(hay) && initialOf(hay) == needle;
}

QString squeezeLower(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c.toLower());
    }
    return out;
}

QString digitsOf(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

} // namespace

QString AttendeeSearch::initialConsonants(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        out.append(isSyllable(c.unicode()) ? QChar(initialOf(c.unicode())) : c.toLower());
    return out;
}

bool AttendeeSearch::matchesWithInitials(QStringView haystack, QStringView needle, int *position)
{
    const qsizetype last = haystack.size() - needle.size();
    for (qsizetype start = 0; start <= last; ++start) {
        qsizetype i = 0;
        while (i < needle.size() && charMatches(haystack[start + i].unicode(), needle[i].unicode()))
            ++i;
        if (i == needle.size()) {
            if (position)
                *position = int(start);
            return true;
        }
    }
    return false;
}

AttendeeSearch::Keys AttendeeSearch::keysFor(const Attendee &attendee)
{
    Keys keys;
    keys.name = squeezeLower(attendee.name);
    keys.others = squeezeLower(QStringList{attendee.email, attendee.affiliation, attendee.ticketCode,
                                           attendee.badgeCode, attendee.externalId}
                                       .join(u'\n'));
    keys.phoneDigits = digitsOf(attendee.phone);
    return keys;
}

AttendeeSearch::Query AttendeeSearch::prepareQuery(const QString &text)
{
    Query query;
    query.needle = squeezeLower(text);
    query.digits = digitsOf(query.needle);
    // "010-1234" and "(02) 123" are phone numbers as people type them.
    const auto isPhonePunctuation = [](QChar c) {
        return c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'+';
    };
    query.digitsOnly = !query.digits.isEmpty()
            && std::all_of(query.needle.cbegin(), query.needle.cend(),
                           [&](QChar c) { return c.isDigit() || isPhonePunctuation(c); });
    return query;
}

bool AttendeeSearch::matches(const Keys &keys, const Query &query)
{
    if (query.isEmpty())
        return true;
    return matchesWithInitials(keys.name, query.needle)
            || (query.digitsOnly && query.digits.size() >= 3 && keys.phoneDigits.contains(query.digits))
            || keys.others.contains(query.needle);
}

AttendeeSearch::Entry AttendeeSearch::makeEntry(const Attendee &attendee)
{
    const Keys keys = keysFor(attendee);
    Entry entry;
    entry.attendee = attendee;
    entry.name = keys.name;
    entry.others = keys.others;
    entry.phoneDigits = keys.phoneDigits;
    return entry;
}

void AttendeeSearch::setAttendees(const QList<Attendee> &attendees)
{
    m_entries.clear();
    m_entries.reserve(attendees.size());
    for (const Attendee &attendee : attendees)
        m_entries.append(makeEntry(attendee));
    // Name order once here, so that results need only a stable sort by rank.
    QCollator collator(QLocale(QLocale::Korean, QLocale::SouthKorea));
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [&collator](const Entry &a, const Entry &b) { return collator.compare(a.attendee.name, b.attendee.name) < 0; });
}

void AttendeeSearch::upsert(const Attendee &attendee)
{
    for (Entry &entry : m_entries) {
        if (entry.attendee.id == attendee.id) {
            entry = makeEntry(attendee);
            return;
        }
    }
    m_entries.append(makeEntry(attendee));
}

QList<Attendee> AttendeeSearch::find(const QString &query, int limit) const
{
    const QString needle = squeezeLower(query);
    if (needle.isEmpty())
        return {};
    const QString needleDigits = digitsOf(needle);
    const bool digitsOnly = !needleDigits.isEmpty() && needleDigits.size() == needle.size();

    // Rank 0: name starts with the query; 1: name contains it; 2: another field.
    QList<std::pair<int, const Entry *>> hits;
    for (const Entry &entry : m_entries) {
        int position = -1;
        if (matchesWithInitials(entry.name, needle, &position)) {
            hits.append({position == 0 ? 0 : 1, &entry});
        } else if ((digitsOnly && needleDigits.size() >= 3 && entry.phoneDigits.contains(needleDigits))
                   || entry.others.contains(needle)) {
            hits.append({2, &entry});
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Attendee> result;
    for (const auto &hit : std::as_const(hits)) {
        if (result.size() >= limit)
            break;
        result.append(hit.second->attendee);
    }
    return result;
}

} // namespace mannam
