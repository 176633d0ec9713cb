// Consent to share contact details, from the registration export to the contacts export:
// the header guesser finds a consent column under its Korean and English names (and does
// not take marketing or privacy-policy consents for it), every listed answer reads as yes
// or no, and an imported consent decides who appears in "people you met".
#include "BingoTestSupport.h"

#include "transfer/AttendeeImporter.h"
#include "transfer/CsvReader.h"
#include "transfer/EventExporter.h"
#include "transfer/HeaderMapping.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

class TestConsentImport : public QObject
{
    Q_OBJECT

private slots:
    void guessField_consentColumns_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<bool>("isConsent");
        for (const QString &header :
             {u"consent"_s, u"Consent"_s, u"CONSENT"_s, u"정보공유동의"_s, u"정보 공유 동의"_s, u"정보공유 동의(필수)"_s,
              u"정보_공유_동의"_s, u"개인정보 제3자 제공 동의"_s, u"연락처 공유 동의"_s,
              u"Consent to share contact details"_s, u"참가자 간 연락처 공유에 동의하십니까?"_s})
            QTest::addRow("%s", qPrintable(header)) << header << true;
        // Other consents on the same forms are not about sharing with other attendees.
        for (const QString &header : {u"개인정보 수집 및 이용 동의"_s, u"마케팅 정보 수신 동의"_s,
                                       u"이용약관 동의"_s, u"Marketing consent"_s, u"I agree to the terms"_s})
            QTest::addRow("%s", qPrintable(header)) << header << false;
    }

    void guessField_consentColumns()
    {
        QFETCH(QString, header);
        QFETCH(bool, isConsent);
        QCOMPARE(guessField(header) == AttendeeField::Consent, isConsent);
    }

    void parseYesNo_everyListedAnswer_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("yes");
        for (const QString &answer : {u"yes"_s, u"Yes"_s, u"YES"_s, u"y"_s, u"Y"_s, u"예"_s, u"동의"_s, u"true"_s,
                                      u"TRUE"_s, u"1"_s, u" 예 "_s, u"동의합니다."_s})
            QTest::addRow("yes: %s", qPrintable(answer)) << answer << true;
        for (const QString &answer : {u"no"_s, u"No"_s, u"n"_s, u"N"_s, u"아니오"_s, u"아니요"_s, u"미동의"_s,
                                      u"false"_s, u"False"_s, u"0"_s, u"동의하지 않음"_s})
            QTest::addRow("no: %s", qPrintable(answer)) << answer << false;
    }

    void parseYesNo_everyListedAnswer()
    {
        QFETCH(QString, answer);
        QFETCH(bool, yes);
        QCOMPARE(parseYesNo(answer), std::optional<bool>(yes));
    }

    void parseYesNo_unclear_isNoAnswer()
    {
        for (const QString &answer : {QString(), u"  "_s, u"maybe"_s, u"글쎄요"_s, u"2"_s})
            QCOMPARE(parseYesNo(answer), std::nullopt);
    }

    // Imported with a Korean consent column, then the contacts export lists exactly the
    // meetings between two people who said yes.
    void importedConsent_decidesTheContactsExport()
    {
        QTemporaryDir dir;
        auto event = test::createEvent(dir.filePath(u"meetup.mannam"_s));
        EventStore &store = event->store();
        const QString csv = u"이름,이메일,소속,정보 공유 동의\n"
                            "김민준,minjun@example.org,만남,예\n"
                            "Alice Park,alice@example.org,Engines,true\n"
                            "이서연,seoyeon@example.org,비공개,미동의\n"
                            "박지훈,jihoon@example.org,,\n"_s;
        ImportOptions options;
        const ImportPlan plan = AttendeeImporter(store).import(csv.toUtf8(), options);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QList<Attendee> people = store.attendees();
        QCOMPARE(people.size(), 4);
        QVERIFY(people.at(0).consent);
        QVERIFY(people.at(1).consent);
        QVERIFY(!people.at(2).consent);
        QVERIFY(!people.at(3).consent);   // no answer is no consent

        test::setUpBingo(store, 3, 8, false, 9);
        FakeClock clock(test::eventDayUtc(10));
        CheckInService checkIn(store, clock);
        for (const Attendee &a : std::as_const(people))
            checkIn.scan(a.ticketCode, u"Desk 1"_s);
        BingoService bingo(store, clock);
        for (const auto &[a, b] : {std::pair{0, 1}, std::pair{0, 2}, std::pair{1, 3}, std::pair{2, 3}}) {
            const BingoOutcome outcome = bingo.meet(people.at(a).badgeCode, people.at(b).badgeCode, u"Kiosk"_s);
            QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
        }

        const QString out = dir.filePath(u"contacts.csv"_s);
        QString error;
        EventExporter exporter(store);
        QVERIFY2(exporter.exportContacts(out, &error), qPrintable(error));
        QCOMPARE(exporter.rowsWritten(), 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const CsvTable table = parseCsv(QString::fromUtf8(file.readAll()));
        QVERIFY2(table.ok(), qPrintable(table.error));
        QCOMPARE(table.records.size(), 2);
        const QStringList row = table.records.at(1).fields;
        QCOMPARE(row.mid(1), (QStringList{u"김민준"_s, u"만남"_s, u"minjun@example.org"_s, QString(), u"Alice Park"_s,
                                          u"Engines"_s, u"alice@example.org"_s, QString()}));
    }
};

QTEST_GUILESS_MAIN(TestConsentImport)
#include "tst_consentimport.moc"
