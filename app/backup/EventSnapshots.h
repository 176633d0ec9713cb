#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mannam {

class Database;

// One snapshot file of an event.
struct EventSnapshot
{
    enum class Kind {
        Automatic,      // taken while the event is open and when it closes
        BeforeRestore,  // the event as it was just before a snapshot replaced it
    };
    QString path;
    QDateTime takenAtUtc;  // from the file name (local time, to the second)
    qint64 size = 0;       // bytes
    Kind kind = Kind::Automatic;
};

// What taking a snapshot came to.
struct SnapshotResult
{
    enum class Outcome { Taken, Unchanged, Failed };
    Outcome outcome = Outcome::Failed;
    QString path;   // Taken: the new file; Unchanged: the newest snapshot, equal to the event
    QString error;  // Failed: for people, names the path
};

// The snapshots of one event file, kept in a "backups" folder beside it:
//   /x/meetup.mannam  →  /x/backups/meetup-20261122-184201.mannam
//                        /x/backups/meetup-20261122-190512-before-restore.mannam
// The time is the local time the snapshot was taken (people read these names); a second
// snapshot in the same second gets "-2", "-3"... (one count for both kinds) before the kind. Each snapshot is a
// complete event file made by SQLite's VACUUM INTO (a consistent copy even while desks
// write), written under a temporary name and renamed only when complete, so the folder
// never holds a half-written snapshot. Automatic snapshots are pruned to the newest
// `keep`; the rarer before-restore ones to their own newest KeepBeforeRestore.
class EventSnapshots
{
    Q_DECLARE_TR_FUNCTIONS(mannam::EventSnapshots)

public:
    static constexpr int DefaultKeep = 24;        // two hours at one every five minutes
    static constexpr int KeepBeforeRestore = 10;

    explicit EventSnapshots(QString eventPath, int keep = DefaultKeep);

    QString eventPath() const { return m_eventPath; }
    QString folder() const;                        // <event folder>/backups
    static QString folderFor(const QString &eventPath);
    // The file name a snapshot taken at `nowUtc` gets (before any "-2" for a clash).
    QString fileNameFor(const QDateTime &nowUtc, EventSnapshot::Kind kind = EventSnapshot::Kind::Automatic) const;

    // Copies `source` (an open connection to this event, read-only is enough) into a new
    // snapshot, then prunes. With `skipIfUnchanged`, a copy byte-for-byte equal to the
    // newest snapshot is thrown away: Unchanged. Equal bytes prove equal data; VACUUM INTO
    // through the same kind of connection writes equal data as equal bytes, and when it does
    // not, a redundant snapshot is kept, which is harmless.
    SnapshotResult take(Database &source, const QDateTime &nowUtc,
                        EventSnapshot::Kind kind = EventSnapshot::Kind::Automatic,
                        bool skipIfUnchanged = true);

    // This event's snapshots, newest first; other events' snapshots in the same folder and
    // temporary files are not listed.
    QList<EventSnapshot> list() const;
    // Removes the oldest snapshots beyond `keep` (and before-restore ones beyond
    // KeepBeforeRestore); returns how many were removed.
    int prune();

    // Puts `snapshotPath` in place of `targetPath`. The snapshot is copied to a temporary
    // file in the target's folder, checked (it must open as a Mannam event and pass
    // SQLite's integrity check) and only then renamed over the target in one step; the
    // target's leftover -wal/-shm files are removed first, since SQLite would otherwise
    // replay the old file's log onto the restored one. The target must be closed (nobody
    // may have it open). An existing target is replaced only with Overwrite::Allowed (the
    // caller asked the user); otherwise, and on any failure, the target is left untouched
    // and `error` says why.
    enum class Overwrite { Refuse, Allowed };
    static bool restore(const QString &snapshotPath, const QString &targetPath, Overwrite overwrite,
                        QString *error = nullptr);

private:
    QString m_eventPath;
    QString m_baseName;
    int m_keep;
};

} // namespace mannam
