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
    snapshot.peopleWhoMet = bingo.peopleWhoMetCount();
    snapshot.mostConnected = bingo.mostConnected(listLength);
    return snapshot;
}

} // namespace mannam
