#include "EventExporter.h"

#include "CsvWriter.h"
#include "SaveFile.h"
#include "common/Clock.h"
#include "storage/BingoStore.h"
#include "storage/EventStore.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mannam {

// The CSV writer with a row count and the progress/cancel callback. The stores visit
// rows through callbacks that cannot stop early, so after a cancel the remaining rows
// are only skipped (cheap) and the file is discarded at the end.
class EventExporter::RowSink
{
public:
    RowSink(CsvWriter &writer, const Progress &progress) : m_writer(writer), m_progress(progress) {}

    void header(const QStringList &cells) { m_writer.writeRow(cells); }
    void row(const QStringList &cells)
    {
        if (m_cancelled)
            return;
        m_writer.writeRow(cells);
        ++m_rows;
        if (m_progress && m_rows % ProgressEveryRows == 0 && !m_progress(m_rows))
            m_cancelled = true;
    }
    // The last report, so that a short export also shows its count.
    void finish()
    {
        if (!m_cancelled && m_progress && !m_progress(m_rows))
            m_cancelled = true;
    }
    int rows() const { return m_rows; }
    bool cancelled() const { return m_cancelled; }

private:
    CsvWriter &m_writer;
    const Progress &m_progress;
    int m_rows = 0;
    bool m_cancelled = false;
};

namespace {

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

QStringList attendanceHeader()
{
    return {u"name"_s, u"email"_s, u"phone"_s, u"affiliation"_s, u"ticket_type"_s, u"status"_s,
            u"checked_in"_s, u"first_check_in"_s, u"desk"_s, u"source"_s, u"external_id"_s,
            u"ticket_code"_s, u"consent"_s};
}

QStringList attendanceCells(const AttendanceRow &row)
{
    const Attendee &a = row.attendee;
    return {a.name, a.email, a.phone, a.affiliation, a.ticketType, statusToText(a.status),
            yesNo(row.firstCheckIn.isValid()), toLocalIsoWithOffset(row.firstCheckIn),
            row.firstDesk, sourceToText(a.source), a.externalId, a.ticketCode, yesNo(a.consent)};
}

} // namespace

// Opens `path` through a CompleteSaveFile, lets `writeRows` fill it and commits only
// when everything went through: a full disk or a cancel leaves the old file (or none).
bool EventExporter::writeCsvFile(const QString &path, QString *error,
                                 const std::function<void(RowSink &)> &writeRows)
{
    m_rows = 0;
    m_cancelled = false;
    const QString shownPath = QDir::toNativeSeparators(path);
    CompleteSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(shownPath, file.errorString());
        return false;
    }
    try {
        CsvWriter writer(&file);
        RowSink sink(writer, m_progress);
        writeRows(sink);
        sink.finish();
        m_rows = sink.rows();
        if (sink.cancelled()) {
            m_cancelled = true;
            file.cancelWriting();
            *error = tr("The export was cancelled; %1 was not written.").arg(shownPath);
            return false;
        }
        if (!writer.ok()) {
            *error = tr("Cannot write %1: %2").arg(shownPath, writer.errorString());
            file.cancelWriting();
            return false;
        }
    } catch (const StorageError &storageError) {
        file.cancelWriting();
        *error = storageError.message();
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(shownPath, file.failureReason());
        return false;
    }
    return true;
}

bool EventExporter::exportAttendance(const QString &path, QString *error)
{
    return writeCsvFile(path, error, [this](RowSink &sink) {
        sink.header(attendanceHeader());
        m_store.forEachAttendanceRow([&](const AttendanceRow &row) { sink.row(attendanceCells(row)); });
    });
}

bool EventExporter::exportAttendanceOf(const QList<qint64> &attendeeIds, const QString &path, QString *error)
{
    const QSet<qint64> wanted(attendeeIds.cbegin(), attendeeIds.cend());
    return writeCsvFile(path, error, [&](RowSink &sink) {
        sink.header(attendanceHeader());
        m_store.forEachAttendanceRow([&](const AttendanceRow &row) {
            if (wanted.contains(row.attendee.id))
                sink.row(attendanceCells(row));
        });
    });
}

bool EventExporter::exportScans(const QString &path, QString *error)
{
    return writeCsvFile(path, error, [this](RowSink &sink) {
        sink.header({u"id"_s, u"time"_s, u"time_utc"_s, u"desk"_s, u"action"_s, u"result"_s, u"code"_s,
                     u"attendee"_s, u"undoes_id"_s, u"nonce"_s});
        m_store.forEachLogEntry([&](const LogEntry &entry) {
            sink.row({QString::number(entry.id), toLocalIsoWithOffset(entry.at), toUtcText(entry.at),
                      entry.desk, actionToText(entry.action), resultToText(entry.result), entry.scannedCode,
                      entry.attendeeName, entry.undoesId ? QString::number(entry.undoesId) : QString(),
                      entry.nonce});
        });
    });
}

bool EventExporter::exportMeetings(const QString &path, QString *error)
{
    return writeCsvFile(path, error, [this](RowSink &sink) {
        sink.header({u"id"_s, u"time"_s, u"kiosk"_s, u"a_id"_s, u"a_name"_s, u"b_id"_s, u"b_name"_s,
                     u"filled_on_a"_s, u"filled_on_b"_s});
        BingoStore(m_store).forEachMeeting([&](const MeetingRow &row) {
            const Meeting &m = row.meeting;
            sink.row({QString::number(m.id), toLocalIsoWithOffset(m.at), m.kiosk,
                      QString::number(m.attendeeLo), row.nameLo, QString::number(m.attendeeHi), row.nameHi,
                      QString::number(row.filledOnLo), QString::number(row.filledOnHi)});
        });
    });
}

bool EventExporter::exportWinners(const QString &path, QString *error)
{
    return writeCsvFile(path, error, [this](RowSink &sink) {
        sink.header({u"rank"_s, u"name"_s, u"affiliation"_s, u"won_at"_s, u"lines"_s, u"people_met"_s,
                     u"prize_given_at"_s, u"prize_given_by"_s});
        const QList<BingoWinner> winners = BingoStore(m_store).winners();
        for (const BingoWinner &w : winners) {
            sink.row({QString::number(w.rank), w.name, w.affiliation, toLocalIsoWithOffset(w.wonAt),
                      QString::number(w.lines), QString::number(w.peopleMet),
                      toLocalIsoWithOffset(w.prizeGivenAt), w.prizeGivenBy});
        }
    });
}

bool EventExporter::exportContacts(const QString &path, QString *error)
{
    return writeCsvFile(path, error, [this](RowSink &sink) {
        sink.header({u"met_at"_s, u"a_name"_s, u"a_affiliation"_s, u"a_email"_s, u"a_phone"_s, u"b_name"_s,
                     u"b_affiliation"_s, u"b_email"_s, u"b_phone"_s});
        // Only the people who may be shared are kept at all, so nobody else's details can
        // slip into a row by mistake. A cancelled registration withdraws the consent too.
        QHash<qint64, Attendee> sharing;
        const QList<Attendee> attendees = m_store.attendees();
        for (const Attendee &a : attendees) {
            if (a.consent && a.status != AttendeeStatus::Cancelled)
                sharing.insert(a.id, a);
        }
        if (sharing.size() < 2)
            return;
        BingoStore(m_store).forEachMeeting([&](const MeetingRow &row) {
            const auto lo = sharing.constFind(row.meeting.attendeeLo);
            const auto hi = sharing.constFind(row.meeting.attendeeHi);
            if (lo == sharing.cend() || hi == sharing.cend())
                return;
            sink.row({toLocalIsoWithOffset(row.meeting.at), lo->name, lo->affiliation, lo->email, lo->phone,
                      hi->name, hi->affiliation, hi->email, hi->phone});
        });
    });
}

} // namespace mannam
