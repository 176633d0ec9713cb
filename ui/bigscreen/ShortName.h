#pragma once

#include <QString>

namespace mannam {

// The name the big screen shows when the organizer asked for first names only:
// the given name of a Korean name ("홍길동" → "길동", "남궁민수" → "민수",
// "김 민준" → "민준"; a two-syllable name such as "이산" is kept whole), the
// first word of anything else ("Alice Park" → "Alice"). Pure; empty for an
// empty name.
QString shortName(const QString &name);

} // namespace mannam
