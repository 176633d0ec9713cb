#include "ImportLinesModel.h"

#include "FieldLabels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace mannam {

ImportLinesModel::ImportLinesModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportLinesModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_lines.clear();
    for (const ImportLine &line : plan.lines) {
        if (line.outcome != ImportLine::Outcome::Added)
            m_lines << line;
    }
    // What needs a look first: skipped, then updated, then unchanged; by line within each.
    std::stable_sort(m_lines.begin(), m_lines.end(), [](const ImportLine &a, const ImportLine &b) {
        const auto rank = [](ImportLine::Outcome o) {
            return o == ImportLine::Outcome::Skipped ? 0 : o == ImportLine::Outcome::Updated ? 1 : 2;
        };
        return rank(a.outcome) < rank(b.outcome);
    });
    endResetModel();
}

void ImportLinesModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

int ImportLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ImportLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportLine &line = m_lines.at(index.row());
    const bool skipped = line.outcome == ImportLine::Outcome::Skipped;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn: return line.line;
        case NameColumn: return line.name.isEmpty() ? tr("(no name)") : line.name;
        case OutcomeColumn: return outcomeText(line.outcome);
        case DetailColumn:
            return line.outcome == ImportLine::Outcome::Updated ? FieldLabels::changedFields(line.detail)
                                                                : line.detail;
        }
        break;
    case Qt::ForegroundRole:
        if (skipped && index.column() == OutcomeColumn)
            return QBrush(QColor(0xB0, 0x00, 0x20));
        if (index.column() == NameColumn && line.name.isEmpty())
            return QBrush(Qt::gray);
        break;
    case Qt::FontRole:
        if (skipped && index.column() == OutcomeColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ImportLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn: return tr("Line");
    case NameColumn: return tr("Name");
    case OutcomeColumn: return tr("Outcome");
    case DetailColumn: return tr("Why / what changes");
    }
    return {};
}

QString ImportLinesModel::outcomeText(ImportLine::Outcome outcome)
{
    switch (outcome) {
    case ImportLine::Outcome::Added: return tr("Add");
    case ImportLine::Outcome::Updated: return tr("Update");
    case ImportLine::Outcome::Unchanged: return tr("Unchanged");
    case ImportLine::Outcome::Skipped: return tr("Skip");
    }
    return {};
}

} // namespace mannam
