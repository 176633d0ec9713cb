#include "scanning/ScanDeduplicator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using mannam::FakeClock;
using mannam::ScanDeduplicator;

namespace {

// One scan: at `atMs` after the start, `code` from `source`, and whether it counts.
struct Step
{
    qint64 atMs;
    QString code;
    QString source;
    bool accepted;
};

const QDateTime Start(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

} // namespace

Q_DECLARE_METATYPE(Step)

class TestScanDeduplicator : public QObject
{
    Q_OBJECT

private slots:
    void accept_data()
    {
        QTest::addColumn<QList<Step>>("steps");
        const QString a = u"482173059166284350179429"_s;
        const QString b = u"482105938277166042158391"_s;
        const QString camera = u"camera:0"_s;
        const QString wedge = u"wedge"_s;

        QTest::newRow("first scan") << QList<Step>{{0, a, camera, true}};
        QTest::newRow("same code, same source, inside the window")
                << QList<Step>{{0, a, camera, true}, {33, a, camera, false}, {1000, a, camera, false},
                               {2999, a, camera, false}};
        QTest::newRow("at the end of the window it counts again")
                << QList<Step>{{0, a, camera, true}, {3000, a, camera, true}, {3001, a, camera, false}};
        QTest::newRow("a code held in view stays one scan")
                << QList<Step>{{0, a, camera, true}, {2000, a, camera, false}, {4000, a, camera, false},
                               {6000, a, camera, false}, {8999, a, camera, false}, {11998, a, camera, false},
                               {14998, a, camera, true}};
        QTest::newRow("another source is independent")
                << QList<Step>{{0, a, camera, true}, {100, a, wedge, true}, {200, a, camera, false},
                               {300, a, wedge, false}};
        QTest::newRow("another code is independent")
                << QList<Step>{{0, a, camera, true}, {100, b, camera, true}, {200, a, camera, false},
                               {300, b, camera, false}};
        QTest::newRow("alternating codes")
                << QList<Step>{{0, a, camera, true}, {500, b, camera, true}, {1000, a, camera, false},
                               {3400, b, camera, false}, {4000, a, camera, true}, {6500, b, camera, true}};
        QTest::newRow("clock set back: accepted rather than blocked")
                << QList<Step>{{60000, a, camera, true}, {0, a, camera, true}, {1000, a, camera, false}};
        QTest::newRow("empty source is a source")
                << QList<Step>{{0, a, QString(), true}, {10, a, QString(), false}, {20, a, camera, true}};
    }
    void accept()
    {
        QFETCH(QList<Step>, steps);
        FakeClock clock(Start);
        ScanDeduplicator deduplicator(clock);
        for (int i = 0; i < steps.size(); ++i) {
            const Step &step = steps.at(i);
            clock.set(Start.addMSecs(step.atMs));
            QVERIFY2(deduplicator.accept(step.code, step.source) == step.accepted,
                     qPrintable(u"step %1 at %2 ms"_s.arg(i).arg(step.atMs)));
        }
    }

    void window_isConfigurable()
    {
        FakeClock clock(Start);
        ScanDeduplicator deduplicator(clock, 500ms);
        QCOMPARE(deduplicator.window(), 500ms);
        QVERIFY(deduplicator.accept(u"A"_s, u"cam"_s));
        clock.advanceMs(499);
        QVERIFY(!deduplicator.accept(u"A"_s, u"cam"_s));
        clock.advanceMs(500); // out of view for the whole window
        QVERIFY(deduplicator.accept(u"A"_s, u"cam"_s));

        deduplicator.setWindow(10s);
        clock.advanceMs(9000);
        QVERIFY(!deduplicator.accept(u"A"_s, u"cam"_s));
    }

    void defaultWindow_isThreeSeconds()
    {
        QCOMPARE(ScanDeduplicator::DefaultWindow, 3000ms);
        FakeClock clock(Start);
        QCOMPARE(ScanDeduplicator(clock).window(), 3000ms);
    }

    void clear_forgetsEverything()
    {
        FakeClock clock(Start);
        ScanDeduplicator deduplicator(clock);
        QVERIFY(deduplicator.accept(u"A"_s, u"cam"_s));
        deduplicator.clear();
        QVERIFY(deduplicator.accept(u"A"_s, u"cam"_s));
    }

    void manyCodes_oldOnesAreSweptRecentOnesKept()
    {
        FakeClock clock(Start);
        ScanDeduplicator deduplicator(clock);
        QVERIFY(deduplicator.accept(u"recent"_s, u"cam"_s));
        // Far more distinct codes than the sweep threshold, inside one window.
        for (int i = 0; i < 500; ++i)
            QVERIFY(deduplicator.accept(QString::number(i), u"cam"_s));
        QVERIFY(!deduplicator.accept(u"recent"_s, u"cam"_s));
        QVERIFY(!deduplicator.accept(u"499"_s, u"cam"_s));
        // After the window they all count again, sweep or not.
        clock.advanceMs(3000);
        for (int i = 0; i < 500; ++i)
            QVERIFY(deduplicator.accept(QString::number(i), u"cam"_s));
        QVERIFY(deduplicator.accept(u"recent"_s, u"cam"_s));
    }
};

QTEST_MAIN(TestScanDeduplicator)
#include "tst_scandeduplicator.moc"
