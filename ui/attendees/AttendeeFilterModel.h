#pragma once

#include "search/AttendeeSearch.h"

#include <QSortFilterProxyModel>

namespace mannam {

class AttendeeTableModel;

// The organizer's view of the attendee table: status, checked in, ticket type
// and free text (name with Korean initial consonants, email, phone digits,
// affiliation, codes). Sorting is passed on to AttendeeTableModel, which keeps
// its rows sorted, so a filter change is one pass in source order: no
// comparisons, and one layout change rather than a signal per hidden block of
// rows. Fast enough to run on every keystroke at 10,000 rows.
class AttendeeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter { All, Registered, Cancelled };
    enum class CheckedInFilter { Any, Yes, No };

    explicit AttendeeFilterModel(QObject *parent = nullptr);

    // Must be an AttendeeTableModel.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    AttendeeTableModel *attendeeModel() const { return m_source; }

    void setSearchText(const QString &text);
    void setStatusFilter(StatusFilter filter);
    void setCheckedInFilter(CheckedInFilter filter);
    void setTicketTypeFilter(const QString &ticketType); // empty = any
    QString searchText() const { return m_searchText; }
    StatusFilter statusFilter() const { return m_status; }
    CheckedInFilter checkedInFilter() const { return m_checkedIn; }
    QString ticketTypeFilter() const { return m_ticketType; }

    // The source row of a row of this model.
    int sourceRow(int proxyRow) const;

    // Sorts the source model (this proxy keeps its order).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    AttendeeTableModel *m_source = nullptr;
    QString m_searchText;
    AttendeeSearch::Query m_query;
    StatusFilter m_status = StatusFilter::All;
    CheckedInFilter m_checkedIn = CheckedInFilter::Any;
    QString m_ticketType;
};

} // namespace mannam
