#pragma once

#include "bingo/Bingo.h"

#include "checkin/CheckInService.h"

#include <QWidget>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QVideoSink;

namespace mannam {

class BadgePrinter;
struct ReplayReport;
class CameraPreview;
class CameraSource;
class DeskSession;
class EventFile;
class FeedbackSounds;
class FrameDecoder;
class RecentScansTable;
class ResultPanel;
class VideoFileSource;
class WedgeScanner;

// The registration desk: camera preview, the big result panel, search with
// keyboard picking, recent scans with undo, walk-ins, entry/exit mode and the
// counters. The normal check-in needs no mouse: hold up a code (camera or
// scanner) and the panel answers.
class DeskWindow : public QWidget
{
    Q_OBJECT

public:
    DeskWindow(EventFile &event, const QString &deskName, QWidget *parent = nullptr);
    ~DeskWindow() override;

    DeskSession &session() { return *m_session; }
    FeedbackSounds &sounds() { return *m_sounds; }
    // The sink the camera or video plays into; tests inject frames here.
    QVideoSink *videoSink() const { return m_videoSink; }
    const FrameDecoder &frameDecoder() const { return *m_decoder; }
    // Scan-to-feedback of the last camera result (frame arrival → panel updated), ns.
    qint64 lastFeedbackLatencyNs() const { return m_lastFeedbackLatencyNs; }

    void startCamera();
    void startVideo(const QString &path, bool loop = true);

    // Where the walk-in form comes from; tests replace it to fill the form without a modal dialog.
    std::function<std::optional<Attendee>()> askForWalkIn;
    // Prints one badge and records it (reprints marked); by default on the
    // remembered printer (asked once). Tests print to PDF instead.
    std::function<bool(const Attendee &, QString *error)> printBadge;
    // Asks which bingo keywords (up to 3, from the pool) a person has; nullopt =
    // cancelled. Tests replace it to answer without a modal dialog.
    std::function<std::optional<QStringList>(const Attendee &, const QList<BingoKeyword> &pool)> askForKeywords;

public slots:
    void refresh(); // counters and recent scans (other desks write too)

signals:
    // A camera result is on screen: frame arrival → panel painted, in ns.
    void feedbackShown(qint64 latencyNs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void showOutcome(const CheckInOutcome &outcome, qint64 arrivalNs);
    void updateSearchResults(const QString &text);
    void pickSearchResult();
    void undoSelected();
    void addWalkIn();
    void printBadgeOnDemand();
    void editKeywords();
    // The person selected in the recent scans, or else the last one scanned.
    std::optional<Attendee> personInFocus();
    void showStatus(const QString &text, bool warning);
    // Back online on a shared event: what was sent, and the conflicts by name.
    void showReplay(const mannam::ReplayReport &report);

    EventFile &m_event;
    std::unique_ptr<DeskSession> m_session;
    FeedbackSounds *m_sounds;
    QVideoSink *m_videoSink;
    FrameDecoder *m_decoder;
    WedgeScanner *m_wedge;
    std::unique_ptr<CameraSource> m_camera;
    std::unique_ptr<VideoFileSource> m_video;
    std::unique_ptr<BadgePrinter> m_badgePrinter;

    CameraPreview *m_preview = nullptr;
    ResultPanel *m_resultPanel = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QListWidget *m_searchResults = nullptr;
    RecentScansTable *m_recentScans = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_walkInButton = nullptr;
    QPushButton *m_badgeButton = nullptr;
    QPushButton *m_keywordsButton = nullptr;
    QPushButton *m_muteButton = nullptr;
    QCheckBox *m_badgeOnCheckIn = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QLabel *m_connectionBanner = nullptr;
    QLabel *m_deskLabel = nullptr;
    QLabel *m_checkedInLabel = nullptr;
    QLabel *m_insideLabel = nullptr;
    QLabel *m_scannerStatusLabel = nullptr;
    QLabel *m_cameraStatusLabel = nullptr;
    QTimer *m_refreshTimer = nullptr;
    std::optional<Attendee> m_lastAttendee; // for "print badge" after a check-in
    qint64 m_lastFeedbackLatencyNs = 0;
};

} // namespace mannam
