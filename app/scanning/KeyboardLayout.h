#pragma once

#include <QString>

namespace mannam {

// What a USB keyboard-wedge scanner "typed" when the Korean IME was on.
//
// A scanner does not send characters, it presses keys: for the code "evt-gks24"
// it presses E, V, T, -, G, K, S, 2, 4. With the Korean 2-set (dubeolsik) IME
// active those keys arrive as Hangul: ㄷㅍㅅ-한24. The mapping back is exact
// per key, because every dubeolsik jamo sits on exactly one key:
//
//   ㅂq ㅈw ㄷe ㄱr ㅅt ㅛy ㅕu ㅑi ㅐo ㅔp
//   ㅁa ㄴs ㅇd ㄹf ㅎg ㅗh ㅓj ㅏk ㅣl
//   ㅋz ㅌx ㅊc ㅍv ㅠb ㅜn ㅡm
//   shifted: ㅃQ ㅉW ㄸE ㄲR ㅆT ㅒO ㅖP
//
// What cannot be recovered: Shift on any other letter. Shift+A gives ㅁ just
// like A does, so an imported code "EVT-K7" comes back as "EvT-k7" (V and K lose
// their case). Mannam's own codes are digits only, which the IME never touches;
// for imported codes with capitals the lookup has to be forgiving about case.
// This mapping itself never changes case: codes are case-sensitive as imported,
// and a CapsLock that inverted the scanner's letters cannot be told apart from
// a code that really is in that case.
namespace KeyboardLayout {

// Maps Hangul back to the dubeolsik keys that produce it; everything else is
// kept, except full-width forms, which become their ASCII twins.
//  - compatibility jamo U+3131..U+3163 (ㄱ..ㅣ), including the compound ones an
//    IME builds from two keys (ㅘ → hk, ㄳ → rt, ...);
//  - composed syllables U+AC00..U+D7A3, decomposed into initial, medial and
//    final (한 → gks, 뷁 → qnpfr);
//  - conjoining jamo U+1100.. (what a decomposed, NFD string holds);
//  - full-width ASCII U+FF01..U+FF5E (１２３ → 123) and the ideographic space,
//    which an IME in full-width mode produces from the same keys.
QString hangulToLatinKeys(const QString &text);

// True if hangulToLatinKeys would change anything in `text`.
bool needsMapping(QStringView text);

} // namespace KeyboardLayout
} // namespace mannam
