#include "BigScreenSnapshot.h"

#include "storage/BingoStore.h"
#include "storage/EventStore.h"

namespace mannam {

BigScreenSnapshot BigScreenSnapshot::read(EventStore &store, int listLength)
{
    BingoStore bingo(store);
    const EventStats stats = store.stats();

    BigScreenSnapshot snapshot;
    snapshot.eventName = store.eventInfo().name;
    snapshot.meetings = stats.meetings;
    snapshot.checkedIn = stats.checkedIn;
    snapshot.winners = stats.winners;
    snapshot.firstNamesOnly = bingo.settings().bigScreenFirstNamesOnly;
    snapshot.latestWinners = bingo.latestWinners(listLength);
    snapshot.firstWinners = bingo.winners(listLength);
    // Everybody who met someone, most connected first: the count and the top
    // of the board from one grouped query (a few hundred rows at most).
    const QList<ConnectedAttendee> connected = bingo.mostConnected(-1);
    snapshot.peopleWhoMet = int(connected.size());
    snapshot.mostConnected = connected.mid(0, listLength);
    return snapshot;
}

} // namespace mannam
