// Ticket codes as typed or scanned: grouping removal, classification against the event's tag,
// and the Damm check digit.
//
// Properties, beyond "no crash, no sanitizer report":
//  - stripGrouping is idempotent and returns either the trimmed input or ASCII digits only.
//  - classify agrees with the definition: Empty only for "", the three "our shape" answers only
//    for 24 ASCII digits, Ours/OtherEvent only with a valid check digit, Ours only with the tag.
//  - groupedForDisplay then stripGrouping gives back the code (format(parse(x)) is stable).
//  - Damm over the input's digits: appending the check digit makes the string valid, and every
//    single-digit substitution and every adjacent transposition of it is then invalid, so a
//    misread digit never admits anyone.
#include "FuzzSupport.h"

#include "codes/TicketCode.h"

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

bool allAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

void checkClassification(const QString &code, const QString &tag)
{
    const TicketCode::Shape shape = TicketCode::classify(code, tag);
    const bool ourShape = code.size() == TicketCode::Length && allAsciiDigits(code);
    switch (shape) {
    case TicketCode::Shape::Empty:
        MANNAM_FUZZ_CHECK(code.isEmpty(), "Empty only for the empty string");
        break;
    case TicketCode::Shape::Foreign:
        MANNAM_FUZZ_CHECK(!code.isEmpty() && !ourShape, "Foreign only for what is not 24 digits");
        break;
    case TicketCode::Shape::BadCheckDigit:
        MANNAM_FUZZ_CHECK(ourShape && !TicketCode::hasValidCheckDigit(code), "BadCheckDigit only for a wrong check digit");
        break;
    case TicketCode::Shape::Ours:
    case TicketCode::Shape::OtherEvent:
        MANNAM_FUZZ_CHECK(ourShape && TicketCode::hasValidCheckDigit(code), "a code we accept has a valid check digit");
        MANNAM_FUZZ_CHECK((shape == TicketCode::Shape::Ours) == code.startsWith(tag), "Ours exactly when the tag matches");
        break;
    }
}

void checkGrouping(const QString &typed)
{
    const QString stripped = TicketCode::stripGrouping(typed);
    MANNAM_FUZZ_CHECK(stripped == typed.trimmed() || allAsciiDigits(stripped),
                      "stripGrouping gives the trimmed text or digits only");
    MANNAM_FUZZ_CHECK(TicketCode::stripGrouping(stripped) == stripped, "stripGrouping is idempotent");
    if (allAsciiDigits(stripped)) {
        const QString grouped = TicketCode::groupedForDisplay(stripped);
        MANNAM_FUZZ_CHECK(TicketCode::stripGrouping(grouped) == stripped, "grouped for display, then stripped, is the code");
        MANNAM_FUZZ_CHECK(grouped.size() == stripped.size() + (stripped.size() - 1) / 4, "one space per group of 4");
    } else {
        MANNAM_FUZZ_CHECK(TicketCode::groupedForDisplay(stripped) == stripped, "only digit codes are grouped");
    }
}

void checkDamm(const QString &digits)
{
    QString code = digits;
    code.append(QChar(u'0' + TicketCode::dammCheckDigit(digits)));
    MANNAM_FUZZ_CHECK(TicketCode::hasValidCheckDigit(code), "the check digit makes a code valid");
    // Misreads are made in place and undone, to keep this cheap enough to run on every input.
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar original = code.at(i);
        for (char16_t d = u'0'; d <= u'9'; ++d) {
            if (d == original.unicode())
                continue;
            code[i] = QChar(d);
            MANNAM_FUZZ_CHECK(!TicketCode::hasValidCheckDigit(code), "every single-digit misread is caught");
        }
        code[i] = original;
        if (i + 1 < code.size() && code.at(i) != code.at(i + 1)) {
            std::swap(code[i], code[i + 1]);
            MANNAM_FUZZ_CHECK(!TicketCode::hasValidCheckDigit(code), "every adjacent transposition is caught");
            std::swap(code[i], code[i + 1]);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = fuzz::textOf(data, size);
    checkGrouping(typed);

    const QString code = TicketCode::stripGrouping(typed);
    checkClassification(code, u"4821"_s);
    // The input's first four digits as the event's tag: the fuzzer can match it.
    QString digits;
    for (QChar c : typed) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }
    if (digits.size() >= TicketCode::TagLength)
        checkClassification(code, digits.left(TicketCode::TagLength));

    if (!digits.isEmpty()) {
        checkDamm(digits.left(2 * TicketCode::Length)); // quadratic; our codes are 24 digits
        if (digits.size() >= TicketCode::Length - 1) {
            // A full code of our shape made from the input: Ours for its tag, OtherEvent for another.
            QString full = digits.left(TicketCode::Length - 1);
            full.append(QChar(u'0' + TicketCode::dammCheckDigit(full)));
            const QString tag = full.left(TicketCode::TagLength);
            MANNAM_FUZZ_CHECK(TicketCode::classify(full, tag) == TicketCode::Shape::Ours, "a valid code is ours for its tag");
            QString otherTag = tag;
            otherTag[0] = QChar(tag.at(0) == u'9' ? u'0' : char16_t(tag.at(0).unicode() + 1));
            MANNAM_FUZZ_CHECK(TicketCode::classify(full, otherTag) == TicketCode::Shape::OtherEvent,
                              "a valid code of another tag is another event's");
            MANNAM_FUZZ_CHECK(TicketCode::classify(TicketCode::groupedForDisplay(full), tag) == TicketCode::Shape::Foreign,
                              "grouping must be stripped before classifying");
        }
    }
    return 0;
}
