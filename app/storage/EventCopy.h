#pragma once

#include <QString>

#include <functional>

namespace mannam {

class Database;

// What a copy moved, for the message that confirms it.
struct EventCopyCounts
{
    int attendees = 0;
    int scans = 0;      // check-in log rows
    int meetings = 0;
};

// Copies a whole event, table by table with every id kept, between an event
// file and a shared event on a server (either way): `mannam publish` and
// `mannam pull`, and a desk's local copy for working offline. The source is
// read in one snapshot; the target is written by the caller's transaction
// (Database::create's), so either the whole event arrives or nothing does.
namespace EventCopy {
EventCopyCounts copyAll(Database &source, Database &target);
// Publishes an event file to an empty database on a server.
EventCopyCounts publish(const QString &eventFile, const QString &serverAddress);
// Takes a local copy of a shared event into a new file.
EventCopyCounts pull(const QString &serverAddress, const QString &eventFile);
} // namespace EventCopy

} // namespace mannam
