#pragma once
// People for the attendee table's tests: a crowd of Korean and English names
// inserted in one transaction, and check-ins in one transaction.
#include "TestSupport.h"

#include "checkin/CheckInService.h"
#include "codes/TicketCode.h"

namespace mannam::test {

// A deterministic crowd: two Korean names for every English one, phones,
// e-mails, affiliations and ticket types spread over everyone.
inline QList<Attendee> crowd(int count)
{
    using namespace Qt::StringLiterals;
    const QStringList surnames = {u"김"_s, u"이"_s, u"박"_s, u"최"_s, u"정"_s, u"강"_s, u"조"_s,
                                  u"윤"_s, u"장"_s, u"임"_s, u"한"_s, u"오"_s, u"서"_s, u"신"_s};
    const QStringList givenNames = {u"민준"_s, u"서연"_s, u"도윤"_s, u"하은"_s, u"지호"_s, u"지우"_s,
                                    u"서준"_s, u"수아"_s, u"예준"_s, u"지민"_s, u"현우"_s, u"유진"_s};
    const QStringList firstNames = {u"Alice"_s, u"Bob"_s, u"Chris"_s, u"Dana"_s, u"Emma"_s, u"Frank"_s,
                                    u"Grace"_s, u"Henry"_s, u"Ivy"_s, u"Jack"_s};
    const QStringList lastNames = {u"Kim"_s, u"Lee"_s, u"Park"_s, u"Smith"_s, u"Jones"_s, u"Choi"_s};
    const QStringList affiliations = {u"Naver"_s, u"카카오"_s, u"Toss"_s, u"서울대학교"_s, u"Freelance"_s, {}};
    const QStringList ticketTypes = {u"General"_s, u"General"_s, u"Student"_s, u"Speaker"_s};
    const QStringList domains = {u"gmail.com"_s, u"naver.com"_s, u"example.org"_s};
    QList<Attendee> people;
    people.reserve(count);
    for (int i = 0; i < count; ++i) {
        Attendee a;
        if (i % 3 == 2)
            a.name = firstNames.at(i % firstNames.size()) + u' ' + lastNames.at((i / 7) % lastNames.size());
        else
            a.name = surnames.at(i % surnames.size()) + givenNames.at((i / 5) % givenNames.size());
        a.email = u"person%1@"_s.arg(i) + domains.at(i % domains.size());
        a.phone = u"010-%1-%2"_s.arg(2000 + (i * 37) % 8000).arg(i % 10000, 4, 10, QLatin1Char('0'));
        a.affiliation = affiliations.at(i % affiliations.size());
        a.ticketType = ticketTypes.at(i % ticketTypes.size());
        a.consent = i % 2 == 0;
        people << a;
    }
    return people;
}

// Stores everyone (fresh codes) in one transaction; returns them with ids.
inline QList<Attendee> addPeople(EventStore &store, QList<Attendee> people)
{
    const QString tag = store.eventInfo().codeTag;
    QSet<QString> taken = store.allCodes();
    // Codes are random digits and the search matches codes too: none may hold
    // the phone digits the tests search for ("5678"), or such a test would
    // now and then find a second person.
    const auto freshCode = [&] {
        QString code;
        do
            code = TicketCode::generate(tag, taken);
        while (code.contains(QLatin1String("5678")));
        taken.insert(code);
        return code;
    };
    store.write([&] {
        for (Attendee &a : people) {
            a.ticketCode = freshCode();
            a.badgeCode = freshCode();
            store.insertAttendee(a, eventDayUtc(8));
        }
    });
    return people;
}

// Admits each person through the real check-in service, all in one transaction.
inline void checkIn(EventStore &store, const Clock &clock, const QList<qint64> &ids,
                    const QString &desk = QStringLiteral("Desk 1"))
{
    CheckInService service(store, clock);
    store.write([&] {
        for (qint64 id : ids)
            service.checkInAttendee(id, desk);
    });
}

} // namespace mannam::test
