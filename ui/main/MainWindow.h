#pragma once

#include "start/StartPage.h"

#include <QPointer>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace mannam {

class AttendeesPage;
class BigScreenWindow;
class DashboardPage;
class DeskWindow;
class EventFile;
class ExportActions;
class KioskWindow;
class OpenSharedEventDialog;
class RecentScansTable;
class SnapshotScheduler;

// The app's window. Without an event it shows the start page; with one it is
// the organizer's workplace (overview, attendees, dashboard, setup, import,
// export, backups) or the registration desk, and it starts the kiosk and the
// big screen as windows of their own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an event file or a shared event's postgresql:// address; on
    // failure shows why and keeps the current event. A shared event whose
    // server wants a password (none given, or a wrong one) asks for it in the
    // shared-event dialog, filled in with the address.
    bool openEvent(const QString &path);
    // File → Open Shared Event…: the dialog (filled in with the newest shared
    // recent event), then the event in the mode chosen there.
    bool chooseSharedEvent();
    // Creates a new event file at `path` (never over an existing file), opens
    // it and shows the setup dialog.
    bool createEvent(const QString &path);
    // Closes the event (a last snapshot is taken) and shows the start page.
    void closeCurrentEvent();
    EventFile *event() const { return m_event.get(); }

    // Opens `path` in `mode`: the start page's buttons and the command line.
    bool openEventAs(const QString &path, WorkMode mode);

    // Switches to the registration desk (on the open event). Frames come from
    // the camera, from a video file, or (for tests and screenshots) from nowhere.
    enum class FrameSource { Camera, VideoFile, None };
    DeskWindow *showDesk(FrameSource source = FrameSource::Camera, const QString &videoPath = {});
    DeskWindow *desk() const { return m_desk; }

    // The organizer's workplace; its tabs.
    enum class OrganizerTab { Overview, Attendees, Dashboard };
    void showOrganizer(OrganizerTab tab = OrganizerTab::Overview);
    void showOverview() { showOrganizer(OrganizerTab::Overview); }
    void showStartPage();
    AttendeesPage *attendeesPage() const { return m_attendeesPage; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    ExportActions *exportActions() const { return m_exports.get(); }

    // Hands this machine to attendees: the bingo kiosk, full screen, until the
    // organizer PIN is given (asked for first if the event has none). This
    // window hides meanwhile and comes back when the kiosk is unlocked.
    KioskWindow *showKiosk(FrameSource source = FrameSource::Camera, const QString &videoPath = {});
    KioskWindow *kiosk() const { return m_kiosk; }
    // The projector window (on the second screen when there is one).
    BigScreenWindow *showBigScreen();
    BigScreenWindow *bigScreen() const { return m_bigScreen; }

    // Dialog windows of the organizer; tests reach them through these.
    void showEventSetup();
    void showImportWizard(const QString &file = {});
    void showRestoreDialog();

    // Where error messages go; tests replace it to see them without a modal box.
    std::function<void(const QString &title, const QString &message)> showError;
    // Asks the organizer for a new kiosk PIN (empty = cancelled); tests replace it.
    std::function<QString()> askForKioskPin;
    // Asks where a new event file goes (empty = cancelled); tests replace it.
    std::function<QString()> askNewEventPath;
    // Asks which event file to open (empty = cancelled); tests replace it.
    std::function<QString()> askEventToOpen;
    // Runs a dialog of the organizer (setup, import, restore, shared event). Tests replace it
    // to drive the dialog without a nested event loop.
    std::function<void(QDialog &dialog)> runDialog;

public slots:
    void refreshCounts(); // counts and the recent scans

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static constexpr int RecentScanRows = 50;
    void buildMenus();
    void addLanguageMenu(QMenu *settingsMenu);
    void updateActions();
    void fillRecentMenu();
    void chooseEventFile();
    std::unique_ptr<EventFile> askPasswordAndOpen(const QString &address, const QString &refusal);
    std::unique_ptr<EventFile> openThroughDialog(OpenSharedEventDialog &dialog);
    void adoptEvent(std::unique_ptr<EventFile> event);
    bool enterMode(WorkMode mode);
    void rememberAsRecent();
    void followChanges();
    void chooseNewEventFile();
    void openDemoEvent();
    void showAbout();
    void askDeskName();
    void backUpNow();
    QString askForNewKioskPin();
    void closeEventWindows();
    void releaseEvent();
    void showEventDetails();
    QWidget *buildOverview();
    QWidget *buildOrganizer();

    std::unique_ptr<EventFile> m_event;
    std::unique_ptr<SnapshotScheduler> m_snapshots;
    std::unique_ptr<ExportActions> m_exports;
    QLabel *m_eventNameLabel = nullptr;
    QLabel *m_eventDetailsLabel = nullptr;
    QLabel *m_registeredLabel = nullptr;
    QLabel *m_checkedInLabel = nullptr;
    QLabel *m_insideLabel = nullptr;
    QLabel *m_meetingsLabel = nullptr;
    QLabel *m_winnersLabel = nullptr;
    RecentScansTable *m_recentScansTable = nullptr;
    QTimer *m_refreshTimer = nullptr;   // an event file: polls other desks' writes
    QTimer *m_liveRefresh = nullptr;    // a shared event: one refresh per burst of notifications
    QStackedWidget *m_pages = nullptr;
    StartPage *m_startPage = nullptr;
    QTabWidget *m_organizer = nullptr;
    QWidget *m_overview = nullptr;
    AttendeesPage *m_attendeesPage = nullptr; // a tab of m_organizer, per event
    DashboardPage *m_dashboardPage = nullptr; // a tab of m_organizer, per event
    DeskWindow *m_desk = nullptr;
    KioskWindow *m_kiosk = nullptr;         // top-level, owned here
    QPointer<KioskWindow> m_unlockedKiosk;  // left by the right PIN, its deleteLater() pending
    BigScreenWindow *m_bigScreen = nullptr; // top-level, owned here
    QMenu *m_recentMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_backUpAction = nullptr;      // event files only: a server keeps its own
    QAction *m_restoreAction = nullptr;
    QList<QAction *> m_eventActions;        // enabled only with an event open
};

} // namespace mannam
