#pragma once

#include "backup/EventSnapshots.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mannam {

// Lists the snapshots of the open event (newest first: when, what kind, size, how many
// registered and checked in) and lets the organizer pick one to
//   - open as a new event file (asks where; an existing file is replaced only after a
//     confirmation), or
//   - put in place of the current event (after a confirmation).
// The dialog only records the choice; whoever owns the open event does the restoring:
//   new file:  RestoreDialog::restoreAsNewEvent(choice, &error), then open choice.targetPath;
//   replace:   scheduler.snapshotBeforeRestore() (abort if it fails), close the event,
//              EventSnapshots::restore(choice.snapshotPath, choice.targetPath,
//                                      EventSnapshots::Overwrite::Allowed, &error),
//              then open choice.targetPath again (also after a failure: it is untouched).
// The counts are read from each snapshot one per event-loop turn, so a long list never
// freezes the window.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString snapshotPath;
        QString targetPath;
        bool replaceCurrent = false;       // targetPath is the open event
        bool overwriteConfirmed = false;   // the user agreed to replace what is at targetPath
    };

    explicit RestoreDialog(const QString &eventPath, QWidget *parent = nullptr);

    // What the user chose when the dialog was accepted; empty paths otherwise.
    Choice choice() const { return m_choice; }
    QList<EventSnapshot> snapshots() const { return m_snapshots; }
    // Selects a row of the list (tests; the newest is selected at first).
    void selectSnapshot(int row);
    // True once every row shows its counts.
    bool countsLoaded() const { return m_nextCountRow >= m_snapshots.size(); }

    // Restores the chosen snapshot into a new file (choice.replaceCurrent false),
    // replacing an existing file only if the user confirmed it. False with `error` (the
    // target then untouched).
    static bool restoreAsNewEvent(const Choice &choice, QString *error);

    // Seams for the modal dialogs, replaced by tests. An empty path means cancelled.
    std::function<QString(const QString &title, const QString &suggestedPath, const QString &filter)>
            askSavePath;
    std::function<bool(const QString &title, const QString &question)> confirm;
    std::function<void(const QString &title, const QString &message)> showError;

private:
    void openAsNewEvent();
    void replaceCurrentEvent();
    void loadNextCounts();
    void updateButtons();
    const EventSnapshot *selected() const;
    QString describe(const EventSnapshot &snapshot) const;

    QString m_eventPath;
    QList<EventSnapshot> m_snapshots;
    Choice m_choice;
    int m_nextCountRow = 0;
    QTableWidget *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_openAsNewButton = nullptr;
    QPushButton *m_replaceButton = nullptr;
};

} // namespace mannam
