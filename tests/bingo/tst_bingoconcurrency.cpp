// Two kiosks in two processes record meetings on one event file at the same
// moment, over overlapping pairs: every pair is recorded once, by one of them,
// nothing acknowledged is missing, and every card is still explained by its
// meetings (the PseudoCon bingo lost board updates exactly here).
#include "BingoInvariants.h"
#include "BingoTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

struct WorkerLog
{
    QString kiosk;
    int attempts = 0;
    QList<QStringList> recorded;   // "recorded" ID LO HI
    QList<QStringList> refused;    // "refused" RESULT LO HI REASON...
    QStringList other;             // anything else (errors)
    bool done = false;
};

WorkerLog parse(const QString &kiosk, int attempts, const QByteArray &output)
{
    WorkerLog log;
    log.kiosk = kiosk;
    log.attempts = attempts;
    const QStringList lines = QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList words = line.split(u' ');
        if (words.first() == u"recorded" && words.size() == 4)
            log.recorded << words;
        else if (words.first() == u"refused" && words.size() >= 4)
            log.refused << words;
        else if (line == u"done")
            log.done = true;
        else if (line != u"ready")
            log.other << line;
    }
    return log;
}

bool waitForLine(QProcess &process, const QByteArray &wanted, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        while (process.canReadLine()) {
            if (process.readLine().trimmed() == wanted)
                return true;
        }
        if (!process.waitForReadyRead(int(timeoutMs - timer.elapsed())))
            return false;
    }
    return false;
}

} // namespace

class TestBingoConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QString::fromUtf8(BINGO_MEETING_WORKER)), BINGO_MEETING_WORKER);
    }

    void twoKiosks_overlappingPairsAtOnce_eachPairRecordedOnce_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("size");
        QTest::addRow("5x5, seed 7") << 7u << 5;
        QTest::addRow("3x3, seed 8") << 8u << 3;
    }

    void twoKiosks_overlappingPairsAtOnce_eachPairRecordedOnce()
    {
        QFETCH(quint32, seed);
        QFETCH(int, size);
        const QString path = m_dir.filePath(u"kiosks-%1.mannam"_s.arg(seed));
        QRandomGenerator random(seed);
        QList<Attendee> people;
        {
            auto event = test::createEvent(path);
            EventStore &store = event->store();
            BingoService bingo(store);
            BingoSettings settings;
            settings.cardSize = size;
            settings.linesToWin = 1;
            settings.freeCentre = true;
            QVERIFY(bingo.configure(settings, test::keywordPool(30)).ok());
            const QList<BingoKeyword> pool = bingo.keywordPool();
            store.write([&] {
                for (int i = 0; i < 40; ++i) {
                    QStringList keywords;
                    for (int k = 0, n = 1 + int(random.bounded(3)); k < n; ++k)
                        keywords << pool.at(int(random.bounded(int(pool.size())))).labelEn;
                    people << test::addPlayer(store, u"Player %1"_s.arg(i), keywords);
                }
            });
        } // the workers are the only programs on the file now

        // 300 different pairs; kiosk A gets the first 220, kiosk B the last 220.
        QList<QPair<int, int>> pairs;
        QSet<QPair<int, int>> chosen;
        while (pairs.size() < 300) {
            const int a = int(random.bounded(int(people.size())));
            const int b = int(random.bounded(int(people.size())));
            if (a == b || chosen.contains({std::min(a, b), std::max(a, b)}))
                continue;
            chosen.insert({std::min(a, b), std::max(a, b)});
            pairs << QPair<int, int>{a, b};
        }
        const int overlap = 140;
        const QList<QPair<int, int>> forA = pairs.mid(0, 220);
        const QList<QPair<int, int>> forB = pairs.mid(220 - overlap);
        const auto writePairs = [&](const QString &file, const QList<QPair<int, int>> &list) {
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
                return false;
            for (const auto &[a, b] : list) {
                const Attendee &x = people.at(a);
                const Attendee &y = people.at(b);
                const QString line = (random.bounded(2) ? x.badgeCode : x.ticketCode) + u' '
                        + (random.bounded(2) ? y.badgeCode : y.ticketCode) + u'\n';
                out.write(line.toUtf8());
            }
            return true;
        };
        const QString pairsA = m_dir.filePath(u"pairs-a-%1.txt"_s.arg(seed));
        const QString pairsB = m_dir.filePath(u"pairs-b-%1.txt"_s.arg(seed));
        QVERIFY(writePairs(pairsA, forA));
        QVERIFY(writePairs(pairsB, forB));

        // Both open the file, say ready, and start on the same "go".
        QProcess kioskA, kioskB;
        const QString worker = QString::fromUtf8(BINGO_MEETING_WORKER);
        kioskA.start(worker, {path, pairsA, QString::number(seed * 2 + 1), u"Kiosk A"_s});
        kioskB.start(worker, {path, pairsB, QString::number(seed * 2 + 2), u"Kiosk B"_s});
        QVERIFY(kioskA.waitForStarted(10'000));
        QVERIFY(kioskB.waitForStarted(10'000));
        QVERIFY2(waitForLine(kioskA, "ready", 30'000), kioskA.readAllStandardError().constData());
        QVERIFY2(waitForLine(kioskB, "ready", 30'000), kioskB.readAllStandardError().constData());
        QElapsedTimer timer;
        timer.start();
        // QProcess only buffers a write: flush both before waiting on either.
        kioskA.write("go\n");
        kioskB.write("go\n");
        QVERIFY(kioskA.waitForBytesWritten(10'000));
        QVERIFY(kioskB.waitForBytesWritten(10'000));
        kioskA.closeWriteChannel();
        kioskB.closeWriteChannel();
        QVERIFY(kioskA.waitForFinished(120'000));
        QVERIFY(kioskB.waitForFinished(120'000));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(kioskA.exitCode(), 0);
        QCOMPARE(kioskB.exitCode(), 0);

        const QList<WorkerLog> logs{parse(u"Kiosk A"_s, int(forA.size()), kioskA.readAllStandardOutput()),
                                    parse(u"Kiosk B"_s, int(forB.size()), kioskB.readAllStandardOutput())};
        test::RawConnection raw(path);
        QHash<qint64, QVariantList> meetings; // id -> lo, hi, kiosk
        for (const QVariantList &row : raw.rows(u"SELECT id, attendee_lo, attendee_hi, kiosk FROM meetings"_s))
            meetings.insert(row.at(0).toLongLong(), row.mid(1));

        QSet<QPair<qint64, qint64>> recordedPairs;
        int recordedLines = 0;
        for (const WorkerLog &log : logs) {
            QVERIFY2(log.other.isEmpty(), qPrintable(log.other.join(u'\n')));
            QVERIFY(log.done);
            QCOMPARE(int(log.recorded.size() + log.refused.size()), log.attempts);
            // The only refusal two kiosks can cause each other: the other one was first.
            for (const QStringList &line : log.refused)
                QVERIFY2(line.at(1).toInt() == int(BingoResult::AlreadyMet), qPrintable(line.join(u' ')));
            for (const QStringList &line : log.recorded) {
                ++recordedLines;
                const qint64 id = line.at(1).toLongLong();
                const QPair<qint64, qint64> pair{line.at(2).toLongLong(), line.at(3).toLongLong()};
                QVERIFY2(meetings.contains(id), qPrintable(u"acknowledged meeting %1 is not in the file"_s.arg(id)));
                QCOMPARE(meetings.value(id).at(0).toLongLong(), pair.first);
                QCOMPARE(meetings.value(id).at(1).toLongLong(), pair.second);
                QCOMPARE(meetings.value(id).at(2).toString(), log.kiosk);
                QVERIFY2(!recordedPairs.contains(pair), "a pair was recorded twice");
                recordedPairs.insert(pair);
            }
        }
        QCOMPARE(int(meetings.size()), recordedLines);
        QCOMPARE(recordedLines, int(pairs.size()));        // every pair, once
        QCOMPARE(int(logs.at(0).refused.size() + logs.at(1).refused.size()), overlap);
        for (const WorkerLog &log : logs) {
            for (const QStringList &line : log.refused) // ...and recorded it
                QVERIFY(recordedPairs.contains({line.at(2).toLongLong(), line.at(3).toLongLong()}));
        }

        // The two really ran at once: the kiosk changes often in the order of recording.
        int switches = 0;
        QString previous;
        for (const QVariantList &row : raw.rows(u"SELECT kiosk FROM meetings ORDER BY id"_s)) {
            switches += int(!previous.isEmpty() && row.at(0).toString() != previous);
            previous = row.at(0).toString();
        }
        QVERIFY2(switches >= 10, qPrintable(u"the two kiosks hardly overlapped (%1 switches)"_s.arg(switches)));

        const test::BingoCheck check = test::checkBingoInvariants(raw);
        QVERIFY2(check.ok(), qPrintable(check.report()));
        QCOMPARE(check.meetings, int(pairs.size()));
        QVERIFY(check.filledSquares > 0);
        QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(raw.scalar(u"PRAGMA foreign_key_check"_s), QVariant());
        qInfo("%d meetings by two kiosks in %lld ms (A %d, B %d recorded), %d kiosk switches, %d squares filled, "
              "%d winners",
              recordedLines, elapsed, int(logs.at(0).recorded.size()), int(logs.at(1).recorded.size()), switches,
              check.filledSquares, check.winners);
    }
};

QTEST_GUILESS_MAIN(TestBingoConcurrency)
#include "tst_bingoconcurrency.moc"
