// Hangul that the Korean 2-set IME made of a scanner's keys, mapped back to
// those keys; full-width forms back to ASCII; everything else untouched.
#include "scanning/KeyboardLayout.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

class TestKeyboardLayout : public QObject
{
    Q_OBJECT

private slots:
    void jamo_data()
    {
        QTest::addColumn<QString>("jamo");
        QTest::addColumn<QString>("keys");
        // The whole 2-set layout, row by row.
        const QString top = u"ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ"_s;
        const QString home = u"ㅁㄴㅇㄹㅎㅗㅓㅏㅣ"_s;
        const QString bottom = u"ㅋㅌㅊㅍㅠㅜㅡ"_s;
        const QString topKeys = u"qwertyuiop"_s;
        const QString homeKeys = u"asdfghjkl"_s;
        const QString bottomKeys = u"zxcvbnm"_s;
        for (int i = 0; i < top.size(); ++i)
            QTest::addRow("%s", qPrintable(topKeys.mid(i, 1))) << top.mid(i, 1) << topKeys.mid(i, 1);
        for (int i = 0; i < home.size(); ++i)
            QTest::addRow("%s", qPrintable(homeKeys.mid(i, 1))) << home.mid(i, 1) << homeKeys.mid(i, 1);
        for (int i = 0; i < bottom.size(); ++i)
            QTest::addRow("%s", qPrintable(bottomKeys.mid(i, 1))) << bottom.mid(i, 1) << bottomKeys.mid(i, 1);
        // Shift gives a different jamo on seven keys only.
        QTest::addRow("shift Q") << u"ㅃ"_s << u"Q"_s;
        QTest::addRow("shift W") << u"ㅉ"_s << u"W"_s;
        QTest::addRow("shift E") << u"ㄸ"_s << u"E"_s;
        QTest::addRow("shift R") << u"ㄲ"_s << u"R"_s;
        QTest::addRow("shift T") << u"ㅆ"_s << u"T"_s;
        QTest::addRow("shift O") << u"ㅒ"_s << u"O"_s;
        QTest::addRow("shift P") << u"ㅖ"_s << u"P"_s;
        // Compound vowels: two keys the IME joined.
        QTest::addRow("wa") << u"ㅘ"_s << u"hk"_s;
        QTest::addRow("wae") << u"ㅙ"_s << u"ho"_s;
        QTest::addRow("oe") << u"ㅚ"_s << u"hl"_s;
        QTest::addRow("wo") << u"ㅝ"_s << u"nj"_s;
        QTest::addRow("we") << u"ㅞ"_s << u"np"_s;
        QTest::addRow("wi") << u"ㅟ"_s << u"nl"_s;
        QTest::addRow("ui") << u"ㅢ"_s << u"ml"_s;
        // Compound finals, as lone jamo.
        QTest::addRow("gs") << u"ㄳ"_s << u"rt"_s;
        QTest::addRow("nj") << u"ㄵ"_s << u"sw"_s;
        QTest::addRow("nh") << u"ㄶ"_s << u"sg"_s;
        QTest::addRow("lg") << u"ㄺ"_s << u"fr"_s;
        QTest::addRow("lm") << u"ㄻ"_s << u"fa"_s;
        QTest::addRow("lb") << u"ㄼ"_s << u"fq"_s;
        QTest::addRow("ls") << u"ㄽ"_s << u"ft"_s;
        QTest::addRow("lt") << u"ㄾ"_s << u"fx"_s;
        QTest::addRow("lp") << u"ㄿ"_s << u"fv"_s;
        QTest::addRow("lh") << u"ㅀ"_s << u"fg"_s;
        QTest::addRow("bs") << u"ㅄ"_s << u"qt"_s;
    }

    void jamo()
    {
        QFETCH(QString, jamo);
        QFETCH(QString, keys);
        QCOMPARE(KeyboardLayout::hangulToLatinKeys(jamo), keys);
        QVERIFY(KeyboardLayout::needsMapping(jamo));
    }

    // Every key of the layout has its own jamo: 26 letters plus 7 shifted ones,
    // so the mapping of single jamo is one-to-one.
    void jamo_everyKeyOnce()
    {
        QSet<QString> keys;
        for (char16_t c = 0x3131; c <= 0x3163; ++c) {
            const QString mapped = KeyboardLayout::hangulToLatinKeys(QString(QChar(c)));
            QVERIFY2(!mapped.isEmpty() && mapped.size() <= 2, qPrintable(QString(QChar(c))));
            if (mapped.size() == 1)
                keys.insert(mapped);
        }
        QCOMPARE(keys.size(), 26 + 7);
    }

    void syllables_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("keys");
        QTest::addRow("hangeul") << u"한글"_s << u"gksrmf"_s;
        QTest::addRow("first syllable") << u"가"_s << u"rk"_s;
        QTest::addRow("last syllable") << u"힣"_s << u"glg"_s;
        QTest::addRow("double initial") << u"까"_s << u"Rk"_s;
        QTest::addRow("compound vowel wa") << u"과"_s << u"rhk"_s;
        QTest::addRow("compound vowel ui") << u"의"_s << u"dml"_s;
        QTest::addRow("compound vowel oe") << u"외"_s << u"dhl"_s;
        QTest::addRow("compound vowel wi") << u"쥐"_s << u"wnl"_s;
        QTest::addRow("final gs") << u"넋"_s << u"sjrt"_s;
        QTest::addRow("final nj") << u"앉"_s << u"dksw"_s;
        QTest::addRow("final nh") << u"않"_s << u"dksg"_s;
        QTest::addRow("final lg") << u"닭"_s << u"ekfr"_s;
        QTest::addRow("final lm") << u"삶"_s << u"tkfa"_s;
        QTest::addRow("final lb") << u"넓"_s << u"sjfq"_s;
        QTest::addRow("final ls") << u"곬"_s << u"rhft"_s;
        QTest::addRow("final lt") << u"핥"_s << u"gkfx"_s;
        QTest::addRow("final lp") << u"읊"_s << u"dmfv"_s;
        QTest::addRow("final lh") << u"싫"_s << u"tlfg"_s;
        QTest::addRow("final bs") << u"없"_s << u"djqt"_s;
        QTest::addRow("final ss") << u"있"_s << u"dlT"_s;
        QTest::addRow("five keys") << u"뷁"_s << u"qnpfr"_s;
        QTest::addRow("shifted everywhere") << u"뾨"_s << u"QhlT"_s;
        QTest::addRow("meetup") << u"만남"_s << u"aksska"_s;
    }

    void syllables()
    {
        QFETCH(QString, text);
        QFETCH(QString, keys);
        QCOMPARE(KeyboardLayout::hangulToLatinKeys(text), keys);
    }

    // A syllable's keys are its jamo's keys: checked over the whole block.
    void syllables_agreeWithTheirJamo()
    {
        // Initials and finals as compatibility jamo, in Unicode's syllable order.
        const QString initials = u"ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"_s;
        const QString finals = u" ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"_s;
        QCOMPARE(initials.size(), 19);
        QCOMPARE(finals.size(), 28);
        for (int i = 0; i < 19; ++i) {
            for (int m = 0; m < 21; ++m) {
                for (int f = 0; f < 28; ++f) {
                    const QChar syllable(char16_t(0xAC00 + (i * 21 + m) * 28 + f));
                    QString expected = KeyboardLayout::hangulToLatinKeys(initials.mid(i, 1))
                            + KeyboardLayout::hangulToLatinKeys(QString(QChar(char16_t(0x314F + m))));
                    if (f > 0)
                        expected += KeyboardLayout::hangulToLatinKeys(finals.mid(f, 1));
                    if (KeyboardLayout::hangulToLatinKeys(QString(syllable)) != expected)
                        QFAIL(qPrintable(QString(syllable) + u" → "_s + expected));
                }
            }
        }
    }

    void passThroughAndMixed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("digits") << u"482100001234567890123452"_s << u"482100001234567890123452"_s;
        QTest::addRow("latin keeps case") << u"EVT-Kq7"_s << u"EVT-Kq7"_s;
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("jamo between ascii") << u"ㄷㅍㅅ-한24"_s << u"evt-gks24"_s;
        QTest::addRow("shifted jamo code") << u"ㄸㅃ-2024-ㅆㅉ"_s << u"EQ-2024-TW"_s;
        QTest::addRow("full-width digits") << u"１２３４５６"_s << u"123456"_s;
        QTest::addRow("full-width letters") << u"ＡＢＣｘｙｚ"_s << u"ABCxyz"_s;
        QTest::addRow("full-width punctuation") << u"！－～"_s << u"!-~"_s;
        QTest::addRow("ideographic space") << u"A\u3000B"_s << u"A B"_s;
        QTest::addRow("other scripts untouched") << u"日本é"_s << u"日本é"_s;
        // NFD: 한 as conjoining jamo U+1112 U+1161 U+11AB.
        QTest::addRow("conjoining jamo") << u"\u1112\u1161\u11AB"_s << u"gks"_s;
        QTest::addRow("conjoining compound final") << u"\u1103\u1161\u11B0"_s << u"ekfr"_s;
    }

    void passThroughAndMixed()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(KeyboardLayout::hangulToLatinKeys(text), expected);
        QCOMPARE(KeyboardLayout::needsMapping(text), text != expected);
    }

    // Documented limit: Shift on letters other than QWERTOP does not survive the IME.
    void uppercaseOutsideShiftedKeysComesBackLowercase()
    {
        // "EVT-K7" typed through the IME: ㄸ ㅍ ㅆ - ㅏ 7 (Shift+V is ㅍ, Shift+K is ㅏ).
        QCOMPARE(KeyboardLayout::hangulToLatinKeys(u"ㄸㅍㅆ-ㅏ7"_s), u"EvT-k7"_s);
    }
};

QTEST_MAIN(TestKeyboardLayout)
#include "tst_keyboardlayout.moc"
