#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace mannam {

// What this machine does with an event: organize it, admit people at a desk,
// or stand as the bingo kiosk.
enum class WorkMode { Organizer, Desk, Kiosk };

// The first screen: create an event, open one (recent files, a file dialog or
// a file dropped on it, or a shared event on a server), or try the demo, and
// choose the mode to open it in.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    // Re-reads the recent events (their names come from the files themselves).
    void reloadRecentEvents();

    // Whether a dropped file is something the start page opens.
    static bool isEventFile(const QString &path);
    // "Name — database on host (shared)" for a shared event's address, with
    // the name it had when last opened here (read without connecting).
    static QString sharedEventTitle(const QString &address);

signals:
    void newEventRequested();
    void openOtherRequested();
    void openSharedRequested();
    void demoRequested();
    void openRequested(const QString &path, mannam::WorkMode mode);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString selectedPath() const;
    void openSelected(WorkMode mode);
    void updateModeButtons();
    void forgetSelected();
    QListWidgetItem *makeRecentItem(const QString &path) const;
    QListWidgetItem *makeSharedItem(const QString &address) const;

    QListWidget *m_recentList = nullptr;
    QPushButton *m_organizerButton = nullptr;
    QPushButton *m_deskButton = nullptr;
    QPushButton *m_kioskButton = nullptr;
};

} // namespace mannam

Q_DECLARE_METATYPE(mannam::WorkMode)
