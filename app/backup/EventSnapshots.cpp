#include "EventSnapshots.h"

#include "storage/Database.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <filesystem>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

const QString Suffix = u".mannam"_s;
const QString BeforeRestoreTag = u"-before-restore"_s;
const QString StampFormat = u"yyyyMMdd-HHmmss"_s;
constexpr qint64 CopyChunk = 1 << 20;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString uniqueTag()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// Data on the disk, not in the page cache, before the rename that makes it count: a
// power cut after the rename must not leave an empty or partial snapshot under a good name.
bool syncToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#if defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

void removeCompanions(const QString &path)
{
    for (const char *companion : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1StringView(companion));
}

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    removeCompanions(path);
}

bool sameBytes(const QString &a, const QString &b)
{
    QFile first(a);
    QFile second(b);
    if (!first.open(QIODevice::ReadOnly) || !second.open(QIODevice::ReadOnly) || first.size() != second.size())
        return false;
    while (!first.atEnd()) {
        if (first.read(CopyChunk) != second.read(CopyChunk))
            return false;
    }
    return true;
}

// Copies in chunks and syncs; false (and nothing left at `to`) on any error.
bool copyFile(const QString &from, const QString &to, QString *reason)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        *reason = source.errorString();
        return false;
    }
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *reason = target.errorString();
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(CopyChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            *reason = source.errorString();
            break;
        }
        if (target.write(chunk) != chunk.size()) {
            *reason = target.errorString();
            break;
        }
    }
    bool complete = reason->isEmpty();
    if (complete && !target.flush()) {
        *reason = target.errorString();
        complete = false;
    }
    target.close();
    if (!complete || !syncToDisk(to)) {
        if (reason->isEmpty())
            *reason = EventSnapshots::tr("the copy could not be written to the disk");
        QFile::remove(to);
        return false;
    }
    return true;
}

// Replaces `to` with `from` in one step (rename(2) / MoveFileEx with REPLACE_EXISTING).
bool renameOver(const QString &from, const QString &to, QString *reason)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (ec) {
        *reason = QString::fromLocal8Bit(ec.message());
        return false;
    }
    return true;
}

} // namespace

EventSnapshots::EventSnapshots(QString eventPath, int keep)
    : m_eventPath(std::move(eventPath)),
      m_baseName(QFileInfo(m_eventPath).completeBaseName()),
      m_keep(std::max(1, keep))
{
}

QString EventSnapshots::folderFor(const QString &eventPath)
{
    return QFileInfo(eventPath).absoluteDir().filePath(u"backups"_s);
}

QString EventSnapshots::folder() const
{
    return folderFor(m_eventPath);
}

QString EventSnapshots::fileNameFor(const QDateTime &nowUtc, EventSnapshot::Kind kind) const
{
    return m_baseName + u'-' + nowUtc.toLocalTime().toString(StampFormat)
           + (kind == EventSnapshot::Kind::BeforeRestore ? BeforeRestoreTag : QString()) + Suffix;
}

SnapshotResult EventSnapshots::take(Database &source, const QDateTime &nowUtc, EventSnapshot::Kind kind,
                                    bool skipIfUnchanged)
{
    SnapshotResult result;
    const QString dir = folder();
    if (!QDir().mkpath(dir)) {
        result.error = tr("Cannot create the backups folder %1.").arg(native(dir));
        return result;
    }
    // Hidden and without our suffix, so list() never sees it; removed on every failure.
    const QString partial = QDir(dir).filePath(u"."_s + m_baseName + u'-' + uniqueTag() + u".partial"_s);
    try {
        source.snapshotTo(partial);
    } catch (const StorageError &error) {
        removeWithCompanions(partial);
        result.error = tr("Cannot write a snapshot into %1: %2").arg(native(dir), error.message());
        return result;
    }

    if (skipIfUnchanged && kind == EventSnapshot::Kind::Automatic) {
        const QList<EventSnapshot> existing = list();
        if (!existing.isEmpty() && sameBytes(partial, existing.constFirst().path)) {
            QFile::remove(partial);
            result.outcome = SnapshotResult::Outcome::Unchanged;
            result.path = existing.constFirst().path;
            return result;
        }
    }

    if (!syncToDisk(partial)) {
        QFile::remove(partial);
        result.error = tr("Cannot write a snapshot into %1: the disk did not take it.").arg(native(dir));
        return result;
    }
    // The name is taken by a rename that fails rather than replaces: two snapshots in one
    // second (or two programs on one event) never overwrite each other.
    const QString tag = kind == EventSnapshot::Kind::BeforeRestore ? BeforeRestoreTag : QString();
    const QString plainStem = fileNameFor(nowUtc).chopped(Suffix.size());
    // The number is shared by both kinds, so that list() can order same-second snapshots.
    const auto nameWith = [&](int n, const QString &kindTag) {
        const QString number = n == 1 ? QString() : u'-' + QString::number(n);
        return QDir(dir).filePath(plainStem + number + kindTag + Suffix);
    };
    for (int n = 1; n < 1000; ++n) {
        if (QFileInfo::exists(nameWith(n, QString())) || QFileInfo::exists(nameWith(n, BeforeRestoreTag)))
            continue;
        const QString candidate = nameWith(n, tag);
        if (QFile::rename(partial, candidate)) {
            result.outcome = SnapshotResult::Outcome::Taken;
            result.path = candidate;
            prune();
            return result;
        }
    }
    QFile::remove(partial);
    result.error = tr("Cannot name the snapshot in %1.").arg(native(dir));
    return result;
}

QList<EventSnapshot> EventSnapshots::list() const
{
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(m_baseName)
                                     + u"-(\\d{8}-\\d{6})(?:-(\\d+))?(-before-restore)?\\.mannam$"_s);
    struct Found
    {
        EventSnapshot snapshot;
        int sequence = 1;
    };
    QList<Found> found;
    const QFileInfoList files = QDir(folder()).entryInfoList({m_baseName + u"-*"_s + Suffix}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        const QDateTime local = QDateTime::fromString(match.captured(1), StampFormat);
        if (!local.isValid())
            continue;
        Found f;
        f.snapshot.path = file.filePath();
        f.snapshot.takenAtUtc = local.toUTC();
        f.snapshot.size = file.size();
        f.snapshot.kind = match.capturedLength(3) > 0 ? EventSnapshot::Kind::BeforeRestore
                                                       : EventSnapshot::Kind::Automatic;
        f.sequence = match.capturedLength(2) > 0 ? match.captured(2).toInt() : 1;
        found.append(f);
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        if (a.snapshot.takenAtUtc != b.snapshot.takenAtUtc)
            return a.snapshot.takenAtUtc > b.snapshot.takenAtUtc;
        return a.sequence > b.sequence;
    });
    QList<EventSnapshot> snapshots;
    snapshots.reserve(found.size());
    for (const Found &f : std::as_const(found))
        snapshots.append(f.snapshot);
    return snapshots;
}

int EventSnapshots::prune()
{
    int automatic = 0;
    int beforeRestore = 0;
    int removed = 0;
    const QList<EventSnapshot> snapshots = list();
    for (const EventSnapshot &snapshot : snapshots) {
        const bool isAutomatic = snapshot.kind == EventSnapshot::Kind::Automatic;
        const int kept = isAutomatic ? ++automatic : ++beforeRestore;
        if (kept <= (isAutomatic ? m_keep : KeepBeforeRestore))
            continue;
        removeWithCompanions(snapshot.path);
        if (!QFileInfo::exists(snapshot.path))
            ++removed;
    }
    return removed;
}

bool EventSnapshots::restore(const QString &snapshotPath, const QString &targetPath, Overwrite overwrite,
                             QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo snapshot(snapshotPath);
    const QFileInfo target(targetPath);
    if (!snapshot.isFile())
        return fail(tr("There is no snapshot at %1.").arg(native(snapshotPath)));
    if (target.exists() && snapshot.canonicalFilePath() == target.canonicalFilePath())
        return fail(tr("%1 is the snapshot itself; choose another file.").arg(native(targetPath)));
    if (target.exists() && !target.isFile())
        return fail(tr("%1 is not a file; nothing was restored.").arg(native(targetPath)));
    if (target.exists() && overwrite == Overwrite::Refuse)
        return fail(tr("%1 already exists and was not replaced.").arg(native(targetPath)));
    const QFileInfo targetFolder(target.absolutePath());
    if (!targetFolder.isDir())
        return fail(tr("The folder %1 does not exist.").arg(native(targetFolder.filePath())));

    // A copy beside the target, so that the final rename stays on one file system.
    const QString temporary = QDir(target.absolutePath())
                                      .filePath(u"."_s + target.fileName() + u".restore-"_s + uniqueTag());
    QString reason;
    if (!copyFile(snapshotPath, temporary, &reason))
        return fail(tr("Cannot copy the snapshot to %1: %2. Nothing was restored.")
                            .arg(native(target.absolutePath()), reason));

    // The copy, not the original, is what gets checked: what is installed is what passed.
    QString problem;
    try {
        auto event = EventFile::openForReading(temporary);
        const QString check = event->database().integrityCheck();
        if (check != u"ok")
            problem = check;
    } catch (const StorageError &storageError) {
        problem = storageError.message();
        problem.replace(temporary, native(snapshotPath));
    }
    if (!problem.isEmpty()) {
        removeWithCompanions(temporary);
        return fail(tr("The snapshot %1 cannot be restored: it is damaged or not a Mannam event file (%2). "
                       "%3 was not changed.")
                            .arg(native(snapshotPath), problem, native(targetPath)));
    }
    removeCompanions(temporary);  // a read-only open of a rollback-journal file leaves none; be sure

    // SQLite would replay a leftover log of the old file onto the restored one.
    for (const char *companion : {"-wal", "-shm", "-journal"}) {
        const QString leftover = targetPath + QLatin1StringView(companion);
        if (QFileInfo::exists(leftover) && !QFile::remove(leftover)) {
            QFile::remove(temporary);
            return fail(tr("Cannot remove %1 (is the event still open somewhere?). Nothing was restored.")
                                .arg(native(leftover)));
        }
    }
    if (!renameOver(temporary, targetPath, &reason)) {
        QFile::remove(temporary);
        return fail(tr("Cannot replace %1: %2. Nothing was restored.").arg(native(targetPath), reason));
    }
    return true;
}

} // namespace mannam
