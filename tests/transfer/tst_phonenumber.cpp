#include "transfer/PhoneNumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void normalisePhone_writtenForms_giveStoredForm_data();
    void normalisePhone_writtenForms_giveStoredForm();
    void phoneMatchKey_writtenForms_giveMatchingDigits_data();
    void phoneMatchKey_writtenForms_giveMatchingDigits();
};

void TestPhoneNumber::normalisePhone_writtenForms_giveStoredForm_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("stored");

    const QString mobile = u"010-1234-5678"_s;
    QTest::addRow("dashed mobile") << u"010-1234-5678"_s << mobile;
    QTest::addRow("digits only") << u"01012345678"_s << mobile;
    QTest::addRow("+82 with spaces") << u"+82 10 1234 5678"_s << mobile;
    QTest::addRow("+82 with dashes") << u"+82-10-1234-5678"_s << mobile;
    QTest::addRow("82 without plus") << u"82 10-1234-5678"_s << mobile;
    QTest::addRow("+82 keeping the trunk 0") << u"+82 (0)10-1234-5678"_s << mobile;
    QTest::addRow("0082 dial prefix") << u"0082-10-1234-5678"_s << mobile;
    QTest::addRow("parenthesised prefix") << u"(010) 1234 5678"_s << mobile;
    QTest::addRow("dots") << u"010.1234.5678"_s << mobile;
    QTest::addRow("surrounding spaces") << u"  010 1234 5678 "_s << mobile;
    QTest::addRow("full-width digits and dash") << u"０１０－１２３４－５６７８"_s << mobile;
    QTest::addRow("leading 0 lost in a spreadsheet") << u"1012345678"_s << mobile;
    QTest::addRow("10-digit mobile") << u"011-234-5678"_s << u"011-234-5678"_s;
    QTest::addRow("10-digit mobile digits only") << u"0162345678"_s << u"016-234-5678"_s;
    QTest::addRow("Seoul 7 digits") << u"02-123-4567"_s << u"02-123-4567"_s;
    QTest::addRow("Seoul 8 digits") << u"02-1234-5678"_s << u"02-1234-5678"_s;
    QTest::addRow("Seoul digits only") << u"0212345678"_s << u"02-1234-5678"_s;
    QTest::addRow("Seoul from abroad") << u"+82 2 123 4567"_s << u"02-123-4567"_s;
    QTest::addRow("Gyeonggi 7 digits") << u"031-123-4567"_s << u"031-123-4567"_s;
    QTest::addRow("Gyeonggi 8 digits") << u"031 1234 5678"_s << u"031-1234-5678"_s;
    QTest::addRow("Busan digits only") << u"0511234567"_s << u"051-123-4567"_s;
    QTest::addRow("VoIP 070") << u"07012345678"_s << u"070-1234-5678"_s;
    QTest::addRow("personal 0505") << u"05051234567"_s << u"0505-123-4567"_s;
    QTest::addRow("service number") << u"1588-1234"_s << u"1588-1234"_s;
    QTest::addRow("service number digits only") << u"16001234"_s << u"1600-1234"_s;
    QTest::addRow("US number") << u"+1 415 555 0100"_s << u"+14155550100"_s;
    QTest::addRow("UK number") << u"+44 (20) 7946-0958"_s << u"+442079460958"_s;
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("only spaces") << u"   "_s << QString();
    QTest::addRow("not a phone: Korean text") << u" 없음 "_s << u"없음"_s;
    QTest::addRow("not a phone: letters after number") << u"010-1234-5678 (mobile)"_s << u"010-1234-5678 (mobile)"_s;
    QTest::addRow("not a phone: two numbers") << u"010-1234-5678 / 02-123-4567"_s << u"010-1234-5678 / 02-123-4567"_s;
    QTest::addRow("not a phone: too short") << u" 12345 "_s << u"12345"_s;
    QTest::addRow("not a phone: Korean prefix too short") << u"+82 10 1234"_s << u"+82 10 1234"_s;
    QTest::addRow("not a phone: a dash placeholder") << u"-"_s << u"-"_s;
}

void TestPhoneNumber::normalisePhone_writtenForms_giveStoredForm()
{
    QFETCH(QString, raw);
    QFETCH(QString, stored);

    QCOMPARE(normalisePhone(raw), stored);
}

void TestPhoneNumber::phoneMatchKey_writtenForms_giveMatchingDigits_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("key");

    QTest::addRow("+82 international") << u"+82 10 1234 5678"_s << u"01012345678"_s;
    QTest::addRow("national dashed") << u"010-1234-5678"_s << u"01012345678"_s;
    QTest::addRow("82 without plus") << u"82 10-1234-5678"_s << u"01012345678"_s;
    QTest::addRow("spreadsheet lost the 0") << u"1012345678"_s << u"01012345678"_s;
    QTest::addRow("Seoul") << u"02-123-4567"_s << u"021234567"_s;
    QTest::addRow("service number") << u"1588-1234"_s << u"15881234"_s;
    QTest::addRow("foreign keeps plus") << u"+1 415 555 0100"_s << u"+14155550100"_s;
    QTest::addRow("letters") << u"call me"_s << QString();
    QTest::addRow("unrecognised digits") << u"12345"_s << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestPhoneNumber::phoneMatchKey_writtenForms_giveMatchingDigits()
{
    QFETCH(QString, raw);
    QFETCH(QString, key);

    QCOMPARE(phoneMatchKey(raw), key);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
