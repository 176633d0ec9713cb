#pragma once

#include "dashboard/DashboardSnapshot.h"

namespace mannam {

class Database;
class EventStore;

// The organizer dashboard's reads: every figure and chart aggregated by SQLite
// (GROUP BY over indexed columns), so that a refresh costs the same few
// hundred result rows at 100 attendees or at 10,000.
class DashboardStore
{
public:
    explicit DashboardStore(EventStore &events);

    // Everything the dashboard shows, read inside one read transaction (when the
    // connection has none open), so the figures agree with each other.
    DashboardSnapshot snapshot(int mostConnectedLength = DashboardSnapshot::MostConnectedLength);

private:
    void readAttendance(DashboardSnapshot &snapshot);
    void readMeetingsOverTime(DashboardSnapshot &snapshot);
    void readNetwork(DashboardSnapshot &snapshot, int mostConnectedLength);
    void readBingoProgress(DashboardSnapshot &snapshot);
    void readKeywordPopularity(DashboardSnapshot &snapshot);

    EventStore &m_events;
    Database &m_db;
};

} // namespace mannam
