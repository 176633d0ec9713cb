#pragma once
// Bingo helpers for tests: a keyword pool, rules, and players who are
// registered, have keywords and (optionally) checked in at the door.
#include "TestSupport.h"

#include "bingo/BingoService.h"
#include "checkin/CheckInService.h"

namespace mannam::test {

// Keywords "K01".."Knn" (Korean label "키워드01"...), category by tens.
inline QList<BingoKeyword> keywordPool(int count)
{
    QList<BingoKeyword> pool;
    for (int i = 1; i <= count; ++i) {
        const QString number = QStringLiteral("%1").arg(i, 2, 10, QChar(u'0'));
        pool << BingoKeyword{0, QStringLiteral("키워드") + number, QStringLiteral("K") + number,
                             QStringLiteral("C%1").arg(i / 10)};
    }
    return pool;
}

// Sets the rules with a pool of `poolSize` keywords; fails the test if refused.
inline void setUpBingo(EventStore &store, int size, int linesToWin = 1, bool freeCentre = false,
                       int poolSize = 30, bool needsCheckIn = true)
{
    BingoService bingo(store);
    BingoSettings settings;
    settings.cardSize = size;
    settings.linesToWin = linesToWin;
    settings.freeCentre = freeCentre;
    settings.meetingNeedsCheckIn = needsCheckIn;
    const BingoOutcome outcome = bingo.configure(settings, keywordPool(poolSize));
    if (!outcome.ok())
        qFatal("bingo set-up refused: %s", qPrintable(outcome.reason()));
}

// A registered person with these "my keywords", admitted at the door if asked.
inline Attendee addPlayer(EventStore &store, const QString &name, const QStringList &keywords,
                          bool checkIn = true)
{
    Attendee a = addPerson(store, name);
    store.write([&] { store.replaceKeywords(a.id, keywords); });
    a.keywords = keywords;
    if (checkIn) {
        FakeClock clock(eventDayUtc(9));
        CheckInService(store, clock).scan(a.ticketCode, QStringLiteral("Desk 1"));
    }
    return a;
}

} // namespace mannam::test
