#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QTimer;

namespace mannam {

class DeskWindow;
class RecentScansTable;
class EventFile;

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

    // Where error messages go; tests replace it to see them without a modal box.
    std::function<void(const QString &title, const QString &message)> showError;

public slots:
    void refreshCounts(); // counts and the recent scans

private:
    static constexpr int RecentScanRows = 50;
    void chooseEventFile();
    void openDemoEvent();
    void showAbout();
    void askDeskName();
    QWidget *buildOverview();

    std::unique_ptr<EventFile> m_event;
    QLabel *m_eventNameLabel = nullptr;
    QLabel *m_eventDetailsLabel = nullptr;
    QLabel *m_registeredLabel = nullptr;
    QLabel *m_checkedInLabel = nullptr;
    QLabel *m_insideLabel = nullptr;
    RecentScansTable *m_recentScansTable = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_overview = nullptr;
    DeskWindow *m_desk = nullptr;
};

} // namespace mannam
