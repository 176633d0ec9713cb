// EventStore: what goes in comes out, codes are unique across kinds, and the
// figures derived from the log match what happened.
#include "TestSupport.h"

#include "checkin/CheckInService.h"
#include "storage/StorageError.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

class TestEventStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventFile> m_event;
    EventStore &store() { return m_event->store(); }

private slots:
    void init()
    {
        m_event.reset();
        QFile::remove(m_dir.filePath(u"e.mannam"_s));
        QFile::remove(m_dir.filePath(u"e.mannam-wal"_s));
        QFile::remove(m_dir.filePath(u"e.mannam-shm"_s));
        m_event = test::createEvent(m_dir.filePath(u"e.mannam"_s));
    }

    void eventInfo_roundTrips()
    {
        EventInfo info = store().eventInfo();
        QCOMPARE(info.name, u"Test Meetup"_s);
        QCOMPARE(info.codeTag.size(), TicketCode::TagLength);
        QVERIFY(!info.eventId.isEmpty());
        info.name = u"파이토치 한국 사용자 모임"_s;
        info.endsAt = test::eventDayUtc(21, 30);
        info.desks = {u"1번 데스크"_s};
        store().write([&] { store().saveEventInfo(info); });
        const EventInfo again = store().eventInfo();
        QCOMPARE(again.name, info.name);
        QCOMPARE(again.endsAt, info.endsAt);
        QCOMPARE(again.startsAt, test::eventDayUtc(9));
        QCOMPARE(again.desks, info.desks);
    }

    void attendee_everyField_roundTrips()
    {
        Attendee a;
        a.name = u"홍길동"_s;
        a.email = u"hong@example.com"_s;
        a.phone = u"010-1234-5678"_s;
        a.affiliation = u"카카오"_s;
        a.ticketType = u"VIP"_s;
        a.status = AttendeeStatus::Cancelled;
        a.notes = u"휠체어 이용"_s;
        a.attention = true;
        a.keywords = {u"LLM"_s, u"오픈소스"_s, u"Rust"_s};
        a.consent = true;
        a.source = AttendeeSource::WalkIn;
        a.externalId = u"FESTA-1"_s;
        a.ticketCode = u"PLATFORM-CODE-1"_s;
        a.badgeCode = u"B1"_s;
        store().write([&] { store().insertAttendee(a, test::eventDayUtc()); });
        QVERIFY(a.id > 0);
        const auto stored = store().attendee(a.id);
        QVERIFY(stored);
        QCOMPARE(stored->name, a.name);
        QCOMPARE(stored->email, a.email);
        QCOMPARE(stored->phone, a.phone);
        QCOMPARE(stored->affiliation, a.affiliation);
        QCOMPARE(stored->ticketType, a.ticketType);
        QCOMPARE(stored->status, a.status);
        QCOMPARE(stored->notes, a.notes);
        QCOMPARE(stored->attention, true);
        QCOMPARE(stored->keywords, a.keywords);
        QCOMPARE(stored->consent, true);
        QCOMPARE(stored->source, AttendeeSource::WalkIn);
        QCOMPARE(stored->externalId, a.externalId);
        QCOMPARE(stored->ticketCode, a.ticketCode);
        QCOMPARE(stored->badgeCode, a.badgeCode);
        QCOMPARE(store().attendees().value(0).keywords, a.keywords);
    }

    void findByCode_tellsTicketFromBadge()
    {
        const Attendee a = test::addPerson(store(), u"Alice Park"_s);
        const auto byTicket = store().findByCode(a.ticketCode);
        const auto byBadge = store().findByCode(a.badgeCode);
        QVERIFY(byTicket && byBadge);
        QCOMPARE(byTicket->kind, CodeKind::Ticket);
        QCOMPARE(byBadge->kind, CodeKind::Badge);
        QCOMPARE(byBadge->attendee.id, a.id);
        QVERIFY(!store().findByCode(u"nobody"_s));
    }

    void insertAttendee_codeTakenByAnotherKind_refusedAndNothingWritten()
    {
        const Attendee first = test::addPerson(store(), u"First"_s);
        Attendee second;
        second.name = u"Second"_s;
        second.ticketCode = u"T2"_s;
        second.badgeCode = first.ticketCode; // a badge may not reuse anybody's ticket code
        QVERIFY_THROWS_EXCEPTION(StorageError, store().write([&] { store().insertAttendee(second, test::eventDayUtc()); }));
        QCOMPARE(store().attendeeCount(), 1);
    }

    void insertAttendee_duplicateExternalId_refused()
    {
        Attendee a;
        a.name = u"A"_s;
        a.externalId = u"X1"_s;
        a.ticketCode = u"T1"_s;
        a.badgeCode = u"B1"_s;
        store().write([&] { store().insertAttendee(a, test::eventDayUtc()); });
        Attendee b = a;
        b.ticketCode = u"T2"_s;
        b.badgeCode = u"B2"_s;
        QVERIFY_THROWS_EXCEPTION(StorageError, store().write([&] { store().insertAttendee(b, test::eventDayUtc()); }));
    }

    void updateAttendee_changesFieldsTicketCodeAndKeywords()
    {
        Attendee a = test::addPerson(store(), u"Kim"_s);
        const QString badge = a.badgeCode;
        a.name = u"김민수"_s;
        a.ticketCode = u"NEW-CODE"_s;
        a.keywords = {u"RAG"_s};
        store().write([&] { store().updateAttendee(a, test::eventDayUtc(10)); });
        const auto stored = store().attendee(a.id);
        QCOMPARE(stored->name, u"김민수"_s);
        QCOMPARE(stored->ticketCode, u"NEW-CODE"_s);
        QCOMPARE(stored->badgeCode, badge);
        QCOMPARE(stored->keywords, QStringList{u"RAG"_s});
        QVERIFY(store().findByCode(u"NEW-CODE"_s));
    }

    void stats_followTheLog()
    {
        FakeClock clock(test::eventDayUtc(9));
        CheckInService service(store(), clock);
        const Attendee a = test::addPerson(store(), u"A"_s);
        const Attendee b = test::addPerson(store(), u"B"_s);
        const Attendee c = test::addPerson(store(), u"C"_s);
        test::addPerson(store(), u"Gone"_s, AttendeeStatus::Cancelled);

        service.scan(a.ticketCode, u"Desk 1"_s);                    // admitted
        service.scan(a.ticketCode, u"Desk 2"_s);                    // already
        service.scan(b.ticketCode, u"Desk 1"_s);                    // admitted
        service.scan(b.ticketCode, u"Desk 1"_s, ScanAction::Exit);  // out
        service.scan(c.ticketCode, u"Desk 1"_s);                    // admitted...
        service.undoLast(c.id, u"Desk 1"_s);                        // ...taken back
        service.scan(u"garbage"_s, u"Desk 1"_s);                    // failed scan

        const EventStats stats = store().stats();
        QCOMPARE(stats.registered, 3);
        QCOMPARE(stats.cancelled, 1);
        QCOMPARE(stats.checkedIn, 2);
        QCOMPARE(stats.inside, 1);
        QCOMPARE(stats.scans, 6);
        QCOMPARE(stats.meetings, 0);
        QCOMPARE(stats.winners, 0);
    }

    void attendanceRows_firstCheckInIgnoresUndoneAdmissions()
    {
        FakeClock clock(test::eventDayUtc(9));
        CheckInService service(store(), clock);
        const Attendee a = test::addPerson(store(), u"A"_s);
        test::addPerson(store(), u"Never came"_s);
        service.scan(a.ticketCode, u"Desk 1"_s);
        service.undoLast(a.id, u"Desk 1"_s);
        clock.advanceMs(60'000);
        service.scan(a.ticketCode, u"Desk 2"_s);

        QList<AttendanceRow> rows;
        store().forEachAttendanceRow([&](const AttendanceRow &row) { rows << row; });
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).firstCheckIn, test::eventDayUtc(9).addSecs(60));
        QCOMPARE(rows.at(0).firstDesk, u"Desk 2"_s);
        QVERIFY(!rows.at(1).firstCheckIn.isValid());
    }

    void recentLog_newestFirstWithNames()
    {
        FakeClock clock(test::eventDayUtc(9));
        CheckInService service(store(), clock);
        const Attendee a = test::addPerson(store(), u"이서연"_s);
        service.scan(u"garbage"_s, u"Desk 1"_s);
        service.scan(a.ticketCode, u"Desk 1"_s);
        const QList<LogEntry> recent = store().recentLog(10);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).attendeeName, u"이서연"_s);
        QCOMPARE(recent.at(0).result, ScanResult::Admitted);
        QCOMPARE(recent.at(1).result, ScanResult::UnknownCode);
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
