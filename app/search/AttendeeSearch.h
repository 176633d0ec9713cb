#pragma once

#include "common/Attendee.h"

#include <QList>
#include <QString>

namespace mannam {

// Find-as-you-type over the attendees for the desk: name (Korean initial
// consonants count: ㅎㄱㄷ finds 홍길동, 홍ㄱ too), email, phone (the last
// digits are enough), affiliation and codes. Built once from the attendee list,
// then each keystroke is a pass over precomputed keys (no SQL, no allocation
// per person).
class AttendeeSearch
{
public:
    static constexpr int DefaultLimit = 50;

    void setAttendees(const QList<Attendee> &attendees);
    // Updates or adds one person (after a walk-in or an edit).
    void upsert(const Attendee &attendee);
    int size() const { return int(m_entries.size()); }

    // Best matches first: name starts with the query, then name contains it,
    // then the other fields; ties in name order.
    QList<Attendee> find(const QString &query, int limit = DefaultLimit) const;

    // The keys one person is found by, for screens that keep their own rows
    // (the organizer's attendee table filters its model with these).
    struct Keys
    {
        QString name;        // lower-case, spaces removed
        QString others;      // email, affiliation, codes, external id: lower-case, separated by \n
        QString phoneDigits; // digits only
    };
    // A typed query, prepared once per keystroke.
    struct Query
    {
        QString needle;      // lower-case, spaces removed
        QString digits;      // the needle's digits
        bool digitsOnly = false; // only digits and phone punctuation (- . ( ) +)
        bool isEmpty() const { return needle.isEmpty(); }
    };
    static Keys keysFor(const Attendee &attendee);
    static Query prepareQuery(const QString &text);
    // Like find(): name (initial consonants count), other fields, or the
    // phone's digits when the query is at least 3 digits (dashes allowed here).
    static bool matches(const Keys &keys, const Query &query);

    // 홍길동 → ㅎㄱㄷ; other characters are kept (lower-cased).
    static QString initialConsonants(const QString &text);
    // Does `haystack` contain `needle`, where a consonant jamo in the needle
    // matches any syllable that starts with it?
    static bool matchesWithInitials(QStringView haystack, QStringView needle, int *position = nullptr);

private:
    struct Entry
    {
        Attendee attendee;
        QString name;        // lower-case, spaces removed
        QString others;      // email, affiliation, codes: lower-case, separated by \n
        QString phoneDigits; // digits only
    };
    static Entry makeEntry(const Attendee &attendee);

    QList<Entry> m_entries;
};

} // namespace mannam
