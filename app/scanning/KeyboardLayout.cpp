#include "KeyboardLayout.h"

#include <array>

namespace mannam::KeyboardLayout {

namespace {

// The tables follow Unicode's own order, so that a syllable's index arithmetic
// (U+AC00 + (initial * 21 + medial) * 28 + final) picks the keys directly.
// Plain ASCII C strings: the keys are Latin letters only.

// 19 initial consonants: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
constexpr std::array<const char *, 19> Initials = {
    "r", "R", "s", "e", "E", "f", "a", "q", "Q", "t", "T", "d", "w", "W", "c", "z", "x", "v", "g"};

// 21 medial vowels: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
// The compound vowels are typed as two keys (ㅗ+ㅏ = ㅘ).
constexpr std::array<const char *, 21> Medials = {
    "k", "o", "i", "O", "j", "p", "u", "P", "h", "hk", "ho", "hl",
    "y", "n", "nj", "np", "nl", "b", "m", "ml", "l"};

// 28 finals, index 0 = none: ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
// The compound finals are typed as two keys (ㄹ+ㄱ = ㄺ).
constexpr std::array<const char *, 28> Finals = {
    "", "r", "R", "rt", "s", "sw", "sg", "e", "f", "fr", "fa", "fq", "ft", "fx",
    "fv", "fg", "a", "q", "qt", "t", "T", "d", "w", "c", "z", "x", "v", "g"};

// Compatibility jamo U+3131..U+3163, the form an IME shows for a lone jamo.
// Consonants first (ㄱ..ㅎ, with the compound finals in between), then vowels.
constexpr std::array<const char *, 51> CompatibilityJamo = {
    "r", "R", "rt", "s", "sw", "sg", "e", "E", "f", "fr", "fa", "fq", "ft", "fx", "fv", "fg", // ㄱ..ㅀ
    "a", "q", "Q", "qt", "t", "T", "d", "w", "W", "c", "z", "x", "v", "g",                   // ㅁ..ㅎ
    "k", "o", "i", "O", "j", "p", "u", "P", "h", "hk", "ho", "hl",                            // ㅏ..ㅚ
    "y", "n", "nj", "np", "nl", "b", "m", "ml", "l"};                                         // ㅛ..ㅣ

constexpr char16_t SyllableFirst = 0xAC00;
constexpr char16_t SyllableLast = 0xD7A3;
constexpr int MedialCount = 21;
constexpr int FinalCount = 28;

constexpr char16_t CompatFirst = 0x3131;
constexpr char16_t CompatLast = 0x3163;

constexpr char16_t ConjoiningInitialFirst = 0x1100;
constexpr char16_t ConjoiningMedialFirst = 0x1161;
constexpr char16_t ConjoiningFinalFirst = 0x11A8; // final index 1

constexpr char16_t FullWidthFirst = 0xFF01; // ！ → !
constexpr char16_t FullWidthLast = 0xFF5E;  // ～ → ~
constexpr char16_t FullWidthOffset = 0xFF01 - 0x21;
constexpr char16_t IdeographicSpace = 0x3000;

// The keys for one character, or nullptr if it is not ours to map.
const char *keysFor(char16_t c)
{
    if (c >= CompatFirst && c <= CompatLast)
        return CompatibilityJamo[c - CompatFirst];
    if (c >= ConjoiningInitialFirst && c < ConjoiningInitialFirst + Initials.size())
        return Initials[c - ConjoiningInitialFirst];
    if (c >= ConjoiningMedialFirst && c < ConjoiningMedialFirst + Medials.size())
        return Medials[c - ConjoiningMedialFirst];
    if (c >= ConjoiningFinalFirst && c < ConjoiningFinalFirst + Finals.size() - 1)
        return Finals[c - ConjoiningFinalFirst + 1];
    return nullptr;
}

bool isSyllable(char16_t c)
{
    return c >= SyllableFirst && c <= SyllableLast;
}

bool isFullWidth(char16_t c)
{
    return (c >= FullWidthFirst && c <= FullWidthLast) || c == IdeographicSpace;
}

} // namespace

QString hangulToLatinKeys(const QString &text)
{
    if (!needsMapping(text))
        return text;
    QString out;
    // A syllable becomes up to five keys (뷁 → qnpfr).
    out.reserve(text.size() * 2);
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (isSyllable(c)) {
            const int index = c - SyllableFirst;
            out += QLatin1String(Initials[index / (MedialCount * FinalCount)]);
            out += QLatin1String(Medials[(index % (MedialCount * FinalCount)) / FinalCount]);
            out += QLatin1String(Finals[index % FinalCount]);
        } else if (const char *keys = keysFor(c)) {
            out += QLatin1String(keys);
        } else if (c == IdeographicSpace) {
            out += QLatin1Char(' ');
        } else if (isFullWidth(c)) {
            out += QChar(char16_t(c - FullWidthOffset));
        } else {
            out += qc;
        }
    }
    return out;
}

bool needsMapping(QStringView text)
{
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (isSyllable(c) || keysFor(c) || isFullWidth(c))
            return true;
    }
    return false;
}

} // namespace mannam::KeyboardLayout
