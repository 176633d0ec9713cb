#include "EventExporter.h"

#include "CsvWriter.h"
#include "common/Clock.h"
#include "storage/BingoStore.h"
#include "storage/EventStore.h"
#include "storage/StorageError.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

// Opens `path` through QSaveFile, lets `writeRows` fill it and commits only
// when everything went through: a full disk leaves the old file (or none).
bool writeCsvFile(const QString &path, QString *error, const std::function<void(CsvWriter &)> &writeRows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = EventExporter::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    try {
        CsvWriter writer(&file);
        writeRows(writer);
        if (!writer.ok()) {
            *error = EventExporter::tr("Cannot write %1: %2").arg(path, writer.errorString());
            file.cancelWriting();
            return false;
        }
    } catch (const StorageError &storageError) {
        file.cancelWriting();
        *error = storageError.message();
        return false;
    }
    if (!file.commit()) {
        *error = EventExporter::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

} // namespace

bool EventExporter::exportAttendance(const QString &path, QString *error)
{
    return writeCsvFile(path, error, [this](CsvWriter &writer) {
        writer.writeRow({u"name"_s, u"email"_s, u"phone"_s, u"affiliation"_s, u"ticket_type"_s, u"status"_s,
                         u"checked_in"_s, u"first_check_in"_s, u"desk"_s, u"source"_s, u"external_id"_s,
                         u"ticket_code"_s, u"consent"_s});
        m_store.forEachAttendanceRow([&](const AttendanceRow &row) {
            const Attendee &a = row.attendee;
            writer.writeRow({a.name, a.email, a.phone, a.affiliation, a.ticketType, statusToText(a.status),
                             yesNo(row.firstCheckIn.isValid()), toLocalIsoWithOffset(row.firstCheckIn),
                             row.firstDesk, sourceToText(a.source), a.externalId, a.ticketCode, yesNo(a.consent)});
        });
    });
}

bool EventExporter::exportScans(const QString &path, QString *error)
{
    return writeCsvFile(path, error, [this](CsvWriter &writer) {
        writer.writeRow({u"id"_s, u"time"_s, u"time_utc"_s, u"desk"_s, u"action"_s, u"result"_s, u"code"_s,
                         u"attendee"_s, u"undoes_id"_s, u"nonce"_s});
        m_store.forEachLogEntry([&](const LogEntry &entry) {
            writer.writeRow({QString::number(entry.id), toLocalIsoWithOffset(entry.at), toUtcText(entry.at),
                             entry.desk, actionToText(entry.action), resultToText(entry.result), entry.scannedCode,
                             entry.attendeeName, entry.undoesId ? QString::number(entry.undoesId) : QString(),
                             entry.nonce});
        });
    });
}

bool EventExporter::exportMeetings(const QString &path, QString *error)
{
    return writeCsvFile(path, error, [this](CsvWriter &writer) {
        writer.writeRow({u"id"_s, u"time"_s, u"kiosk"_s, u"a_id"_s, u"a_name"_s, u"b_id"_s, u"b_name"_s,
                         u"filled_on_a"_s, u"filled_on_b"_s});
        BingoStore(m_store).forEachMeeting([&](const MeetingRow &row) {
            const Meeting &m = row.meeting;
            writer.writeRow({QString::number(m.id), toLocalIsoWithOffset(m.at), m.kiosk,
                             QString::number(m.attendeeLo), row.nameLo, QString::number(m.attendeeHi), row.nameHi,
                             QString::number(row.filledOnLo), QString::number(row.filledOnHi)});
        });
    });
}

bool EventExporter::exportWinners(const QString &path, QString *error)
{
    return writeCsvFile(path, error, [this](CsvWriter &writer) {
        writer.writeRow({u"rank"_s, u"name"_s, u"affiliation"_s, u"won_at"_s, u"lines"_s, u"people_met"_s,
                         u"prize_given_at"_s, u"prize_given_by"_s});
        const QList<BingoWinner> winners = BingoStore(m_store).winners();
        for (const BingoWinner &w : winners) {
            writer.writeRow({QString::number(w.rank), w.name, w.affiliation, toLocalIsoWithOffset(w.wonAt),
                             QString::number(w.lines), QString::number(w.peopleMet),
                             toLocalIsoWithOffset(w.prizeGivenAt), w.prizeGivenBy});
        }
    });
}

} // namespace mannam
