// CheckInService on real event files: green, yellow and red, the log as the
// truth, undo, walk-ins, and two desks on one file.
#include "TestSupport.h"

#include "checkin/CheckInService.h"
#include "storage/StorageError.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

class TestCheckInService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<EventFile> m_event;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<CheckInService> m_service;
    int m_fileNo = 0;
    EventStore &store() { return m_event->store(); }
    CheckInService &service() { return *m_service; }

private slots:
    void init()
    {
        m_service.reset();
        m_event.reset();
        m_path = m_dir.filePath(u"e%1.mannam"_s.arg(++m_fileNo));
        m_event = test::createEvent(m_path);
        m_path = m_event->path(); // on the test server: its address
        m_clock = std::make_unique<FakeClock>(test::eventDayUtc(9, 30));
        m_service = std::make_unique<CheckInService>(store(), *m_clock);
    }

    void scan_registeredTicket_admitsAndIsOnDisk()
    {
        const Attendee kim = test::addPerson(store(), u"김민준"_s);
        const CheckInOutcome outcome = service().scan(kim.ticketCode, u"Desk 1"_s);
        QCOMPARE(outcome.result, ScanResult::Admitted);
        QCOMPARE(outcome.signal(), CheckInRules::Signal::Green);
        QCOMPARE(outcome.attendee->name, u"김민준"_s);
        QVERIFY(outcome.summary().contains(u"김민준"_s));

        // Another connection (another desk, or the app after a crash) sees it.
        auto other = EventFile::open(m_path);
        const QList<LogEntry> rows = other->store().logFor(kim.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).result, ScanResult::Admitted);
        QCOMPARE(rows.at(0).at, test::eventDayUtc(9, 30));
        QCOMPARE(rows.at(0).desk, u"Desk 1"_s);
        QCOMPARE(rows.at(0).nonce, outcome.entry.nonce);
        QVERIFY(!rows.at(0).nonce.isEmpty());
    }

    void scan_secondTime_isYellowWithFirstTimeAndDesk()
    {
        const Attendee a = test::addPerson(store(), u"Alice Park"_s);
        service().scan(a.ticketCode, u"Desk 1"_s);
        m_clock->advanceMs(5 * 60'000);
        const CheckInOutcome again = service().scan(a.ticketCode, u"Desk 2"_s);
        QCOMPARE(again.result, ScanResult::AlreadyInside);
        QCOMPARE(again.signal(), CheckInRules::Signal::Yellow);
        QCOMPARE(again.before.firstAdmittedAt, test::eventDayUtc(9, 30));
        QCOMPARE(again.before.firstAdmittedDesk, u"Desk 1"_s);
        QVERIFY2(again.summary().contains(u"Desk 1"_s), qPrintable(again.summary()));
        QCOMPARE(store().stats().checkedIn, 1);
        QCOMPARE(store().stats().scans, 2);
    }

    void scan_codeTypedInGroups_admits()
    {
        const Attendee a = test::addPerson(store(), u"Ben"_s);
        const CheckInOutcome outcome = service().scan(TicketCode::groupedForDisplay(a.ticketCode), u"Desk 1"_s);
        QCOMPARE(outcome.result, ScanResult::Admitted);
    }

    void scan_refusals_areRedLoggedAndAdmitNobody_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<ScanResult>("expected");
        QTest::addRow("wrong check digit") << u"misread"_s << ScanResult::InvalidCode;
        QTest::addRow("other event") << u"other-event"_s << ScanResult::OtherEvent;
        QTest::addRow("unknown imported-style code") << u"unknown"_s << ScanResult::UnknownCode;
        QTest::addRow("cancelled registration") << u"cancelled"_s << ScanResult::Cancelled;
        QTest::addRow("badge at the door") << u"badge"_s << ScanResult::BadgeNotTicket;
        QTest::addRow("empty") << u"empty"_s << ScanResult::UnknownCode;
        QTest::addRow("3 KB of garbage") << u"huge"_s << ScanResult::UnknownCode;
        QTest::addRow("SQL-looking text") << u"sql"_s << ScanResult::UnknownCode;
    }

    void scan_refusals_areRedLoggedAndAdmitNobody()
    {
        QFETCH(QString, kind);
        QFETCH(ScanResult, expected);
        const Attendee a = test::addPerson(store(), u"Registered"_s);
        const Attendee gone = test::addPerson(store(), u"Gone"_s, AttendeeStatus::Cancelled);
        const QString tag = store().eventInfo().codeTag;
        QString code;
        if (kind == u"misread") {
            code = a.ticketCode;
            code[code.size() - 1] = QChar(u'0' + (code.back().digitValue() + 1) % 10);
        } else if (kind == u"other-event") {
            const QString otherTag = tag == u"1111"_s ? u"2222"_s : u"1111"_s;
            code = TicketCode::generate(otherTag, {});
        } else if (kind == u"unknown") {
            code = u"FESTA-0000-XYZ"_s;
        } else if (kind == u"cancelled") {
            code = gone.ticketCode;
        } else if (kind == u"badge") {
            code = a.badgeCode;
        } else if (kind == u"huge") {
            code = QString(3000, u'A');
        } else if (kind == u"sql") {
            code = u"'; DROP TABLE attendees; --"_s;
        }
        const CheckInOutcome outcome = service().scan(code, u"Desk 1"_s);
        QCOMPARE(outcome.result, expected);
        QCOMPARE(outcome.signal(), CheckInRules::Signal::Red);
        QVERIFY(!outcome.reason().isEmpty());
        const EventStats stats = store().stats();
        QCOMPARE(stats.checkedIn, 0);
        QCOMPARE(stats.scans, 1);
        QCOMPARE(stats.registered, 1);
        const LogEntry logged = store().recentLog(1).value(0);
        QCOMPARE(logged.result, expected);
        QVERIFY(logged.scannedCode.size() <= CheckInService::MaxStoredCodeLength);
    }

    void scan_importedCodeInOtherCase_findsTheOnlyMatch()
    {
        Attendee a;
        a.name = u"Imported"_s;
        a.ticketCode = u"EvT-K7x9"_s;
        a.badgeCode = u"B-1"_s;
        store().write([&] { store().insertAttendee(a, test::eventDayUtc()); });
        QCOMPARE(service().scan(u"evt-k7x9"_s, u"Desk 1"_s).result, ScanResult::Admitted);
        Attendee twin;
        twin.name = u"Twin"_s;
        twin.ticketCode = u"abc-1"_s;
        twin.badgeCode = u"B-2"_s;
        Attendee twin2 = twin;
        twin2.ticketCode = u"ABC-1"_s;
        twin2.badgeCode = u"B-3"_s;
        store().write([&] {
            store().insertAttendee(twin, test::eventDayUtc());
            store().insertAttendee(twin2, test::eventDayUtc());
        });
        // Two codes differ only in case: guessing would admit the wrong person.
        QCOMPARE(service().scan(u"Abc-1"_s, u"Desk 1"_s).result, ScanResult::UnknownCode);
    }

    void exitAndReentry_countInside()
    {
        const Attendee a = test::addPerson(store(), u"A"_s);
        QCOMPARE(service().scan(a.ticketCode, u"Door"_s, ScanAction::Exit).result, ScanResult::NotCheckedIn);
        QCOMPARE(service().scan(a.ticketCode, u"Door"_s).result, ScanResult::Admitted);
        QCOMPARE(store().stats().inside, 1);
        QCOMPARE(service().scan(a.ticketCode, u"Door"_s, ScanAction::Exit).result, ScanResult::Exited);
        QCOMPARE(service().scan(a.ticketCode, u"Door"_s, ScanAction::Exit).result, ScanResult::AlreadyOutside);
        QCOMPARE(store().stats().inside, 0);
        QCOMPARE(service().scan(a.badgeCode, u"Door"_s).result, ScanResult::Reentered);
        QCOMPARE(store().stats().inside, 1);
        QCOMPARE(store().stats().checkedIn, 1);
    }

    void undo_takesBackTheAdmissionAndKeepsHistory()
    {
        const Attendee a = test::addPerson(store(), u"A"_s);
        const CheckInOutcome admitted = service().scan(a.ticketCode, u"Desk 1"_s);
        const CheckInOutcome undone = service().undoLast(a.id, u"Desk 1"_s);
        QCOMPARE(undone.result, ScanResult::Undone);
        QCOMPARE(undone.entry.undoesId, admitted.entry.id);
        QCOMPARE(store().stats().checkedIn, 0);
        const QList<LogEntry> rows = store().logFor(a.id);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).result, ScanResult::Admitted); // history is never rewritten
        QCOMPARE(rows.at(1).action, ScanAction::Undo);

        // Admitting again after an undo is a new round, allowed by the database.
        QCOMPARE(service().scan(a.ticketCode, u"Desk 2"_s).result, ScanResult::Admitted);
        QCOMPARE(store().stats().checkedIn, 1);
    }

    void undo_withNothingToTakeBack_writesNothing()
    {
        const Attendee a = test::addPerson(store(), u"A"_s);
        QCOMPARE(service().undoLast(a.id, u"Desk 1"_s).result, ScanResult::NotCheckedIn);
        QCOMPARE(store().logFor(a.id).size(), 0);
    }

    void database_refusesASecondAdmissionInOneRound()
    {
        const Attendee a = test::addPerson(store(), u"A"_s);
        service().scan(a.ticketCode, u"Desk 1"_s);
        // What a racing desk would try if application checks were all there was.
        LogEntry duplicate;
        duplicate.nonce = u"racing-desk"_s;
        duplicate.at = test::eventDayUtc(9, 31);
        duplicate.desk = u"Desk 2"_s;
        duplicate.result = ScanResult::Admitted;
        duplicate.scannedCode = a.ticketCode;
        duplicate.attendeeId = a.id;
        duplicate.admissionRound = 1;
        try {
            store().write([&] { store().appendLog(duplicate); });
            QFAIL("a second admission in the same round was stored");
        } catch (const StorageError &error) {
            QCOMPARE(error.kind(), StorageError::Kind::Constraint);
        }
        QCOMPARE(store().logFor(a.id).size(), 1);
    }

    void walkIn_isAddedAndAdmittedTogether()
    {
        Attendee walkIn;
        walkIn.name = u"정하은"_s;
        walkIn.email = u"haeun@example.com"_s;
        const CheckInOutcome outcome = service().admitWalkIn(walkIn, u"Desk 2"_s);
        QCOMPARE(outcome.result, ScanResult::Admitted);
        const auto stored = store().attendee(outcome.attendee->id);
        QCOMPARE(stored->source, AttendeeSource::WalkIn);
        QCOMPARE(TicketCode::classify(stored->ticketCode, store().eventInfo().codeTag), TicketCode::Shape::Ours);
        QCOMPARE(TicketCode::classify(stored->badgeCode, store().eventInfo().codeTag), TicketCode::Shape::Ours);
        QCOMPARE(store().stats().checkedIn, 1);
    }

    void checkInAttendee_fromSearch_usesTheTicket()
    {
        const Attendee a = test::addPerson(store(), u"A"_s);
        QCOMPARE(service().checkInAttendee(a.id, u"Desk 1"_s).result, ScanResult::Admitted);
        QCOMPARE(service().checkInAttendee(a.id, u"Desk 1"_s).result, ScanResult::AlreadyInside);
        QCOMPARE(service().checkInAttendee(9999, u"Desk 1"_s).result, ScanResult::UnknownCode);
    }

    void twoDesksOnOneFile_secondDeskSeesTheFirstAdmission()
    {
        const Attendee a = test::addPerson(store(), u"A"_s);
        auto secondDesk = EventFile::open(m_path);
        CheckInService desk2(secondDesk->store(), *m_clock);
        QCOMPARE(service().scan(a.ticketCode, u"Desk 1"_s).result, ScanResult::Admitted);
        const CheckInOutcome there = desk2.scan(a.ticketCode, u"Desk 2"_s);
        QCOMPARE(there.result, ScanResult::AlreadyInside);
        QCOMPARE(there.before.firstAdmittedDesk, u"Desk 1"_s);
    }

    // Thousands of random scans, exits and undos: the SQL figures must equal a
    // recount from each person's log, and nobody is admitted twice in a round.
    void randomOperations_statsEqualRecountFromLog()
    {
        QList<Attendee> people;
        for (int i = 0; i < 40; ++i)
            people << test::addPerson(store(), u"P%1"_s.arg(i), i % 10 == 9 ? AttendeeStatus::Cancelled
                                                                           : AttendeeStatus::Registered);
        QRandomGenerator random(7);
        for (int step = 0; step < 2000; ++step) {
            const Attendee &p = people.at(random.bounded(int(people.size())));
            m_clock->advanceMs(random.bounded(1000));
            switch (random.bounded(6)) {
            case 0: service().undoLast(p.id, u"D"_s); break;
            case 1: service().scan(p.ticketCode, u"D"_s, ScanAction::Exit); break;
            case 2: service().scan(p.badgeCode, u"D"_s); break;
            default: service().scan(p.ticketCode, u"D"_s); break;
            }
        }
        int checkedIn = 0;
        int inside = 0;
        for (const Attendee &p : std::as_const(people)) {
            const AttendeeState state = AttendeeState::fromLog(store().logFor(p.id));
            checkedIn += state.admitted;
            inside += state.admitted && state.inside;
        }
        const EventStats stats = store().stats();
        QCOMPARE(stats.checkedIn, checkedIn);
        QCOMPARE(stats.inside, inside);
        QVERIFY(checkedIn > 0);
        QVERIFY(inside > 0 && inside < checkedIn);
    }
};

QTEST_GUILESS_MAIN(TestCheckInService)
#include "tst_checkinservice.moc"
