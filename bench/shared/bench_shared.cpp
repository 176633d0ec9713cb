// mannam-bench-shared [--server ADDRESS] [--attendees N] [--paced-scans N] [--pace-ms MS] [--quick]
//
// Several desks on one event: check-ins per second and the latency of one
// check-in (CheckInService::scan, from the call to the commit — what a desk
// waits for before it turns green) with 1, 2 and 4 desks, on a shared event on
// PostgreSQL over loopback and, for comparison, on one SQLite event file.
// Each desk is a thread with its own EventFile, so its own connection, as a
// desk on another laptop has.
//
//   flood          every desk scans its own share of the attendees as fast as it can
//   flood, same    every desk scans the same 1,000 codes, each in its own order
//                  (one admission and three "already checked in" per person)
//   paced          every desk scans about once every MS (300 ms: a busy door),
//                  the latency a person at the door sees
//
// Without --server it starts a PostgreSQL server of its own with
// scripts/pg-test-server.sh (in a temporary folder, loopback only) and stops it
// afterwards. --server takes postgresql://USER:PASSWORD@HOST:PORT/DATABASE of a
// user who may create databases: one new database per run, dropped at the end.
// Prints figures; not a test (these machines are noisy).
#include "checkin/CheckInService.h"
#include "codes/TicketCode.h"
#include "storage/EventFile.h"
#include "storage/ServerAddress.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace mannam {
namespace {

using Clock = std::chrono::steady_clock;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Thrown for anything that stops the benchmark; main() reports it once our
// server is stopped again.
struct BenchFailure
{
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw BenchFailure{message};
}

struct Options
{
    QString server;          // admin address given on the command line
    int attendees = 2000;
    int sameCodes = 1000;    // codes every desk scans in "flood, same"
    int pacedScans = 100;    // per desk
    int paceMs = 300;
};

// The PostgreSQL server the runs use: our own (pg-test-server.sh) or the one given.
class Server
{
public:
    explicit Server(const QString &given)
    {
        if (!given.isEmpty()) {
            m_adminUrl = QUrl(given);
        } else {
            m_script = QDir(QStringLiteral(MANNAM_SOURCE_DIR)).filePath(u"scripts/pg-test-server.sh"_s);
            if (!m_state.isValid())
                fail(u"no temporary folder"_s);
            run(u"start"_s);
            QFile file(m_state.filePath(u"admin-url"_s));
            if (!file.open(QIODevice::ReadOnly))
                fail(u"the test server wrote no admin-url"_s);
            m_adminUrl = QUrl(QString::fromUtf8(file.readAll()).trimmed());
        }
        try {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, AdminConnection);
            db.setHostName(m_adminUrl.host());
            db.setPort(m_adminUrl.port(5432));
            db.setUserName(m_adminUrl.userName());
            db.setPassword(m_adminUrl.password());
            db.setDatabaseName(m_adminUrl.path().mid(1));
            if (!db.open())
                fail(u"cannot connect to %1: %2"_s.arg(m_adminUrl.toString(QUrl::RemovePassword),
                                                       db.lastError().text()));
        } catch (...) {
            stop();
            throw;
        }
    }

    ~Server() { stop(); }

    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    void stop()
    {
        if (m_stopped)
            return;
        m_stopped = true;
        {
            QSqlDatabase db = QSqlDatabase::database(AdminConnection, false);
            for (const QString &name : std::as_const(m_made))
                QSqlQuery(db).exec(u"DROP DATABASE IF EXISTS %1"_s.arg(name));
            db.close();
        }
        QSqlDatabase::removeDatabase(AdminConnection);
        if (!m_script.isEmpty()) {
            QProcess script; // best effort: nothing to report to if this fails
            script.start(u"bash"_s, {m_script, u"stop"_s, m_state.path()});
            script.waitForFinished(120'000);
        }
    }

    QString version()
    {
        QSqlQuery query(QSqlDatabase::database(AdminConnection));
        return query.exec(u"SHOW server_version"_s) && query.next() ? query.value(0).toString() : QString();
    }

    // A new empty database, as an address without password (remembered in this process).
    QString newDatabase()
    {
        const QString name = u"mannam_bench_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(m_made.size());
        QSqlQuery create(QSqlDatabase::database(AdminConnection));
        if (!create.exec(u"CREATE DATABASE %1"_s.arg(name)))
            fail(u"CREATE DATABASE failed: %1"_s.arg(create.lastError().text()));
        m_made << name;
        QUrl url = m_adminUrl;
        url.setPath(u"/"_s + name);
        return ServerAddress::parse(url.toString())->toString();
    }

    // The time of one round trip on a fresh connection to `address`, median of 500.
    double roundTripMs(const QString &address)
    {
        const ServerAddress parsed = *ServerAddress::parse(address);
        double median = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"rtt"_s);
            db.setHostName(parsed.host);
            db.setPort(parsed.port);
            db.setUserName(parsed.user);
            db.setPassword(parsed.rememberedPassword());
            db.setDatabaseName(parsed.database);
            if (!db.open())
                fail(db.lastError().text());
            std::vector<double> times;
            {
                QSqlQuery ping(db);
                ping.prepare(u"SELECT 1"_s);
                for (int i = 0; i < 500; ++i) {
                    const auto start = Clock::now();
                    ping.exec();
                    ping.next();
                    times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
                }
            }
            std::sort(times.begin(), times.end());
            median = times.at(times.size() / 2);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"rtt"_s);
        return median;
    }

private:
    static inline const QString AdminConnection = u"bench-admin"_s;

    void run(const QString &action)
    {
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        script.start(u"bash"_s, {m_script, action, m_state.path()});
        if (!script.waitForFinished(120'000) || script.exitCode() != 0)
            fail(u"scripts/pg-test-server.sh %1 failed"_s.arg(action));
    }

    QTemporaryDir m_state;
    QString m_script;
    QUrl m_adminUrl;
    QStringList m_made;
    bool m_stopped = false;
};

// A new event with `count` registered people; returns their ticket codes.
QStringList createEvent(const QString &location, int count)
{
    EventInfo info;
    info.name = u"Bench Meetup"_s;
    info.venue = u"Seoul"_s;
    info.startsAt = QDateTime::currentDateTimeUtc();
    info.desks = {u"Desk 1"_s, u"Desk 2"_s, u"Desk 3"_s, u"Desk 4"_s};
    auto event = EventFile::create(location, info);
    EventStore &store = event->store();
    const QString tag = store.eventInfo().codeTag;
    QStringList codes;
    QSet<QString> taken;
    store.write([&] {
        for (int i = 1; i <= count; ++i) {
            Attendee a;
            a.name = u"참가자 %1"_s.arg(i);
            a.affiliation = u"Bench"_s;
            a.ticketCode = TicketCode::generate(tag, taken);
            taken.insert(a.ticketCode);
            a.badgeCode = TicketCode::generate(tag, taken);
            taken.insert(a.badgeCode);
            store.insertAttendee(a, QDateTime::currentDateTimeUtc());
            codes << a.ticketCode;
        }
    });
    return codes;
}

QStringList shuffled(QStringList list, QRandomGenerator &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(random.bounded(int(i + 1))));
    return list;
}

// What one desk did.
struct DeskResult
{
    std::vector<double> latencyMs;
    int green = 0;
    int yellow = 0;
    int red = 0;
    int errors = 0;          // NOT SAVED: the check-in could not be written
    QString firstError;
};

// Lets every desk open its event first, then starts them together.
class StartLine
{
public:
    explicit StartLine(int desks) : m_waiting(desks) {}
    void arriveAndWait()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (--m_waiting == 0)
            m_go.notify_all();
        else
            m_go.wait(lock, [this] { return m_waiting == 0; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_go;
    int m_waiting;
};

struct Run
{
    QString backend;
    QString scenario;
    int desks = 0;
    int paceMs = 0;            // 0: as fast as it can
    std::vector<QStringList> codesPerDesk;
};

struct Figures
{
    int scans = 0;
    double seconds = 0;
    double perSecond = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
    int green = 0, yellow = 0, red = 0, errors = 0;
    QString firstError;
};

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t rank = size_t(std::ceil(p * double(sorted.size())));
    return sorted.at(std::clamp<size_t>(rank, 1, sorted.size()) - 1);
}

Figures runDesks(const QString &location, const Run &run, quint32 seed)
{
    std::vector<DeskResult> results(size_t(run.desks));
    StartLine start(run.desks);
    std::vector<std::thread> threads;
    const auto began = Clock::now();
    for (int d = 0; d < run.desks; ++d) {
        threads.emplace_back([&, d] {
            DeskResult &result = results[size_t(d)];
            const QString desk = u"Desk %1"_s.arg(d + 1);
            std::unique_ptr<EventFile> event;
            try {
                event = EventFile::open(location);
            } catch (const StorageError &error) {
                result.errors = 1;
                result.firstError = error.message();
                start.arriveAndWait();
                return;
            }
            CheckInService service(event->store());
            QRandomGenerator random(seed + quint32(d));
            const QStringList &codes = run.codesPerDesk.at(size_t(d));
            result.latencyMs.reserve(size_t(codes.size()));
            start.arriveAndWait();
            auto next = Clock::now();
            if (run.paceMs > 0) // desks are not in step: each starts somewhere within one pace
                next += std::chrono::milliseconds(random.bounded(run.paceMs));
            for (const QString &code : codes) {
                if (run.paceMs > 0) {
                    std::this_thread::sleep_until(next);
                    // About one scan every paceMs, never in step with the other desks.
                    next += std::chrono::milliseconds(run.paceMs / 2 + int(random.bounded(run.paceMs)));
                }
                const auto t0 = Clock::now();
                try {
                    const CheckInOutcome outcome = service.scan(code, desk);
                    switch (outcome.signal()) {
                    case CheckInRules::Signal::Green: ++result.green; break;
                    case CheckInRules::Signal::Yellow: ++result.yellow; break;
                    case CheckInRules::Signal::Red: ++result.red; break;
                    }
                } catch (const StorageError &error) {
                    if (result.errors++ == 0)
                        result.firstError = error.message() + u" ("_s + error.detail() + u')';
                }
                result.latencyMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - began).count();

    Figures figures;
    std::vector<double> all;
    for (const DeskResult &result : results) {
        all.insert(all.end(), result.latencyMs.begin(), result.latencyMs.end());
        figures.green += result.green;
        figures.yellow += result.yellow;
        figures.red += result.red;
        figures.errors += result.errors;
        if (figures.firstError.isEmpty())
            figures.firstError = result.firstError;
    }
    std::sort(all.begin(), all.end());
    figures.scans = int(all.size());
    figures.seconds = seconds;
    figures.perSecond = seconds > 0 ? double(all.size()) / seconds : 0;
    figures.p50 = percentile(all, 0.50);
    figures.p95 = percentile(all, 0.95);
    figures.p99 = percentile(all, 0.99);
    figures.max = all.empty() ? 0 : all.back();
    return figures;
}

void printHeader()
{
    out() << qSetFieldWidth(0)
          << u"backend     scenario         desks  scans   wall s  check-ins/s   p50 ms   p95 ms   p99 ms   max ms  "
             "green yellow  errors\n"_s;
    out().flush();
}

void printRow(const Run &run, const Figures &f)
{
    const auto ms = [](double value) { return QString::number(value, 'f', 2).rightJustified(8); };
    out() << run.backend.leftJustified(11) << u' ' << run.scenario.leftJustified(16) << u' '
          << QString::number(run.desks).rightJustified(5) << u' ' << QString::number(f.scans).rightJustified(6)
          << u' ' << QString::number(f.seconds, 'f', 1).rightJustified(8) << u' '
          << QString::number(f.perSecond, 'f', 0).rightJustified(12) << u' ' << ms(f.p50) << u' ' << ms(f.p95)
          << u' ' << ms(f.p99) << u' ' << ms(f.max) << u' ' << QString::number(f.green).rightJustified(6) << u' '
          << QString::number(f.yellow).rightJustified(6) << u' ' << QString::number(f.errors).rightJustified(7)
          << u'\n';
    if (!f.firstError.isEmpty())
        out() << u"            first error: "_s << f.firstError << u'\n';
    out().flush();
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : u"?"_s;
}

int run(const Options &options)
{
    QTemporaryDir files;
    if (!files.isValid())
        fail(u"no temporary folder"_s);
    Server server(options.server);
    const QString firstAddress = server.newDatabase();
    out() << u"mannam-bench-shared: %1 attendees; PostgreSQL %2 on loopback; %3 CPU cores, load average %4\n"_s.arg(
                     options.attendees)
                     .arg(server.version())
                     .arg(QThread::idealThreadCount())
                     .arg(loadAverage())
          << u"loopback round trip (SELECT 1, median of 500): %1 ms\n"_s.arg(server.roundTripMs(firstAddress), 0, 'f', 3)
          << u"latency = CheckInService::scan() from the call to the commit; each desk a thread with its own "
             "connection\n\n"_s;
    printHeader();

    QRandomGenerator random(20261128);
    int runNumber = 0;
    const auto measure = [&](const QString &backend, const QString &scenario, int desks, int paceMs,
                             int codesCount, bool sameCodes) {
        QString location;
        if (backend == u"PostgreSQL") {
            location = runNumber == 0 ? firstAddress : server.newDatabase();
        } else {
            location = files.filePath(u"bench-%1.mannam"_s.arg(runNumber));
        }
        ++runNumber;
        const QStringList codes = createEvent(location, codesCount);
        Run run{backend, scenario, desks, paceMs, {}};
        if (sameCodes) {
            for (int d = 0; d < desks; ++d)
                run.codesPerDesk.push_back(shuffled(codes, random));
        } else {
            const QStringList order = shuffled(codes, random);
            run.codesPerDesk.resize(size_t(desks));
            for (qsizetype i = 0; i < order.size(); ++i)
                run.codesPerDesk[size_t(i % desks)] << order.at(i);
        }
        printRow(run, runDesks(location, run, random.generate()));
    };

    for (const QString &backend : {u"PostgreSQL"_s, u"SQLite file"_s}) {
        for (const int desks : {1, 2, 4})
            measure(backend, u"flood"_s, desks, 0, options.attendees, false);
        measure(backend, u"flood, same"_s, 4, 0, options.sameCodes, true);
        if (options.pacedScans > 0) {
            for (const int desks : {1, 4}) {
                measure(backend, u"paced %1 ms"_s.arg(options.paceMs), desks, options.paceMs,
                        options.pacedScans * desks, false);
            }
        }
    }
    out() << u"\ntarget: p95 <= 20 ms with 4 desks on PostgreSQL\n"_s;
    return 0;
}

} // namespace
} // namespace mannam

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mannam-bench-shared"_s);
    const QStringList arguments = QCoreApplication::arguments();
    mannam::Options options;
    const auto usage = [] {
        QTextStream(stderr) << u"usage: mannam-bench-shared [--server postgresql://USER:PASSWORD@HOST:PORT/DB] "
                               "[--attendees N (1000-3000, default 2000)] [--paced-scans N per desk (default 100, 0: "
                               "none)] [--pace-ms MS (default 300)] [--quick]\n"_s;
        return 3;
    };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const auto number = [&](int &target) {
            bool ok = false;
            target = arguments.value(++i).toInt(&ok);
            return ok && target >= 0;
        };
        if (argument == u"--server" && i + 1 < arguments.size()) {
            options.server = arguments.at(++i);
        } else if (argument == u"--attendees") {
            if (!number(options.attendees) || options.attendees < 4)
                return usage();
        } else if (argument == u"--paced-scans") {
            if (!number(options.pacedScans))
                return usage();
        } else if (argument == u"--pace-ms") {
            if (!number(options.paceMs) || options.paceMs < 2)
                return usage();
        } else if (argument == u"--quick") {
            options.attendees = 1000;
            options.sameCodes = 300;
            options.pacedScans = 20;
        } else {
            return usage();
        }
    }
    options.sameCodes = std::min(options.sameCodes, options.attendees);
    try {
        return mannam::run(options);
    } catch (const mannam::StorageError &error) {
        QTextStream(stderr) << error.message() << u'\n' << error.detail() << u'\n';
        return 4;
    } catch (const mannam::BenchFailure &failure) {
        QTextStream(stderr) << u"mannam-bench-shared: "_s << failure.message << u'\n';
        return 1;
    }
}
