#include "RecentScansTable.h"

#include "checkin/CheckInService.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {
constexpr int LogIdRole = Qt::UserRole;
constexpr int AttendeeIdRole = Qt::UserRole + 1;

QColor tintFor(ScanResult result)
{
    switch (CheckInRules::signalFor(result)) {
    case CheckInRules::Signal::Green: return QColor(0xd8, 0xf3, 0xdc);
    case CheckInRules::Signal::Yellow: return QColor(0xff, 0xf3, 0xbf);
    case CheckInRules::Signal::Red: return QColor(0xff, 0xd6, 0xd6);
    }
    return {};
}
} // namespace

RecentScansTable::RecentScansTable(QWidget *parent)
    : QTableWidget(0, 4, parent)
{
    setObjectName(u"recentScansTable"_s);
    setHorizontalHeaderLabels({tr("Time"), tr("Name"), tr("Result"), tr("Desk")});
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setFocusPolicy(Qt::NoFocus); // the desk's keyboard belongs to the search box
}

qint64 RecentScansTable::selectedLogId() const
{
    const QTableWidgetItem *first = currentRow() >= 0 ? item(currentRow(), 0) : nullptr;
    return first ? first->data(LogIdRole).toLongLong() : 0;
}

qint64 RecentScansTable::selectedAttendeeId() const
{
    const QTableWidgetItem *first = currentRow() >= 0 ? item(currentRow(), 0) : nullptr;
    return first ? first->data(AttendeeIdRole).toLongLong() : 0;
}

void RecentScansTable::showEntries(const QList<LogEntry> &entries)
{
    const qint64 selected = selectedLogId();
    setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const LogEntry &entry = entries.at(row);
        const QStringList cells = {QLocale().toString(entry.at.toLocalTime().time(), QLocale::ShortFormat),
                                   entry.attendeeName.isEmpty() ? entry.scannedCode.left(40) : entry.attendeeName,
                                   CheckInService::resultLabel(entry.result), entry.desk};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setBackground(tintFor(entry.result));
            cell->setForeground(QColor(Qt::black));
            cell->setData(LogIdRole, entry.id);
            cell->setData(AttendeeIdRole, entry.attendeeId);
            setItem(row, column, cell);
        }
        if (selected != 0 && entry.id == selected)
            selectRow(row);
    }
    resizeColumnToContents(0);
    resizeColumnToContents(2);
}

} // namespace mannam
