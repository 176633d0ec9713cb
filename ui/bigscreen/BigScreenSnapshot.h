#pragma once

#include "bingo/Bingo.h"

#include <QList>
#include <QString>

namespace mannam {

class EventStore;

// Everything the big screen shows, read in one go: a handful of indexed
// queries, no rules. The window turns it into text.
struct BigScreenSnapshot
{
    static constexpr int ListLength = 5;

    QString eventName;
    int meetings = 0;
    int peopleWhoMet = 0;       // attendees with at least one meeting
    int checkedIn = 0;
    int winners = 0;
    bool firstNamesOnly = false;
    QList<BingoWinner> latestWinners;       // newest first
    QList<BingoWinner> firstWinners;        // rank 1 first
    QList<ConnectedAttendee> mostConnected; // most people met first

    static BigScreenSnapshot read(EventStore &store, int listLength = ListLength);
};

} // namespace mannam
