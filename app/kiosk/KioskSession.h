#pragma once

#include "bingo/BingoService.h"
#include "bingo/KioskPin.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace mannam {

class EventFile;
class ScanDeduplicator;
class WalCheckpointer;

// The bingo kiosk at work, without widgets: two people who just met scan their
// badges one after the other and the meeting is recorded. Codes come in from
// any source (camera, wedge scanner, keyboard); the session walks through its
// states and the screen shows whatever state it is in, so the whole flow is
// tested without a display.
//
//   WaitingForFirst ─badge─▶ WaitingForSecond ─badge─▶ ShowingMeeting
//          ▲                   │  ▲                         │
//          │                   ▼  │ (keywords saved)        │
//          │              ChoosingKeywords ───────────▶ ShowingRefusal / NotSaved
//          └──────────── timeout (or the next pair's first badge) ◀┘
//
// A person none of whose keywords is in the pool chooses some first (their
// keywords are what fills the other card, so they must exist before the
// meeting is recorded). The organizer PIN, typed or scanned as a PIN QR, is
// checked in every state and emits unlocked().
class KioskSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        WaitingForFirst,   // "scan your badge"
        WaitingForSecond,  // the first person's card: "now scan the badge of the person you met"
        ChoosingKeywords,  // choosingPlayer() picks 1..3 pool keywords
        ShowingMeeting,    // outcome(): both cards, what this meeting filled
        ShowingRefusal,    // outcome().why: why the scan does not count
        NotSaved,          // a storage error: nothing was recorded (notSavedMessage())
    };
    Q_ENUM(State)

    enum class Source { Camera, Scanner, Keyboard };
    Q_ENUM(Source)

    enum class Hint {
        SameBadgeAgain,    // the first person's badge again while waiting for the other one
        FinishChoosing,    // a badge while somebody is choosing keywords
    };
    Q_ENUM(Hint)

    static constexpr int DefaultResultTimeoutMs = 12'000;
    static constexpr int DefaultWaitingTimeoutMs = 30'000;
    static constexpr int MaxKeywordChoices = Attendee::MaxKeywords;

    KioskSession(EventFile &event, QString kioskName, const Clock &clock = Clock::system(),
                 QObject *parent = nullptr);
    ~KioskSession() override;

    QString kioskName() const { return m_kioskName; }
    State state() const { return m_state; }

    // The first badge's person (WaitingForSecond, ChoosingKeywords).
    const std::optional<BingoPlayer> &firstPlayer() const { return m_first; }
    // Who is choosing keywords (ChoosingKeywords): the first or the second person.
    const std::optional<BingoPlayer> &choosingPlayer() const { return m_choosing; }
    // The meeting (ShowingMeeting) or the refusal (ShowingRefusal).
    const BingoOutcome &outcome() const { return m_outcome; }
    // The storage error's message for people (NotSaved).
    QString notSavedMessage() const { return m_notSavedMessage; }
    // When the code that led to the current state arrived (monotonic ns, see
    // FrameDecoder::monotonicNowNs), 0 if unknown: the screen measures latency.
    qint64 arrivalNs() const { return m_arrivalNs; }

    // The event's keyword pool and rules, read when the kiosk returns to
    // WaitingForFirst (the organizer may change them between pairs).
    const QList<BingoKeyword> &keywordPool() const { return m_pool; }
    const BingoSettings &settings() const { return m_settings; }

    // Result screens (meeting, refusal, not saved) and waiting for the second
    // badge or for keywords go back to WaitingForFirst after these.
    int resultTimeoutMs() const { return m_resultTimeoutMs; }
    void setResultTimeoutMs(int ms);
    int waitingTimeoutMs() const { return m_waitingTimeoutMs; }
    void setWaitingTimeoutMs(int ms);
    // Milliseconds until the current state times out; -1 if it does not.
    int remainingTimeMs() const;

    // Whether the organizer set a PIN (without one the kiosk cannot be left).
    bool hasPin();
    // After PinLockout::FreeTries wrong PINs each further try waits; 0 = may try now.
    qint64 pinLockRemainingMs() const { return m_lockout.remainingMs(); }
    int pinFailures() const { return m_lockout.failures(); }

public slots:
    // A badge (or ticket) code, or a scanned PIN QR. A camera's repeated
    // sightings of one code count once (while it stays in view, and for a few
    // seconds after); every scanner burst or typed code counts.
    void submitCode(const QString &code, mannam::KioskSession::Source source, qint64 arrivalNs = 0);
    // The organizer PIN, typed.
    void submitPin(const QString &pin);
    // ChoosingKeywords: the pool keywords (by id) the person picked, 1..MaxKeywordChoices.
    // Returns false (and changes nothing) for an invalid choice.
    bool chooseKeywords(const QList<qint64> &keywordIds);
    // Somebody is still at the screen (choosing keywords): the waiting timeout starts again.
    void noteActivity();
    // Back to WaitingForFirst, forgetting the pair.
    void reset();

signals:
    void stateChanged(mannam::KioskSession::State state);
    void hintShown(mannam::KioskSession::Hint hint);
    // A meeting was recorded (on disk: emitted after the commit).
    void meetingRecorded(const mannam::BingoOutcome &outcome);
    // A scan could not be saved; the state is NotSaved.
    void storageFailed(const QString &message);
    // The organizer PIN was right: leave kiosk mode.
    void unlocked();
    // A wrong PIN, or a try while locked; lockedForMs > 0 means "wait that long".
    void pinRefused(qint64 lockedForMs);

private:
    void takeFirst(const QString &code);
    void takeSecond(const QString &code);
    void recordMeeting();
    void checkPin(const QString &pin);
    void enter(State state);
    void showRefusal(const BingoOutcome &outcome);
    void showNotSaved(const QString &message);
    void reloadRules();
    // Runs a service call; a StorageError becomes the NotSaved state. False then.
    bool guarded(const std::function<void()> &work);

    QString m_kioskName;
    BingoService m_service;
    std::unique_ptr<ScanDeduplicator> m_deduplicator;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // keeps WAL checkpoints off the meeting's commit
    PinLockout m_lockout;
    QTimer m_timeout;
    int m_resultTimeoutMs = DefaultResultTimeoutMs;
    int m_waitingTimeoutMs = DefaultWaitingTimeoutMs;

    State m_state = State::WaitingForFirst;
    QString m_firstCode;
    QString m_secondCode;             // while the second person chooses keywords
    std::optional<BingoPlayer> m_first;
    std::optional<BingoPlayer> m_choosing;
    BingoOutcome m_outcome;
    QString m_notSavedMessage;
    qint64 m_arrivalNs = 0;
    QList<BingoKeyword> m_pool;
    BingoSettings m_settings;
};

} // namespace mannam

Q_DECLARE_METATYPE(mannam::BingoOutcome)
