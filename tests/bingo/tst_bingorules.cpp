// The bingo's pure rules (card sizes, dealing, lines, kiosk hours) and the
// kiosk PIN (hash, payload, lockout), without an event file.
#include "bingo/BingoRules.h"
#include "bingo/KioskPin.h"

#include <QSet>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

// A mask written row by row, rows separated by spaces: "XXX ... ..." = the top row.
QList<bool> mask(const QString &rows)
{
    QList<bool> filled;
    for (const QChar c : rows) {
        if (c != u' ')
            filled << (c == u'X');
    }
    return filled;
}

QList<qint64> poolIds(int count)
{
    QList<qint64> ids;
    for (int i = 1; i <= count; ++i)
        ids << 100 + i; // not 0: 0 is the free centre
    return ids;
}

QList<qint64> withoutFree(const QList<qint64> &card)
{
    QList<qint64> ids;
    for (const qint64 id : card) {
        if (id != 0)
            ids << id;
    }
    return ids;
}

} // namespace

class TestBingoRules : public QObject
{
    Q_OBJECT

private slots:
    // --- card sizes -----------------------------------------------------

    void suggestedCardSize_atBoundaries_data()
    {
        QTest::addColumn<int>("registered");
        QTest::addColumn<int>("size");
        QTest::addRow("nobody yet") << 0 << 3;
        QTest::addRow("1") << 1 << 3;
        QTest::addRow("30 (last 3x3)") << 30 << 3;
        QTest::addRow("31 (first 4x4)") << 31 << 4;
        QTest::addRow("100 (last 4x4)") << 100 << 4;
        QTest::addRow("101 (first 5x5)") << 101 << 5;
        QTest::addRow("conference of 3000") << 3000 << 5;
    }

    void suggestedCardSize_atBoundaries()
    {
        QFETCH(int, registered);
        QFETCH(int, size);
        QCOMPARE(BingoRules::suggestedCardSize(registered), size);
    }

    void keywordsPerCard_bySizeAndFreeCentre_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("freeCentreWanted");
        QTest::addColumn<bool>("hasFreeCentre");
        QTest::addColumn<int>("keywords");
        QTest::addColumn<int>("maxLines");
        QTest::addRow("3x3") << 3 << false << false << 9 << 8;
        QTest::addRow("3x3 free centre") << 3 << true << true << 8 << 8;
        QTest::addRow("4x4") << 4 << false << false << 16 << 10;
        QTest::addRow("4x4 free centre wanted: no centre") << 4 << true << false << 16 << 10;
        QTest::addRow("5x5") << 5 << false << false << 25 << 12;
        QTest::addRow("5x5 free centre") << 5 << true << true << 24 << 12;
    }

    void keywordsPerCard_bySizeAndFreeCentre()
    {
        QFETCH(int, size);
        QFETCH(bool, freeCentreWanted);
        QFETCH(bool, hasFreeCentre);
        QFETCH(int, keywords);
        QFETCH(int, maxLines);
        QCOMPARE(BingoRules::hasFreeCentre(size, freeCentreWanted), hasFreeCentre);
        QCOMPARE(BingoRules::keywordsPerCard(size, freeCentreWanted), keywords);
        QCOMPARE(BingoRules::maxLines(size), maxLines);
    }

    // --- dealing --------------------------------------------------------

    void dealCard_bySizeAndFreeCentre_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("freeCentre");
        QTest::addColumn<int>("poolSize");
        for (const int size : {3, 4, 5}) {
            for (const bool free : {false, true}) {
                const int needed = BingoRules::keywordsPerCard(size, free);
                QTest::addRow("%dx%d%s, pool just big enough", size, size, free ? " free" : "")
                        << size << free << needed;
                QTest::addRow("%dx%d%s, pool of 60", size, size, free ? " free" : "") << size << free << 60;
            }
        }
    }

    void dealCard_bySizeAndFreeCentre()
    {
        QFETCH(int, size);
        QFETCH(bool, freeCentre);
        QFETCH(int, poolSize);
        const QList<qint64> pool = poolIds(poolSize);
        const QList<qint64> card = BingoRules::dealCard(pool, size, freeCentre, "event:1");

        QCOMPARE(card.size(), size * size);
        // Free centre at the middle, and only there, only on odd sizes.
        const bool free = BingoRules::hasFreeCentre(size, freeCentre);
        for (int position = 0; position < card.size(); ++position) {
            const bool isMiddle = size % 2 == 1 && position == size * size / 2;
            QCOMPARE(card.at(position) == 0, free && isMiddle);
        }
        // Every keyword from the pool, none twice.
        const QList<qint64> keywords = withoutFree(card);
        QCOMPARE(keywords.size(), BingoRules::keywordsPerCard(size, freeCentre));
        const QSet<qint64> distinct(keywords.cbegin(), keywords.cend());
        QCOMPARE(distinct.size(), keywords.size());
        for (const qint64 id : keywords)
            QVERIFY(pool.contains(id));
        // A pool just big enough is dealt whole, in some order.
        if (poolSize == BingoRules::keywordsPerCard(size, freeCentre))
            QCOMPARE(distinct, QSet<qint64>(pool.cbegin(), pool.cend()));

        // The same seed deals the same card; another seed another card.
        QCOMPARE(BingoRules::dealCard(pool, size, freeCentre, "event:1"), card);
        QVERIFY(BingoRules::dealCard(pool, size, freeCentre, "event:2") != card);
        QVERIFY(BingoRules::dealCard(pool, size, freeCentre, "other-event:1") != card);
    }

    void dealCard_knownSeed_sameCardAsBefore()
    {
        // The deal depends on the seed only (not on the process or the platform):
        // a card dealt again from the same seed is the one shown before.
        const QList<qint64> card = BingoRules::dealCard(poolIds(30), 3, true, "b7c1-event:42");
        QCOMPARE(card, BingoRules::dealCard(poolIds(30), 3, true, QByteArray("b7c1-event:") + "42"));
    }

    void dealCard_manySeeds_everyKeywordReachesEveryPosition()
    {
        // A broken shuffle (stuck seed, off-by-one) leaves keywords out of places.
        const QList<qint64> pool = poolIds(30);
        QList<QSet<qint64>> seenAt(25);
        QSet<QByteArray> cards;
        for (int seed = 0; seed < 600; ++seed) {
            const QList<qint64> card = BingoRules::dealCard(pool, 5, false, "event:" + QByteArray::number(seed));
            for (int position = 0; position < card.size(); ++position)
                seenAt[position].insert(card.at(position));
            QByteArray key;
            for (const qint64 id : card)
                key += QByteArray::number(id) + ',';
            cards.insert(key);
        }
        QCOMPARE(cards.size(), 600); // no two people share a card
        for (int position = 0; position < 25; ++position)
            QVERIFY2(seenAt.at(position).size() == 30, qPrintable(u"position %1 saw %2 of 30 keywords"_s.arg(position).arg(seenAt.at(position).size())));
    }

    // --- lines ----------------------------------------------------------

    void allLines_everySize_rowsColumnsAndBothDiagonals_data()
    {
        QTest::addColumn<int>("size");
        QTest::addRow("3x3") << 3;
        QTest::addRow("4x4") << 4;
        QTest::addRow("5x5") << 5;
    }

    void allLines_everySize_rowsColumnsAndBothDiagonals()
    {
        QFETCH(int, size);
        const QList<QList<int>> lines = BingoRules::allLines(size);
        QCOMPARE(lines.size(), 2 * size + 2);
        std::set<QList<int>> distinct;
        for (QList<int> line : lines) {
            QCOMPARE(line.size(), size);
            for (const int position : line)
                QVERIFY(position >= 0 && position < size * size);
            std::sort(line.begin(), line.end());
            distinct.insert(line);
        }
        QCOMPARE(int(distinct.size()), 2 * size + 2);
        QList<int> diagonal, antiDiagonal;
        for (int i = 0; i < size; ++i) {
            diagonal << i * (size + 1);
            antiDiagonal << (i + 1) * (size - 1);
        }
        std::sort(antiDiagonal.begin(), antiDiagonal.end());
        QVERIFY(distinct.count(diagonal) == 1);
        QVERIFY(distinct.count(antiDiagonal) == 1);
    }

    void countLines_handMadeMasks_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("rows");
        QTest::addColumn<int>("lines");

        QTest::addRow("3: empty") << 3 << u"... ... ..."_s << 0;
        QTest::addRow("3: top row") << 3 << u"XXX ... ..."_s << 1;
        QTest::addRow("3: bottom row") << 3 << u"... ... XXX"_s << 1;
        QTest::addRow("3: left column") << 3 << u"X.. X.. X.."_s << 1;
        QTest::addRow("3: right column") << 3 << u"..X ..X ..X"_s << 1;
        QTest::addRow("3: diagonal") << 3 << u"X.. .X. ..X"_s << 1;
        QTest::addRow("3: anti-diagonal") << 3 << u"..X .X. X.."_s << 1;
        QTest::addRow("3: both diagonals") << 3 << u"X.X .X. X.X"_s << 2;
        QTest::addRow("3: row almost") << 3 << u"XX. ... ..."_s << 0;
        QTest::addRow("3: row and column") << 3 << u"XXX X.. X.."_s << 2;
        QTest::addRow("3: middle cross") << 3 << u".X. XXX .X."_s << 2;
        QTest::addRow("3: all but one corner") << 3 << u"XXX XXX XX."_s << 5;  // 8 - row - column - diagonal
        QTest::addRow("3: all but the centre") << 3 << u"XXX X.X XXX"_s << 4;  // 8 - row - column - 2 diagonals
        QTest::addRow("3: full card") << 3 << u"XXX XXX XXX"_s << 8;

        QTest::addRow("4: empty") << 4 << u".... .... .... ...."_s << 0;
        QTest::addRow("4: second row") << 4 << u".... XXXX .... ...."_s << 1;
        QTest::addRow("4: third column") << 4 << u"..X. ..X. ..X. ..X."_s << 1;
        QTest::addRow("4: diagonal") << 4 << u"X... .X.. ..X. ...X"_s << 1;
        QTest::addRow("4: anti-diagonal") << 4 << u"...X ..X. .X.. X..."_s << 1;
        QTest::addRow("4: both diagonals") << 4 << u"X..X .XX. .XX. X..X"_s << 2;
        QTest::addRow("4: two rows") << 4 << u"XXXX .... XXXX ...."_s << 2;
        QTest::addRow("4: checkerboard") << 4 << u"X.X. .X.X X.X. .X.X"_s << 1;  // the diagonal only
        QTest::addRow("4: full card") << 4 << u"XXXX XXXX XXXX XXXX"_s << 10;

        QTest::addRow("5: empty") << 5 << u"..... ..... ..... ..... ....."_s << 0;
        QTest::addRow("5: centre only") << 5 << u"..... ..... ..X.. ..... ....."_s << 0;
        QTest::addRow("5: middle row") << 5 << u"..... ..... XXXXX ..... ....."_s << 1;
        QTest::addRow("5: last column") << 5 << u"....X ....X ....X ....X ....X"_s << 1;
        QTest::addRow("5: diagonal") << 5 << u"X.... .X... ..X.. ...X. ....X"_s << 1;
        QTest::addRow("5: anti-diagonal") << 5 << u"....X ...X. ..X.. .X... X...."_s << 1;
        QTest::addRow("5: frame") << 5 << u"XXXXX X...X X...X X...X XXXXX"_s << 4;
        QTest::addRow("5: all but one corner") << 5 << u"XXXXX XXXXX XXXXX XXXXX XXXX."_s << 9;
        QTest::addRow("5: all but the centre") << 5 << u"XXXXX XXXXX XX.XX XXXXX XXXXX"_s << 8;
        QTest::addRow("5: full card") << 5 << u"XXXXX XXXXX XXXXX XXXXX XXXXX"_s << 12;
    }

    void countLines_handMadeMasks()
    {
        QFETCH(int, size);
        QFETCH(QString, rows);
        QFETCH(int, lines);
        const QList<bool> filled = mask(rows);
        QCOMPARE(filled.size(), size * size);
        QCOMPARE(BingoRules::countLines(size, filled), lines);
    }

    void countLines_freeCentre_countsAsFilled_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QList<int>>("filledByMeetings");
        QTest::addColumn<int>("lines");
        QTest::addRow("3: middle row needs two") << 3 << QList<int>{3, 5} << 1;
        QTest::addRow("3: middle column needs two") << 3 << QList<int>{1, 7} << 1;
        QTest::addRow("3: both diagonals need four") << 3 << QList<int>{0, 2, 6, 8} << 2;
        QTest::addRow("3: nothing filled") << 3 << QList<int>{} << 0;
        QTest::addRow("5: middle row needs four") << 5 << QList<int>{10, 11, 13, 14} << 1;
        QTest::addRow("5: diagonal needs four") << 5 << QList<int>{0, 6, 18, 24} << 1;
        QTest::addRow("5: three of the middle row") << 5 << QList<int>{10, 11, 13} << 0;
    }

    void countLines_freeCentre_countsAsFilled()
    {
        QFETCH(int, size);
        QFETCH(QList<int>, filledByMeetings);
        QFETCH(int, lines);
        // A dealt card with a free centre, squares filled by meetings.
        BingoCard card;
        card.size = size;
        const QList<qint64> ids = BingoRules::dealCard(poolIds(30), size, true, "free-centre");
        for (int position = 0; position < ids.size(); ++position) {
            BingoSquare square{ids.at(position), 0, 0};
            if (filledByMeetings.contains(position))
                square = BingoSquare{ids.at(position), 7, 1};
            card.squares << square;
        }
        QVERIFY(card.isValid());
        QVERIFY(card.squares.at(size * size / 2).isFree());
        QCOMPARE(card.filledCount(), int(filledByMeetings.size()) + 1);
        QCOMPARE(BingoRules::countLines(size, card.filledMask()), lines);
    }

    void squaresOnCompletedLines_handMadeMasks_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QList<int>>("positions");
        QTest::addRow("3: none") << 3 << u"XX. X.. ..."_s << QList<int>{};
        QTest::addRow("3: top row") << 3 << u"XXX X.. ..."_s << QList<int>{0, 1, 2};
        QTest::addRow("3: row and column, shared corner once") << 3 << u"XXX X.. X.."_s << QList<int>{0, 1, 2, 3, 6};
        QTest::addRow("3: both diagonals") << 3 << u"X.X .X. X.X"_s << QList<int>{0, 2, 4, 6, 8};
        QTest::addRow("4: a column, other squares not highlighted") << 4 << u"X.X. X... X..X X..."_s
                                                                    << QList<int>{0, 4, 8, 12};
        QTest::addRow("5: middle cross") << 5 << u"..X.. ..X.. XXXXX ..X.. ..X.."_s
                                         << QList<int>{2, 7, 10, 11, 12, 13, 14, 17, 22};
        QTest::addRow("5: full card") << 5 << u"XXXXX XXXXX XXXXX XXXXX XXXXX"_s
                                      << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                                                    13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24};
    }

    void squaresOnCompletedLines_handMadeMasks()
    {
        QFETCH(int, size);
        QFETCH(QString, rows);
        QFETCH(QList<int>, positions);
        QCOMPARE(BingoRules::squaresOnCompletedLines(size, mask(rows)), positions);
    }

    // --- kiosk hours ----------------------------------------------------

    void kioskOpen_byHours_data()
    {
        QTest::addColumn<QTime>("opens");
        QTest::addColumn<QTime>("closes");
        QTest::addColumn<QTime>("now");
        QTest::addColumn<bool>("open");
        QTest::addRow("no hours: open at 03:00") << QTime() << QTime() << QTime(3, 0) << true;
        QTest::addRow("no hours: open at noon") << QTime() << QTime() << QTime(12, 0) << true;
        QTest::addRow("only an opening time: open") << QTime(18, 0) << QTime() << QTime(9, 0) << true;
        QTest::addRow("evening: before") << QTime(18, 0) << QTime(22, 0) << QTime(17, 59, 59) << false;
        QTest::addRow("evening: at opening") << QTime(18, 0) << QTime(22, 0) << QTime(18, 0) << true;
        QTest::addRow("evening: inside") << QTime(18, 0) << QTime(22, 0) << QTime(20, 30) << true;
        QTest::addRow("evening: last second") << QTime(18, 0) << QTime(22, 0) << QTime(21, 59, 59) << true;
        QTest::addRow("evening: at closing") << QTime(18, 0) << QTime(22, 0) << QTime(22, 0) << false;
        QTest::addRow("evening: after") << QTime(18, 0) << QTime(22, 0) << QTime(23, 0) << false;
        QTest::addRow("past midnight: at opening") << QTime(22, 0) << QTime(2, 0) << QTime(22, 0) << true;
        QTest::addRow("past midnight: before midnight") << QTime(22, 0) << QTime(2, 0) << QTime(23, 59) << true;
        QTest::addRow("past midnight: at midnight") << QTime(22, 0) << QTime(2, 0) << QTime(0, 0) << true;
        QTest::addRow("past midnight: after midnight") << QTime(22, 0) << QTime(2, 0) << QTime(1, 59) << true;
        QTest::addRow("past midnight: at closing") << QTime(22, 0) << QTime(2, 0) << QTime(2, 0) << false;
        QTest::addRow("past midnight: afternoon") << QTime(22, 0) << QTime(2, 0) << QTime(15, 0) << false;
        QTest::addRow("past midnight: just before") << QTime(22, 0) << QTime(2, 0) << QTime(21, 59) << false;
    }

    void kioskOpen_byHours()
    {
        QFETCH(QTime, opens);
        QFETCH(QTime, closes);
        QFETCH(QTime, now);
        QFETCH(bool, open);
        BingoSettings settings;
        settings.kioskOpens = opens;
        settings.kioskCloses = closes;
        QCOMPARE(BingoRules::kioskOpen(settings, now), open);
    }

    // --- kiosk PIN ------------------------------------------------------

    void pinHash_verify_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("tamper"); // what is done to the stored hash
        QTest::addColumn<bool>("accepted");
        QTest::addRow("right PIN") << u"482916"_s << QString() << true;
        QTest::addRow("wrong PIN") << u"482917"_s << QString() << false;
        QTest::addRow("PIN with a digit more") << u"4829160"_s << QString() << false;
        QTest::addRow("empty PIN") << QString() << QString() << false;
        QTest::addRow("right PIN, hash changed") << u"482916"_s << u"hash"_s << false;
        QTest::addRow("right PIN, salt changed") << u"482916"_s << u"salt"_s << false;
        QTest::addRow("right PIN, other scheme") << u"482916"_s << u"scheme"_s << false;
        QTest::addRow("right PIN, fewer iterations") << u"482916"_s << u"iterations"_s << false;
        QTest::addRow("right PIN, absurd iterations") << u"482916"_s << u"absurd"_s << false;
        QTest::addRow("right PIN, a part missing") << u"482916"_s << u"truncate"_s << false;
        QTest::addRow("right PIN, nothing stored") << u"482916"_s << u"empty"_s << false;
        QTest::addRow("right PIN, stored as plain text") << u"482916"_s << u"plain"_s << false;
    }

    void pinHash_verify()
    {
        QFETCH(QString, typed);
        QFETCH(QString, tamper);
        QFETCH(bool, accepted);
        static const QString stored = KioskPin::hash(u"482916"_s); // slow: hash once
        QStringList parts = stored.split(u'$');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), u"pbkdf2-sha256"_s);
        QCOMPARE(parts.at(1).toInt(), KioskPin::Iterations);
        QVERIFY(!stored.contains(u"482916"_s));

        const auto flipFirst = [](QString base64) {
            QByteArray bytes = QByteArray::fromBase64(base64.toLatin1());
            bytes[0] = char(bytes.at(0) ^ 0x01);
            return QString::fromLatin1(bytes.toBase64());
        };
        QString tampered = stored;
        if (tamper == u"hash")
            parts[3] = flipFirst(parts.at(3));
        else if (tamper == u"salt")
            parts[2] = flipFirst(parts.at(2));
        else if (tamper == u"scheme")
            parts[0] = u"pbkdf2-sha1"_s;
        else if (tamper == u"iterations")
            parts[1] = QString::number(KioskPin::Iterations - 1);
        else if (tamper == u"absurd")
            parts[1] = u"2000000000"_s; // must be refused at once, not computed for hours
        else if (tamper == u"truncate")
            parts.removeLast();
        if (!tamper.isEmpty())
            tampered = parts.join(u'$');
        if (tamper == u"empty")
            tampered.clear();
        if (tamper == u"plain")
            tampered = u"482916"_s;
        QCOMPARE(KioskPin::verify(typed, tampered), accepted);
    }

    void pinHash_samePinTwice_differentSaltsBothVerify()
    {
        const QString first = KioskPin::hash(u"2580"_s);
        const QString second = KioskPin::hash(u"2580"_s);
        QVERIFY(first != second);
        QVERIFY(first.split(u'$').at(2) != second.split(u'$').at(2));
        QVERIFY(KioskPin::verify(u"2580"_s, first));
        QVERIFY(KioskPin::verify(u"2580"_s, second));
        // A hash moved to another PIN's record does not unlock that PIN.
        QVERIFY(!KioskPin::verify(u"0852"_s, first));
    }

    void pinIsAcceptable_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("acceptable");
        QTest::addRow("4 digits") << u"1234"_s << true;
        QTest::addRow("12 digits") << u"123456789012"_s << true;
        QTest::addRow("leading zeros") << u"0000"_s << true;
        QTest::addRow("3 digits") << u"123"_s << false;
        QTest::addRow("13 digits") << u"1234567890123"_s << false;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("a letter") << u"12a4"_s << false;
        QTest::addRow("a space") << u"12 34"_s << false;
        QTest::addRow("surrounding space") << u" 1234"_s << false;
        QTest::addRow("full-width digits") << u"１２３４"_s << false;
        QTest::addRow("Arabic-Indic digits") << u"١٢٣٤"_s << false;
        QTest::addRow("Hangul") << u"일이삼사"_s << false;
    }

    void pinIsAcceptable()
    {
        QFETCH(QString, pin);
        QFETCH(bool, acceptable);
        QCOMPARE(KioskPin::isAcceptable(pin), acceptable);
    }

    void pinFromPayload_data()
    {
        QTest::addColumn<QString>("scanned");
        QTest::addColumn<bool>("isPin");
        QTest::addColumn<QString>("pin");
        QTest::addRow("as printed") << KioskPin::qrPayload(u"482916"_s) << true << u"482916"_s;
        QTest::addRow("upper case") << u"MANNAM-PIN:1234"_s << true << u"1234"_s;
        QTest::addRow("lower case (CapsLock, IME)") << u"mannam-pin:1234"_s << true << u"1234"_s;
        QTest::addRow("mixed case") << u"Mannam-Pin:1234"_s << true << u"1234"_s;
        QTest::addRow("scanner's Enter and spaces") << u"  MANNAM-PIN:1234\n"_s << true << u"1234"_s;
        QTest::addRow("prefix only") << u"MANNAM-PIN:"_s << true << QString();
        QTest::addRow("a badge code") << u"123456789012345678901234"_s << false << QString();
        QTest::addRow("bare PIN") << u"1234"_s << false << QString();
        QTest::addRow("other prefix") << u"PIN:1234"_s << false << QString();
        QTest::addRow("prefix later in the text") << u"x MANNAM-PIN:1234"_s << false << QString();
        QTest::addRow("empty") << QString() << false << QString();
    }

    void pinFromPayload()
    {
        QFETCH(QString, scanned);
        QFETCH(bool, isPin);
        QFETCH(QString, pin);
        const std::optional<QString> found = KioskPin::fromPayload(scanned);
        QCOMPARE(found.has_value(), isPin);
        if (isPin)
            QCOMPARE(*found, pin);
    }

    // --- PIN lockout ----------------------------------------------------

    void pinLockout_afterFreeTries_waitsGrow_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("waitMs");
        QTest::addRow("1 wrong") << 1 << qint64(0);
        QTest::addRow("2 wrong") << 2 << qint64(0);
        QTest::addRow("3 wrong: first wait") << 3 << qint64(5'000);
        QTest::addRow("4 wrong") << 4 << qint64(10'000);
        QTest::addRow("5 wrong") << 5 << qint64(20'000);
        QTest::addRow("6 wrong") << 6 << qint64(40'000);
        QTest::addRow("8 wrong") << 8 << qint64(160'000);
        QTest::addRow("9 wrong: at most 5 minutes") << 9 << qint64(300'000);
        QTest::addRow("30 wrong: still 5 minutes") << 30 << qint64(300'000);
    }

    void pinLockout_afterFreeTries_waitsGrow()
    {
        QFETCH(int, failures);
        QFETCH(qint64, waitMs);
        FakeClock clock(QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));
        PinLockout lockout(clock);
        QVERIFY(!lockout.isLocked());
        for (int i = 0; i < failures; ++i) {
            QVERIFY2(!lockout.isLocked(), "a try while locked out would not be taken");
            lockout.recordFailure();
            if (i + 1 < failures)
                clock.advanceMs(lockout.remainingMs()); // wait out the lock, then try again
        }
        QCOMPARE(lockout.failures(), failures);
        QCOMPARE(lockout.remainingMs(), waitMs);
        QCOMPARE(lockout.isLocked(), waitMs > 0);
        if (waitMs > 0) {
            clock.advanceMs(waitMs - 1);
            QVERIFY(lockout.isLocked());
            QCOMPARE(lockout.remainingMs(), qint64(1));
            clock.advanceMs(1);
            QVERIFY(!lockout.isLocked());
            QCOMPARE(lockout.remainingMs(), qint64(0));
        }
    }

    void pinLockout_rightPin_resetsFailuresAndLock()
    {
        FakeClock clock(QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC));
        PinLockout lockout(clock);
        for (int i = 0; i < 4; ++i)
            lockout.recordFailure();
        QVERIFY(lockout.isLocked());
        lockout.recordSuccess();
        QVERIFY(!lockout.isLocked());
        QCOMPARE(lockout.failures(), 0);
        // The free tries are free again.
        lockout.recordFailure();
        lockout.recordFailure();
        QVERIFY(!lockout.isLocked());
        lockout.recordFailure();
        QCOMPARE(lockout.remainingMs(), qint64(5'000));
    }
};

QTEST_GUILESS_MAIN(TestBingoRules)
#include "tst_bingorules.moc"
