#pragma once
// Shared by the libFuzzer targets: a property that does not hold is a crash, with the
// property named on stderr, so libFuzzer keeps the input as a crash artifact.
#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

#define MANNAM_FUZZ_CHECK(condition, what)                                                        \
    do {                                                                                          \
        if (!(condition)) {                                                                       \
            std::fprintf(stderr, "\nproperty violated at %s:%d: %s\n  (%s)\n", __FILE__, __LINE__, \
                         what, #condition);                                                       \
            std::abort();                                                                         \
        }                                                                                         \
    } while (false)

namespace mannam::fuzz {

// The input bytes, copied: QByteArray::fromRawData would not be NUL-terminated, and the code
// under test is entitled to the usual QByteArray guarantees.
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// What a scanner or a text field could hand us: the bytes as UTF-8, invalid sequences
// becoming U+FFFD, as QString::fromUtf8 does everywhere in the app.
inline QString textOf(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Physical lines as the CSV reader and the decoder count them: LF, CRLF and a lone CR each end
// one, so a text has (line ends + 1) lines.
inline qsizetype lineEnds(QStringView text)
{
    qsizetype ends = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n')))
            ++ends;
    }
    return ends;
}

} // namespace mannam::fuzz
