// Snapshots of the event file (app/backup): taken with VACUUM INTO under a temporary name,
// named by local time in backups/ beside the event, listed newest first, pruned, skipped
// when nothing changed, taken by a scheduler on its own thread; and restoring one, which
// never overwrites without permission and never installs a damaged file.
#include "TestSupport.h"

#include "backup/EventSnapshots.h"
#include "backup/SnapshotScheduler.h"
#include "checkin/CheckInService.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

struct Counts
{
    int registered = -1;
    int checkedIn = -1;
    QString problem;
    bool operator==(const Counts &o) const { return registered == o.registered && checkedIn == o.checkedIn; }
};

Counts countsOf(const QString &path)
{
    Counts counts;
    try {
        auto event = EventFile::openForReading(path);
        const EventStats stats = event->store().stats();
        counts.registered = stats.registered;
        counts.checkedIn = stats.checkedIn;
    } catch (const StorageError &error) {
        counts.problem = error.message();
    }
    return counts;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Overwrites `length` bytes at `offset` with garbage, as a failing disk might.
bool damage(const QString &path, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    return file.write(QByteArray(length, '\xA5')) == length;
}

} // namespace

class TestSnapshots : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventFile> m_event;
    FakeClock m_clock{test::eventDayUtc(9, 30)};   // 18:30 in Seoul

    QString eventPath() const { return m_dir->filePath(u"meetup.mannam"_s); }
    QString backups() const { return m_dir->filePath(u"backups"_s); }
    EventStore &store() { return m_event->store(); }

    void addPeople(int count, const QString &prefix = u"참가자"_s)
    {
        for (int i = 0; i < count; ++i)
            test::addPerson(store(), prefix + QString::number(store().attendeeCount() + 1));
    }

    void checkIn(const QString &name)
    {
        const QList<Attendee> people = store().attendees();
        for (const Attendee &a : people) {
            if (a.name == name)
                CheckInService(store(), m_clock).scan(a.ticketCode, u"Desk 1"_s);
        }
    }

private slots:
    void initTestCase()
    {
        // Snapshot names carry the local time; pin the zone so that the names are known.
        qputenv("TZ", "Asia/Seoul");
        ::tzset();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.set(test::eventDayUtc(9, 30));
        m_event = test::createEvent(eventPath(), u"서울 AI 밋업"_s);
        addPeople(3);
        checkIn(u"참가자1"_s);
    }

    void cleanup()
    {
        m_event.reset();
        m_dir.reset();
    }

    void take_completeEventFileInBackupsBesideTheEvent()
    {
        EventSnapshots snapshots(eventPath());
        QCOMPARE(snapshots.folder(), backups());
        const SnapshotResult result = snapshots.take(m_event->database(), m_clock.nowUtc());
        QVERIFY2(result.outcome == SnapshotResult::Outcome::Taken, qPrintable(result.error));
        QCOMPARE(result.path, QDir(backups()).filePath(u"meetup-20261128-183000.mannam"_s));
        // Only the snapshot: no temporary, no -wal/-shm from the copy.
        QCOMPARE(filesIn(backups()), QStringList{u"meetup-20261128-183000.mannam"_s});

        auto copy = EventFile::openForReading(result.path);
        QCOMPARE(copy->database().integrityCheck(), u"ok"_s);
        QCOMPARE(copy->store().eventInfo().name, u"서울 AI 밋업"_s);
        QCOMPARE(copy->store().stats().registered, 3);
        QCOMPARE(copy->store().stats().checkedIn, 1);
        QCOMPARE(copy->store().attendees().size(), 3);
        copy.reset();
        QCOMPARE(filesIn(backups()).size(), 1);   // reading it left no companions either
    }

    void take_names_sameSecondAndBeforeRestore()
    {
        EventSnapshots snapshots(eventPath());
        QCOMPARE(snapshots.fileNameFor(m_clock.nowUtc()), u"meetup-20261128-183000.mannam"_s);
        QCOMPARE(snapshots.fileNameFor(m_clock.nowUtc(), EventSnapshot::Kind::BeforeRestore),
                 u"meetup-20261128-183000-before-restore.mannam"_s);

        const auto first = snapshots.take(m_event->database(), m_clock.nowUtc());
        const auto second = snapshots.take(m_event->database(), m_clock.nowUtc(), EventSnapshot::Kind::Automatic,
                                           false);
        const auto third = snapshots.take(m_event->database(), m_clock.nowUtc(),
                                          EventSnapshot::Kind::BeforeRestore);
        QCOMPARE(QFileInfo(first.path).fileName(), u"meetup-20261128-183000.mannam"_s);
        QCOMPARE(QFileInfo(second.path).fileName(), u"meetup-20261128-183000-2.mannam"_s);
        // The number counts both kinds, so that same-second snapshots keep their order.
        QCOMPARE(QFileInfo(third.path).fileName(), u"meetup-20261128-183000-3-before-restore.mannam"_s);

        const QList<EventSnapshot> listed = snapshots.list();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).path, third.path);   // same second: the higher number is newer
        QCOMPARE(listed.at(0).kind, EventSnapshot::Kind::BeforeRestore);
        QCOMPARE(listed.at(1).path, second.path);
        QCOMPARE(listed.at(2).kind, EventSnapshot::Kind::Automatic);
        QCOMPARE(listed.at(0).takenAtUtc, m_clock.nowUtc());
    }

    void list_newestFirst_withSizes_otherFilesIgnored()
    {
        EventSnapshots snapshots(eventPath());
        QStringList taken;
        for (int i = 0; i < 3; ++i) {
            addPeople(1);
            m_clock.advanceMs(5 * 60 * 1000);
            taken.prepend(snapshots.take(m_event->database(), m_clock.nowUtc()).path);
        }
        // Another event's snapshots, one named like ours with a longer name, leftovers.
        for (const QString &name : {u"other-20261128-190000.mannam"_s, u"meetup-2-20261128-190000.mannam"_s,
                                    u".meetup-abc.partial"_s, u"meetup-notes.txt"_s,
                                    u"meetup-20261128-190000.mannam-wal"_s}) {
            QFile file(QDir(backups()).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QList<EventSnapshot> listed = snapshots.list();
        QCOMPARE(listed.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(listed.at(i).path, taken.at(i));
            QCOMPARE(listed.at(i).size, QFileInfo(taken.at(i)).size());
            QVERIFY(listed.at(i).size > 0);
        }
        QVERIFY(listed.at(0).takenAtUtc > listed.at(1).takenAtUtc);
        QCOMPARE(listed.at(2).takenAtUtc, test::eventDayUtc(9, 35));
    }

    void prune_keepsTheNewest()
    {
        EventSnapshots snapshots(eventPath(), 3);
        QStringList taken;
        for (int i = 0; i < 5; ++i) {
            addPeople(1);
            m_clock.advanceMs(60 * 1000);
            taken.prepend(snapshots.take(m_event->database(), m_clock.nowUtc()).path);
        }
        // take() prunes as it goes: the three newest are left.
        const QList<EventSnapshot> listed = snapshots.list();
        QCOMPARE(listed.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(listed.at(i).path, taken.at(i));
        QCOMPARE(filesIn(backups()).size(), 3);
        QCOMPARE(countsOf(listed.at(0).path).registered, 8);

        // Before-restore snapshots are counted apart: an automatic one never pushes them out.
        snapshots.take(m_event->database(), m_clock.nowUtc(), EventSnapshot::Kind::BeforeRestore);
        m_clock.advanceMs(60 * 1000);
        addPeople(1);
        snapshots.take(m_event->database(), m_clock.nowUtc());
        QCOMPARE(snapshots.list().size(), 4);
        QCOMPARE(snapshots.prune(), 0);
    }

    void take_unchanged_writesNothing()
    {
        EventSnapshots snapshots(eventPath());
        const SnapshotResult first = snapshots.take(m_event->database(), m_clock.nowUtc());
        QCOMPARE(first.outcome, SnapshotResult::Outcome::Taken);
        m_clock.advanceMs(5 * 60 * 1000);
        const SnapshotResult again = snapshots.take(m_event->database(), m_clock.nowUtc());
        QCOMPARE(again.outcome, SnapshotResult::Outcome::Unchanged);
        QCOMPARE(again.path, first.path);
        QCOMPARE(filesIn(backups()).size(), 1);

        checkIn(u"참가자2"_s);
        const SnapshotResult changed = snapshots.take(m_event->database(), m_clock.nowUtc());
        QCOMPARE(changed.outcome, SnapshotResult::Outcome::Taken);
        QCOMPARE(countsOf(changed.path).checkedIn, 2);
    }

    void take_backupsFolderCannotBeMade_failsClearly()
    {
        QFile blocker(backups());   // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const SnapshotResult result = EventSnapshots(eventPath()).take(m_event->database(), m_clock.nowUtc());
        QCOMPARE(result.outcome, SnapshotResult::Outcome::Failed);
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(backups())), qPrintable(result.error));
        QCOMPARE(filesIn(m_dir->path()).filter(u"partial"_s), QStringList());
    }

    // ---------------------------------------------------------------- scheduler

    void scheduler_takesOnlyWhenChanged_onItsOwnThread()
    {
        SnapshotScheduler scheduler(eventPath(), m_clock, std::chrono::hours(1));
        QSignalSpy taken(&scheduler, &SnapshotScheduler::snapshotTaken);
        QSignalSpy unchanged(&scheduler, &SnapshotScheduler::snapshotUnchanged);
        QSignalSpy failed(&scheduler, &SnapshotScheduler::snapshotFailed);

        scheduler.snapshotIfChanged();
        QVERIFY(scheduler.isBusy());
        QVERIFY(taken.wait());
        QCOMPARE(taken.count(), 1);
        QVERIFY(QFileInfo::exists(taken.at(0).at(0).toString()));

        m_clock.advanceMs(5 * 60 * 1000);
        scheduler.snapshotIfChanged();
        QVERIFY(unchanged.wait());
        QCOMPARE(taken.count(), 1);

        // A change made on the window's connection shows on the worker's data_version.
        addPeople(1);
        scheduler.snapshotIfChanged();
        QVERIFY(taken.wait());
        QCOMPARE(taken.count(), 2);
        QCOMPARE(countsOf(taken.at(1).at(0).toString()).registered, 4);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(EventSnapshots(eventPath()).list().size(), 2);
    }

    // Equal bytes prove equal data, so this never skips a change. (SQLite lays pages out
    // the same way only for the same kind of connection, so a copy made through the
    // window's read-write connection may differ byte-wise: then a redundant snapshot is
    // taken, which is harmless. The scheduler always copies through a read-only one.)
    void scheduler_firstCheck_equalToNewestSnapshot_takesNothing()
    {
        {
            auto previousSession = EventFile::openForReading(eventPath());
            EventSnapshots(eventPath()).take(previousSession->database(), m_clock.nowUtc());
        }
        m_clock.advanceMs(60 * 1000);
        // A new session on the same, unchanged event.
        SnapshotScheduler scheduler(eventPath(), m_clock, std::chrono::hours(1));
        QSignalSpy unchanged(&scheduler, &SnapshotScheduler::snapshotUnchanged);
        QSignalSpy taken(&scheduler, &SnapshotScheduler::snapshotTaken);
        scheduler.snapshotIfChanged();
        QVERIFY(unchanged.wait());
        QCOMPARE(taken.count(), 0);
        QCOMPARE(EventSnapshots(eventPath()).list().size(), 1);
    }

    void scheduler_timer_takesSnapshots()
    {
        SnapshotScheduler scheduler(eventPath(), m_clock, std::chrono::milliseconds(20));
        QSignalSpy taken(&scheduler, &SnapshotScheduler::snapshotTaken);
        scheduler.start();
        QVERIFY(scheduler.isRunning());
        QVERIFY(taken.wait());
        scheduler.stop();
        QVERIFY(!scheduler.isRunning());
    }

    void scheduler_onClose_takesIfChangedAndStops()
    {
        SnapshotScheduler scheduler(eventPath(), m_clock, std::chrono::hours(1));
        QSignalSpy taken(&scheduler, &SnapshotScheduler::snapshotTaken);
        scheduler.snapshotIfChanged();
        QVERIFY(taken.wait());
        const QString first = taken.at(0).at(0).toString();

        // Nothing changed: no new file; the newest holds the event as it is.
        m_clock.advanceMs(60 * 1000);
        scheduler.start();
        QCOMPARE(scheduler.snapshotOnClose(), first);
        QCOMPARE(EventSnapshots(eventPath()).list().size(), 1);
        QVERIFY(!scheduler.isRunning());
        // Finished: later requests do nothing.
        scheduler.snapshotNow();
        QVERIFY(!scheduler.isBusy());

        // Changed since: the closing snapshot is taken synchronously.
        SnapshotScheduler next(eventPath(), m_clock, std::chrono::hours(1));
        next.snapshotIfChanged();
        QSignalSpy nextUnchanged(&next, &SnapshotScheduler::snapshotUnchanged);
        QVERIFY(nextUnchanged.wait());
        addPeople(2);
        m_clock.advanceMs(60 * 1000);
        const QString closing = next.snapshotOnClose();
        QVERIFY(!closing.isEmpty() && closing != first);
        QCOMPARE(countsOf(closing).registered, 5);
    }

    void scheduler_beforeRestore_alwaysTakesItsOwnKind()
    {
        SnapshotScheduler scheduler(eventPath(), m_clock, std::chrono::hours(1));
        QSignalSpy taken(&scheduler, &SnapshotScheduler::snapshotTaken);
        scheduler.snapshotIfChanged();
        QVERIFY(taken.wait());
        QString error;
        const QString saved = scheduler.snapshotBeforeRestore(&error);
        QVERIFY2(!saved.isEmpty(), qPrintable(error));
        QVERIFY(saved.endsWith(u"-before-restore.mannam"_s));
        // Closing afterwards (as the window does) is quiet: no failure reported.
        QSignalSpy failed(&scheduler, &SnapshotScheduler::snapshotFailed);
        QCOMPARE(scheduler.snapshotOnClose(), saved);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(EventSnapshots(eventPath()).list().constFirst().kind, EventSnapshot::Kind::BeforeRestore);
    }

    void scheduler_eventGone_reportsFailure()
    {
        m_event.reset();
        SnapshotScheduler scheduler(m_dir->filePath(u"nowhere.mannam"_s), m_clock, std::chrono::hours(1));
        QSignalSpy failed(&scheduler, &SnapshotScheduler::snapshotFailed);
        scheduler.snapshotIfChanged();
        QVERIFY(failed.wait());
        QVERIFY2(failed.at(0).at(0).toString().contains(u"nowhere.mannam"_s),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!QFileInfo::exists(backups()) || filesIn(backups()).isEmpty());
    }

    // ---------------------------------------------------------------- restore

    void restore_toANewFile()
    {
        const QString snapshot = EventSnapshots(eventPath()).take(m_event->database(), m_clock.nowUtc()).path;
        addPeople(2);   // the event moves on; the snapshot does not
        const QString target = m_dir->filePath(u"restored.mannam"_s);
        QString error;
        QVERIFY2(EventSnapshots::restore(snapshot, target, EventSnapshots::Overwrite::Refuse, &error),
                 qPrintable(error));
        QCOMPARE(countsOf(target), (Counts{3, 1, {}}));
        QCOMPARE(countsOf(eventPath()).registered, 5);
        // Nothing else appeared beside it: no temporary copy.
        for (const QString &name : filesIn(m_dir->path()))
            QVERIFY2(name.startsWith(u"meetup.mannam"_s) || name.startsWith(u"restored.mannam"_s), qPrintable(name));
        // It is a normal event: it opens for writing and takes check-ins.
        auto restored = EventFile::open(target);
        QCOMPARE(restored->store().attendeeCount(), 3);
    }

    void restore_existingTarget_refusedWithoutPermission()
    {
        const QString snapshot = EventSnapshots(eventPath()).take(m_event->database(), m_clock.nowUtc()).path;
        const QString target = m_dir->filePath(u"other.mannam"_s);
        test::createEvent(target, u"다른 행사"_s).reset();
        const QByteArray before = test::fileHash(target);
        QString error;
        QVERIFY(!EventSnapshots::restore(snapshot, target, EventSnapshots::Overwrite::Refuse, &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
        QCOMPARE(test::fileHash(target), before);
    }

    void restore_replace_withPermission_removesStaleWal()
    {
        const QString snapshot = EventSnapshots(eventPath()).take(m_event->database(), m_clock.nowUtc()).path;
        addPeople(4);
        // A -wal with the later changes, as a crash would leave it: copied while the event
        // is open, put back after it closed.
        const QString wal = eventPath() + u"-wal"_s;
        QVERIFY(QFileInfo(wal).size() > 0);
        const QString saved = m_dir->filePath(u"saved-wal"_s);
        QVERIFY(QFile::copy(wal, saved));
        m_event.reset();
        QVERIFY(!QFileInfo::exists(wal));
        QVERIFY(QFile::copy(saved, wal));

        QString error;
        QVERIFY2(EventSnapshots::restore(snapshot, eventPath(), EventSnapshots::Overwrite::Allowed, &error),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(wal));
        QVERIFY(!QFileInfo::exists(eventPath() + u"-shm"_s));
        QCOMPARE(countsOf(eventPath()), (Counts{3, 1, {}}));
        auto reopened = EventFile::open(eventPath());
        QCOMPARE(reopened->database().integrityCheck(), u"ok"_s);
        QCOMPARE(reopened->store().attendeeCount(), 3);
    }

    void restore_damagedSnapshot_refusedAndTargetUntouched_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addRow("pages overwritten") << u"overwrite"_s;
        QTest::addRow("cut short") << u"truncate"_s;
        QTest::addRow("not a database") << u"text"_s;
        QTest::addRow("SQLite header, not ours") << u"foreign"_s;
    }

    void restore_damagedSnapshot_refusedAndTargetUntouched()
    {
        QFETCH(QString, how);
        addPeople(40, u"Person with a fairly long name so that the file has several pages "_s);
        const QString snapshot = EventSnapshots(eventPath()).take(m_event->database(), m_clock.nowUtc()).path;
        m_event.reset();
        const qint64 size = QFileInfo(snapshot).size();
        QVERIFY(size >= 8 * 4096);
        if (how == u"overwrite") {
            QVERIFY(damage(snapshot, 2 * 4096, 3 * 4096));
        } else if (how == u"truncate") {
            QVERIFY(QFile::resize(snapshot, size / 2));
        } else if (how == u"text") {
            QFile file(snapshot);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("name,email\n홍길동,hong@example.org\n");
        } else {
            QFile::remove(snapshot);
            QVERIFY(QFile::copy(test::dataPath(u"schema-v1.sql"_s), snapshot)); // not SQLite either
            QFile file(snapshot);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0'));
        }
        const QByteArray before = test::fileHash(eventPath());
        const QStringList listing = filesIn(m_dir->path());

        QString error;
        QVERIFY(!EventSnapshots::restore(snapshot, eventPath(), EventSnapshots::Overwrite::Allowed, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(snapshot)), qPrintable(error));
        QVERIFY2(error.contains(u"was not changed"_s), qPrintable(error));
        QCOMPARE(test::fileHash(eventPath()), before);
        QCOMPARE(filesIn(m_dir->path()), listing);   // no temporary copy left behind
        QCOMPARE(countsOf(eventPath()).registered, 43);
    }

    void restore_missingSnapshotOrOntoItself_refused()
    {
        QString error;
        QVERIFY(!EventSnapshots::restore(m_dir->filePath(u"gone.mannam"_s), m_dir->filePath(u"new.mannam"_s),
                                         EventSnapshots::Overwrite::Allowed, &error));
        QVERIFY2(error.contains(u"no snapshot"_s), qPrintable(error));
        const QString snapshot = EventSnapshots(eventPath()).take(m_event->database(), m_clock.nowUtc()).path;
        const QByteArray before = test::fileHash(snapshot);
        QVERIFY(!EventSnapshots::restore(snapshot, snapshot, EventSnapshots::Overwrite::Allowed, &error));
        QCOMPARE(test::fileHash(snapshot), before);
    }
};

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
