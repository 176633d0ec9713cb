// Several desks and kiosks on one event, all at once (issue 6).
//
// Four desks — four processes of the real `mannam checkin EVENT - --desk "Desk N"`
// — check in the same 1,000 codes, each desk in its own random order (one common
// order shuffled in blocks of 8, so that all four race for every person), at the
// same moment: once on a shared event on the test PostgreSQL server, once on one
// event file. Afterwards every attendee was admitted exactly once (one
// 'admitted' row across all desks, and it is their first row), every other scan
// was "already checked in" naming the desk that admitted them, every printed
// line is the log row of that desk in the same order (nothing lost, nothing
// extra: 4,000 lines = 4,000 rows), and each desk exits as documented (0: all
// admitted, 1: some already checked in).
//
// Then two kiosks — two bingo_meeting_worker processes — record overlapping
// meetings on one shared event: every pair met once, and every card is still
// explained by its meetings.
#include "BingoInvariants.h"
#include "BingoTestSupport.h"

#include "codes/TicketCode.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

constexpr int DeskCount = 4;
constexpr int PeopleCount = 1000;
constexpr int ProcessTimeoutMs = 120'000;

// Where an event lives, as this process opens it and as a child process is
// given it (a child has no remembered password: its address carries it).
struct Location
{
    QString here;
    QString forChildren;
};

Location serverLocation()
{
    const QString address = test::emptyServerDatabase();
    QUrl withPassword(test::serverAdminUrl());
    withPassword.setPath(QUrl(address).path());
    return {address, withPassword.toString()};
}

QString mannamBinary()
{
    return qEnvironmentVariable("MANNAM_BINARY");
}

QStringList shuffled(QStringList list, QRandomGenerator &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(random.bounded(int(i + 1))));
    return list;
}

// `list` in an order of this desk's own, shuffled within blocks of `block`
// codes. Desks given wholly independent orders hardly ever scan one person at
// the same moment (without the write lock that run still passed); with block
// shuffles all four scan each person within moments of each other, in
// different orders, so they race for every admission.
QStringList shuffledInBlocks(const QStringList &list, qsizetype block, QRandomGenerator &random)
{
    QStringList result;
    for (qsizetype start = 0; start < list.size(); start += block)
        result << shuffled(list.mid(start, block), random);
    return result;
}

// A new event with `count` registered people named "참가자 0001"...: unique
// names, so that a printed line names exactly one person.
QList<Attendee> createEventWithPeople(const QString &location, int count)
{
    EventInfo info;
    info.name = u"Load Meetup"_s;
    info.venue = u"Seoul"_s;
    info.startsAt = test::eventDayUtc(9);
    for (int d = 1; d <= DeskCount; ++d)
        info.desks << u"Desk %1"_s.arg(d);
    auto event = EventFile::create(location, info);
    EventStore &store = event->store();
    const QString tag = store.eventInfo().codeTag;
    QList<Attendee> people;
    QSet<QString> taken;
    store.write([&] {
        for (int i = 1; i <= count; ++i) {
            Attendee a;
            a.name = u"참가자 %1"_s.arg(i, 4, 10, QChar(u'0'));
            a.ticketCode = TicketCode::generate(tag, taken);
            taken.insert(a.ticketCode);
            a.badgeCode = TicketCode::generate(tag, taken);
            taken.insert(a.badgeCode);
            store.insertAttendee(a, test::eventDayUtc(8));
            people << a;
        }
    });
    return people;
}

// A process left running by a failed check is not left behind.
void stop(QProcess &process)
{
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(10'000);
    }
}

// One desk process and what it was given and printed.
struct Desk
{
    QString name;
    QStringList codes;   // in the order this desk scans them
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QStringList lines;   // what it printed, one line per scan

    ~Desk() { stop(*process); }
    bool finished() const { return process->state() == QProcess::NotRunning; }
};

// What one printed line says, checked against the person it must be about.
struct Printed
{
    bool admitted = false;
    QString firstDesk;   // for a yellow: the desk the line says admitted them
};

std::optional<Printed> readLine(const QString &line, const QString &name)
{
    if (line == u"Admitted: "_s + name)
        return Printed{true, {}};
    const QRegularExpression already(u"^Already checked in: "_s + QRegularExpression::escape(name)
                                     + u" at .+ at (Desk [1-9])$"_s);
    const QRegularExpressionMatch match = already.match(line);
    if (match.hasMatch())
        return Printed{false, match.captured(1)};
    return std::nullopt;
}

struct LogRow
{
    qint64 id = 0;
    QString nonce;
    QString desk;
    QString action;
    QString result;
    QString scannedCode;
    qint64 attendeeId = 0;
    int admissionRound = 0;
};

QList<LogRow> readLog(const test::RawConnection &raw)
{
    QList<LogRow> rows;
    for (const QVariantList &row : raw.rows(u"SELECT id, nonce, desk, action, result, scanned_code, attendee_id, "
                                             "admission_round FROM checkin_log ORDER BY id"_s)) {
        rows << LogRow{row.at(0).toLongLong(), row.at(1).toString(),   row.at(2).toString(),
                       row.at(3).toString(),   row.at(4).toString(),   row.at(5).toString(),
                       row.at(6).isNull() ? 0 : row.at(6).toLongLong(), row.at(7).isNull() ? 0 : row.at(7).toInt()};
    }
    return rows;
}

} // namespace

class TestSharedLoad : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(mannamBinary()), "MANNAM_BINARY is not set; run through ctest");
        QVERIFY2(QFile::exists(QString::fromUtf8(BINGO_MEETING_WORKER)), BINGO_MEETING_WORKER);
        QVERIFY2(!qEnvironmentVariableIsEmpty("MANNAM_TEST_PG_STATE"),
                 "MANNAM_TEST_PG_STATE is not set; run through ctest (it starts the test server)");
    }

    void fourDeskProcesses_sameCodesEachInItsOrder_eachAdmittedOnceNothingLost_data()
    {
        QTest::addColumn<bool>("onServer");
        QTest::addColumn<quint32>("seed");
        QTest::addRow("shared event on PostgreSQL") << true << 61u;
        QTest::addRow("one event file (SQLite)") << false << 62u;
    }

    void fourDeskProcesses_sameCodesEachInItsOrder_eachAdmittedOnceNothingLost()
    {
        QFETCH(bool, onServer);
        QFETCH(quint32, seed);
        const QString file = m_dir.filePath(u"four-desks.mannam"_s);
        const Location location = onServer ? serverLocation() : Location{file, file};

        QElapsedTimer setUp;
        setUp.start();
        const QList<Attendee> people = createEventWithPeople(location.here, PeopleCount);
        const qint64 setUpMs = setUp.elapsed();
        QHash<QString, const Attendee *> byCode;
        QStringList codes;
        for (const Attendee &person : people) {
            byCode.insert(person.ticketCode, &person);
            codes << person.ticketCode;
        }

        QRandomGenerator random(seed);
        const QStringList commonOrder = shuffled(codes, random);
        std::array<Desk, DeskCount> desks;
        for (int d = 0; d < DeskCount; ++d) {
            desks[d].name = u"Desk %1"_s.arg(d + 1);
            desks[d].codes = shuffledInBlocks(commonOrder, 8, random);
        }

        // Each desk opens the event and checks in its first code; once all four
        // have printed that line, all get the rest of their codes at once.
        for (Desk &desk : desks) {
            // Four desks flooding one SQLite file: its busy handler is not fair,
            // so a desk may wait longer than the 3 s a person at the door would.
            desk.process->start(mannamBinary(), {u"checkin"_s, location.forChildren, u"-"_s, u"--desk"_s, desk.name,
                                                 u"--wait"_s, u"60"_s});
            QVERIFY2(desk.process->waitForStarted(10'000), qPrintable(desk.process->errorString()));
            desk.process->write((desk.codes.constFirst() + u'\n').toUtf8());
        }
        for (Desk &desk : desks) {
            QTRY_VERIFY2_WITH_TIMEOUT(desk.process->canReadLine() || desk.finished(), qPrintable(desk.name), 30'000);
            QVERIFY2(!desk.finished(), qPrintable(desk.name + u": "_s + QString::fromUtf8(desk.process->readAllStandardError())));
        }
        QElapsedTimer storm;
        storm.start();
        for (Desk &desk : desks) {
            desk.process->write((desk.codes.mid(1).join(u'\n') + u'\n').toUtf8());
            desk.process->closeWriteChannel();
        }
        const auto allFinished = [&] {
            return std::all_of(desks.cbegin(), desks.cend(), [](const Desk &desk) { return desk.finished(); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allFinished(), ProcessTimeoutMs);
        const qint64 stormMs = storm.elapsed();

        // Each desk: a clean exit with the documented code, one line per code in
        // the order given, each line about the person whose code it was.
        QHash<qint64, QString> admittedBy;   // attendee id → the desk that printed "Admitted"
        int yellows = 0;
        for (Desk &desk : desks) {
            const QString errors = QString::fromUtf8(desk.process->readAllStandardError());
            QVERIFY2(desk.process->exitStatus() == QProcess::NormalExit, qPrintable(desk.name + u" crashed"_s));
            desk.lines = QString::fromUtf8(desk.process->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            QVERIFY2(errors.trimmed().isEmpty(), qPrintable(desk.name + u": "_s + errors));
            QCOMPARE(desk.lines.size(), desk.codes.size());
            int deskYellows = 0;
            for (qsizetype i = 0; i < desk.lines.size(); ++i) {
                const Attendee &person = *byCode.value(desk.codes.at(i));
                const std::optional<Printed> printed = readLine(desk.lines.at(i), person.name);
                QVERIFY2(printed, qPrintable(u"%1, line %2: \"%3\" is not about %4"_s.arg(desk.name).arg(i + 1).arg(
                                          desk.lines.at(i), person.name)));
                if (printed->admitted) {
                    QVERIFY2(!admittedBy.contains(person.id),
                             qPrintable(u"%1 admitted at %2 and at %3"_s.arg(person.name, admittedBy.value(person.id),
                                                                              desk.name)));
                    admittedBy.insert(person.id, desk.name);
                } else {
                    ++deskYellows;
                }
            }
            yellows += deskYellows;
            // Exit codes: 0 when every scan admitted, 1 when some were already in.
            QCOMPARE(desk.process->exitCode(), deskYellows > 0 ? 1 : 0);
        }
        QCOMPARE(int(admittedBy.size()), PeopleCount);
        QCOMPARE(yellows, (DeskCount - 1) * PeopleCount);
        // Every yellow names the desk that really admitted the person.
        for (const Desk &desk : desks) {
            for (qsizetype i = 0; i < desk.lines.size(); ++i) {
                const Attendee &person = *byCode.value(desk.codes.at(i));
                const Printed printed = *readLine(desk.lines.at(i), person.name);
                if (!printed.admitted)
                    QCOMPARE(printed.firstDesk, admittedBy.value(person.id));
            }
        }

        // The log, read by a connection of its own: one row per printed line,
        // each desk's rows in the order of its lines; each person's first row
        // is their one admission, every later row "already inside".
        const test::RawConnection raw(location.here);
        QVERIFY(raw.isOpen());
        const QList<LogRow> log = readLog(raw);
        QCOMPARE(int(log.size()), DeskCount * PeopleCount);
        QHash<QString, int> nextLineOf;      // desk → index of its next printed line
        QHash<qint64, qint64> admissionRow;  // attendee → id of their admitted row
        QSet<QString> nonces;
        int switches = 0;
        int run = 0;         // rows in a row from one desk
        int longestRun = 0;
        for (qsizetype r = 0; r < log.size(); ++r) {
            const LogRow &row = log.at(r);
            const auto desk = std::find_if(desks.cbegin(), desks.cend(),
                                           [&](const Desk &d) { return d.name == row.desk; });
            QVERIFY2(desk != desks.cend(), qPrintable(u"row %1 from an unknown desk \"%2\""_s.arg(row.id).arg(row.desk)));
            const int line = nextLineOf[row.desk]++;
            QVERIFY2(line < desk->codes.size(), qPrintable(u"%1 has more rows than lines"_s.arg(row.desk)));
            const Attendee &person = *byCode.value(desk->codes.at(line));
            const QString where = u"row %1 (%2, line %3)"_s.arg(row.id).arg(row.desk).arg(line + 1);
            QVERIFY2(row.scannedCode == person.ticketCode && row.attendeeId == person.id, qPrintable(where));
            QCOMPARE(row.action, u"entry"_s);
            QVERIFY2(!nonces.contains(row.nonce), qPrintable(where + u": nonce twice"_s));
            nonces.insert(row.nonce);
            const bool printedAdmitted = desk->lines.at(line).startsWith(u"Admitted: "_s);
            if (row.result == u"admitted") {
                QVERIFY2(printedAdmitted, qPrintable(where + u": admitted, printed yellow"_s));
                QVERIFY2(!admissionRow.contains(person.id), qPrintable(where + u": second admission"_s));
                QCOMPARE(row.admissionRound, 1);
                admissionRow.insert(person.id, row.id);
            } else {
                QVERIFY2(row.result == u"already_inside", qPrintable(where + u": " + row.result));
                QVERIFY2(!printedAdmitted, qPrintable(where + u": already inside, printed admitted"_s));
                QVERIFY2(admissionRow.contains(person.id), qPrintable(where + u": yellow before the admission"_s));
            }
            const bool sameDesk = r > 0 && log.at(r - 1).desk == row.desk;
            switches += int(r > 0 && !sameDesk);
            run = sameDesk ? run + 1 : 1;
            longestRun = std::max(longestRun, run);
        }
        for (const Desk &desk : desks)
            QCOMPARE(nextLineOf.value(desk.name), int(desk.lines.size()));
        QCOMPARE(int(admissionRow.size()), PeopleCount);

        // The same through the app's own reading of the event.
        {
            auto event = EventFile::openForReading(location.here);
            const EventStats stats = event->store().stats();
            QCOMPARE(stats.checkedIn, PeopleCount);
            QCOMPARE(stats.scans, DeskCount * PeopleCount);
            if (!onServer)
                QCOMPARE(event->database().integrityCheck(), u"ok"_s);
        }

        // The desks really worked at the same time, taking turns at the write
        // lock: no desk wrote half of its scans while the others waited (one
        // desk after another would be runs of 1,000). PostgreSQL queues lock
        // waiters fairly; SQLite's busy handler does not (a desk retrying at
        // the wrong moment can wait while another writes on), so there the
        // turns are reported, not required.
        if (onServer)
            QVERIFY2(longestRun <= PeopleCount / 2,
                 qPrintable(u"one desk wrote %1 rows in a row while the others waited for the write lock (%2 desk "
                            "switches in %3 rows)"_s.arg(longestRun).arg(switches).arg(log.size())));
        qInfo("%s: %d desks × %d codes in %lld ms (%.0f check-ins/s; set-up %lld ms); %d admitted once each, "
              "%d yellow; %d desk switches in the log, at most %d rows in a row from one desk",
              onServer ? "PostgreSQL" : "event file", DeskCount, PeopleCount, stormMs,
              DeskCount * PeopleCount * 1000.0 / std::max<qint64>(1, stormMs), setUpMs, int(admissionRow.size()),
              yellows, switches, longestRun);
    }

    // Two kiosks on one shared event record overlapping pairs at once; the
    // workers are tests/bingo's, given the server's address instead of a file.
    void twoKioskProcesses_onServer_eachPairRecordedOnce_cardsExplained()
    {
        const Location location = serverLocation();
        QRandomGenerator random(63);
        QList<Attendee> people;
        {
            auto event = test::createEvent(location.here);
            EventStore &store = event->store();
            test::setUpBingo(store, 5, 1, true, 30);
            const QList<BingoKeyword> pool = BingoService(store).keywordPool();
            store.write([&] {
                for (int i = 0; i < 40; ++i) {
                    QStringList keywords;
                    for (int k = 0, n = 1 + int(random.bounded(3)); k < n; ++k)
                        keywords << pool.at(int(random.bounded(int(pool.size())))).labelEn;
                    people << test::addPlayer(store, u"Player %1"_s.arg(i), keywords);
                }
            });
        }

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
        constexpr int Overlap = 140;
        const std::array<QList<QPair<int, int>>, 2> lists{pairs.mid(0, 220), pairs.mid(220 - Overlap)};
        const std::array<QString, 2> kiosks{u"Kiosk A"_s, u"Kiosk B"_s};
        std::array<QProcess, 2> workers;
        const auto stopWorkers = qScopeGuard([&] {
            for (QProcess &worker : workers)
                stop(worker);
        });
        for (int k = 0; k < 2; ++k) {
            const QString pairsFile = m_dir.filePath(u"pairs-%1.txt"_s.arg(k));
            QFile out(pairsFile);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Text));
            for (const auto &[a, b] : lists.at(k)) {
                const Attendee &x = people.at(a);
                const Attendee &y = people.at(b);
                out.write(((random.bounded(2) ? x.badgeCode : x.ticketCode) + u' '
                           + (random.bounded(2) ? y.badgeCode : y.ticketCode) + u'\n')
                                  .toUtf8());
            }
            out.close();
            workers[k].start(QString::fromUtf8(BINGO_MEETING_WORKER),
                             {location.forChildren, pairsFile, QString::number(64 + k), kiosks.at(k)});
            QVERIFY(workers[k].waitForStarted(10'000));
        }
        for (QProcess &worker : workers) {
            QTRY_VERIFY_WITH_TIMEOUT(worker.canReadLine() || worker.state() == QProcess::NotRunning, 30'000);
            QCOMPARE(worker.readLine().trimmed(), QByteArray("ready"));
        }
        for (QProcess &worker : workers) {
            worker.write("go\n");
            worker.closeWriteChannel();
        }
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT(workers[0].state() == QProcess::NotRunning
                                         && workers[1].state() == QProcess::NotRunning,
                                 ProcessTimeoutMs);
        const qint64 elapsed = timer.elapsed();

        const test::RawConnection raw(location.here);
        QHash<qint64, QVariantList> meetings; // id → lo, hi, kiosk
        for (const QVariantList &row : raw.rows(u"SELECT id, attendee_lo, attendee_hi, kiosk FROM meetings"_s))
            meetings.insert(row.at(0).toLongLong(), row.mid(1));
        QSet<QPair<qint64, qint64>> recordedPairs;
        QList<QPair<qint64, qint64>> refusedPairs;
        std::array<int, 2> recordedBy{0, 0};
        for (int k = 0; k < 2; ++k) {
            QCOMPARE(workers[k].exitStatus(), QProcess::NormalExit);
            QCOMPARE(workers[k].exitCode(), 0);
            const QStringList lines = QString::fromUtf8(workers[k].readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), lists.at(k).size() + 1);
            QCOMPARE(lines.constLast(), u"done"_s);
            for (const QString &line : lines.mid(0, lines.size() - 1)) {
                const QStringList words = line.split(u' ');
                if (words.first() == u"recorded" && words.size() == 4) {
                    const qint64 id = words.at(1).toLongLong();
                    const QPair<qint64, qint64> pair{words.at(2).toLongLong(), words.at(3).toLongLong()};
                    QVERIFY2(meetings.contains(id), qPrintable(u"acknowledged meeting %1 is not stored"_s.arg(id)));
                    QCOMPARE(meetings.value(id).at(0).toLongLong(), pair.first);
                    QCOMPARE(meetings.value(id).at(1).toLongLong(), pair.second);
                    QCOMPARE(meetings.value(id).at(2).toString(), kiosks.at(k));
                    QVERIFY2(!recordedPairs.contains(pair), "a pair was recorded twice");
                    recordedPairs.insert(pair);
                    ++recordedBy[k];
                } else {
                    // The only refusal two kiosks can cause each other: the other one was first.
                    QVERIFY2(words.first() == u"refused" && words.size() >= 4
                                     && words.at(1).toInt() == int(BingoResult::AlreadyMet),
                             qPrintable(kiosks.at(k) + u": "_s + line));
                    refusedPairs << QPair<qint64, qint64>{words.at(2).toLongLong(), words.at(3).toLongLong()};
                }
            }
        }
        QCOMPARE(int(meetings.size()), int(pairs.size()));
        QCOMPARE(int(recordedPairs.size()), int(pairs.size()));
        QCOMPARE(int(refusedPairs.size()), Overlap);
        for (const auto &pair : std::as_const(refusedPairs))
            QVERIFY(recordedPairs.contains(pair));

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
        qInfo("PostgreSQL: %d meetings by two kiosk processes in %lld ms (A %d, B %d), %d kiosk switches, "
              "%d squares filled, %d winners",
              int(meetings.size()), elapsed, recordedBy[0], recordedBy[1], switches, check.filledSquares,
              check.winners);
    }
};

QTEST_GUILESS_MAIN(TestSharedLoad)
#include "tst_sharedload.moc"
