#include "AttendeeTableModel.h"

#include "AttendeeRowReader.h"

#include "common/Clock.h"
#include "storage/EventStore.h"
#include "storage/StorageError.h"
#include "transfer/HeaderMapping.h"
#include "transfer/PhoneNumber.h"

#include <QCollator>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <utility>
#include <numeric>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

// Names, affiliations and the rest sort the way Korean readers expect (가 < 나 < 다),
// whatever the UI language.
QCollator koreanCollator()
{
    QCollator collator(QLocale(QLocale::Korean, QLocale::SouthKorea));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

bool sameAttendee(const Attendee &a, const Attendee &b)
{
    return a.id == b.id && a.name == b.name && a.email == b.email && a.phone == b.phone
            && a.affiliation == b.affiliation && a.ticketType == b.ticketType && a.status == b.status
            && a.notes == b.notes && a.attention == b.attention && a.keywords == b.keywords
            && a.consent == b.consent && a.source == b.source && a.externalId == b.externalId
            && a.ticketCode == b.ticketCode && a.badgeCode == b.badgeCode;
}

AttendeeTableModel::Row rowFrom(const AttendanceRow &stored)
{
    AttendeeTableModel::Row row;
    row.attendee = stored.attendee;
    row.firstCheckIn = stored.firstCheckIn;
    row.firstDesk = stored.firstDesk;
    row.searchKeys = AttendeeSearch::keysFor(stored.attendee);
    return row;
}

} // namespace

AttendeeTableModel::AttendeeTableModel(EventStore &store, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_clock(clock)
{
    qRegisterMetaType<std::shared_ptr<AttendeeTableModel::RowUpdate>>();
    m_ranksStale.fill(true);
}

AttendeeTableModel::~AttendeeTableModel()
{
    if (m_readerThread) {
        m_readerThread->quit();
        m_readerThread->wait(); // the reader and its connection are deleted on that thread
    }
}

size_t AttendeeTableModel::fingerprintOf(const Row &row)
{
    const Attendee &a = row.attendee;
    return qHashMulti(0, a.id, a.name, a.email, a.phone, a.affiliation, a.ticketType, int(a.status), a.notes,
                      a.attention, a.keywords, a.consent, int(a.source), a.externalId, a.ticketCode, a.badgeCode,
                      row.firstCheckIn.toMSecsSinceEpoch(), row.firstDesk);
}

AttendeeTableModel::Rows AttendeeTableModel::readRows(EventStore &store)
{
    Rows rows;
    rows.reserve(size_t(store.attendeeCount()));
    store.forEachAttendanceRow([&rows](const AttendanceRow &stored) {
        rows.push_back(rowFrom(stored));
        rows.back().fingerprint = fingerprintOf(rows.back());
    });
    return rows;
}

AttendeeTableModel::RowUpdate AttendeeTableModel::diffRows(Rows fresh, const Fingerprints &shown)
{
    RowUpdate update;
    // Is everybody shown still there? Both lists are in id order: merge walks.
    size_t next = 0;
    for (const Row &row : fresh) {
        if (next < shown.size() && shown[next].first == row.attendee.id)
            ++next;
    }
    if (next != shown.size()) {
        update.complete = true;
        update.rows = std::move(fresh);
        return update;
    }
    next = 0;
    for (Row &row : fresh) {
        const bool known = next < shown.size() && shown[next].first == row.attendee.id;
        if (!known || shown[next].second != row.fingerprint)
            update.rows.push_back(std::move(row));
        if (known)
            ++next;
    }
    return update;
}

void AttendeeTableModel::reload()
{
    applyRows(readRows(m_store), true);
}

void AttendeeTableModel::reloadInBackground()
{
    if (m_backgroundTicket != 0) {
        m_readAgain = true;
        return;
    }
    if (!m_reader) {
        m_readerThread = new QThread(this);
        m_readerThread->setObjectName(u"attendee reader"_s);
        m_reader = new AttendeeRowReader(m_store.database().path());
        m_reader->moveToThread(m_readerThread);
        connect(m_readerThread, &QThread::finished, m_reader, &QObject::deleteLater);
        connect(m_reader, &AttendeeRowReader::rowsRead, this, &AttendeeTableModel::backgroundRowsRead);
        connect(m_reader, &AttendeeRowReader::readFailed, this, [this](quint64 ticket, const QString &message) {
            if (ticket != m_backgroundTicket)
                return;
            m_backgroundTicket = 0;
            m_readAgain = false;
            emit backgroundReloadFailed(message);
        });
        m_readerThread->start();
    }
    requestBackgroundRows();
}

void AttendeeTableModel::requestBackgroundRows()
{
    m_backgroundTicket = m_nextTicket++;
    m_generationAtRequest = m_writeGeneration;
    m_readAgain = false;
    auto shown = std::make_shared<Fingerprints>();
    shown->reserve(m_rows.size());
    for (const Row &row : m_rows)
        shown->emplace_back(row.attendee.id, row.fingerprint);
    std::sort(shown->begin(), shown->end());
    AttendeeRowReader *reader = m_reader;
    const quint64 ticket = m_backgroundTicket;
    QMetaObject::invokeMethod(reader, [reader, ticket, shown] { reader->read(ticket, *shown); }, Qt::QueuedConnection);
}

void AttendeeTableModel::backgroundRowsRead(quint64 ticket, const std::shared_ptr<RowUpdate> &update)
{
    if (ticket != m_backgroundTicket)
        return;
    // An edit made here after the read began may be missing from these rows:
    // read again rather than show the old value.
    if (m_writeGeneration != m_generationAtRequest || m_readAgain) {
        requestBackgroundRows();
        return;
    }
    m_backgroundTicket = 0;
    applyRows(std::move(update->rows), update->complete);
}

void AttendeeTableModel::applyRows(Rows fresh, bool complete)
{
    noteLocalWrite(); // a background read begun before this is older than what is shown now
    // People are never deleted, so normally everyone shown is still there and
    // walk-ins are new; anything else starts over. `fresh` is either every
    // row (complete) or only the changed and new ones.
    Rows added;
    size_t matched = 0;
    bool resortNeeded = false;
    for (Row &row : fresh) {
        const int at = rowOf(row.attendee.id);
        if (at < 0) {
            added.push_back(std::move(row));
            continue;
        }
        ++matched;
        if (m_rows[size_t(at)].fingerprint != row.fingerprint)
            resortNeeded = replaceRow(at, std::move(row)) || resortNeeded;
    }
    if (complete && matched != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(fresh);
        m_ranksStale.fill(true);
        if (m_sortColumn >= 0) {
            const std::vector<int> order = sortedOrder();
            Rows sorted;
            sorted.reserve(m_rows.size());
            for (int from : order)
                sorted.push_back(std::move(m_rows[size_t(from)]));
            m_rows = std::move(sorted);
        }
        indexRows();
        endResetModel();
        emit reloaded();
        return;
    }
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (Row &row : added)
            m_rows.push_back(std::move(row));
        indexRows();
        m_ranksStale.fill(true);
        endInsertRows();
        resortNeeded = true;
    }
    if (resortNeeded)
        resort();
    emit reloaded();
}

void AttendeeTableModel::indexRows()
{
    m_rowById.clear();
    m_rowById.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].attendee.id, int(i));
}

bool AttendeeTableModel::replaceRow(int sourceRow, Row row)
{
    Row &old = m_rows[size_t(sourceRow)];
    row.fingerprint = fingerprintOf(row);
    int first = ColumnCount;
    int last = -1;
    for (int column = 0; column < ColumnCount; ++column) {
        bool changed = false;
        switch (column) {
        case CheckedInColumn: changed = old.firstCheckIn != row.firstCheckIn || old.firstDesk != row.firstDesk; break;
        case ConsentColumn: changed = old.attendee.consent != row.attendee.consent; break;
        case AttentionColumn: changed = old.attendee.attention != row.attendee.attention; break;
        default:
            changed = textOf(old, column) != textOf(row, column);
            if (!changed) {
                // Same text, same place in the collation.
                row.sortKeys[size_t(column)] = std::move(old.sortKeys[size_t(column)]);
                row.ranks[size_t(column)] = old.ranks[size_t(column)];
            } else {
                row.sortKeys[size_t(column)].reset(); // may be a copy of the old row's
                m_ranksStale[size_t(column)] = true;
            }
        }
        if (changed) {
            first = std::min(first, column);
            last = std::max(last, column);
        }
    }
    // A cancelled person is greyed (and the name struck) in every column.
    if (old.cancelled() != row.cancelled() || old.attendee.notes != row.attendee.notes) {
        first = 0;
        last = ColumnCount - 1;
    }
    const bool sortedColumnChanged = m_sortColumn >= first && m_sortColumn <= last;
    old = std::move(row);
    if (last >= first)
        emit dataChanged(index(sourceRow, first), index(sourceRow, last));
    return sortedColumnChanged;
}

int AttendeeTableModel::rowOf(qint64 attendeeId) const
{
    return m_rowById.value(attendeeId, -1);
}

int AttendeeTableModel::setStatus(const QList<qint64> &attendeeIds, AttendeeStatus status)
{
    QList<qint64> changing;
    for (qint64 id : attendeeIds) {
        const int sourceRow = rowOf(id);
        if (sourceRow >= 0 && m_rows[size_t(sourceRow)].attendee.status != status)
            changing << id;
    }
    if (changing.isEmpty())
        return 0;
    try {
        m_store.write([&] {
            const QDateTime now = m_clock.nowUtc();
            for (qint64 id : std::as_const(changing))
                m_store.setAttendeeStatus(id, status, now);
        });
    } catch (const StorageError &error) {
        emit editRefused(error.message());
        return -1;
    }
    noteLocalWrite();
    bool resortNeeded = false;
    for (qint64 id : std::as_const(changing)) {
        const int sourceRow = rowOf(id);
        Row row = m_rows[size_t(sourceRow)];
        row.attendee.status = status;
        resortNeeded = replaceRow(sourceRow, std::move(row)) || resortNeeded;
    }
    if (resortNeeded)
        resort();
    return int(changing.size());
}

QStringList AttendeeTableModel::ticketTypes() const
{
    QSet<QString> distinct;
    for (const Row &row : m_rows) {
        if (!row.attendee.ticketType.isEmpty())
            distinct.insert(row.attendee.ticketType);
    }
    QStringList types(distinct.cbegin(), distinct.cend());
    const QCollator collator = koreanCollator();
    std::sort(types.begin(), types.end(), collator);
    return types;
}

QString AttendeeTableModel::checkInText(const QDateTime &utc) const
{
    // Today's arrivals by time only; the date is shown once the day is over.
    const QDateTime local = utc.toLocalTime();
    if (local.date() == m_clock.nowUtc().toLocalTime().date())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

bool AttendeeTableModel::isOurs(const QModelIndex &index) const
{
    // Not checkIndex(): views and the model tester ask about invalid indexes
    // on purpose, and that is no reason to warn.
    return index.isValid() && index.model() == this && index.row() < int(m_rows.size()) && index.column() < ColumnCount;
}

bool AttendeeTableModel::isTextColumn(int column)
{
    switch (column) {
    case CheckedInColumn:
    case ConsentColumn:
    case AttentionColumn:
        return false;
    default:
        return true;
    }
}

QString AttendeeTableModel::textOf(const Row &row, int column)
{
    const Attendee &a = row.attendee;
    switch (column) {
    case NameColumn: return a.name;
    case AffiliationColumn: return a.affiliation;
    case EmailColumn: return a.email;
    case PhoneColumn: return a.phone;
    case TicketTypeColumn: return a.ticketType;
    case StatusColumn: return a.status == AttendeeStatus::Cancelled ? tr("Cancelled") : tr("Registered");
    case NotesColumn: return a.notes;
    case TicketCodeColumn: return a.ticketCode;
    case KeywordsColumn: return a.keywords.join(u", "_s);
    default: return {};
    }
}

void AttendeeTableModel::rankColumn(int column) const
{
    // Sort keys once per value (ICU keys compare as bytes), then rank the
    // rows, so that sorting and every later comparison compare ints.
    const QCollator collator = koreanCollator();
    std::vector<const QCollatorSortKey *> keys(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        std::optional<QCollatorSortKey> &key = m_rows[i].sortKeys[size_t(column)];
        if (!key)
            key = collator.sortKey(textOf(m_rows[i], column));
        keys[i] = &*key;
    }
    std::vector<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&keys](int a, int b) { return keys[size_t(a)]->compare(*keys[size_t(b)]) < 0; });
    int rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        // Equal texts share a rank.
        if (i > 0 && keys[size_t(order[i - 1])]->compare(*keys[size_t(order[i])]) != 0)
            ++rank;
        m_rows[size_t(order[i])].ranks[size_t(column)] = rank;
    }
    m_ranksStale[size_t(column)] = false;
}

int AttendeeTableModel::rankOf(int sourceRow, int column) const
{
    if (m_ranksStale[size_t(column)])
        rankColumn(column);
    return m_rows[size_t(sourceRow)].ranks[size_t(column)];
}

std::vector<int> AttendeeTableModel::sortedOrder() const
{
    std::vector<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    if (m_sortColumn < 0 || m_rows.empty())
        return order;
    if (isTextColumn(m_sortColumn))
        rankOf(0, m_sortColumn); // ranks ready before the comparisons
    const int column = m_sortColumn;
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(order.begin(), order.end(), [&](int a, int b) { return rowLessThan(a, b, column); });
    else
        std::sort(order.begin(), order.end(), [&](int a, int b) { return rowLessThan(b, a, column); });
    return order;
}

void AttendeeTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
}

void AttendeeTableModel::resort()
{
    const std::vector<int> order = sortedOrder();
    bool moved = false;
    for (size_t i = 0; i < order.size() && !moved; ++i)
        moved = order[i] != int(i);
    if (!moved)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> newRowOf(order.size());
    Rows sorted;
    sorted.reserve(m_rows.size());
    for (size_t i = 0; i < order.size(); ++i) {
        newRowOf[size_t(order[i])] = int(i);
        sorted.push_back(std::move(m_rows[size_t(order[i])]));
    }
    m_rows = std::move(sorted);
    indexRows();
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to << createIndex(newRowOf[size_t(index.row())], index.column());
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool AttendeeTableModel::rowLessThan(int a, int b, int column) const
{
    const Row &left = m_rows[size_t(a)];
    const Row &right = m_rows[size_t(b)];
    // Never checked in sorts before any time (ascending: not yet here first).
    const auto key = [&](const Row &row, int sourceRow) -> std::pair<qint64, qint64> {
        switch (column) {
        case CheckedInColumn: return {row.checkedIn() ? row.firstCheckIn.toMSecsSinceEpoch() : -1, row.attendee.id};
        case ConsentColumn: return {row.attendee.consent ? 1 : 0, row.attendee.id};
        case AttentionColumn: return {row.attendee.attention ? 1 : 0, row.attendee.id};
        default: return {rankOf(sourceRow, column), row.attendee.id};
        }
    };
    return key(left, a) < key(right, b);
}

int AttendeeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendeeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendeeTableModel::data(const QModelIndex &index, int role) const
{
    if (!isOurs(index))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Attendee &a = row.attendee;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == CheckedInColumn)
            return row.checkedIn() ? checkInText(row.firstCheckIn) : QString();
        if (column == ConsentColumn || column == AttentionColumn)
            return {};
        return textOf(row, column);
    case Qt::EditRole:
        if (column == ConsentColumn)
            return a.consent;
        if (column == AttentionColumn)
            return a.attention;
        if (column == CheckedInColumn)
            return row.firstCheckIn;
        return textOf(row, column);
    case Qt::CheckStateRole:
        if (column == ConsentColumn)
            return a.consent ? Qt::Checked : Qt::Unchecked;
        if (column == AttentionColumn)
            return a.attention ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (column == CheckedInColumn && row.checkedIn())
            return tr("First checked in %1 at %2")
                    .arg(QLocale().toString(row.firstCheckIn.toLocalTime(), QLocale::LongFormat), row.firstDesk);
        if (column == NotesColumn || (column == NameColumn && a.attention))
            return a.notes.isEmpty() ? QVariant() : QVariant(a.notes);
        if (column == ConsentColumn)
            return headerData(column, Qt::Horizontal, Qt::ToolTipRole);
        return {};
    case Qt::ForegroundRole:
        if (row.cancelled())
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (row.cancelled() && column == NameColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case SortRole:
        switch (column) {
        case CheckedInColumn: return row.firstCheckIn;
        case ConsentColumn: return a.consent;
        case AttentionColumn: return a.attention;
        default: return rankOf(index.row(), column);
        }
    case AttendeeIdRole:
        return a.id;
    default:
        return {};
    }
}

QVariant AttendeeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ConsentColumn: return tr("May share contact details with the people they met after the event");
        case AttentionColumn: return tr("Desk staff must read the notes when this person arrives");
        case CheckedInColumn: return tr("First admission, local time");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case AffiliationColumn: return tr("Affiliation");
    case EmailColumn: return tr("Email");
    case PhoneColumn: return tr("Phone");
    case TicketTypeColumn: return tr("Ticket type");
    case StatusColumn: return tr("Status");
    case CheckedInColumn: return tr("Checked in");
    case ConsentColumn: return tr("Consent", "may share contact details");
    case AttentionColumn: return tr("Attention", "desk must read the notes");
    case NotesColumn: return tr("Notes");
    case TicketCodeColumn: return tr("Ticket code");
    case KeywordsColumn: return tr("Keywords");
    }
    return {};
}

Qt::ItemFlags AttendeeTableModel::flags(const QModelIndex &index) const
{
    if (!isOurs(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case NameColumn:
    case AffiliationColumn:
    case EmailColumn:
    case PhoneColumn:
    case TicketTypeColumn:
    case NotesColumn:
        return flags | Qt::ItemIsEditable;
    case ConsentColumn:
    case AttentionColumn:
        return flags | Qt::ItemIsUserCheckable;
    default:
        return flags;
    }
}

QString AttendeeTableModel::applyEdit(Attendee &attendee, int column, const QVariant &value)
{
    const QString text = value.toString().trimmed();
    switch (column) {
    case NameColumn:
        if (text.isEmpty())
            return tr("A name cannot be empty.");
        attendee.name = text;
        return {};
    case AffiliationColumn: attendee.affiliation = text; return {};
    case TicketTypeColumn: attendee.ticketType = text; return {};
    case NotesColumn: attendee.notes = value.toString().trimmed(); return {};
    case EmailColumn:
        if (!text.isEmpty() && !looksLikeEmail(text))
            return tr("“%1” is not an email address.").arg(text);
        attendee.email = text;
        return {};
    case PhoneColumn:
        if (!text.isEmpty() && phoneMatchKey(text).isEmpty())
            return tr("“%1” is not a phone number.").arg(text);
        attendee.phone = text.isEmpty() ? QString() : normalisePhone(text);
        return {};
    case ConsentColumn:
    case AttentionColumn: {
        // From a check box (Qt::CheckState) or an editor (bool).
        const bool on = value.typeId() == QMetaType::Bool ? value.toBool() : value.toInt() == Qt::Checked;
        (column == ConsentColumn ? attendee.consent : attendee.attention) = on;
        return {};
    }
    default:
        return tr("This column cannot be edited.");
    }
}

bool AttendeeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isOurs(index))
        return false;
    const int column = index.column();
    const bool checkColumn = column == ConsentColumn || column == AttentionColumn;
    if (!(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    if (checkColumn ? (role != Qt::CheckStateRole && role != Qt::EditRole) : role != Qt::EditRole)
        return false;

    const Row &current = m_rows[size_t(index.row())];
    Attendee edited = current.attendee;
    const QString refusal = applyEdit(edited, column, value);
    if (!refusal.isEmpty()) {
        emit editRefused(refusal);
        return false;
    }
    if (sameAttendee(edited, current.attendee))
        return true;

    Attendee stored;
    try {
        stored = m_store.write([&] {
            // Apply the one edit to the person as stored now, so that a change
            // another desk made meanwhile to another field is not undone.
            std::optional<Attendee> fresh = m_store.attendee(current.attendee.id);
            if (!fresh)
                throw StorageError(StorageError::Kind::NotFound, tr("This person is no longer in the event file."));
            applyEdit(*fresh, column, value);
            m_store.updateAttendee(*fresh, m_clock.nowUtc());
            return *fresh;
        });
    } catch (const StorageError &error) {
        emit editRefused(error.message());
        return false;
    }
    noteLocalWrite();
    Row row = current;
    row.attendee = stored;
    row.searchKeys = AttendeeSearch::keysFor(stored);
    if (replaceRow(index.row(), std::move(row)))
        resort();
    return true;
}

} // namespace mannam
