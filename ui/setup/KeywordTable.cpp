#include "KeywordTable.h"

#include <QHeaderView>

#include <set>

using namespace Qt::StringLiterals;

namespace mannam {

KeywordTable::KeywordTable(QWidget *parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(u"keywordTableWidget"_s);
    setHorizontalHeaderLabels({tr("Korean label"), tr("English label"), tr("Category")});
    horizontalHeader()->setSectionResizeMode(KoreanColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(EnglishColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(CategoryColumn, QHeaderView::Interactive);
    horizontalHeader()->resizeSection(CategoryColumn, 110);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(true);
    setWordWrap(false);
    connect(this, &QTableWidget::itemChanged, this, &KeywordTable::edited);
}

QList<BingoKeyword> KeywordTable::keywords() const
{
    const auto cell = [this](int row, int column) {
        const QTableWidgetItem *it = item(row, column);
        return it ? it->text().trimmed() : QString();
    };
    QList<BingoKeyword> rows;
    for (int row = 0; row < rowCount(); ++row)
        rows << BingoKeyword{0, cell(row, KoreanColumn), cell(row, EnglishColumn), cell(row, CategoryColumn)};
    return rows;
}

void KeywordTable::setKeywords(const QList<BingoKeyword> &keywords)
{
    {
        const QSignalBlocker blocker(this);
        setRowCount(0);
        for (const BingoKeyword &keyword : keywords)
            appendRow(keyword);
    }
    emit edited();
}

void KeywordTable::appendRow(const BingoKeyword &keyword)
{
    const int row = rowCount();
    insertRow(row);
    setItem(row, KoreanColumn, new QTableWidgetItem(keyword.labelKo));
    setItem(row, EnglishColumn, new QTableWidgetItem(keyword.labelEn));
    setItem(row, CategoryColumn, new QTableWidgetItem(keyword.category));
}

void KeywordTable::addEmptyRow()
{
    {
        const QSignalBlocker blocker(this);
        appendRow({});
    }
    const int row = rowCount() - 1;
    setCurrentCell(row, KoreanColumn);
    scrollToItem(item(row, KoreanColumn));
    editItem(item(row, KoreanColumn));
    emit edited();
}

void KeywordTable::removeSelectedRows()
{
    std::set<int, std::greater<>> rows; // from the bottom, so the numbers stay right
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty())
        return;
    {
        const QSignalBlocker blocker(this);
        for (const int row : rows)
            removeRow(row);
    }
    emit edited();
}

void KeywordTable::showRow(int row)
{
    if (row < 1 || row > rowCount())
        return;
    selectRow(row - 1);
    scrollToItem(item(row - 1, KoreanColumn));
}

} // namespace mannam
