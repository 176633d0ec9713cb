#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QInputMethodEvent;
class QInputMethodQueryEvent;
class QKeyEvent;

namespace mannam {

// Catches the codes a USB keyboard-wedge barcode scanner types.
//
// Such a scanner is a keyboard: it "types" the code as very fast key presses,
// with or without a trailing Enter/Tab, into whatever has the focus, through
// whatever layout and input method is active. Installed application-wide
// (qApp->installEventFilter(scanner)), this filter tells a scanner's burst from
// a person's typing by the time between keys, emits codeScanned() for a burst,
// and keeps the burst away from the focused widget: the desk's search box does
// not fill up with digits and the trailing Enter does not press a default button.
//
// How a burst is told from typing (all times from QKeyEvent::timestamp(), or a
// monotonic clock for events that have none):
//  - A printable key press (no Ctrl/Alt/Meta) is held back, not delivered, and
//    a timer of maxKeyGapMs() starts. Every further printable key that comes
//    within the gap is held too.
//  - Once minCodeLength() keys have come that fast, it is a scan: the keys are
//    dropped and the code is emitted on the terminator key (Enter, Return, Tab:
//    swallowed too), or endTimeoutMs() after the last key for scanners that
//    send no terminator.
//  - If the gap runs out before that, it was a person: the held events are
//    re-sent, in order, to the objects they were meant for, and the filter lets
//    its own re-sent events through.
//  The trade-off: every keystroke of a person who starts typing is delivered
//  about maxKeyGapMs() (35 ms) late. That is below what people notice while
//  typing, and it is what makes "no scanner digits in the search box" possible
//  without knowing in advance which device is typing.
//  Modifier-only keys, key releases of keys that were not held, auto-repeat and
//  shortcuts with Ctrl/Alt/Meta pass untouched; any of them (or a mouse click,
//  or another non-printable key) ends a person's held burst first, so that the
//  order of events is kept.
//
// The Korean IME: when it is on, the scanner's letter keys reach the
// application as QInputMethodEvents (preedit and commit strings of Hangul jamo
// or syllables) instead of key presses. Those events are held and timed like
// keys, and the code is put together from the commit strings (plus the preedit
// still open when the burst ends) and mapped back to the keys that produced
// them with KeyboardLayout::hangulToLatinKeys(). Digits, which Mannam's own
// codes consist of, are never touched by the IME.
//
// "The input method is off on that path": QtGui has no per-widget switch, but
// Qt asks the focus object whether it accepts input methods with a
// QInputMethodQueryEvent(Qt::ImEnabled) whenever the focus changes, and every
// platform's IME integration (IBus, Windows IMM, macOS) obeys the answer. The
// filter answers "no" for objects registered with addScanTarget() and their
// children: the kiosk screen, a dedicated code field. So on those screens the
// scanner's keys arrive as plain Latin keys. The desk's name search box must
// keep the IME (staff type Korean names), so for it the jamo mapping above is
// what keeps scans working.
//
// Case: a code is case-sensitive as imported, and the filter never changes case
// (except what the jamo map gives back, see KeyboardLayout.h). A CapsLock that
// inverts a scanner's letters is not corrected: QtGui cannot read the CapsLock
// state, and Mannam's own codes are digits, which CapsLock does not change.
//
// Plain-key shortcuts (a QShortcut on "R" without modifiers) still see the
// first key of a burst; screens that take scans should not use them.
class WedgeScanner : public QObject
{
    Q_OBJECT

public:
    // Monotonic milliseconds; used for events without a timestamp (input
    // method events, synthesized keys). Tests inject a fake one.
    using MonotonicClock = std::function<qint64()>;

    static constexpr int DefaultMaxKeyGapMs = 35;
    static constexpr int DefaultMinCodeLength = 6;
    static constexpr int DefaultEndTimeoutMs = 80;

    explicit WedgeScanner(QObject *parent = nullptr);
    ~WedgeScanner() override;

    bool eventFilter(QObject *watched, QEvent *event) override;

    // Longest pause between two keys of one scanner burst, before it counts
    // as a scan (USB scanners type a key every 2–15 ms; people rarely type two
    // keys within 35 ms, and never six in a row).
    int maxKeyGapMs() const { return m_maxKeyGapMs; }
    void setMaxKeyGapMs(int ms);
    // Shortest code that counts as a scan; shorter fast bursts are replayed as typing.
    int minCodeLength() const { return m_minCodeLength; }
    void setMinCodeLength(int length);
    // Silence after which a recognised burst without terminator is complete.
    // Also the longest pause tolerated inside a burst once it is recognised.
    int endTimeoutMs() const { return m_endTimeoutMs; }
    void setEndTimeoutMs(int ms);
    // Keys that end a scan and are swallowed with it; default Enter, Return, Tab.
    QList<int> terminatorKeys() const { return m_terminatorKeys; }
    void setTerminatorKeys(const QList<int> &keys);

    // Disabled, every event passes untouched (held events are settled first).
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    void setClock(MonotonicClock clock);

    // Settles the current burst now, as if the timer had run out: emits the
    // code if it is a scan, or re-sends the held events if it is typing.
    void flush();
    // True while events are held back (a burst is being timed).
    bool isCollecting() const { return !m_held.empty(); }

    // Objects (and their children) for which the input method is switched off:
    // the filter answers Qt::ImEnabled = false for them. Removed automatically
    // when destroyed.
    void addScanTarget(QObject *target);
    void removeScanTarget(QObject *target);
    bool isInScanTarget(const QObject *object) const;

    // Whether scanner keys reach this application at all: it is active and one
    // of its windows has the focus. A lost focus is the most common reason a
    // USB scanner "does nothing" (its keys go to another program).
    bool isReady() const { return m_ready; }
    // "Scanner ready", "Window not focused — click here to scan" or
    // "Scanner input off", translated.
    QString readinessText() const { return m_readinessText; }

signals:
    void codeScanned(const QString &code);
    // Emitted when isReady() or readinessText() changes.
    void readinessChanged(bool ready, const QString &text);

private:
    struct Moment
    {
        quint64 timestamp = 0; // from the event; 0 = none
        qint64 clockMs = 0;    // monotonic clock when the event was seen
    };
    struct HeldEvent
    {
        QPointer<QObject> receiver;
        std::unique_ptr<QEvent> event;
    };

    bool onKeyPress(QObject *receiver, QKeyEvent *event);
    bool onKeyRelease(QObject *receiver, QKeyEvent *event);
    bool onShortcutOverride(QKeyEvent *event);
    bool onInputMethod(QObject *receiver, QInputMethodEvent *event);
    bool onInputMethodQuery(QObject *receiver, QInputMethodQueryEvent *event);

    Moment momentOf(const QKeyEvent *event) const;
    Moment momentNow() const;
    qint64 gapMs(const Moment &from, const Moment &to) const;
    bool continuesBurst(const Moment &now) const;
    bool isRecognised() const { return m_keyCount >= m_minCodeLength; }
    bool isTerminator(int key) const;

    void hold(QObject *receiver, const QEvent *event);
    void burstChanged(const Moment &now);
    // Settles the burst; returns false if this object was deleted meanwhile
    // (a slot or a re-sent key may close the window that owns the scanner).
    bool settle();
    bool emitScan();
    bool replayHeld();
    void clearBurst();
    bool isReplay(const QEvent *event) const;
    bool absorbEcho(const QInputMethodEvent *event);
    void updateReadiness();

    int m_maxKeyGapMs = DefaultMaxKeyGapMs;
    int m_minCodeLength = DefaultMinCodeLength;
    int m_endTimeoutMs = DefaultEndTimeoutMs;
    QList<int> m_terminatorKeys;
    bool m_enabled = true;
    MonotonicClock m_clock;

    // The burst being timed.
    std::vector<HeldEvent> m_held;
    QString m_text;    // key texts and IME commit strings, as typed
    QString m_preedit; // the IME's open composition
    int m_keyCount = 0; // keys the text stands for (a syllable is 2–5 keys)
    Moment m_last;
    QTimer m_timer;

    // Key codes of swallowed presses whose releases are still to come.
    QList<int> m_swallowedReleases;
    // Re-sent events currently on their way (nested when a re-sent key opens a dialog).
    std::vector<const QEvent *> m_replaying;
    // A preedit that belonged to a scan: the IME may still commit it after reset().
    QString m_echo;
    qint64 m_echoDeadlineMs = 0;

    QList<QPointer<QObject>> m_scanTargets;

    bool m_ready = false;
    QString m_readinessText;
};

} // namespace mannam
