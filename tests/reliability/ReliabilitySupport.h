#pragma once
// Helpers of the faults-and-abuse suite (issue 8): the real `mannam` command
// line run as a child process, a small size-limited filesystem that can be
// filled, made read-only and given more room (tmpfs; mounting needs root, as
// in CI), many people added in one transaction, and raw looks at the event
// file that do not go through the code under test.
#include "BingoInvariants.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>

#include <cerrno>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace mannam::test {

// One run of the real CLI.
struct CliRun
{
    bool finished = false;  // false: it had to be killed (a hang)
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;

    QString describe() const
    {
        return QStringLiteral("exit %1 after %2 ms%3\n--- stdout:\n%4\n--- stderr:\n%5")
                .arg(exitCode)
                .arg(ms)
                .arg(finished ? QString() : QStringLiteral(" (KILLED: did not finish)"))
                .arg(out.left(2000), err.left(2000));
    }
};

inline QString mannamBinary()
{
    return qEnvironmentVariable("MANNAM_BINARY");
}

// Runs `mannam arguments...`, feeding `input` on stdin; kills it after `timeoutMs`.
inline CliRun runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000)
{
    CliRun run;
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(mannamBinary(), arguments);
    if (!process.waitForStarted(10000)) {
        run.err = process.errorString();
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.ms = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// `mannam checkin EVENT -` as a desk script drives it: a code on stdin, the
// answer line on stdout, one at a time, while the test changes the world
// (fills the disk, takes the write lock) between two codes.
class InteractiveCheckIn
{
public:
    InteractiveCheckIn(const QString &eventPath, const QString &desk)
    {
        m_process.start(mannamBinary(), {QStringLiteral("checkin"), eventPath, QStringLiteral("-"),
                                         QStringLiteral("--desk"), desk});
        m_process.waitForStarted(10000);
    }
    ~InteractiveCheckIn()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Sends one code; returns the line printed for it, or an empty string if
    // the process printed nothing within `timeoutMs` (ended or stuck).
    QString checkIn(const QString &code, int timeoutMs = 15000)
    {
        send(code);
        return readLine(timeoutMs);
    }
    void send(const QString &code) { m_process.write((code + u'\n').toUtf8()); }
    QString readLine(int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_pending.contains('\n')) {
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0 || (m_process.bytesAvailable() == 0 && !m_process.waitForReadyRead(int(left))))
                break;
            m_pending += m_process.readAllStandardOutput();
        }
        const qsizetype end = m_pending.indexOf('\n');
        if (end < 0)
            return {};
        const QString line = QString::fromUtf8(m_pending.left(end));
        m_pending.remove(0, end + 1);
        return line;
    }

    // Closes stdin and waits; the exit code (-1 if it had to be killed).
    int finish(int timeoutMs = 15000)
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            return -1;
        }
        m_pending += m_process.readAllStandardOutput();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    bool waitForExit(int timeoutMs)
    {
        return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
    }
    int exitCode() const { return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1; }
    QString errorOutput() { return QString::fromUtf8(m_process.readAllStandardError()); }
    QString remainingOutput() { return QString::fromUtf8(m_pending + m_process.readAllStandardOutput()); }

private:
    QProcess m_process;
    QByteArray m_pending;
};

// The largest peak resident memory of any child process waited for so far, in MB.
inline qint64 largestChildPeakMb()
{
    rusage usage{};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_maxrss) / 1024; // Linux reports kilobytes
}

inline qint64 ownPeakMb()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) / 1024;
}

// `count` registered people "<prefix> 0000".. with fresh codes, in one transaction.
inline QList<Attendee> addPeople(EventStore &store, int count, const QString &prefix = QStringLiteral("Guest"))
{
    QList<Attendee> people;
    const QString tag = store.eventInfo().codeTag;
    QSet<QString> taken = store.allCodes();
    store.write([&] {
        for (int i = 0; i < count; ++i) {
            Attendee a;
            a.name = QStringLiteral("%1 %2").arg(prefix).arg(i, 4, 10, QChar(u'0'));
            a.ticketCode = TicketCode::generate(tag, taken);
            taken.insert(a.ticketCode);
            a.badgeCode = TicketCode::generate(tag, taken);
            taken.insert(a.badgeCode);
            store.insertAttendee(a, eventDayUtc(8));
            people << a;
        }
    });
    return people;
}

// Every byte of the event: the file and its WAL and shared-memory companions.
inline QByteArray eventBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

// The names in a folder (files and folders, hidden ones too), sorted.
inline QStringList folderEntries(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

inline bool runTool(const QString &program, const QStringList &arguments, QString *error = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    const bool ok = process.waitForFinished(20000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
    if (!ok && error)
        *error = QStringLiteral("%1 %2: %3%4")
                         .arg(program, arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()),
                              process.errorString());
    return ok;
}

// A tmpfs of a given size mounted in a folder for the length of a test: a
// disk that really fills up (ENOSPC), can be made read-only and can be given
// more room, without touching the machine's disks. Needs root (CI runs as root).
class SmallDisk
{
public:
    // Mounted at <parentFolder>/mannam-smalldisk-<pid>-<n>.
    SmallDisk(const QString &parentFolder, qint64 bytes)
    {
        static int count = 0;
        m_folder = QDir(parentFolder).filePath(
                QStringLiteral("%1%2-%3").arg(MountPrefix).arg(QCoreApplication::applicationPid()).arg(++count));
        if (::geteuid() != 0) {
            m_error = QStringLiteral("mounting a size-limited tmpfs needs root (CI runs the tests as root)");
            return;
        }
        unmountLeftovers();
        const QString folder = m_folder;
        QDir().mkpath(folder);
        m_mounted = runTool(QStringLiteral("mount"),
                            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                             QStringLiteral("size=%1,mode=0777").arg(bytes), QStringLiteral("tmpfs"), folder},
                            &m_error);
    }
    ~SmallDisk()
    {
        if (m_mounted)
            runTool(QStringLiteral("umount"), {QStringLiteral("-l"), m_folder});
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }
    QString folder() const { return m_folder; }
    QString filePath(const QString &name) const { return QDir(m_folder).filePath(name); }

    qint64 freeBytes() const
    {
        struct statvfs info{};
        if (::statvfs(QFile::encodeName(m_folder).constData(), &info) != 0)
            return -1;
        return qint64(info.f_bavail) * qint64(info.f_frsize);
    }

    // Takes all free space but `leaveBytes` with a filler file (another
    // program's video, say). Returns the bytes the filler holds.
    // With nothing to leave, it writes until the filesystem says ENOSPC.
    qint64 fill(qint64 leaveBytes = 0)
    {
        const int fd = ::open(QFile::encodeName(fillerPath()).constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (fd < 0)
            return -1;
        static const QByteArray block(4096, 'x');
        qint64 wanted = freeBytes() - leaveBytes;
        while (leaveBytes == 0 || wanted > 0) {
            const qint64 chunk = leaveBytes == 0 ? block.size() : std::min<qint64>(wanted, block.size());
            const ssize_t written = ::write(fd, block.constData(), size_t(chunk));
            if (written <= 0)
                break; // ENOSPC
            wanted -= written;
        }
        ::close(fd);
        return QFileInfo(fillerPath()).size();
    }
    // The other program's file is deleted: space returns.
    void removeFiller() { QFile::remove(fillerPath()); }
    // The organizer moves the event to a bigger disk, or the disk is grown.
    bool resize(qint64 bytes)
    {
        return runTool(QStringLiteral("mount"),
                       {QStringLiteral("-o"), QStringLiteral("remount,size=%1").arg(bytes), m_folder}, &m_error);
    }
    bool setReadOnly(bool readOnly)
    {
        return runTool(QStringLiteral("mount"),
                       {QStringLiteral("-o"), readOnly ? QStringLiteral("remount,ro") : QStringLiteral("remount,rw"),
                        m_folder},
                       &m_error);
    }

private:
    static constexpr QLatin1StringView MountPrefix{"mannam-smalldisk-"};

    QString fillerPath() const { return filePath(QStringLiteral("filler.bin")); }

    // A run that crashed never unmounted its disks: unmount those whose
    // process is gone (the pid is in the name), never a running test's.
    static void unmountLeftovers()
    {
        QFile mounts(QStringLiteral("/proc/self/mounts"));
        if (!mounts.open(QIODevice::ReadOnly))
            return;
        const QList<QByteArray> lines = mounts.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QString mountPoint = QString::fromLocal8Bit(line.split(' ').value(1));
            const qsizetype at = mountPoint.lastIndexOf(MountPrefix);
            if (at < 0)
                continue;
            const qint64 pid = mountPoint.mid(at + MountPrefix.size()).section(u'-', 0, 0).toLongLong();
            if (pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
                runTool(QStringLiteral("umount"), {QStringLiteral("-l"), mountPoint});
        }
    }

    QString m_folder;
    QString m_error;
    bool m_mounted = false;
};

} // namespace mannam::test
