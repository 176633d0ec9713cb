#include "HeaderMapping.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

// How sure a header match is; guessFields() gives each field to its strongest column.
enum Strength {
    NoMatch = 0,
    WordInQuestion = 1,   // a telling word inside a longer header
    KnownName = 2,        // a known header name
    PreferredName = 3,    // a known name that beats other known names of the same field
};

struct Guess
{
    AttendeeField field = AttendeeField::Ignore;
    int strength = NoMatch;
};

QString normaliseHeader(const QString &header)
{
    QString key;
    key.reserve(header.size());
    for (QChar c : header.toCaseFolded()) {
        if (c == u'#')
            key += u"no";
        else if (!c.isSpace() && c.category() != QChar::Other_Format  // BOM, zero-width space
                 && !QStringView(u"_-.():*[]?").contains(c))
            key += c;
    }
    // Korean forms mark required questions "이름 (필수)"; the parentheses are gone by now.
    if (key.size() > 2 && key.endsWith(u"필수"))
        key.chop(2);
    return key;
}

struct SynonymGroup
{
    AttendeeField field;
    Strength strength;
    QStringList headers;  // written naturally; normalised when the table is built
};

const QHash<QString, Guess> &knownHeaders()
{
    static const QHash<QString, Guess> table = [] {
        using F = AttendeeField;
        const SynonymGroup groups[] = {
            {F::Name, KnownName,
             {u"name"_s, u"full name"_s, u"attendee"_s, u"attendee name"_s, u"guest name"_s,
              u"participant"_s, u"participant name"_s, u"your name"_s, u"이름"_s, u"성명"_s,
              u"성함"_s, u"실명"_s, u"참가자"_s, u"참가자명"_s, u"참가자 이름"_s, u"참석자"_s,
              u"참석자명"_s, u"참석자 이름"_s, u"신청자"_s, u"신청자명"_s, u"신청자 이름"_s}},
            {F::FirstName, KnownName,
             {u"first name"_s, u"given name"_s, u"first"_s, u"이름(영문 first)"_s,
              u"영문 이름(first)"_s}},
            {F::LastName, KnownName,
             {u"last name"_s, u"surname"_s, u"family name"_s, u"last"_s, u"성"_s,
              u"이름(영문 last)"_s, u"영문 성(last)"_s}},
            {F::Email, KnownName,
             {u"email"_s, u"email address"_s, u"mail"_s,  // "e-mail" normalises to "email"
              u"이메일"_s, u"이메일 주소"_s, u"메일"_s, u"메일 주소"_s, u"전자우편"_s,
              u"전자 메일"_s}},
            {F::Phone, KnownName,
             {u"phone"_s, u"phone number"_s, u"mobile"_s, u"mobile phone"_s, u"mobile number"_s,
              u"cell"_s, u"cell phone"_s, u"tel"_s, u"telephone"_s, u"contact number"_s,
              u"연락처"_s, u"휴대폰"_s, u"휴대폰 번호"_s, u"휴대전화"_s, u"휴대전화 번호"_s,
              u"전화"_s, u"전화번호"_s, u"핸드폰"_s, u"핸드폰 번호"_s}},
            {F::Affiliation, KnownName,
             {u"company"_s, u"company name"_s, u"organization"_s, u"organisation"_s,
              u"affiliation"_s, u"소속"_s, u"회사"_s, u"회사명"_s, u"소속/회사"_s,
              u"회사/소속"_s, u"소속(회사/학교)"_s, u"소속 회사"_s, u"소속기관"_s, u"기관"_s,
              u"학교"_s, u"단체"_s, u"직장"_s}},
            {F::TicketType, KnownName,
             {u"ticket"_s, u"ticket type"_s, u"ticket name"_s, u"ticket class"_s,
              u"registration type"_s, u"티켓"_s, u"티켓 종류"_s, u"티켓명"_s, u"티켓 유형"_s,
              u"티켓 이름"_s, u"참가 유형"_s, u"참가 구분"_s, u"등급"_s}},
            // One order can hold several attendees, so per-attendee ids win over order ids.
            {F::ExternalId, PreferredName,
             {u"attendee id"_s, u"attendee #"_s, u"attendee number"_s, u"ticket id"_s,
              u"ticket number"_s, u"registration id"_s, u"registration number"_s, u"api_id"_s,
              u"guest id"_s, u"participant id"_s, u"참가번호"_s, u"참가자 번호"_s, u"신청번호"_s,
              u"접수번호"_s, u"티켓번호"_s}},
            {F::ExternalId, KnownName,
             {u"id"_s, u"user id"_s, u"order id"_s, u"order #"_s, u"order number"_s,
              u"아이디"_s, u"주문번호"_s, u"예매번호"_s}},
            {F::TicketCode, KnownName,
             {u"code"_s, u"ticket code"_s, u"qr code"_s, u"qr"_s, u"barcode"_s, u"barcode #"_s,
              u"barcode number"_s, u"check-in code"_s, u"entry code"_s, u"admission code"_s,
              u"티켓 코드"_s, u"입장 코드"_s, u"qr코드"_s, u"바코드"_s, u"바코드 번호"_s,
              u"체크인 코드"_s}},
            {F::Status, KnownName,
             {u"status"_s, u"attendee status"_s, u"approval status"_s, u"registration status"_s,
              u"상태"_s, u"참가 상태"_s, u"신청 상태"_s, u"참여 상태"_s, u"참석 상태"_s,
              u"승인 상태"_s, u"참석 여부"_s, u"참가 여부"_s}},
            {F::Notes, KnownName,
             {u"notes"_s, u"note"_s, u"memo"_s, u"comment"_s, u"comments"_s, u"remarks"_s,
              u"메모"_s, u"비고"_s, u"특이사항"_s, u"요청사항"_s, u"기타 요청사항"_s}},
            {F::Attention, KnownName,
             {u"attention"_s, u"flag"_s, u"flagged"_s, u"주의"_s, u"주의 필요"_s,
              u"확인 필요"_s}},
            {F::Keywords, KnownName,
             {u"keywords"_s, u"keyword"_s, u"my keywords"_s, u"tags"_s, u"tag"_s,
              u"interests"_s, u"interest"_s, u"키워드"_s, u"나의 키워드"_s, u"관심 키워드"_s,
              u"관심사"_s, u"관심 분야"_s, u"태그"_s}},
            {F::Consent, KnownName,
             {u"consent"_s, u"share contact"_s, u"contact sharing"_s, u"정보공유동의"_s,
              u"연락처 공유 동의"_s, u"개인정보 제3자 제공 동의"_s}},
        };
        QHash<QString, Guess> table;
        for (const SynonymGroup &group : groups) {
            for (const QString &header : group.headers) {
                const QString key = normaliseHeader(header);
                Q_ASSERT_X(!table.contains(key), "knownHeaders", "header listed twice");
                table.insert(key, Guess{group.field, group.strength});
            }
        }
        return table;
    }();
    return table;
}

bool containsAny(const QString &key, std::initializer_list<QStringView> words)
{
    return std::any_of(words.begin(), words.end(),
                       [&key](QStringView word) { return key.contains(word); });
}

// Long form questions. The order matters: "연락처 공유 동의" is consent, not a phone number,
// and "회사 이름" is an affiliation, not a name.
AttendeeField fieldFromWords(const QString &key)
{
    using F = AttendeeField;
    if (containsAny(key, {u"동의", u"consent", u"agree", u"optin"})) {
        const bool aboutSharing = containsAny(key, {u"공유", u"제공", u"share"});
        return aboutSharing ? F::Consent : F::Ignore;  // marketing mail, terms: not ours
    }
    if (containsAny(key, {u"email", u"이메일", u"메일주소"}))
        return F::Email;
    if (containsAny(key, {u"phone", u"mobile", u"휴대폰", u"핸드폰", u"휴대전화", u"전화번호", u"연락처"}))
        return F::Phone;
    if (containsAny(key, {u"키워드", u"관심사", u"관심분야", u"keyword", u"interest"}))
        return F::Keywords;
    if (containsAny(key, {u"소속", u"회사", u"company", u"organization", u"organisation", u"affiliation"}))
        return F::Affiliation;
    if (containsAny(key, {u"firstname", u"givenname"}))
        return F::FirstName;
    if (containsAny(key, {u"lastname", u"surname", u"familyname"}))
        return F::LastName;
    if (containsAny(key, {u"메모", u"비고", u"특이사항", u"요청사항"}))
        return F::Notes;
    if (containsAny(key, {u"이름", u"성명", u"성함"})
        && !containsAny(key, {u"닉네임", u"행사", u"이벤트", u"티켓", u"팀"}))
        return F::Name;
    return F::Ignore;
}

Guess guess(const QString &header)
{
    const QString key = normaliseHeader(header);
    if (key.isEmpty())
        return {};
    const auto known = knownHeaders().constFind(key);
    if (known != knownHeaders().cend())
        return *known;
    const AttendeeField field = fieldFromWords(key);
    return {field, field == AttendeeField::Ignore ? NoMatch : WordInQuestion};
}

struct FieldNameEntry
{
    AttendeeField field;
    QStringView name;
};

constexpr FieldNameEntry FieldNames[] = {
    {AttendeeField::Name, u"name"},
    {AttendeeField::FirstName, u"first_name"},
    {AttendeeField::LastName, u"last_name"},
    {AttendeeField::Email, u"email"},
    {AttendeeField::Phone, u"phone"},
    {AttendeeField::Affiliation, u"affiliation"},
    {AttendeeField::TicketType, u"ticket_type"},
    {AttendeeField::ExternalId, u"external_id"},
    {AttendeeField::TicketCode, u"code"},
    {AttendeeField::Status, u"status"},
    {AttendeeField::Notes, u"notes"},
    {AttendeeField::Attention, u"attention"},
    {AttendeeField::Keywords, u"keywords"},
    {AttendeeField::Consent, u"consent"},
    {AttendeeField::Ignore, u"ignore"},
};

// Case-folded, without whitespace and the punctuation people add to short answers.
QString normaliseAnswer(const QString &value)
{
    QString key;
    key.reserve(value.size());
    for (QChar c : value.toCaseFolded()) {
        if (!c.isSpace() && !QStringView(u".,!~_-").contains(c))
            key += c;
    }
    return key;
}

} // namespace

AttendeeField guessField(const QString &header)
{
    return guess(header).field;
}

QList<AttendeeField> guessFields(const QStringList &headers)
{
    QList<Guess> guesses;
    guesses.reserve(headers.size());
    for (const QString &header : headers)
        guesses.append(guess(header));

    QList<AttendeeField> fields(headers.size(), AttendeeField::Ignore);
    for (qsizetype column = 0; column < guesses.size(); ++column) {
        const Guess &candidate = guesses.at(column);
        if (candidate.field == AttendeeField::Ignore)
            continue;
        const bool beaten = std::any_of(guesses.cbegin(), guesses.cend(), [&](const Guess &other) {
            const qsizetype otherColumn = &other - guesses.constData();
            return other.field == candidate.field
                   && (other.strength > candidate.strength
                       || (other.strength == candidate.strength && otherColumn < column));
        });
        if (!beaten)
            fields[column] = candidate.field;
    }
    return fields;
}

std::optional<AttendeeField> fieldFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.replace(u'-', u'_');
    if (key == u"ticket_code")
        return AttendeeField::TicketCode;
    for (const FieldNameEntry &entry : FieldNames) {
        if (entry.name == key)
            return entry.field;
    }
    return std::nullopt;
}

QString fieldName(AttendeeField f)
{
    for (const FieldNameEntry &entry : FieldNames) {
        if (entry.field == f)
            return entry.name.toString();
    }
    return {};
}

QStringList allFieldNames()
{
    QStringList names;
    for (const FieldNameEntry &entry : FieldNames)
        names.append(entry.name.toString());
    return names;
}

std::optional<bool> parseYesNo(const QString &value)
{
    static const QSet<QString> yes = {
        u"yes"_s, u"y"_s, u"예"_s, u"네"_s, u"동의"_s, u"동의함"_s, u"동의합니다"_s,
        u"예동의합니다"_s, u"네동의합니다"_s, u"true"_s, u"1"_s, u"o"_s, u"agree"_s, u"agreed"_s,
        u"iagree"_s};
    static const QSet<QString> no = {
        u"no"_s, u"n"_s, u"아니오"_s, u"아니요"_s, u"아니"_s, u"미동의"_s, u"비동의"_s,
        u"동의안함"_s, u"동의하지않음"_s, u"동의하지않습니다"_s, u"false"_s, u"0"_s, u"x"_s,
        u"disagree"_s};
    const QString key = normaliseAnswer(value);
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

bool isCancelledStatus(const QString &value)
{
    static const QSet<QString> notComing = {
        u"declined"_s, u"notgoing"_s, u"notattending"_s, u"rejected"_s, u"불참"_s, u"거절"_s,
        u"거절됨"_s};
    const QString key = normaliseAnswer(value);
    return notComing.contains(key)
           || containsAny(key, {u"cancel", u"refund", u"취소", u"환불"});
}

QStringList splitKeywords(const QString &value)
{
    QStringList keywords;
    QSet<QString> seen;
    const auto addKeyword = [&](QStringView piece) {
        piece = piece.trimmed();
        while (piece.startsWith(u'#'))
            piece = piece.sliced(1).trimmed();
        if (piece.isEmpty())
            return;
        const QString folded = piece.toString().toCaseFolded();
        if (seen.contains(folded))
            return;
        seen.insert(folded);
        keywords.append(piece.toString());
    };
    constexpr QStringView Separators = u",;|\n\r\u3001\uFF0C\uFF1B";
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i == value.size() || Separators.contains(value.at(i))) {
            addKeyword(QStringView(value).sliced(start, i - start));
            start = i + 1;
        }
    }
    return keywords;
}

bool looksLikeEmail(const QString &value)
{
    const QString email = value.trimmed();
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@'))
        return false;
    if (std::any_of(email.cbegin(), email.cend(), [](QChar c) { return c.isSpace(); }))
        return false;
    const QStringView domain = QStringView(email).sliced(at + 1);
    const qsizetype dot = domain.indexOf(u'.');
    return dot > 0 && !domain.endsWith(u'.');
}

} // namespace mannam
