#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mannam {

// What a column of a registration export holds.
enum class AttendeeField {
    Ignore, Name, FirstName, LastName, Email, Phone, Affiliation, TicketType, ExternalId,
    TicketCode, Status, Notes, Attention, Keywords, Consent
};

// Recognises the headers of Festa, Event-us, Onoffmix, Luma, Eventbrite and Google Forms
// exports, Korean and English. Matching ignores case, spaces, _ - . ( ) : * and a trailing
// "(필수)"; '#' reads as "no" ("Order #" = "Order No."). Known names match exactly; long form
// questions ("이메일 주소를 적어주세요") match by a telling word, more weakly. Ignore when unknown.
// Decisions: "티켓번호"/"ticket number" is an ExternalId, not a TicketCode: a number the
// platform shows people is often sequential and must not admit anyone at the door; only
// columns called code, QR or barcode are TicketCodes. "닉네임", "Job Title", timestamps → Ignore.
AttendeeField guessField(const QString &header);
// guessField per column, but each field goes to one column only: the strongest match, the
// first one of equals; the other candidates become Ignore. Exact names beat words inside a
// question, and attendee-level ids ("Attendee #", "신청번호") beat order-level ones ("Order #").
QList<AttendeeField> guessFields(const QStringList &headers);

// For `--map COL=FIELD`: name, first_name, last_name, email, phone, affiliation, ticket_type,
// external_id, code, status, notes, attention, keywords, consent, ignore (case-insensitive,
// '-' works as '_'; "ticket_code" is accepted for code).
std::optional<AttendeeField> fieldFromName(const QString &name);
QString fieldName(AttendeeField f);  // inverse of fieldFromName
QStringList allFieldNames();         // in enum order, "ignore" last

// yes/no, y/n, 예/아니오, 네/아니요, 동의/미동의 (also "동의합니다"/"동의하지 않습니다"),
// true/false, 1/0, o/x, agree/disagree; case, spaces and trailing punctuation do not matter.
// nullopt when empty or unrecognised.
std::optional<bool> parseYesNo(const QString &value);

// True for what platforms write for people who will not come: cancelled, refunded, declined,
// not going, not attending, rejected, 취소(됨), 참가취소, 환불, 불참, 거절 … (also inside longer
// text such as "Cancelled by organizer"). Approved, registered, pending, waitlist, empty → false.
bool isCancelledStatus(const QString &value);

// Splits on ',' ';' '|' line breaks, '、' and full-width ，； (not on '/', which is part of keywords such as
// "UI/UX" and "CI/CD"), trims, drops a leading '#', drops empties and case-insensitive repeats.
QStringList splitKeywords(const QString &value);

// A sanity check, not validation: after trimming, exactly one '@' with something before it,
// a dot inside the domain, no whitespace.
bool looksLikeEmail(const QString &value);

} // namespace mannam
