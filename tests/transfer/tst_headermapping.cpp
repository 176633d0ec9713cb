#include "transfer/HeaderMapping.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

// Field names make failures readable: "email" vs "phone" instead of 4 vs 5.
QStringList namesOf(const QList<AttendeeField> &fields)
{
    QStringList names;
    for (AttendeeField field : fields)
        names.append(fieldName(field));
    return names;
}

} // namespace

class TestHeaderMapping : public QObject
{
    Q_OBJECT

private slots:
    void guessField_header_givesField_data();
    void guessField_header_givesField();
    void guessFields_platformExport_eachFieldOnce_data();
    void guessFields_platformExport_eachFieldOnce();
    void fieldFromName_mapOption_givesField_data();
    void fieldFromName_mapOption_givesField();
    void fieldName_everyField_readsBack();
    void parseYesNo_answer_givesBool_data();
    void parseYesNo_answer_givesBool();
    void isCancelledStatus_platformStatus_data();
    void isCancelledStatus_platformStatus();
    void splitKeywords_answer_givesDistinctKeywords_data();
    void splitKeywords_answer_givesDistinctKeywords();
    void looksLikeEmail_value_data();
    void looksLikeEmail_value();
};

void TestHeaderMapping::guessField_header_givesField_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");

    const QList<std::pair<QString, QStringList>> synonyms = {
        {u"name"_s, {u"name"_s, u"Name"_s, u"Full Name"_s, u"Attendee name"_s, u"Guest Name"_s,
                     u"이름"_s, u"성명"_s, u"성함"_s, u"참가자"_s, u"참가자명"_s, u"참가자 이름"_s,
                     u"신청자"_s, u"신청자명"_s, u"이름 (필수)"_s, u"이름*"_s, u"성함:"_s,
                     u"이름을 적어주세요"_s}},
        {u"first_name"_s, {u"First Name"_s, u"first_name"_s, u"Given name"_s, u"이름(영문 first)"_s,
                           u"Buyer First Name"_s}},
        {u"last_name"_s, {u"Last Name"_s, u"last_name"_s, u"Surname"_s, u"Family name"_s, u"성"_s}},
        {u"email"_s, {u"email"_s, u"Email"_s, u"E-mail"_s, u"Email Address"_s, u"EMAIL_ADDRESS"_s,
                      u"이메일"_s, u"이메일 주소"_s, u"메일"_s, u"전자우편"_s, u"이메일 주소 *"_s,
                      u"이메일 주소를 적어주세요"_s}},
        {u"phone"_s, {u"phone"_s, u"Phone Number"_s, u"phone_number"_s, u"Mobile"_s, u"Mobile Phone"_s,
                      u"Cell"_s, u"Cell Phone"_s, u"연락처"_s, u"휴대폰"_s, u"휴대폰 번호"_s,
                      u"휴대전화"_s, u"전화번호"_s, u"핸드폰"_s, u"핸드폰 번호"_s,
                      u"연락처 (휴대폰 번호)"_s, u"Home Phone"_s}},
        {u"affiliation"_s, {u"Company"_s, u"Organization"_s, u"Organisation"_s, u"Affiliation"_s,
                            u"소속"_s, u"회사"_s, u"회사명"_s, u"소속/회사"_s, u"소속(회사/학교)"_s,
                            u"학교"_s, u"단체"_s, u"회사 이름"_s, u"소속 회사 또는 학교를 알려주세요"_s}},
        {u"ticket_type"_s, {u"Ticket"_s, u"Ticket Type"_s, u"Ticket name"_s, u"ticket_name"_s, u"티켓"_s,
                            u"티켓 종류"_s, u"티켓명"_s, u"티켓 유형"_s, u"참가 유형"_s, u"참가유형"_s,
                            u"등급"_s}},
        {u"external_id"_s, {u"ID"_s, u"Order ID"_s, u"Order #"_s, u"Attendee #"_s, u"Attendee ID"_s,
                            u"Ticket ID"_s, u"Registration ID"_s, u"api_id"_s, u"Guest ID"_s,
                            u"주문번호"_s, u"예매번호"_s, u"신청번호"_s, u"참가번호"_s, u"티켓번호"_s,
                            u"Ticket number"_s}},
        {u"code"_s, {u"Code"_s, u"Ticket Code"_s, u"QR Code"_s, u"QR"_s, u"Barcode"_s, u"Barcode #"_s,
                     u"티켓 코드"_s, u"입장 코드"_s, u"입장코드"_s, u"QR코드"_s, u"바코드"_s}},
        {u"status"_s, {u"Status"_s, u"Attendee Status"_s, u"Approval Status"_s, u"approval_status"_s,
                       u"상태"_s, u"참가 상태"_s, u"신청 상태"_s}},
        {u"notes"_s, {u"Notes"_s, u"Note"_s, u"Memo"_s, u"Comment"_s, u"Comments"_s, u"메모"_s, u"비고"_s,
                      u"특이사항"_s, u"요청사항"_s, u"기타 요청사항이 있다면 적어주세요"_s}},
        {u"attention"_s, {u"Attention"_s, u"Flag"_s, u"주의"_s, u"확인 필요"_s}},
        {u"keywords"_s, {u"Keywords"_s, u"keyword"_s, u"Tags"_s, u"Interests"_s, u"키워드"_s, u"관심사"_s,
                         u"관심 분야"_s, u"관심분야"_s, u"관심 키워드 3개를 골라주세요"_s}},
        {u"consent"_s, {u"Consent"_s, u"Share contact"_s, u"정보공유동의"_s, u"정보 공유 동의"_s,
                        u"연락처 공유 동의"_s, u"개인정보 제3자 제공 동의"_s,
                        u"참가자 간 연락처 공유에 동의하십니까?"_s,
                        u"I agree to share my contact details with other attendees"_s}},
        {u"ignore"_s, {u"Timestamp"_s, u"타임스탬프"_s, u"Created"_s, u"created_at"_s, u"Answer 1"_s,
                       u"닉네임"_s, u"Job Title"_s, u"No."_s, u"번호"_s, u"#"_s, u""_s, u"Coupon code"_s,
                       u"qr_code_url"_s, u"마케팅 정보 수신 동의"_s, u"이메일 수신 동의"_s,
                       u"개인정보 수집 및 이용 동의"_s, u"Order Date"_s, u"성별"_s, u"팀 이름"_s}},
    };
    for (const auto &[field, headers] : synonyms) {
        for (const QString &header : headers)
            QTest::addRow("%s → %s", qPrintable(header), qPrintable(field)) << header << field;
    }
}

void TestHeaderMapping::guessField_header_givesField()
{
    QFETCH(QString, header);
    QFETCH(QString, field);

    QCOMPARE(fieldName(guessField(header)), field);
}

void TestHeaderMapping::guessFields_platformExport_eachFieldOnce_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("fields");

    QTest::addRow("Eventbrite: attendee # beats order #")
        << QStringList{u"Order #"_s, u"Order Date"_s, u"First Name"_s, u"Last Name"_s, u"Email"_s,
                       u"Ticket Type"_s, u"Attendee #"_s, u"Attendee Status"_s, u"Cell Phone"_s,
                       u"Company"_s, u"Job Title"_s, u"Buyer Email"_s}
        << QStringList{u"ignore"_s, u"ignore"_s, u"first_name"_s, u"last_name"_s, u"email"_s,
                       u"ticket_type"_s, u"external_id"_s, u"status"_s, u"phone"_s,
                       u"affiliation"_s, u"ignore"_s, u"ignore"_s};
    QTest::addRow("Luma")
        << QStringList{u"api_id"_s, u"name"_s, u"first_name"_s, u"last_name"_s, u"email"_s,
                       u"phone_number"_s, u"created_at"_s, u"approval_status"_s, u"checked_in_at"_s,
                       u"ticket_name"_s, u"qr_code_url"_s}
        << QStringList{u"external_id"_s, u"name"_s, u"first_name"_s, u"last_name"_s, u"email"_s,
                       u"phone"_s, u"ignore"_s, u"status"_s, u"ignore"_s, u"ticket_type"_s, u"ignore"_s};
    QTest::addRow("Google Forms in Korean")
        << QStringList{u"타임스탬프"_s, u"이메일 주소"_s, u"이름을 적어주세요"_s, u"소속 (회사/학교)"_s,
                       u"연락처"_s, u"연락처 공유에 동의하십니까?"_s, u"관심 키워드 3개"_s}
        << QStringList{u"ignore"_s, u"email"_s, u"name"_s, u"affiliation"_s, u"phone"_s,
                       u"consent"_s, u"keywords"_s};
    QTest::addRow("Korean platform")
        << QStringList{u"번호"_s, u"신청번호"_s, u"이름"_s, u"이메일"_s, u"휴대폰"_s, u"티켓명"_s,
                       u"상태"_s, u"입장코드"_s, u"주문번호"_s}
        << QStringList{u"ignore"_s, u"external_id"_s, u"name"_s, u"email"_s, u"phone"_s,
                       u"ticket_type"_s, u"status"_s, u"code"_s, u"ignore"_s};
    QTest::addRow("first of equal matches wins")
        << QStringList{u"이름"_s, u"성명"_s, u"Email"_s, u"이메일"_s}
        << QStringList{u"name"_s, u"ignore"_s, u"email"_s, u"ignore"_s};
    QTest::addRow("known name beats a question that comes first")
        << QStringList{u"이메일 주소를 다시 적어주세요"_s, u"이메일"_s}
        << QStringList{u"ignore"_s, u"email"_s};
    QTest::addRow("empty") << QStringList{} << QStringList{};
}

void TestHeaderMapping::guessFields_platformExport_eachFieldOnce()
{
    QFETCH(QStringList, headers);
    QFETCH(QStringList, fields);

    QCOMPARE(namesOf(guessFields(headers)), fields);
}

void TestHeaderMapping::fieldFromName_mapOption_givesField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field");  // fieldName() of the result, empty for nullopt

    for (const QString &name : allFieldNames())
        QTest::addRow("%s", qPrintable(name)) << name << name;
    QTest::addRow("upper case") << u"EMAIL"_s << u"email"_s;
    QTest::addRow("dash for underscore") << u"first-name"_s << u"first_name"_s;
    QTest::addRow("surrounding spaces") << u" phone "_s << u"phone"_s;
    QTest::addRow("ticket_code alias") << u"ticket_code"_s << u"code"_s;
    QTest::addRow("unknown") << u"nickname"_s << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestHeaderMapping::fieldFromName_mapOption_givesField()
{
    QFETCH(QString, name);
    QFETCH(QString, field);

    const std::optional<AttendeeField> parsed = fieldFromName(name);

    QCOMPARE(parsed ? fieldName(*parsed) : QString(), field);
}

void TestHeaderMapping::fieldName_everyField_readsBack()
{
    const QStringList names = allFieldNames();
    QCOMPARE(names.size(), int(AttendeeField::Consent) + 1);
    QCOMPARE(names.constLast(), u"ignore"_s);
    for (int i = 0; i <= int(AttendeeField::Consent); ++i) {
        const auto field = AttendeeField(i);
        QVERIFY(names.contains(fieldName(field)));
        QCOMPARE(fieldFromName(fieldName(field)), std::optional<AttendeeField>(field));
    }
}

void TestHeaderMapping::parseYesNo_answer_givesBool_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("expected");  // 1 yes, 0 no, -1 unrecognised

    const QStringList yes = {u"yes"_s, u"YES"_s, u"Yes "_s, u"y"_s, u"Y"_s, u"예"_s, u"네"_s, u"동의"_s,
                             u"동의함"_s, u"동의합니다."_s, u"네, 동의합니다"_s, u"true"_s, u"TRUE"_s,
                             u"1"_s, u"o"_s, u"O"_s, u"agree"_s, u"Agree"_s, u"I agree"_s};
    const QStringList no = {u"no"_s, u"No"_s, u"n"_s, u"N"_s, u"아니오"_s, u"아니요"_s, u"미동의"_s,
                            u"동의 안 함"_s, u"동의하지 않습니다"_s, u"false"_s, u"0"_s, u"x"_s,
                            u"X"_s, u"disagree"_s};
    const QStringList unknown = {QString(), u"  "_s, u"maybe"_s, u"2"_s, u"글쎄요"_s};
    for (const QString &answer : yes)
        QTest::addRow("yes: '%s'", qPrintable(answer)) << answer << 1;
    for (const QString &answer : no)
        QTest::addRow("no: '%s'", qPrintable(answer)) << answer << 0;
    for (const QString &answer : unknown)
        QTest::addRow("unknown: '%s'", qPrintable(answer)) << answer << -1;
}

void TestHeaderMapping::parseYesNo_answer_givesBool()
{
    QFETCH(QString, answer);
    QFETCH(int, expected);

    const std::optional<bool> parsed = parseYesNo(answer);

    QCOMPARE(parsed ? int(*parsed) : -1, expected);
}

void TestHeaderMapping::isCancelledStatus_platformStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("cancelled");

    const QStringList cancelled = {u"cancelled"_s, u"Canceled"_s, u"CANCELLED"_s, u"Refunded"_s,
                                   u"declined"_s, u"Not Going"_s, u"not_going"_s, u"Not Attending"_s,
                                   u"rejected"_s, u"Cancelled by organizer"_s, u"취소"_s, u"환불"_s,
                                   u"취소됨"_s, u"참가취소"_s, u"신청 취소"_s, u"환불완료"_s, u"불참"_s,
                                   u"거절"_s};
    const QStringList coming = {u"approved"_s, u"Going"_s, u"registered"_s, u"confirmed"_s,
                                u"Attending"_s, u"Checked In"_s, u"pending_approval"_s, u"waitlist"_s,
                                u"참가"_s, u"신청완료"_s, u"결제완료"_s, u"승인"_s, QString()};
    for (const QString &status : cancelled)
        QTest::addRow("cancelled: '%s'", qPrintable(status)) << status << true;
    for (const QString &status : coming)
        QTest::addRow("not cancelled: '%s'", qPrintable(status)) << status << false;
}

void TestHeaderMapping::isCancelledStatus_platformStatus()
{
    QFETCH(QString, status);
    QFETCH(bool, cancelled);

    QCOMPARE(isCancelledStatus(status), cancelled);
}

void TestHeaderMapping::splitKeywords_answer_givesDistinctKeywords_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QStringList>("keywords");

    QTest::addRow("semicolons") << u"AI;Web;Rust"_s << QStringList{u"AI"_s, u"Web"_s, u"Rust"_s};
    QTest::addRow("Google Forms checkboxes") << u"AI, 블록체인, 게임"_s << QStringList{u"AI"_s, u"블록체인"_s, u"게임"_s};
    QTest::addRow("ideographic comma") << u"인공지능、웹"_s << QStringList{u"인공지능"_s, u"웹"_s};
    QTest::addRow("full-width comma and semicolon") << u"가，나；다"_s << QStringList{u"가"_s, u"나"_s, u"다"_s};
    QTest::addRow("line breaks") << u"AI\nWeb\r\nRust"_s << QStringList{u"AI"_s, u"Web"_s, u"Rust"_s};
    QTest::addRow("slash kept inside keyword") << u"UI/UX, CI/CD"_s << QStringList{u"UI/UX"_s, u"CI/CD"_s};
    QTest::addRow("hashtags") << u"#AI, #Web"_s << QStringList{u"AI"_s, u"Web"_s};
    QTest::addRow("empties dropped") << u" ;AI;; ,Web, "_s << QStringList{u"AI"_s, u"Web"_s};
    QTest::addRow("repeats dropped, first spelling kept") << u"AI;ai;Ai;Web"_s << QStringList{u"AI"_s, u"Web"_s};
    QTest::addRow("multi-word keyword") << u"machine learning; open source"_s
                                        << QStringList{u"machine learning"_s, u"open source"_s};
    QTest::addRow("empty") << QString() << QStringList{};
}

void TestHeaderMapping::splitKeywords_answer_givesDistinctKeywords()
{
    QFETCH(QString, answer);
    QFETCH(QStringList, keywords);

    QCOMPARE(splitKeywords(answer), keywords);
}

void TestHeaderMapping::looksLikeEmail_value_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("looksLikeEmail");

    QTest::addRow("plain") << u"hong@example.com"_s << true;
    QTest::addRow("subdomain and plus") << u"hong+meetup@mail.example.co.kr"_s << true;
    QTest::addRow("surrounding spaces") << u"  hong@example.com "_s << true;
    QTest::addRow("no at") << u"hong.example.com"_s << false;
    QTest::addRow("two ats") << u"hong@kim@example.com"_s << false;
    QTest::addRow("nothing before at") << u"@example.com"_s << false;
    QTest::addRow("no dot in domain") << u"hong@localhost"_s << false;
    QTest::addRow("dot starts domain") << u"hong@.com"_s << false;
    QTest::addRow("dot ends domain") << u"hong@example."_s << false;
    QTest::addRow("space inside") << u"hong kim@example.com"_s << false;
    QTest::addRow("empty") << QString() << false;
}

void TestHeaderMapping::looksLikeEmail_value()
{
    QFETCH(QString, value);
    QFETCH(bool, looksLikeEmail);

    QCOMPARE(mannam::looksLikeEmail(value), looksLikeEmail);
}

QTEST_GUILESS_MAIN(TestHeaderMapping)
#include "tst_headermapping.moc"
