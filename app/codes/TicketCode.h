#pragma once

#include <QSet>
#include <QString>

namespace mannam {

// Codes Mannam generates: digits only, so that they survive keyboard layouts,
// CapsLock and the Korean IME that USB scanners type through.
//
//   TTTT RRRRRRRRRRRRRRRRRRR C
//   TTTT  the event's code tag (4 digits), so a code of another event is recognised
//   R...  19 random digits from the system CSPRNG (63 bits)
//   C     Damm check digit over everything before it, so a misread is rejected
//
// Codes imported from a registration platform are kept as they are and do not
// follow this shape.
namespace TicketCode {

constexpr int TagLength = 4;
constexpr int RandomDigits = 19;
constexpr int Length = TagLength + RandomDigits + 1;

enum class Shape {
    Ours,              // our shape, valid check digit, this event's tag
    OtherEvent,        // our shape, valid check digit, another event's tag
    BadCheckDigit,     // our shape (24 digits) but the check digit is wrong
    Foreign,           // not our shape: an imported platform code, looked up as is
    Empty,
};

// Damm algorithm check digit for a string of decimal digits.
int dammCheckDigit(QStringView digits);
bool hasValidCheckDigit(QStringView digits);

// A fresh random code for the event with this tag; never one of `taken`.
QString generate(const QString &eventTag, const QSet<QString> &taken);
// A random 4-digit tag for a new event.
QString generateEventTag();

Shape classify(QStringView code, const QString &eventTag);

// "1234 5678 9012 3456 7890 1234" for printing and manual entry.
QString groupedForDisplay(const QString &code);
// Removes the spaces and dashes people type between groups; keeps anything else.
QString stripGrouping(const QString &typed);

} // namespace TicketCode
} // namespace mannam
