#pragma once

#include "common/Clock.h"
#include "transfer/AttendeeImporter.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mannam {

class ImportDraft;
class ImportJob;

// Step 4: the import itself, on a worker thread with its own connection, in
// one transaction: a progress bar, and Cancel, which rolls everything back.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportRunPage(ImportDraft &draft, QString eventPath, QWidget *parent = nullptr);
    ~ImportRunPage() override;

    void setClock(const Clock &clock) { m_clock = &clock; }

    void initializePage() override;
    bool isComplete() const override;

    void start();
    // Asks the worker to stop; the page says so when it has rolled back.
    void cancel();
    // Closing the window: stop and wait until the transaction has rolled back.
    void cancelAndWait();
    bool isRunning() const;
    bool hasSucceeded() const { return m_succeeded; }

signals:
    void progressed(int done, int total);
    void importFinished(const mannam::ImportPlan &plan);

private:
    void finish(const ImportPlan &plan);

    ImportDraft &m_draft;
    const QString m_eventPath;
    const Clock *m_clock = &Clock::system();
    std::unique_ptr<ImportJob> m_job;
    bool m_succeeded = false;

    QLabel *m_statusLabel;
    QProgressBar *m_progressBar;
    QPushButton *m_cancelButton;
    QPushButton *m_retryButton;
    QLabel *m_summaryLabel;
};

} // namespace mannam
