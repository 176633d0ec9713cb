#pragma once

#include <QString>

namespace mannam {

// The stored and displayed form of a phone number as people write it in registration forms.
// Korean numbers become national form with dashes: "+82 10 1234 5678", "01012345678",
// "(010) 1234.5678" → "010-1234-5678"; "02-123-4567", "031-1234-5678", "1588-1234".
// A mobile number whose leading 0 a spreadsheet dropped ("1012345678") gets it back.
// Other international numbers become "+" and digits: "+1 415 555 0100" → "+14155550100".
// Anything not recognised as a phone number (letters, two numbers, too short) is returned
// trimmed and otherwise unchanged, so no data is lost.
QString normalisePhone(const QString &raw);

// The key two numbers are matched by: Korean numbers as national digits ("01012345678"),
// other international ones as "+" and digits; empty when raw is not a recognised number.
QString phoneMatchKey(const QString &raw);

} // namespace mannam
