#pragma once

#include "bingo/Bingo.h"

#include <QTableWidget>

namespace mannam {

// The keyword pool as an editable table: Korean label, English label, category.
// Rows are kept as typed; KeywordPoolCheck says what is wrong with them.
class KeywordTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { KoreanColumn, EnglishColumn, CategoryColumn, ColumnCount };

    explicit KeywordTable(QWidget *parent = nullptr);

    QList<BingoKeyword> keywords() const;   // ids 0; cells trimmed
    void setKeywords(const QList<BingoKeyword> &keywords);

    // Appends an empty row and starts editing its Korean label.
    void addEmptyRow();
    void removeSelectedRows();
    // Selects a 1-based row (to point at a problem) and scrolls to it.
    void showRow(int row);

signals:
    void edited();

private:
    void appendRow(const BingoKeyword &keyword);
};

} // namespace mannam
