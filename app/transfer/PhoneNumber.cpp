#include "PhoneNumber.h"

#include <initializer_list>
#include <optional>

namespace mannam {

namespace {

struct PhoneDigits
{
    QString digits;              // ASCII digits only
    bool international = false;  // written with a leading '+'
};

// Characters people put between the digit groups.
bool isGroupSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')'
           || c == u'\u2010' || c == u'\u2013' || c == u'\uFF0D';  // hyphen, en dash, full-width
}

std::optional<PhoneDigits> splitDigits(const QString &text)
{
    PhoneDigits result;
    for (QChar c : text) {
        if (c.isDigit())  // full-width digits from Korean IMEs too
            result.digits += QChar(u'0' + c.digitValue());
        else if (c == u'+' && result.digits.isEmpty() && !result.international)
            result.international = true;
        else if (!isGroupSeparator(c))
            return std::nullopt;
    }
    if (result.digits.isEmpty())
        return std::nullopt;
    return result;
}

QString joinGroups(const QString &digits, std::initializer_list<int> groupSizes)
{
    QString result;
    qsizetype pos = 0;
    for (int size : groupSizes) {
        if (pos > 0)
            result += u'-';
        result += QStringView(digits).sliced(pos, size);
        pos += size;
    }
    return result;
}

// National digits ("0…" or a 15xx/16xx/18xx service number) in their usual grouping.
std::optional<QString> formatKoreanNational(const QString &d)
{
    const qsizetype n = d.size();
    if (n == 8 && (d.startsWith(u"15") || d.startsWith(u"16") || d.startsWith(u"18")))
        return joinGroups(d, {4, 4});
    if (n < 9 || d.front() != u'0')
        return std::nullopt;
    if (d.startsWith(u"02")) {  // Seoul has the only 2-digit area code
        if (n == 9)
            return joinGroups(d, {2, 3, 4});
        if (n == 10)
            return joinGroups(d, {2, 4, 4});
        return std::nullopt;
    }
    if (d.startsWith(u"050") && (n == 11 || n == 12))  // personal numbers 0502…0508
        return joinGroups(d, {4, n == 11 ? 3 : 4, 4});
    // 01x mobiles, 031…064 area codes, 070, 080
    if (QStringView(u"1345678").contains(d.at(1))) {
        if (n == 10)
            return joinGroups(d, {3, 3, 4});
        if (n == 11)
            return joinGroups(d, {3, 4, 4});
    }
    return std::nullopt;
}

// Korean numbers as national digits, others as "+digits"; nullopt when not a phone number.
std::optional<QString> recognisePhone(const QString &trimmed)
{
    const std::optional<PhoneDigits> parts = splitDigits(trimmed);
    if (!parts)
        return std::nullopt;
    const QString &d = parts->digits;

    QString national;
    if (parts->international && !d.startsWith(u"82")) {
        if (d.size() < 7 || d.size() > 15)  // E.164 allows at most 15 digits
            return std::nullopt;
        return u'+' + d;
    }
    if (parts->international || d.startsWith(u"82") || d.startsWith(u"0082")) {
        // +82, or the country code written without '+' (no national number starts with 8).
        // People often keep the trunk 0: "+82 (0)10 …".
        const QString rest = d.mid(d.startsWith(u"0082") ? 4 : 2);
        national = rest.startsWith(u'0') ? rest : u'0' + rest;
    } else if (d.size() == 10 && d.startsWith(u"10")) {
        national = u'0' + d;  // a spreadsheet read 01012345678 as a number
    } else {
        national = d;
    }
    if (!formatKoreanNational(national))
        return std::nullopt;
    return national;
}

} // namespace

QString normalisePhone(const QString &raw)
{
    const QString trimmed = raw.trimmed();
    const std::optional<QString> phone = recognisePhone(trimmed);
    if (!phone)
        return trimmed;
    if (phone->startsWith(u'+'))
        return *phone;
    return *formatKoreanNational(*phone);
}

QString phoneMatchKey(const QString &raw)
{
    return recognisePhone(raw.trimmed()).value_or(QString());
}

} // namespace mannam
