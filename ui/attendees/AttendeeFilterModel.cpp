#include "AttendeeFilterModel.h"

#include "AttendeeTableModel.h"

namespace mannam {

AttendeeFilterModel::AttendeeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true); // re-filters rows whose data changed; never sorts (sortColumn() stays -1)
}

void AttendeeFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_source = qobject_cast<AttendeeTableModel *>(sourceModel);
    Q_ASSERT(m_source || !sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void AttendeeFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    const AttendeeSearch::Query query = AttendeeSearch::prepareQuery(text);
    if (query.needle == m_query.needle)
        return; // only spaces changed
    m_query = query;
    refilter();
}

void AttendeeFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status)
        return;
    m_status = filter;
    refilter();
}

void AttendeeFilterModel::setCheckedInFilter(CheckedInFilter filter)
{
    if (filter == m_checkedIn)
        return;
    m_checkedIn = filter;
    refilter();
}

void AttendeeFilterModel::setTicketTypeFilter(const QString &ticketType)
{
    if (ticketType == m_ticketType)
        return;
    m_ticketType = ticketType;
    refilter();
}

void AttendeeFilterModel::refilter()
{
    // invalidateFilter() would announce every hidden block of rows on its own
    // (thousands of signals for a scattered match at 10,000 rows); a full
    // invalidate is one layout change and one filter-and-sort pass.
    invalidate();
}

int AttendeeFilterModel::sourceRow(int proxyRow) const
{
    return mapToSource(index(proxyRow, 0)).row();
}

bool AttendeeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_source || sourceParent.isValid())
        return false;
    const AttendeeTableModel::Row &row = m_source->row(sourceRow);
    if (m_status == StatusFilter::Registered && row.cancelled())
        return false;
    if (m_status == StatusFilter::Cancelled && !row.cancelled())
        return false;
    if (m_checkedIn == CheckedInFilter::Yes && !row.checkedIn())
        return false;
    if (m_checkedIn == CheckedInFilter::No && row.checkedIn())
        return false;
    if (!m_ticketType.isEmpty() && row.attendee.ticketType != m_ticketType)
        return false;
    return AttendeeSearch::matches(row.searchKeys, m_query);
}

void AttendeeFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_source)
        m_source->sort(column, order);
}

} // namespace mannam
