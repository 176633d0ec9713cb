#pragma once

#include "kiosk/KioskSession.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class QVideoSink;

namespace mannam {

class KioskPhraseLabel;
class CameraPreview;
class CameraSource;
class CelebrationOverlay;
class CountdownBar;
class EventFile;
class FeedbackSounds;
class FrameDecoder;
class KeywordPicker;
class KioskLanguage;
class PinPad;
class PlayerPanel;
class VideoFileSource;
class WedgeScanner;

// The self-service networking-bingo kiosk, facing attendees, full screen:
// "scan your badge" → that person's card → "now scan the badge of the person
// you met" → both cards with the squares this meeting filled, and a
// celebration on a bingo. Every sentence in Korean and English. Refusals are
// shown big, then the screen resets itself.
//
// Attendees cannot leave it: no menus, names or search; closing, Esc, Alt+F4,
// Ctrl+W/Q, shortcuts and right-clicks do nothing; minimized or left for
// another window (what Alt+Tab or Super does in a window manager), it comes
// back to the front. Only the organizer PIN
// (typed on the keyboard or the on-screen pad, or a scanned PIN QR) unlocks it:
// unlocked() is emitted and the window closes (if it is a top-level window).
// Shown again, it is locked again. Show it with showFullScreen().
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    // `clock`: "now" for the session (kiosk hours, the PIN lockout); tests pass a FakeClock.
    KioskWindow(EventFile &event, const QString &kioskName, QWidget *parent = nullptr,
                const Clock &clock = Clock::system());
    ~KioskWindow() override;

    KioskSession &session() { return *m_session; }
    KioskLanguage &language() { return *m_language; }
    FeedbackSounds &sounds() { return *m_sounds; }
    // The sink the camera or video plays into; tests inject frames here.
    QVideoSink *videoSink() const { return m_videoSink; }
    const FrameDecoder &frameDecoder() const { return *m_decoder; }
    bool isUnlocked() const { return m_unlocked; }
    // Second badge's arrival → both cards painted, of the last meeting, in ns.
    qint64 lastMeetingLatencyNs() const { return m_lastMeetingLatencyNs; }

    void startCamera();
    void startVideo(const QString &path, bool loop = true);

signals:
    // The organizer PIN was given: kiosk mode is over.
    void unlocked();
    // Both cards of a meeting are on screen; latency from the second badge's
    // arrival (scanner burst complete or camera frame), 0 if unknown.
    void meetingShown(qint64 latencyNs);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildIdlePage();
    QWidget *buildSecondPage();
    QWidget *buildKeywordsPage();
    QWidget *buildMeetingPage();
    QWidget *buildRefusalPage();
    QWidget *buildNotSavedPage();
    QWidget *buildFooter();

    void showState(KioskSession::State state);
    void showIdle();
    void showSecond();
    void showKeywords();
    void showMeeting();
    void showRefusal();
    void showNotSaved();
    void showHint(KioskSession::Hint hint);
    void placePreview(QVBoxLayout *slot);
    void cardPainted(int which);
    void openPinPad();
    void unlock();
    void keepFocus();
    void comeBackToTheFront();
    QHash<qint64, BingoKeyword> keywordsById() const;

    EventFile &m_event;
    std::unique_ptr<KioskSession> m_session;
    KioskLanguage *m_language;
    FeedbackSounds *m_sounds;
    QVideoSink *m_videoSink;
    FrameDecoder *m_decoder;
    WedgeScanner *m_wedge;
    std::unique_ptr<CameraSource> m_camera;
    std::unique_ptr<VideoFileSource> m_video;

    QStackedWidget *m_pages = nullptr;
    CameraPreview *m_preview = nullptr;
    QVBoxLayout *m_idlePreviewSlot = nullptr;
    QVBoxLayout *m_secondPreviewSlot = nullptr;
    QWidget *m_idlePreviewColumn = nullptr;

    QWidget *m_idlePage = nullptr;
    QWidget *m_secondPage = nullptr;
    PlayerPanel *m_waitingPanel = nullptr;
    QFrame *m_hintFrame = nullptr;
    KioskPhraseLabel *m_hintLabel = nullptr;
    QTimer m_hintTimer;

    QWidget *m_keywordsPage = nullptr;
    KioskPhraseLabel *m_keywordsTitle = nullptr;
    KeywordPicker *m_picker = nullptr;
    QPushButton *m_keywordsDone = nullptr;
    QPushButton *m_keywordsCancel = nullptr;
    QFrame *m_keywordsHintFrame = nullptr;
    KioskPhraseLabel *m_keywordsHint = nullptr;

    QWidget *m_meetingPage = nullptr;
    QFrame *m_banner = nullptr;
    KioskPhraseLabel *m_bannerLabel = nullptr;
    KioskPhraseLabel *m_prizeLabel = nullptr;
    PlayerPanel *m_firstPanel = nullptr;
    PlayerPanel *m_secondPanel = nullptr;
    CelebrationOverlay *m_celebration = nullptr;
    bool m_bannerGold = false;

    QWidget *m_refusalPage = nullptr;
    QFrame *m_refusalPanel = nullptr;
    QLabel *m_refusalIcon = nullptr;
    KioskPhraseLabel *m_refusalTitle = nullptr;
    QLabel *m_refusalNames = nullptr;
    KioskPhraseLabel *m_refusalReason = nullptr;
    KioskPhraseLabel *m_refusalFooter = nullptr;

    QWidget *m_notSavedPage = nullptr;
    QLabel *m_notSavedDetail = nullptr;

    CountdownBar *m_countdown = nullptr;
    QLabel *m_scannerStatus = nullptr;
    QPushButton *m_organizerButton = nullptr;
    PinPad *m_pinPad = nullptr;

    bool m_unlocked = false;
    bool m_awaitingPaint[2] = {false, false};
    qint64 m_lastMeetingLatencyNs = 0;
};

} // namespace mannam
