#pragma once

#include "transfer/HeaderMapping.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace mannam {

class ImportDraft;

// Step 2: what each column of the file holds. One row per column: its header,
// a few values, and the field it goes to (guessed from the header).
class ImportColumnsPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { HeaderColumn, SamplesColumn, FieldColumn };

    explicit ImportColumnsPage(ImportDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // The combo of the file's column `column` (tests and the lead's wiring).
    QComboBox *fieldCombo(int column) const;

private:
    void fieldChosen(int column);
    void showNameWarning();

    ImportDraft &m_draft;
    QTableWidget *m_columnsTable;
    QLabel *m_nameWarningLabel;
};

} // namespace mannam
