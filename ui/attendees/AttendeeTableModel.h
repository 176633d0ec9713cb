#pragma once

#include "common/Attendee.h"
#include "search/AttendeeSearch.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QDateTime>
#include <QHash>

class QThread;

#include <array>
#include <memory>
#include <utility>
#include <optional>
#include <vector>

namespace mannam {

class AttendeeRowReader;
class Clock;
class EventStore;

// Every attendee of the event as a table: one query loads them all with their
// first check-in; edits are validated, then written through
// EventStore::updateAttendee in one transaction each. The model sorts itself
// (Korean collation ranks for text, computed once per column and kept), so
// that AttendeeFilterModel only filters: a keystroke is one pass over
// precomputed search keys, with no sorting, SQL or string building.
class AttendeeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        AffiliationColumn,
        EmailColumn,
        PhoneColumn,
        TicketTypeColumn,
        StatusColumn,
        CheckedInColumn,
        ConsentColumn,
        AttentionColumn,
        NotesColumn,
        TicketCodeColumn,
        KeywordsColumn,
        ColumnCount
    };
    enum Role {
        // What a column sorts by: a collation rank (int) for text, QDateTime for
        // the check-in time (invalid = never), bool for the check boxes.
        SortRole = Qt::UserRole + 1,
        AttendeeIdRole,
    };

    struct Row
    {
        Attendee attendee;
        QDateTime firstCheckIn; // UTC; invalid when never admitted
        QString firstDesk;
        AttendeeSearch::Keys searchKeys;
        size_t fingerprint = 0; // of everything shown: a reload compares these, not the fields
        // Korean collation of the text columns, filled when first sorted by them.
        mutable std::array<std::optional<QCollatorSortKey>, ColumnCount> sortKeys;
        mutable std::array<int, ColumnCount> ranks{};
        bool checkedIn() const { return firstCheckIn.isValid(); }
        bool cancelled() const { return attendee.status == AttendeeStatus::Cancelled; }
    };

    using Rows = std::vector<Row>;
    // The rows shown, for a background read to compare with: (id, fingerprint), by id.
    using Fingerprints = std::vector<std::pair<qint64, size_t>>;
    // What a background read found: the rows that differ from the ones shown
    // (changed or new), or every row when somebody shown is gone (complete).
    struct RowUpdate
    {
        Rows rows;
        bool complete = false;
    };

    AttendeeTableModel(EventStore &store, const Clock &clock, QObject *parent = nullptr);
    ~AttendeeTableModel() override;

    // Every attendee with their first admission (in id order): one query.
    // Runs on any thread that has its own connection.
    static Rows readRows(EventStore &store);
    // `fresh` (as readRows gives it) against what is shown; runs on the reader's
    // thread, so unchanged rows are compared and freed there.
    static RowUpdate diffRows(Rows fresh, const Fingerprints &shown);

    // Reads every attendee again (one query, on this thread). Rows that are
    // still there stay where they are (unless the sort moves them), so
    // selections survive; only rows that changed are announced.
    void reload();
    // The same, read on a worker thread with its own read-only connection, so
    // that following other desks never stalls the window; the rows are
    // applied when they arrive (reloaded() then). A read that an edit made
    // here overtook is read again.
    void reloadInBackground();
    bool isReloadingInBackground() const { return m_backgroundTicket != 0; }

    const Row &row(int sourceRow) const { return m_rows[size_t(sourceRow)]; }
    int rowOf(qint64 attendeeId) const; // -1 when not loaded
    // Sets the status of the given people in ONE transaction (all or
    // nothing); returns how many changed, or -1 after a storage error (then
    // nothing changed and editRefused was emitted).
    int setStatus(const QList<qint64> &attendeeIds, AttendeeStatus status);
    // The distinct non-empty ticket types, in Korean collation order.
    QStringList ticketTypes() const;

    // Does row `a` sort before `b` by `column` (ties: by id)?
    bool rowLessThan(int a, int b, int column) const;
    // Sorts the rows themselves and keeps them sorted through edits and reloads.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // An edit or a bulk change was refused (bad input or a storage error);
    // nothing was written and the row is unchanged.
    void editRefused(const QString &message);
    // Fresh rows were applied (after reload() or a background read).
    void reloaded();
    // A background read failed (the file went away, a disk error); the rows stay as they were.
    void backgroundReloadFailed(const QString &message);

private:
    bool isOurs(const QModelIndex &index) const;
    QString checkInText(const QDateTime &utc) const;
    static bool isTextColumn(int column);
    static size_t fingerprintOf(const Row &row);
    void applyRows(Rows fresh, bool complete);
    void requestBackgroundRows();
    void backgroundRowsRead(quint64 ticket, const std::shared_ptr<RowUpdate> &update);
    void noteLocalWrite() { ++m_writeGeneration; }
    static QString textOf(const Row &row, int column);
    // Validates `value` for `column` and applies it to `attendee`; an empty
    // result means accepted, anything else is the message shown.
    static QString applyEdit(Attendee &attendee, int column, const QVariant &value);
    // Puts `row` at `sourceRow` and announces the columns that changed;
    // true when the column sorted by changed (then the caller re-sorts).
    bool replaceRow(int sourceRow, Row row);
    int rankOf(int sourceRow, int column) const;
    void rankColumn(int column) const;
    std::vector<int> sortedOrder() const;
    void resort(); // with a layout change, persistent indexes moved along
    void indexRows();

    EventStore &m_store;
    const Clock &m_clock;
    Rows m_rows;                                  // in sorted order
    QHash<qint64, int> m_rowById;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable std::array<bool, ColumnCount> m_ranksStale;

    // Background reads: a worker thread with its own connection, started on first use.
    QThread *m_readerThread = nullptr;
    AttendeeRowReader *m_reader = nullptr;
    quint64 m_nextTicket = 1;
    quint64 m_backgroundTicket = 0;      // the read in flight, 0 when none
    quint64 m_writeGeneration = 0;       // edits and reloads made here
    quint64 m_generationAtRequest = 0;
    bool m_readAgain = false;            // asked again while a read was in flight
};

} // namespace mannam
