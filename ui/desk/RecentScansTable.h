#pragma once

#include "common/ScanRecord.h"

#include <QTableWidget>

namespace mannam {

// The latest check-in log rows, newest first, tinted green/yellow/red: time,
// name (or the code when nobody matched), result, desk.
class RecentScansTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit RecentScansTable(QWidget *parent = nullptr);

    // Replaces the rows; the selected log row stays selected if it is still shown.
    void showEntries(const QList<LogEntry> &entries);
    // The person of the selected row, 0 when none (or a scan that matched nobody).
    qint64 selectedAttendeeId() const;

private:
    qint64 selectedLogId() const;
};

} // namespace mannam
