#pragma once

#include "transfer/AttendeeImporter.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QTableView;

namespace mannam {

class ImportDraft;
class ImportJob;
class ImportLinesModel;

// Step 3: the dry run. What the import would do — how many people it adds,
// updates, leaves alone and skips, and which lines need a look — with nothing
// written. Planned on a worker thread: thousands of lines take a while.
class ImportDryRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportDryRunPage(ImportDraft &draft, QString eventPath, QWidget *parent = nullptr);
    ~ImportDryRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isPlanning() const;
    const ImportPlan &plan() const { return m_plan; }
    ImportLinesModel *linesModel() const { return m_linesModel; }

signals:
    void planReady();

private:
    void showPlan(const ImportPlan &plan);
    void setCount(QLabel *label, int count, const QString &caption);

    ImportDraft &m_draft;
    const QString m_eventPath;
    std::unique_ptr<ImportJob> m_job;
    ImportPlan m_plan;
    bool m_hasPlan = false;

    QLabel *m_statusLabel;
    QProgressBar *m_progressBar;
    QLabel *m_addedLabel;
    QLabel *m_updatedLabel;
    QLabel *m_unchangedLabel;
    QLabel *m_skippedLabel;
    QLabel *m_errorLabel;
    QLabel *m_linesCaption;
    QTableView *m_linesView;
    ImportLinesModel *m_linesModel;
    QLabel *m_warningsCaption;
    QListWidget *m_warningsList;
};

} // namespace mannam
