#include "ImportRunPage.h"

#include "ImportDraft.h"
#include "ImportJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

ImportRunPage::ImportRunPage(ImportDraft &draft, QString eventPath, QWidget *parent)
    : QWizardPage(parent),
      m_draft(draft),
      m_eventPath(std::move(eventPath)),
      m_statusLabel(new QLabel),
      m_progressBar(new QProgressBar),
      m_cancelButton(new QPushButton(tr("&Cancel import"))),
      m_retryButton(new QPushButton(tr("&Try again"))),
      m_summaryLabel(new QLabel)
{
    setTitle(tr("Import"));
    setSubTitle(tr("All or nothing: a cancelled or failed import leaves the event exactly as it was."));
    setFinalPage(true);

    m_statusLabel->setObjectName(u"importStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_progressBar->setObjectName(u"importProgressBar"_s);
    m_progressBar->setMinimumWidth(400);
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    m_retryButton->setObjectName(u"retryImportButton"_s);
    m_summaryLabel->setObjectName(u"importSummaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont larger = m_summaryLabel->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.3);
    m_summaryLabel->setFont(larger);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_cancelButton);
    progressRow->addWidget(m_retryButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addLayout(progressRow);
    layout->addWidget(m_summaryLabel);
    layout->addStretch(1);

    connect(m_cancelButton, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_retryButton, &QPushButton::clicked, this, &ImportRunPage::start);
}

ImportRunPage::~ImportRunPage() = default;

void ImportRunPage::initializePage()
{
    start();
}

void ImportRunPage::start()
{
    if (isRunning() || m_succeeded)
        return;
    m_job = std::make_unique<ImportJob>(ImportJob::Kind::Import, m_eventPath, m_draft.bytes(), m_draft.options(),
                                        *m_clock);
    connect(m_job.get(), &ImportJob::progressed, this, [this](int done, int total) {
        m_progressBar->setRange(0, std::max(total, 1));
        m_progressBar->setValue(done);
        m_statusLabel->setText(tr("Importing: %1 of %2 people written…").arg(QLocale().toString(done), QLocale().toString(total)));
        emit progressed(done, total);
    });
    connect(m_job.get(), &ImportJob::finished, this, &ImportRunPage::finish);

    m_statusLabel->setText(tr("Checking the file against the event once more…"));
    m_summaryLabel->clear();
    m_progressBar->setRange(0, 0);  // busy until the first count arrives
    m_progressBar->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_retryButton->hide();
    m_job->start();
    emit completeChanged();
}

void ImportRunPage::cancel()
{
    if (!isRunning())
        return;
    m_job->cancel();
    m_cancelButton->setEnabled(false);
    m_statusLabel->setText(tr("Cancelling: undoing what was written…"));
}

void ImportRunPage::cancelAndWait()
{
    if (m_job)
        m_job->cancelAndWait();
}

bool ImportRunPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

bool ImportRunPage::isComplete() const
{
    return !isRunning();
}

void ImportRunPage::finish(const ImportPlan &plan)
{
    using O = ImportLine::Outcome;
    m_cancelButton->hide();
    if (plan.ok()) {
        m_succeeded = true;
        m_progressBar->setRange(0, 1);
        m_progressBar->setValue(1);
        m_statusLabel->setText(tr("Imported. The people are in the event now."));
        m_summaryLabel->setStyleSheet(QString());
        m_summaryLabel->setText(tr("Added %1, updated %2, unchanged %3, skipped %4.")
                                        .arg(QLocale().toString(plan.count(O::Added)),
                                             QLocale().toString(plan.count(O::Updated)),
                                             QLocale().toString(plan.count(O::Unchanged)),
                                             QLocale().toString(plan.count(O::Skipped))));
    } else {
        m_progressBar->hide();
        m_retryButton->show();
        m_statusLabel->setText(plan.cancelled ? tr("Cancelled.") : tr("The import failed."));
        m_summaryLabel->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
        m_summaryLabel->setText(plan.cancelled ? plan.error
                                               : tr("%1 Nothing was imported.").arg(plan.error));
    }
    emit completeChanged();
    emit importFinished(plan);
}

} // namespace mannam
