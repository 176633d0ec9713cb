#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QTimer;

namespace mannam {

class BigScreenWindow;
class DeskWindow;
class EventFile;
class KioskWindow;
class RecentScansTable;

// The app's window: which event is open and how it stands. The desk, kiosk and
// organizer screens are added here as they are built.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an event file; on failure shows why and keeps the current event.
    bool openEvent(const QString &path);
    EventFile *event() const { return m_event.get(); }

    // Switches to the registration desk (on the open event). Frames come from
    // the camera, from a video file, or (for tests and screenshots) from nowhere.
    enum class FrameSource { Camera, VideoFile, None };
    DeskWindow *showDesk(FrameSource source = FrameSource::Camera, const QString &videoPath = {});
    void showOverview();
    DeskWindow *desk() const { return m_desk; }

    // Hands this machine to attendees: the bingo kiosk, full screen, until the
    // organizer PIN is given (asked for first if the event has none). This
    // window hides meanwhile and comes back when the kiosk is unlocked.
    KioskWindow *showKiosk(FrameSource source = FrameSource::Camera, const QString &videoPath = {});
    KioskWindow *kiosk() const { return m_kiosk; }
    // The projector window (on the second screen when there is one).
    BigScreenWindow *showBigScreen();
    BigScreenWindow *bigScreen() const { return m_bigScreen; }

    // Where error messages go; tests replace it to see them without a modal box.
    std::function<void(const QString &title, const QString &message)> showError;
    // Asks the organizer for a new kiosk PIN (empty = cancelled); tests replace it.
    std::function<QString()> askForKioskPin;

public slots:
    void refreshCounts(); // counts and the recent scans

private:
    static constexpr int RecentScanRows = 50;
    void chooseEventFile();
    void openDemoEvent();
    void showAbout();
    void askDeskName();
    QString askForNewKioskPin();
    void closeEventWindows();
    QWidget *buildOverview();

    std::unique_ptr<EventFile> m_event;
    QLabel *m_eventNameLabel = nullptr;
    QLabel *m_eventDetailsLabel = nullptr;
    QLabel *m_registeredLabel = nullptr;
    QLabel *m_checkedInLabel = nullptr;
    QLabel *m_insideLabel = nullptr;
    QLabel *m_meetingsLabel = nullptr;
    QLabel *m_winnersLabel = nullptr;
    RecentScansTable *m_recentScansTable = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_overview = nullptr;
    DeskWindow *m_desk = nullptr;
    KioskWindow *m_kiosk = nullptr;         // top-level, owned here
    BigScreenWindow *m_bigScreen = nullptr; // top-level, owned here
};

} // namespace mannam
