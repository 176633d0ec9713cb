#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mannam {

// How the bytes of an imported file become text. Korean registration platforms and
// Excel still write CP949 (Windows' superset of EUC-KR), so it is detected next to UTF-8.
enum class TextEncoding { Auto, Utf8, Cp949 };

struct DecodedText
{
    QString text;                                // empty when decoding failed
    TextEncoding encoding = TextEncoding::Utf8;  // the encoding used (or tried); never Auto
    bool hadBom = false;                         // a UTF-8 byte order mark was removed
    QString error;                               // translated message; empty on success
    bool ok() const { return error.isEmpty(); }
};

// Auto: a UTF-8 BOM means UTF-8; otherwise UTF-8 if the bytes are valid UTF-8, else CP949 if
// they are valid CP949, else an error naming the line and byte offset of the first byte that
// cannot be read. An explicit encoding is used as is and reports bytes invalid in it.
DecodedText decodeText(const QByteArray &bytes, TextEncoding requested = TextEncoding::Auto);

// "auto", "utf-8"/"utf8", "cp949"/"euc-kr"/"euckr"/"ms949"/"uhc"/"windows-949"/"ks_c_5601-1987"
// (the name Windows gives CP949), case-insensitive; nullopt for anything else.
std::optional<TextEncoding> encodingFromName(const QString &name);
// "auto", "utf-8", "cp949"
QString encodingName(TextEncoding e);

} // namespace mannam
