#include "TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

constexpr QByteArrayView Utf8Bom("\xEF\xBB\xBF");

// ICU's "CP949" is IBM's code page 949, which is not what Windows and Excel write: it reads
// the backslash as ₩ and rejects the UHC syllables outside EUC-KR (똠, 샾). "windows-949" is
// Microsoft's table.
constexpr char Cp949DecoderName[] = "windows-949";

// ICU maps bytes that Korean text never contains (0x80, 0xFF, the user-defined area) to C1
// controls and private-use characters instead of failing. Counting those as undecodable keeps
// Latin-1 and binary files from passing as CP949.
bool isImplausibleCp949Result(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x80 && u <= 0x9F) || (u >= 0xE000 && u <= 0xF8FF);
}

bool hasImplausibleCp949Result(QStringView text)
{
    return std::any_of(text.begin(), text.end(), isImplausibleCp949Result);
}

// Our own handling of the BOM: the decoder must not drop one on its own.
QStringDecoder makeDecoder(TextEncoding encoding, QStringDecoder::Flags extraFlags)
{
    const auto flags = extraFlags | QStringDecoder::Flag::ConvertInitialBom;
    return encoding == TextEncoding::Cp949 ? QStringDecoder(Cp949DecoderName, flags)
                                           : QStringDecoder(QStringDecoder::Utf8, flags);
}

bool cp949Available()
{
    return makeDecoder(TextEncoding::Cp949, {}).isValid();
}

std::optional<QString> decodeStrictly(QByteArrayView bytes, TextEncoding encoding)
{
    QStringDecoder decoder = makeDecoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    if (encoding == TextEncoding::Cp949 && hasImplausibleCp949Result(text))
        return std::nullopt;
    return text;
}

// Only runs when decoding failed, so feeding one byte at a time is fine. Returns the offset
// where the first bad character starts (an incomplete character at the end counts too).
qsizetype firstUndecodableByte(QByteArrayView bytes, TextEncoding encoding)
{
    QStringDecoder decoder = makeDecoder(encoding, {});
    qsizetype characterStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const QString decoded = decoder.decode(bytes.sliced(i, 1));
        if (decoder.hasError())
            return characterStart;
        if (encoding == TextEncoding::Cp949 && hasImplausibleCp949Result(decoded))
            return characterStart;
        if (!decoded.isEmpty())
            characterStart = i + 1;
    }
    return characterStart;
}

// Same line counting as the CSV reader: LF, CRLF and a lone CR each end a line.
int lineOfByte(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

QString hexByte(QByteArrayView bytes, qsizetype offset)
{
    const uchar byte = offset < bytes.size() ? uchar(bytes[offset]) : 0;
    return QString::number(byte, 16).toUpper().rightJustified(2, u'0');
}

QString displayName(TextEncoding encoding)
{
    return encoding == TextEncoding::Cp949 ? u"CP949 (EUC-KR)"_s : u"UTF-8"_s;
}

} // namespace

DecodedText decodeText(const QByteArray &bytes, TextEncoding requested)
{
    DecodedText result;
    QByteArrayView body(bytes);
    qsizetype bodyOffset = 0;
    if (requested != TextEncoding::Cp949 && body.startsWith(Utf8Bom)) {
        body = body.sliced(Utf8Bom.size());
        bodyOffset = Utf8Bom.size();
        result.hadBom = true;
    }

    // A BOM settles the question: Excel's "CSV UTF-8" always writes one.
    TextEncoding encoding = requested;
    if (requested == TextEncoding::Auto && result.hadBom)
        encoding = TextEncoding::Utf8;

    if (encoding == TextEncoding::Auto) {
        if (body.startsWith("\xFF\xFE") || body.startsWith("\xFE\xFF")) {
            result.error = QCoreApplication::translate("mannam::Csv",
                "The file is UTF-16 text (Excel's \"Unicode text\"), which cannot be imported. "
                "Save it as \"CSV UTF-8\" and import it again.");
            return result;
        }
        if (std::optional<QString> text = decodeStrictly(body, TextEncoding::Utf8)) {
            result.text = std::move(*text);
            result.encoding = TextEncoding::Utf8;
            return result;
        }
        const bool canTryCp949 = cp949Available();
        if (canTryCp949) {
            if (std::optional<QString> text = decodeStrictly(body, TextEncoding::Cp949)) {
                result.text = std::move(*text);
                result.encoding = TextEncoding::Cp949;
                return result;
            }
        }
        // Neither fits: point at the place where the likelier one, the one that read
        // further, broke down.
        const qsizetype utf8Offset = firstUndecodableByte(body, TextEncoding::Utf8);
        const qsizetype cp949Offset = canTryCp949 ? firstUndecodableByte(body, TextEncoding::Cp949) : -1;
        result.encoding = cp949Offset > utf8Offset ? TextEncoding::Cp949 : TextEncoding::Utf8;
        const qsizetype offset = std::max(utf8Offset, cp949Offset);
        result.error = QCoreApplication::translate("mannam::Csv",
            "Line %1: the file is neither UTF-8 nor CP949 (EUC-KR) text; byte 0x%2 at byte offset %3 "
            "cannot be read. Save it as \"CSV UTF-8\" and import it again.")
            .arg(lineOfByte(body, offset)).arg(hexByte(body, offset)).arg(bodyOffset + offset);
        return result;
    }

    result.encoding = encoding;
    if (encoding == TextEncoding::Cp949 && !cp949Available()) {
        result.error = QCoreApplication::translate("mannam::Csv",
            "CP949 (EUC-KR) text cannot be read on this system. Save the file as \"CSV UTF-8\" "
            "and import it again.");
        return result;
    }
    if (std::optional<QString> text = decodeStrictly(body, encoding)) {
        result.text = std::move(*text);
        return result;
    }
    const qsizetype offset = firstUndecodableByte(body, encoding);
    result.error = QCoreApplication::translate("mannam::Csv",
        "Line %1: byte 0x%2 at byte offset %3 is not valid %4 text; the file is damaged or in "
        "another encoding.")
        .arg(lineOfByte(body, offset)).arg(hexByte(body, offset)).arg(bodyOffset + offset)
        .arg(displayName(encoding));
    return result;
}

std::optional<TextEncoding> encodingFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"auto")
        return TextEncoding::Auto;
    if (key == u"utf-8" || key == u"utf8")
        return TextEncoding::Utf8;
    static const QStringList cp949Names = {u"cp949"_s, u"euc-kr"_s, u"euckr"_s, u"ms949"_s,
                                           u"uhc"_s, u"windows-949"_s, u"ks_c_5601-1987"_s};
    if (cp949Names.contains(key))
        return TextEncoding::Cp949;
    return std::nullopt;
}

QString encodingName(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Auto:
        return u"auto"_s;
    case TextEncoding::Utf8:
        return u"utf-8"_s;
    case TextEncoding::Cp949:
        return u"cp949"_s;
    }
    return {};
}

} // namespace mannam
