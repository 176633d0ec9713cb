// What must stay secret. The kiosk PIN exists in the event file only as a
// salted, slow PBKDF2 hash: its digits appear nowhere in the file's bytes
// (WAL and shared memory included), whether it was set through the service or
// the CLI, tried at the kiosk, typed wrong or scanned as a PIN card. The
// codes the product generates carry at least 60 random bits, by every path
// that makes them, and guessing well-formed codes finds nobody.
// (The hash format, tampering and the lockout rules are tested in
// tests/bingo/tst_bingorules; the digit distribution in tests/codes.)
#include "ReliabilitySupport.h"

#include "BingoTestSupport.h"

#include "bingo/KioskPin.h"
#include "checkin/CheckInService.h"
#include "checkin/CodeLookup.h"
#include "desk/DeskSession.h"
#include "kiosk/KioskSession.h"
#include "storage/BingoStore.h"
#include "transfer/AttendeeImporter.h"
#include "transfer/EventExporter.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

// The PIN as bytes in any encoding a program might have written it in.
bool containsPin(const QByteArray &bytes, const QString &pin)
{
    const QByteArray utf16(reinterpret_cast<const char *>(pin.utf16()), pin.size() * 2);
    return bytes.contains(pin.toLatin1()) || bytes.contains(utf16);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY2(!test::mannamBinary().isEmpty(), "MANNAM_BINARY is not set; run through ctest");
    }

    void kioskPin_storedOnlyAsASaltedSlowHash_neverInTheFileBytes()
    {
        const QString pin = u"73918462"_s;
        const QString path = m_dir.filePath(u"pin.mannam"_s);
        auto event = test::createEvent(path);
        test::setUpBingo(event->store(), 3, 1, false, 9);
        const Attendee a = test::addPlayer(event->store(), u"Alice"_s, {u"K01"_s});
        BingoService(event->store()).setKioskPin(pin);

        // The stored value: scheme, iterations, a 16-byte salt, a 32-byte hash.
        const QString stored = BingoStore(event->store()).kioskPinHash();
        const QStringList parts = stored.split(u'$');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), u"pbkdf2-sha256"_s);
        QVERIFY(parts.at(1).toInt() >= 100'000);
        QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
        QVERIFY(!stored.contains(pin));
        // Slow on purpose: one check costs the attacker this much per guess.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(KioskPin::verify(pin, stored));
        const qint64 verifyMs = timer.elapsed();
        QVERIFY2(verifyMs >= 5, qPrintable(QString::number(verifyMs)));

        // Salted: the same PIN in another event is stored differently.
        auto other = test::createEvent(m_dir.filePath(u"pin-other.mannam"_s));
        BingoService(other->store()).setKioskPin(pin);
        QVERIFY(BingoStore(other->store()).kioskPinHash() != stored);

        // Tried at the kiosk: wrong PINs, the right one, typed and scanned.
        FakeClock clock(test::eventDayUtc(10));
        {
            KioskSession kiosk(*event, u"Kiosk 1"_s, clock);
            QSignalSpy unlocked(&kiosk, &KioskSession::unlocked);
            for (const QString &wrong : {u"73918463"_s, pin.left(6)}) {
                kiosk.submitPin(wrong);
                clock.advanceMs(600'000);
            }
            kiosk.submitCode(KioskPin::qrPayload(u"00000000"_s), KioskSession::Source::Scanner);
            clock.advanceMs(600'000);
            kiosk.submitPin(pin);
            kiosk.submitCode(KioskPin::qrPayload(pin), KioskSession::Source::Camera);
            QCOMPARE(unlocked.size(), 2);
            kiosk.submitCode(a.badgeCode, KioskSession::Source::Scanner);
        }
        QVERIFY2(!containsPin(test::eventBytes(path), pin), "the PIN's digits are in the event file");
        event.reset(); // checkpointed into the main file
        QVERIFY2(!containsPin(fileBytes(path), pin), "the PIN's digits are in the event file");

        // Set through the CLI: not in the file, not echoed.
        const QString cliPath = m_dir.filePath(u"pin-cli.mannam"_s);
        test::createEvent(cliPath);
        const QString cliPin = u"58203917"_s;
        const test::CliRun run = test::runCli({u"bingo"_s, cliPath, u"--pin"_s, cliPin});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(!run.out.contains(cliPin) && !run.err.contains(cliPin));
        QVERIFY2(!containsPin(test::eventBytes(cliPath), cliPin), "the CLI's PIN is in the event file");
        qInfo("kiosk PIN: PBKDF2-HMAC-SHA256, %d iterations, 16-byte salt; one verification takes %lld ms; "
              "set by service and CLI, tried 5 times at the kiosk: its digits are in no byte of the event file",
              parts.at(1).toInt(), verifyMs);
    }

    // The organizer's PIN card held up to the desk's camera by mistake: the
    // desk logs every failed scan with the code it read, so the PIN would be
    // kept in the scan log and its export.
    void pinCardScannedAtTheDesk_isNotKeptInTheLog()
    {
        const QString pin = u"64829173"_s;
        const QString path = m_dir.filePath(u"pin-desk.mannam"_s);
        auto event = test::createEvent(path);
        BingoService(event->store()).setKioskPin(pin);
        FakeClock clock(test::eventDayUtc(10));
        DeskSession desk(*event, u"Desk 1"_s, clock);
        QList<CheckInOutcome> outcomes;
        connect(&desk, &DeskSession::outcomeReady, this,
                [&outcomes](const CheckInOutcome &outcome) { outcomes << outcome; });
        desk.submitCode(KioskPin::qrPayload(pin), DeskSession::Source::Camera);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.at(0).signal(), CheckInRules::Signal::Red); // refused, in any case
        QString error;
        const QString scans = m_dir.filePath(u"pin-desk-scans.csv"_s);
        QVERIFY(EventExporter(event->store()).exportScans(scans, &error));
        QVERIFY2(!containsPin(test::eventBytes(path) + fileBytes(scans), pin),
                 "the PIN card's digits are in the scan log");
    }

    void codes_carryAtLeast60RandomBits_byEveryPathThatMakesThem()
    {
        const double bits = TicketCode::RandomDigits * std::log2(10.0);
        QVERIFY2(bits >= 60.0, qPrintable(QString::number(bits)));

        const QString path = m_dir.filePath(u"codes.mannam"_s);
        auto event = test::createEvent(path);
        const QString tag = event->store().eventInfo().codeTag;
        // Imported (no codes in the file), added by hand, walk-ins, the test helper.
        QByteArray csv = "name\n";
        for (int i = 0; i < 500; ++i)
            csv += "Imported " + QByteArray::number(i) + '\n';
        QVERIFY(AttendeeImporter(event->store()).import(csv, {}).ok());
        CheckInService service(event->store());
        for (int i = 0; i < 20; ++i) {
            Attendee manual;
            manual.name = u"Manual %1"_s.arg(i);
            service.registerAttendee(manual);
            Attendee walkIn;
            walkIn.name = u"Walk-in %1"_s.arg(i);
            QVERIFY(service.admitWalkIn(walkIn, u"Desk 1"_s).attendee);
        }
        const QList<Attendee> people = event->store().attendees();
        QCOMPARE(people.size(), 540);
        QSet<QString> randomParts;
        for (const Attendee &person : people) {
            for (const QString &code : {person.ticketCode, person.badgeCode}) {
                QCOMPARE(TicketCode::classify(code, tag), TicketCode::Shape::Ours);
                randomParts.insert(code.mid(TicketCode::TagLength, TicketCode::RandomDigits));
            }
        }
        QCOMPARE(randomParts.size(), 2 * people.size());

        // Guessing: well-formed codes of this event (right tag, right check
        // digit) find nobody. With 540 × 2 codes among 10^19 the odds of a hit
        // in 50,000 guesses are about 5 × 10^-12.
        QRandomGenerator random(20261122);
        int found = 0;
        constexpr int Guesses = 50'000;
        for (int i = 0; i < Guesses; ++i) {
            QString guess = tag;
            for (int d = 0; d < TicketCode::RandomDigits; ++d)
                guess += QChar(u'0' + int(random.bounded(10)));
            guess += QChar(u'0' + TicketCode::dammCheckDigit(guess));
            if (CodeLookup::find(event->store(), guess, tag).result == CodeLookup::Result::Found)
                ++found;
        }
        QCOMPARE(found, 0);
        qInfo("codes: %.1f random bits each; %lld codes made by import, by hand, at the desk: all of that "
              "shape, all different; %d well-formed guesses found nobody",
              bits, qlonglong(randomParts.size()), Guesses);
    }
};

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
