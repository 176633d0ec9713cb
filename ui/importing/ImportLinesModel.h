#pragma once

#include "transfer/AttendeeImporter.h"

#include <QAbstractTableModel>

namespace mannam {

// The lines of a dry run that are not simply added — updated (which fields),
// unchanged, skipped (why) — with their line numbers in the file. A model, not
// a table of items: a re-import of thousands of people lists thousands of lines.
class ImportLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, NameColumn, OutcomeColumn, DetailColumn, ColumnCount };

    explicit ImportLinesModel(QObject *parent = nullptr);

    void setPlan(const ImportPlan &plan);
    void clear();
    ImportLine lineAt(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(ImportLine::Outcome outcome);

private:
    QList<ImportLine> m_lines;
};

} // namespace mannam
