#include "RestoreDialog.h"

#include "storage/EventFile.h"
#include "storage/StorageError.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

enum Column { TakenColumn, KindColumn, RegisteredColumn, CheckedInColumn, SizeColumn, ColumnCount };

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

} // namespace

RestoreDialog::RestoreDialog(const QString &eventPath, QWidget *parent)
    : QDialog(parent), m_eventPath(eventPath), m_snapshots(EventSnapshots(eventPath).list())
{
    setObjectName(u"restoreDialog"_s);
    setWindowTitle(tr("Restore from a Snapshot"));

    askSavePath = [this](const QString &title, const QString &suggestedPath, const QString &filter) {
        // The overwrite question is ours (confirm), so that tests see it too.
        return QFileDialog::getSaveFileName(this, title, suggestedPath, filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    };
    confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
               == QMessageBox::Yes;
    };
    showError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };

    auto *intro = new QLabel(tr("Mannam copies this event every few minutes while it is open, and when it "
                                "closes, into %1. Choose the moment to go back to.")
                                     .arg(native(EventSnapshots::folderFor(eventPath))),
                             this);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(int(m_snapshots.size()), ColumnCount, this);
    m_table->setObjectName(u"snapshotsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Kind"), tr("Registered"), tr("Checked in"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TakenColumn, QHeaderView::Stretch);
    const QLocale locale;
    const Qt::Alignment numbers = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < m_snapshots.size(); ++row) {
        const EventSnapshot &snapshot = m_snapshots.at(row);
        const QDateTime local = snapshot.takenAtUtc.toLocalTime();
        auto *taken = cell(locale.toString(local.date(), QLocale::ShortFormat) + u"  "_s
                           + local.time().toString(u"HH:mm:ss"_s));
        taken->setToolTip(native(snapshot.path));
        m_table->setItem(row, TakenColumn, taken);
        m_table->setItem(row, KindColumn,
                         cell(snapshot.kind == EventSnapshot::Kind::BeforeRestore
                                      ? tr("Before a restore", "snapshot kind")
                                      : tr("Automatic", "snapshot kind")));
        m_table->setItem(row, RegisteredColumn, cell(u"…"_s, numbers));
        m_table->setItem(row, CheckedInColumn, cell(u"…"_s, numbers));
        m_table->setItem(row, SizeColumn, cell(locale.formattedDataSize(snapshot.size), numbers));
    }

    m_emptyLabel = new QLabel(tr("There are no snapshots of this event yet."), this);
    m_emptyLabel->setObjectName(u"emptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setVisible(m_snapshots.isEmpty());
    m_table->setVisible(!m_snapshots.isEmpty());

    m_openAsNewButton = new QPushButton(tr("Open as a New Event…"), this);
    m_openAsNewButton->setObjectName(u"openAsNewButton"_s);
    m_openAsNewButton->setToolTip(tr("Copy the snapshot to a new event file and open it; the current event "
                                     "stays as it is."));
    m_replaceButton = new QPushButton(tr("Replace the Current Event…"), this);
    m_replaceButton->setObjectName(u"replaceButton"_s);
    m_replaceButton->setToolTip(tr("Put the snapshot in place of the current event. The event as it is now "
                                   "is kept as a snapshot first."));
    auto *closeButtons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(closeButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openAsNewButton, &QPushButton::clicked, this, &RestoreDialog::openAsNewEvent);
    connect(m_replaceButton, &QPushButton::clicked, this, &RestoreDialog::replaceCurrentEvent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RestoreDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RestoreDialog::openAsNewEvent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openAsNewButton);
    buttons->addWidget(m_replaceButton);
    buttons->addStretch();
    buttons->addWidget(closeButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addLayout(buttons);
    resize(720, 420);

    if (!m_snapshots.isEmpty())
        m_table->selectRow(0);
    updateButtons();
    QTimer::singleShot(0, this, &RestoreDialog::loadNextCounts);
}

void RestoreDialog::selectSnapshot(int row)
{
    m_table->selectRow(row);
}

const EventSnapshot *RestoreDialog::selected() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return nullptr;
    const int row = ranges.constFirst().topRow();
    return row >= 0 && row < m_snapshots.size() ? &m_snapshots.at(row) : nullptr;
}

void RestoreDialog::updateButtons()
{
    const bool any = selected() != nullptr;
    m_openAsNewButton->setEnabled(any);
    m_replaceButton->setEnabled(any);
}

void RestoreDialog::loadNextCounts()
{
    if (countsLoaded())
        return;
    const int row = m_nextCountRow++;
    const EventSnapshot &snapshot = m_snapshots.at(row);
    try {
        auto event = EventFile::openForReading(snapshot.path);
        const EventStats stats = event->store().stats();
        const QLocale locale;
        m_table->item(row, RegisteredColumn)->setText(locale.toString(stats.registered));
        m_table->item(row, CheckedInColumn)->setText(locale.toString(stats.checkedIn));
    } catch (const StorageError &error) {
        for (int column : {RegisteredColumn, CheckedInColumn}) {
            QTableWidgetItem *item = m_table->item(row, column);
            item->setText(tr("damaged"));
            item->setForeground(QColor(0xb0, 0x00, 0x20));
            item->setToolTip(error.message());
        }
    }
    // One snapshot per event-loop turn: the window stays responsive however many there are.
    QTimer::singleShot(0, this, &RestoreDialog::loadNextCounts);
}

QString RestoreDialog::describe(const EventSnapshot &snapshot) const
{
    const QDateTime local = snapshot.takenAtUtc.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' + local.time().toString(u"HH:mm:ss"_s);
}

void RestoreDialog::openAsNewEvent()
{
    const EventSnapshot *snapshot = selected();
    if (!snapshot)
        return;
    const QString title = tr("Open a Snapshot as a New Event");
    const QFileInfo event(m_eventPath);
    const QString suggested = event.absoluteDir().filePath(
            event.completeBaseName() + u"-restored-"_s
            + snapshot->takenAtUtc.toLocalTime().toString(u"yyyyMMdd-HHmmss"_s) + u".mannam"_s);
    QString target = askSavePath(title, suggested, tr("Mannam events (*.mannam)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += u".mannam"_s;
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == event.absoluteFilePath()) {
        showError(title, tr("%1 is the event that is open now. To go back to the snapshot in this file, "
                            "choose \"Replace the Current Event\".")
                                 .arg(native(target)));
        return;
    }
    if (targetInfo.absoluteFilePath() == QFileInfo(snapshot->path).absoluteFilePath()) {
        showError(title, tr("%1 is the snapshot itself; choose another name.").arg(native(target)));
        return;
    }
    bool overwrite = false;
    if (targetInfo.exists()) {
        if (!confirm(title, tr("%1 already exists. Replace it with the snapshot from %2?")
                                    .arg(native(target), describe(*snapshot))))
            return;
        overwrite = true;
    }
    m_choice = Choice{snapshot->path, targetInfo.absoluteFilePath(), false, overwrite};
    accept();
}

void RestoreDialog::replaceCurrentEvent()
{
    const EventSnapshot *snapshot = selected();
    if (!snapshot)
        return;
    const QString title = tr("Replace the Current Event");
    if (!confirm(title, tr("Replace %1 with the snapshot from %2?\n\nEverything recorded after that moment "
                           "leaves the event. The event as it is now is kept as a snapshot first, so you "
                           "can come back to it.")
                                .arg(native(m_eventPath), describe(*snapshot))))
        return;
    m_choice = Choice{snapshot->path, QFileInfo(m_eventPath).absoluteFilePath(), true, true};
    accept();
}

bool RestoreDialog::restoreAsNewEvent(const Choice &choice, QString *error)
{
    return EventSnapshots::restore(choice.snapshotPath, choice.targetPath,
                                   choice.overwriteConfirmed ? EventSnapshots::Overwrite::Allowed
                                                             : EventSnapshots::Overwrite::Refuse,
                                   error);
}

} // namespace mannam
