#include "ImportDryRunPage.h"

#include "ImportDraft.h"
#include "ImportJob.h"
#include "ImportLinesModel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

QLabel *countTile(const QString &objectName, const QString &colour)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMinimumWidth(130);
    label->setProperty("tileColour", colour);
    return label;
}

constexpr int MaxWarningsShown = 500;

} // namespace

ImportDryRunPage::ImportDryRunPage(ImportDraft &draft, QString eventPath, QWidget *parent)
    : QWizardPage(parent),
      m_draft(draft),
      m_eventPath(std::move(eventPath)),
      m_statusLabel(new QLabel),
      m_progressBar(new QProgressBar),
      m_addedLabel(countTile(u"addedCountLabel"_s, u"#1b7f3b"_s)),
      m_updatedLabel(countTile(u"updatedCountLabel"_s, u"#1a5fb4"_s)),
      m_unchangedLabel(countTile(u"unchangedCountLabel"_s, u"#555555"_s)),
      m_skippedLabel(countTile(u"skippedCountLabel"_s, u"#b00020"_s)),
      m_errorLabel(new QLabel),
      m_linesCaption(new QLabel(tr("Lines to look at (skipped first; lines simply added are not listed):"))),
      m_linesView(new QTableView),
      m_linesModel(new ImportLinesModel(this)),
      m_warningsCaption(new QLabel(tr("Warnings (imported, but worth a look):"))),
      m_warningsList(new QListWidget)
{
    setTitle(tr("Dry run"));
    setSubTitle(tr("What the import will do. Nothing has been written yet; people already in the event are "
                   "updated, never duplicated, and their check-ins are never touched."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_statusLabel->setObjectName(u"dryRunStatusLabel"_s);
    m_progressBar->setObjectName(u"dryRunProgressBar"_s);
    m_errorLabel->setObjectName(u"planErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    m_linesView->setObjectName(u"linesTableView"_s);
    m_linesView->setModel(m_linesModel);
    m_linesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setWordWrap(false);
    m_linesView->verticalHeader()->hide();
    m_linesView->horizontalHeader()->setStretchLastSection(true);
    m_linesView->setColumnWidth(ImportLinesModel::LineColumn, 60);
    m_linesView->setColumnWidth(ImportLinesModel::NameColumn, 200);
    m_linesView->setColumnWidth(ImportLinesModel::OutcomeColumn, 110);
    m_warningsList->setObjectName(u"warningsListWidget"_s);
    m_warningsList->setMaximumHeight(110);

    auto *counts = new QHBoxLayout;
    for (QLabel *tile : {m_addedLabel, m_updatedLabel, m_unchangedLabel, m_skippedLabel})
        counts->addWidget(tile);
    counts->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_progressBar);
    layout->addLayout(counts);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_linesCaption);
    layout->addWidget(m_linesView, 1);
    layout->addWidget(m_warningsCaption);
    layout->addWidget(m_warningsList);
}

ImportDryRunPage::~ImportDryRunPage() = default;

void ImportDryRunPage::initializePage()
{
    m_job.reset();
    m_plan = ImportPlan();
    m_hasPlan = false;
    m_linesModel->clear();
    m_warningsList->clear();
    for (QWidget *w : std::initializer_list<QWidget *>{m_addedLabel, m_updatedLabel, m_unchangedLabel, m_skippedLabel,
                                                       m_errorLabel, m_linesCaption, m_linesView, m_warningsCaption,
                                                       m_warningsList})
        w->hide();
    m_statusLabel->setText(tr("Checking every row against the people already in the event…"));
    m_progressBar->setRange(0, 0);
    m_progressBar->show();

    m_job = std::make_unique<ImportJob>(ImportJob::Kind::DryRun, m_eventPath, m_draft.bytes(), m_draft.options());
    connect(m_job.get(), &ImportJob::progressed, this, [this](int done, int total) {
        m_progressBar->setRange(0, std::max(total, 1));
        m_progressBar->setValue(done);
    });
    connect(m_job.get(), &ImportJob::finished, this, &ImportDryRunPage::showPlan);
    m_job->start();
    emit completeChanged();
}

void ImportDryRunPage::cleanupPage()
{
    // Back to the columns: a plan still being made is of no use any more.
    m_job.reset();
    m_hasPlan = false;
}

bool ImportDryRunPage::isPlanning() const
{
    return m_job && m_job->isRunning();
}

bool ImportDryRunPage::isComplete() const
{
    using O = ImportLine::Outcome;
    return m_hasPlan && m_plan.ok() && m_plan.count(O::Added) + m_plan.count(O::Updated) > 0;
}

void ImportDryRunPage::showPlan(const ImportPlan &plan)
{
    using O = ImportLine::Outcome;
    m_plan = plan;
    m_hasPlan = true;
    m_progressBar->hide();
    if (!plan.ok()) {
        m_statusLabel->setText(tr("This file cannot be imported; nothing will be written."));
        m_errorLabel->setText(plan.error);
        m_errorLabel->show();
    } else {
        const int changes = plan.count(O::Added) + plan.count(O::Updated);
        m_statusLabel->setText(changes > 0 ? tr("Click Import to bring these changes into the event.")
                                           : tr("Nothing to import: everybody in the file is already in the event as it is."));
        setCount(m_addedLabel, plan.count(O::Added), tr("to add"));
        setCount(m_updatedLabel, plan.count(O::Updated), tr("to update"));
        setCount(m_unchangedLabel, plan.count(O::Unchanged), tr("unchanged"));
        setCount(m_skippedLabel, plan.count(O::Skipped), tr("skipped"));
        m_linesModel->setPlan(plan);
        const bool hasLines = m_linesModel->rowCount() > 0;
        m_linesCaption->setVisible(hasLines);
        m_linesView->setVisible(hasLines);
        QStringList warnings = plan.warnings.mid(0, MaxWarningsShown);
        if (plan.warnings.size() > MaxWarningsShown)
            warnings << tr("… and %1 more").arg(QLocale().toString(plan.warnings.size() - MaxWarningsShown));
        m_warningsList->addItems(warnings);
        m_warningsCaption->setVisible(!warnings.isEmpty());
        m_warningsList->setVisible(!warnings.isEmpty());
    }
    emit completeChanged();
    emit planReady();
}

void ImportDryRunPage::setCount(QLabel *label, int count, const QString &caption)
{
    const QString colour = label->property("tileColour").toString();
    label->setText(u"<div style='font-size:20pt; font-weight:600; color:%1'>%2</div><div>%3</div>"_s.arg(
            colour, QLocale().toString(count), caption.toHtmlEscaped()));
    label->setProperty("count", count);
    label->show();
}

} // namespace mannam
