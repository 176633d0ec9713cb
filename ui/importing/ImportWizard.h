#pragma once

#include "ImportDraft.h"
#include "common/Clock.h"

#include <QWizard>

#include <functional>

namespace mannam {

class EventFile;
class ImportColumnsPage;
class ImportDryRunPage;
class ImportFilePage;
class ImportRunPage;

// Brings a registration export into the event: file (encoding detected, live
// preview) → columns (guessed fields) → dry run (added / updated / unchanged /
// skipped, with line numbers and reasons) → import (progress, cancel, all or
// nothing). Planning and importing run on worker threads with their own
// connections to the event file, so the window never freezes.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, ColumnsPageId, DryRunPageId, RunPageId };

    explicit ImportWizard(EventFile &event, const QString &initialFile = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Asks for the file to import; a QFileDialog unless replaced (tests).
    std::function<QString()> askOpenPath;
    // The time stamped on imported and updated people (FakeClock in tests).
    void setClock(const Clock &clock);

    void openFile(const QString &path);

    ImportFilePage *filePage() const { return m_filePage; }
    ImportColumnsPage *columnsPage() const { return m_columnsPage; }
    ImportDryRunPage *dryRunPage() const { return m_dryRunPage; }
    ImportRunPage *runPage() const { return m_runPage; }

    // Closing while an import runs cancels it and waits for the rollback.
    void reject() override;

signals:
    // After a successful import, once.
    void imported(int added, int updated);

private:
    void chooseFile();

    ImportDraft m_draft;
    ImportFilePage *m_filePage;
    ImportColumnsPage *m_columnsPage;
    ImportDryRunPage *m_dryRunPage;
    ImportRunPage *m_runPage;
};

} // namespace mannam
