#pragma once

#include "common/Attendee.h"
#include "Database.h"
#include "common/ScanRecord.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

namespace mannam {

struct EventStats
{
    int registered = 0;   // status registered (cancelled people excluded)
    int cancelled = 0;
    int checkedIn = 0;    // admitted at least once and not undone
    int inside = 0;       // entries minus exits
    int scans = 0;        // every entry/exit scan, failed ones included
    int meetings = 0;
    int winners = 0;
};

// A row of the attendance export: the person and their first admission.
struct AttendanceRow
{
    Attendee attendee;
    QDateTime firstCheckIn;  // invalid when never admitted
    QString firstDesk;
};

// A scan a desk made offline that, replayed on the server, came out
// differently (the person had been admitted at another desk meanwhile).
struct SyncConflict
{
    QString nonce;             // the offline scan's
    qint64 attendeeId = 0;
    QString attendeeName;      // filled when read
    QString desk;
    QDateTime offlineAt;
    ScanResult offlineResult = ScanResult::Admitted;
    QString serverResult;      // a ScanResult's text, or "not-undone"
    QDateTime replayedAt;
};

// The event's data, read and written through prepared statements. Knows SQL,
// knows no rules: the rules live in the services (checkin/, transfer/...).
// Writes must run inside write() (one transaction per unit of work).
class EventStore
{
public:
    explicit EventStore(Database &db) : m_db(db) {}

    Database &database() { return m_db; }

    // Runs `work` in one write transaction; rolled back if it throws.
    template<typename Work>
    auto write(Work &&work)
    {
        WriteTransaction transaction(m_db);
        if constexpr (std::is_void_v<decltype(work())>) {
            work();
            transaction.commit();
        } else {
            auto result = work();
            transaction.commit();
            return result;
        }
    }

    // Event settings
    EventInfo eventInfo();
    void saveEventInfo(const EventInfo &info);
    QString setting(const QString &key, const QString &fallback = {});
    void setSetting(const QString &key, const QString &value);

    // Attendees
    int attendeeCount();
    QList<Attendee> attendees();                       // all, by id
    std::optional<Attendee> attendee(qint64 id);
    struct CodeOwner { Attendee attendee; CodeKind kind = CodeKind::Ticket; };
    std::optional<CodeOwner> findByCode(const QString &code);
    // The one code equal to `code` ignoring case, if exactly one is.
    std::optional<CodeOwner> findByCodeIgnoringCase(const QString &code);
    QSet<QString> allCodes();
    // Stores a new attendee with its codes and keywords; sets attendee.id.
    void insertAttendee(Attendee &attendee, const QDateTime &nowUtc);
    // Updates every field, the ticket code and keywords (not the badge code).
    void updateAttendee(const Attendee &attendee, const QDateTime &nowUtc);
    // Registers or cancels one person (the organizer's bulk cancel/restore);
    // nothing else of the person is touched.
    void setAttendeeStatus(qint64 attendeeId, AttendeeStatus status, const QDateTime &nowUtc);
    // The attendee's "my keywords" (the first Attendee::MaxKeywords are kept).
    void replaceKeywords(qint64 attendeeId, const QStringList &keywords);

    // Check-in log (append-only)
    qint64 appendLog(LogEntry &entry);                 // sets entry.id
    QList<LogEntry> logFor(qint64 attendeeId);         // oldest first
    QList<LogEntry> recentLog(int limit);              // newest first, with names
    void forEachLogEntry(const std::function<void(const LogEntry &)> &visit); // oldest first, with names
    void forEachAttendanceRow(const std::function<void(const AttendanceRow &)> &visit);

    EventStats stats();

    // Offline fallback (see sync/OfflineDesk): a desk's local copy marks the log
    // rows it wrote while the server was unreachable; the server keeps the
    // conflicts found when they were replayed.
    std::optional<LogEntry> logEntryByNonce(const QString &nonce);
    void markOfflineScan(qint64 logId);
    QList<LogEntry> offlineScans();                    // oldest first
    int offlineScanCount();
    void clearOfflineScan(qint64 logId);
    void recordConflict(const SyncConflict &conflict);
    QList<SyncConflict> conflicts();                   // oldest first, with names

    // Badges printed at the desk: every print is recorded, reprints marked.
    void recordBadgePrint(qint64 attendeeId, const QString &desk, const QDateTime &nowUtc);
    int badgePrintCount(qint64 attendeeId);

private:
    Attendee attendeeFromRow(SqlQuery &row);
    void loadKeywords(Attendee &attendee);
    QHash<qint64, QStringList> allKeywords();
    void writeKeywords(qint64 attendeeId, const QStringList &keywords);
    void writeCode(qint64 attendeeId, CodeKind kind, const QString &code);

    Database &m_db;
};

} // namespace mannam
