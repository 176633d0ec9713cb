// Crash safety: a process that admits people (the real `mannam checkin`,
// codes on stdin) or records bingo meetings (a kiosk process) is killed with
// SIGKILL at random moments, many times over, on one event file. After each
// kill the file passes PRAGMA integrity_check and everything the process had
// acknowledged — a line it printed, which it does only after the commit —
// is in the file.
#include "BingoInvariants.h"
#include "BingoTestSupport.h"

#include "checkin/AttendeeState.h"
#include "storage/BingoStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

constexpr int Kills = 25;

// Reads what `process` prints, a line at a time, until `enough` says stop or
// the process ends on its own.
QStringList readLinesUntil(QProcess &process, const std::function<bool(const QStringList &)> &enough)
{
    QStringList lines;
    QByteArray pending;
    while (!enough(lines)) {
        if (process.bytesAvailable() == 0 && !process.waitForReadyRead(10000))
            break; // finished (or stuck: the caller's checks will say so)
        pending += process.readAllStandardOutput();
        for (qsizetype end; (end = pending.indexOf('\n')) >= 0; pending.remove(0, end + 1))
            lines << QString::fromUtf8(pending.left(end));
    }
    return lines;
}

void killHard(QProcess &process)
{
    process.kill(); // SIGKILL: no destructor, no rollback, no flush
    process.waitForFinished(10000);
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QRandomGenerator m_random{20261122};

private slots:
    void checkIns_killedAtRandomMoments_everyAcknowledgedAdmissionSurvives()
    {
        const QString binary = qEnvironmentVariable("MANNAM_BINARY");
        QVERIFY2(!binary.isEmpty(), "MANNAM_BINARY is not set; run through ctest");
        const QString path = m_dir.filePath(u"door.mannam"_s);
        QStringList codes;
        {
            auto event = test::createEvent(path);
            for (int i = 0; i < 600; ++i)
                codes << test::addPerson(event->store(), u"Guest %1"_s.arg(i, 4, 10, QChar(u'0'))).ticketCode;
        }

        QSet<QString> acknowledged;
        int killedMidStream = 0;
        for (int round = 0; round < Kills; ++round) {
            QProcess process;
            process.start(binary, {u"checkin"_s, path, u"-"_s, u"--desk"_s, u"Crash %1"_s.arg(round)});
            QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
            // A new order each time, so that kills land among new admissions;
            // people admitted before come back yellow (also a write to interrupt).
            for (qsizetype i = codes.size() - 1; i > 0; --i)
                codes.swapItemsAt(i, qsizetype(m_random.bounded(int(i + 1))));
            process.write((codes.join(u'\n') + u'\n').toUtf8());
            process.closeWriteChannel();
            const int killAfter = 1 + int(m_random.bounded(120));
            const QStringList lines = readLinesUntil(process, [&](const QStringList &read) {
                return read.size() >= killAfter;
            });
            if (process.state() == QProcess::Running)
                ++killedMidStream;
            killHard(process);
            for (const QString &line : lines) {
                if (line.startsWith(u"Admitted: "_s))
                    acknowledged.insert(line.mid(10));
            }

            auto event = EventFile::open(path); // quick_check on open; WAL recovered
            QCOMPARE(event->database().integrityCheck(), u"ok"_s);
            const QList<Attendee> people = event->store().attendees();
            int admitted = 0;
            for (const Attendee &person : people) {
                const bool in = AttendeeState::fromLog(event->store().logFor(person.id)).admitted;
                admitted += in ? 1 : 0;
                if (acknowledged.contains(person.name))
                    QVERIFY2(in, qPrintable(u"round %1: %2 was acknowledged but is not admitted"_s.arg(round).arg(person.name)));
            }
            QVERIFY(admitted >= acknowledged.size());
        }
        QVERIFY2(killedMidStream >= Kills / 2, "the process mostly finished before it could be killed");
        QVERIFY(acknowledged.size() > 100);
        qInfo("%d kills, %lld acknowledged admissions, all on disk", Kills, qlonglong(acknowledged.size()));
    }

    void meetings_killedAtRandomMoments_everyAcknowledgedMeetingSurvives()
    {
        const QString path = m_dir.filePath(u"kiosk.mannam"_s);
        QList<Attendee> players;
        {
            auto event = test::createEvent(path);
            test::setUpBingo(event->store(), 5, 1, true, 30);
            for (int i = 0; i < 40; ++i) {
                const QString k1 = u"K%1"_s.arg(1 + i % 30, 2, 10, QChar(u'0'));
                const QString k2 = u"K%1"_s.arg(1 + (i * 7) % 30, 2, 10, QChar(u'0'));
                players << test::addPlayer(event->store(), u"Player %1"_s.arg(i), {k1, k2});
            }
        }
        const QString pairsPath = m_dir.filePath(u"pairs.txt"_s);
        {
            QFile file(pairsPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int a = 0; a < players.size(); ++a)
                for (int b = a + 1; b < players.size(); ++b)
                    file.write((players.at(a).badgeCode + u' ' + players.at(b).badgeCode + u'\n').toUtf8());
        }

        QHash<qint64, QPair<qint64, qint64>> acknowledged; // meeting id → pair
        for (int round = 0; round < Kills; ++round) {
            QProcess process;
            process.start(QStringLiteral(BINGO_MEETING_WORKER),
                          {path, pairsPath, QString::number(round), u"Kiosk %1"_s.arg(round)});
            QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
            QStringList ready = readLinesUntil(process, [](const QStringList &read) { return !read.isEmpty(); });
            QCOMPARE(ready.value(0), u"ready"_s);
            process.write("go\n");
            const int killAfter = 1 + int(m_random.bounded(40));
            const QStringList lines = readLinesUntil(process, [&](const QStringList &read) {
                return read.size() >= killAfter;
            });
            killHard(process);
            for (const QString &line : lines) {
                const QStringList words = line.split(u' ');
                if (words.value(0) == u"recorded" && words.size() == 4)
                    acknowledged.insert(words.at(1).toLongLong(), {words.at(2).toLongLong(), words.at(3).toLongLong()});
            }

            auto event = EventFile::open(path);
            QCOMPARE(event->database().integrityCheck(), u"ok"_s);
            BingoStore bingo(event->store());
            for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
                const std::optional<Meeting> stored = bingo.meetingBetween(it.value().first, it.value().second);
                QVERIFY2(stored && stored->id == it.key(),
                         qPrintable(u"round %1: meeting %2 was acknowledged but is not in the file"_s.arg(round).arg(it.key())));
            }
        }
        // Every card is still explained by the meetings that survived.
        const test::RawConnection raw(path);
        const test::BingoCheck check = test::checkBingoInvariants(raw);
        QVERIFY2(check.ok(), qPrintable(check.report()));
        QVERIFY(acknowledged.size() > 50);
        qInfo("%d kills, %lld acknowledged meetings, all on disk", Kills, qlonglong(acknowledged.size()));
    }
};

QTEST_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
