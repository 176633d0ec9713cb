#include "ImportWizard.h"

#include "ImportColumnsPage.h"
#include "ImportDryRunPage.h"
#include "ImportFilePage.h"
#include "ImportRunPage.h"
#include "storage/EventFile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace mannam {

ImportWizard::ImportWizard(EventFile &event, const QString &initialFile, QWidget *parent)
    : QWizard(parent),
      m_filePage(new ImportFilePage(m_draft)),
      m_columnsPage(new ImportColumnsPage(m_draft)),
      m_dryRunPage(new ImportDryRunPage(m_draft, event.path())),
      m_runPage(new ImportRunPage(m_draft, event.path()))
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import attendees"));
    setWizardStyle(QWizard::ModernStyle);
    // The import page has its own Cancel; after a commit there is no way back.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilePageId, m_filePage);
    setPage(ColumnsPageId, m_columnsPage);
    setPage(DryRunPageId, m_dryRunPage);
    setPage(RunPageId, m_runPage);
    resize(1000, 650);

    askOpenPath = [this] {
        const QString start = m_draft.isLoaded() ? QFileInfo(m_draft.path()).absolutePath() : QDir::homePath();
        return QFileDialog::getOpenFileName(this, tr("Registration export"), start,
                                            tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    };
    connect(m_filePage, &ImportFilePage::chooseFileRequested, this, &ImportWizard::chooseFile);
    connect(m_runPage, &ImportRunPage::importFinished, this, [this](const ImportPlan &plan) {
        if (plan.ok())
            emit imported(plan.count(ImportLine::Outcome::Added), plan.count(ImportLine::Outcome::Updated));
    });
    if (!initialFile.isEmpty())
        openFile(initialFile);
}

ImportWizard::~ImportWizard()
{
    // The pages' jobs stop before the draft they read from goes away.
    m_runPage->cancelAndWait();
}

void ImportWizard::setClock(const Clock &clock)
{
    m_runPage->setClock(clock);
}

void ImportWizard::openFile(const QString &path)
{
    m_filePage->openFile(path);
}

void ImportWizard::chooseFile()
{
    if (!askOpenPath)
        return;
    const QString path = askOpenPath();
    if (!path.isEmpty())
        openFile(path);
}

void ImportWizard::reject()
{
    m_runPage->cancelAndWait();
    QWizard::reject();
}

} // namespace mannam
