// Generated codes: digits only, 63 random bits, a Damm check digit that catches
// every single-digit error and every adjacent swap, and the event's tag.
#include "codes/TicketCode.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

class TestTicketCode : public QObject
{
    Q_OBJECT

private slots:
    void damm_knownValues_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<int>("check");
        // Worked example of the Damm algorithm: 572 → 4.
        QTest::addRow("572") << u"572"_s << 4;
        QTest::addRow("empty") << QString() << 0;
        QTest::addRow("zero") << u"0"_s << 0;
    }

    void damm_knownValues()
    {
        QFETCH(QString, digits);
        QFETCH(int, check);
        QCOMPARE(TicketCode::dammCheckDigit(digits), check);
        QVERIFY(TicketCode::hasValidCheckDigit(QString(digits + QChar(u'0' + check))));
    }

    void generate_shapeTagAndCheckDigit()
    {
        const QString code = TicketCode::generate(u"4821"_s, {});
        QCOMPARE(code.size(), TicketCode::Length);
        QVERIFY(code.startsWith(u"4821"_s));
        for (QChar c : code)
            QVERIFY(c.isDigit() && c.unicode() < 128);
        QVERIFY(TicketCode::hasValidCheckDigit(code));
        QCOMPARE(TicketCode::classify(code, u"4821"_s), TicketCode::Shape::Ours);
        QCOMPARE(TicketCode::classify(code, u"4822"_s), TicketCode::Shape::OtherEvent);
    }

    void generate_everySingleDigitErrorAndAdjacentSwapIsCaught()
    {
        for (int n = 0; n < 50; ++n) {
            const QString code = TicketCode::generate(u"1234"_s, {});
            for (int i = 0; i < code.size(); ++i) {
                for (int d = 0; d < 10; ++d) {
                    QString wrong = code;
                    wrong[i] = QChar(u'0' + d);
                    if (wrong != code)
                        QCOMPARE(TicketCode::classify(wrong, u"1234"_s), TicketCode::Shape::BadCheckDigit);
                }
                if (i + 1 < code.size() && code.at(i) != code.at(i + 1)) {
                    QString swapped = code;
                    std::swap(swapped[i], swapped[i + 1]);
                    QCOMPARE(TicketCode::classify(swapped, u"1234"_s), TicketCode::Shape::BadCheckDigit);
                }
            }
        }
    }

    void generate_manyCodes_areUniqueAndSpreadOverAllDigits()
    {
        QSet<QString> codes;
        QList<int> digitCounts(10, 0);
        for (int i = 0; i < 20000; ++i) {
            const QString code = TicketCode::generate(u"0000"_s, codes);
            QVERIFY(!codes.contains(code));
            codes.insert(code);
            for (int p = TicketCode::TagLength; p < TicketCode::Length - 1; ++p)
                ++digitCounts[code.at(p).digitValue()];
        }
        // 380,000 random digits: each digit near 38,000 (a broken RNG would not be).
        for (int count : std::as_const(digitCounts))
            QVERIFY2(count > 36000 && count < 40000, qPrintable(QString::number(count)));
    }

    void generate_avoidsTakenCodes()
    {
        // The loop in generate() must step past a taken code; with 63 bits a real
        // clash never happens, so check the contract on the result instead.
        QSet<QString> taken;
        for (int i = 0; i < 100; ++i)
            taken.insert(TicketCode::generate(u"5555"_s, taken));
        QCOMPARE(taken.size(), 100);
    }

    void classify_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("shape");
        QTest::addRow("empty") << QString() << int(TicketCode::Shape::Empty);
        QTest::addRow("platform code") << u"FESTA-AB12"_s << int(TicketCode::Shape::Foreign);
        QTest::addRow("short digits") << u"12345"_s << int(TicketCode::Shape::Foreign);
        QTest::addRow("24 digits, bad check") << u"123412341234123412341235"_s << int(TicketCode::Shape::BadCheckDigit);
        QTest::addRow("24 digits, valid check, this tag") << u"123412341234123412341234"_s << int(TicketCode::Shape::Ours);
        QTest::addRow("fullwidth digits are not ours") << u"１２３４"_s << int(TicketCode::Shape::Foreign);
    }

    void classify()
    {
        QFETCH(QString, code);
        QFETCH(int, shape);
        QCOMPARE(int(TicketCode::classify(code, u"1234"_s)), shape);
    }

    void grouping_roundTrips()
    {
        const QString code = TicketCode::generate(u"9876"_s, {});
        const QString grouped = TicketCode::groupedForDisplay(code);
        QCOMPARE(grouped.size(), code.size() + 5);
        QVERIFY(grouped.startsWith(u"9876 "_s));
        QCOMPARE(TicketCode::stripGrouping(grouped), code);
        QCOMPARE(TicketCode::stripGrouping(u" 9876-5432 "_s), u"98765432"_s);
        QCOMPARE(TicketCode::stripGrouping(u"EVT-AB 12"_s), u"EVT-AB 12"_s); // not digits: kept as typed
    }
};

QTEST_GUILESS_MAIN(TestTicketCode)
#include "tst_ticketcode.moc"
