#include "WedgeScanner.h"

#include "KeyboardLayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QInputMethod>
#include <QInputMethodEvent>
#include <QInputMethodQueryEvent>
#include <QKeyEvent>
#include <QWindow>

#include <algorithm>

namespace mannam {

namespace {

// A preedit swallowed with a scan may still be committed by the IME after we
// reset it (IBus' Hangul engine commits on reset, asynchronously over D-Bus).
constexpr qint64 EchoWindowMs = 1000;
// Releases owed for swallowed presses; bounded so that releases lost to another
// window cannot make the list grow.
constexpr int MaxOwedReleases = 64;

bool isModifierKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_ScrollLock:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
    case Qt::Key_Mode_switch:
    // The Korean toggle keys switch the IME, they type nothing.
    case Qt::Key_Hangul:
    case Qt::Key_Hangul_Hanja:
        return true;
    default:
        return false;
    }
}

bool isPrintableText(const QString &text)
{
    if (text.isEmpty())
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
}

// Ctrl/Alt/Meta make a key a command (Ctrl+C, Alt+F4), never part of a code.
// Exception: Windows reports AltGr as Ctrl+Alt, and AltGr types characters
// (@ on many European layouts), which do carry printable text.
bool isCommand(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers();
    if (!(mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    const bool altGr = (mods & Qt::ControlModifier) && (mods & Qt::AltModifier)
            && !(mods & Qt::MetaModifier) && isPrintableText(event->text());
    return !altGr;
}

qint64 elapsedSinceStart()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace

WedgeScanner::WedgeScanner(QObject *parent)
    : QObject(parent),
      m_terminatorKeys({Qt::Key_Return, Qt::Key_Enter, Qt::Key_Tab}),
      m_clock(&elapsedSinceStart)
{
    m_timer.setSingleShot(true);
    // 35 ms with a coarse timer may be off by 5%; the decision is about tens of ms.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WedgeScanner::settle);

    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            // Keys released while another program has the focus never reach us.
            if (state != Qt::ApplicationActive)
                m_swallowedReleases.clear();
            updateReadiness();
        });
        connect(app, &QGuiApplication::focusWindowChanged, this, &WedgeScanner::updateReadiness);
    }
    updateReadiness();
}

WedgeScanner::~WedgeScanner() = default;

void WedgeScanner::setMaxKeyGapMs(int ms)
{
    m_maxKeyGapMs = std::max(1, ms);
}

void WedgeScanner::setMinCodeLength(int length)
{
    m_minCodeLength = std::max(1, length);
}

void WedgeScanner::setEndTimeoutMs(int ms)
{
    m_endTimeoutMs = std::max(1, ms);
}

void WedgeScanner::setTerminatorKeys(const QList<int> &keys)
{
    m_terminatorKeys = keys;
}

void WedgeScanner::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    if (!enabled && !settle())
        return;
    m_enabled = enabled;
    updateReadiness();
}

void WedgeScanner::setClock(MonotonicClock clock)
{
    m_clock = clock ? std::move(clock) : MonotonicClock(&elapsedSinceStart);
}

void WedgeScanner::flush()
{
    settle();
}

// ---------------------------------------------------------------------------
// The filter

bool WedgeScanner::eventFilter(QObject *watched, QEvent *event)
{
    // Every event of the application passes here: decide by type first.
    switch (event->type()) {
    case QEvent::KeyPress:
        return onKeyPress(watched, static_cast<QKeyEvent *>(event));
    case QEvent::KeyRelease:
        return onKeyRelease(watched, static_cast<QKeyEvent *>(event));
    case QEvent::ShortcutOverride:
        return onShortcutOverride(static_cast<QKeyEvent *>(event));
    case QEvent::InputMethod:
        return onInputMethod(watched, static_cast<QInputMethodEvent *>(event));
    case QEvent::InputMethodQuery:
        return onInputMethodQuery(watched, static_cast<QInputMethodQueryEvent *>(event));
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // A click right after a person's keystroke must land after that
        // keystroke (it may move the cursor). A scanner burst is unaffected.
        if (isCollecting() && !isRecognised())
            settle();
        return false;
    default:
        return false;
    }
}

bool WedgeScanner::onKeyPress(QObject *receiver, QKeyEvent *event)
{
    if (isReplay(event) || !m_enabled || isModifierKey(event->key()))
        return false;

    if (event->isAutoRepeat() || isCommand(event)) {
        // A held key or a shortcut: a person. Deliver what they typed before it.
        settle();
        return false;
    }

    const Moment now = momentOf(event);
    if (isTerminator(event->key())) {
        if (!isCollecting())
            return false;
        if (!continuesBurst(now) || !isRecognised()) {
            // A person's short input followed by Enter/Tab: both reach the widget, in order.
            settle();
            return false;
        }
        hold(receiver, event); // so that its release is swallowed as well
        emitScan();
        return true;
    }

    if (isPrintableText(event->text())) {
        // A key after a long pause belongs to something new; settle the old burst.
        if (isCollecting() && !continuesBurst(now) && !settle())
            return false;
        hold(receiver, event);
        m_text += event->text();
        burstChanged(now);
        return true;
    }

    // Arrows, Backspace, Escape, F-keys: never part of a code.
    settle();
    return false;
}

bool WedgeScanner::onKeyRelease(QObject *receiver, QKeyEvent *event)
{
    if (isReplay(event) || event->isAutoRepeat())
        return false;
    const int key = event->key();
    if (m_swallowedReleases.removeOne(key))
        return true;
    if (!isCollecting())
        return false;
    // Only releases of held presses are held, so that a re-sent press still
    // comes before its release (a button pressed with Space needs both).
    int owed = 0;
    for (const HeldEvent &held : m_held) {
        const QEvent::Type type = held.event->type();
        if (type != QEvent::KeyPress && type != QEvent::KeyRelease)
            continue; // an input method event
        const auto *heldKey = static_cast<const QKeyEvent *>(held.event.get());
        if (heldKey->key() != key || heldKey->isAutoRepeat())
            continue;
        owed += type == QEvent::KeyPress ? 1 : -1;
    }
    if (owed <= 0)
        return false;
    hold(receiver, event);
    return true;
}

bool WedgeScanner::onShortcutOverride(QKeyEvent *event)
{
    // Qt offers every key to the focus object as ShortcutOverride before it
    // tries the shortcuts; accepting it means "deliver as a key press", so no
    // QAction fires on a scanner's keys once a burst is under way. The first
    // key of a burst is let through: it may well be a person's shortcut.
    if (isReplay(event) || !m_enabled || !isCollecting())
        return false;
    if (event->isAutoRepeat() || isCommand(event) || isModifierKey(event->key()))
        return false;
    const bool terminator = isTerminator(event->key());
    if (!terminator && !isPrintableText(event->text()))
        return false;
    if (terminator && !isRecognised())
        return false;
    if (!continuesBurst(momentOf(event)))
        return false;
    event->accept();
    return true;
}

bool WedgeScanner::onInputMethod(QObject *receiver, QInputMethodEvent *event)
{
    if (isReplay(event))
        return false;
    if (absorbEcho(event))
        return true;
    if (!m_enabled)
        return false;

    // Input method events carry no timestamp: they are timed by the clock.
    const Moment now = momentNow();
    if (isCollecting() && !continuesBurst(now) && !settle())
        return false;
    const bool carriesText = !event->commitString().isEmpty() || !event->preeditString().isEmpty();
    if (!isCollecting() && !carriesText)
        return false; // e.g. the IME clearing an empty composition: nothing to time

    hold(receiver, event);
    m_text += event->commitString();
    m_preedit = event->preeditString();
    burstChanged(now);
    return true;
}

bool WedgeScanner::onInputMethodQuery(QObject *receiver, QInputMethodQueryEvent *event)
{
    if (!(event->queries() & Qt::ImEnabled) || !isInScanTarget(receiver))
        return false;
    // Let the object answer whatever else was asked (Qt may add ImHints), then
    // switch the input method off for it.
    if (event->queries() != Qt::ImEnabled)
        receiver->event(event);
    event->setValue(Qt::ImEnabled, false);
    event->accept();
    return true;
}

// ---------------------------------------------------------------------------
// Timing

WedgeScanner::Moment WedgeScanner::momentOf(const QKeyEvent *event) const
{
    return Moment{event->timestamp(), m_clock()};
}

WedgeScanner::Moment WedgeScanner::momentNow() const
{
    return Moment{0, m_clock()};
}

qint64 WedgeScanner::gapMs(const Moment &from, const Moment &to) const
{
    // Event timestamps say when the keys were pressed, even if the GUI thread
    // was busy and delivers them late in one batch; the clock only says when we
    // saw them. Mixed pairs (a key and an IME event) can only use the clock.
    if (from.timestamp != 0 && to.timestamp >= from.timestamp)
        return qint64(to.timestamp - from.timestamp);
    return to.clockMs - from.clockMs;
}

bool WedgeScanner::continuesBurst(const Moment &now) const
{
    const qint64 gap = gapMs(m_last, now);
    // A recognised scan tolerates the longer pause (USB hiccups inside a code).
    return gap <= (isRecognised() ? m_endTimeoutMs : m_maxKeyGapMs);
}

bool WedgeScanner::isTerminator(int key) const
{
    return m_terminatorKeys.contains(key);
}

// ---------------------------------------------------------------------------
// The burst

void WedgeScanner::hold(QObject *receiver, const QEvent *event)
{
    m_held.push_back(HeldEvent{receiver, std::unique_ptr<QEvent>(event->clone())});
}

void WedgeScanner::burstChanged(const Moment &now)
{
    m_last = now;
    m_keyCount = int(KeyboardLayout::hangulToLatinKeys(m_text + m_preedit).size());
    m_timer.start(isRecognised() ? m_endTimeoutMs : m_maxKeyGapMs);
}

bool WedgeScanner::settle()
{
    m_timer.stop();
    if (!isCollecting())
        return true;
    return isRecognised() ? emitScan() : replayHeld();
}

bool WedgeScanner::emitScan()
{
    m_timer.stop();
    const QString code = KeyboardLayout::hangulToLatinKeys(m_text + m_preedit);
    const QString openPreedit = m_preedit;

    // The releases of swallowed presses are still to come; swallow them too,
    // or the widget sees a stray release of Enter.
    QList<int> owed;
    for (const HeldEvent &held : m_held) {
        if (held.event->type() != QEvent::KeyPress && held.event->type() != QEvent::KeyRelease)
            continue;
        const auto *key = static_cast<const QKeyEvent *>(held.event.get());
        if (key->isAutoRepeat())
            continue;
        if (key->type() == QEvent::KeyPress)
            owed.append(key->key());
        else
            owed.removeOne(key->key());
    }
    m_swallowedReleases += owed;
    while (m_swallowedReleases.size() > MaxOwedReleases)
        m_swallowedReleases.removeFirst();

    clearBurst();

    if (!openPreedit.isEmpty()) {
        // The IME still holds the composition we swallowed. Drop it, or the
        // next key a person types would be composed with the scanner's last jamo.
        m_echo = openPreedit;
        m_echoDeadlineMs = m_clock() + EchoWindowMs;
        if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            QGuiApplication::inputMethod()->reset();
    }

    const QPointer<WedgeScanner> alive(this);
    emit codeScanned(code);
    return !alive.isNull();
}

bool WedgeScanner::replayHeld()
{
    m_timer.stop();
    std::vector<HeldEvent> held = std::move(m_held);
    clearBurst();

    const QPointer<WedgeScanner> alive(this);
    for (HeldEvent &h : held) {
        // A receiver that is gone (its window closed) has nobody to type into.
        if (!h.receiver)
            continue;
        m_replaying.push_back(h.event.get());
        QCoreApplication::sendEvent(h.receiver, h.event.get());
        if (!alive)
            return false;
        m_replaying.pop_back(); // sendEvent is synchronous: nested replays have finished
    }
    return true;
}

void WedgeScanner::clearBurst()
{
    m_held.clear();
    m_text.clear();
    m_preedit.clear();
    m_keyCount = 0;
}

bool WedgeScanner::isReplay(const QEvent *event) const
{
    return std::find(m_replaying.cbegin(), m_replaying.cend(), event) != m_replaying.cend();
}

bool WedgeScanner::absorbEcho(const QInputMethodEvent *event)
{
    if (m_echo.isEmpty())
        return false;
    const bool isEcho = event->commitString() == m_echo && event->preeditString().isEmpty()
            && m_clock() <= m_echoDeadlineMs;
    // Whatever comes first settles it: the echo, or a person's next composition.
    m_echo.clear();
    return isEcho;
}

// ---------------------------------------------------------------------------
// Scan targets and readiness

void WedgeScanner::addScanTarget(QObject *target)
{
    if (!target)
        return;
    for (const QPointer<QObject> &t : std::as_const(m_scanTargets)) {
        if (t.data() == target)
            return;
    }
    m_scanTargets.removeIf([](const QPointer<QObject> &t) { return t.isNull(); });
    m_scanTargets.append(target);
    // Qt asks ImEnabled when the focus changes; if the target already has the
    // focus, make it ask again now.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::inputMethod()->update(Qt::ImEnabled);
}

void WedgeScanner::removeScanTarget(QObject *target)
{
    m_scanTargets.removeIf([target](const QPointer<QObject> &t) { return t.isNull() || t.data() == target; });
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::inputMethod()->update(Qt::ImEnabled);
}

bool WedgeScanner::isInScanTarget(const QObject *object) const
{
    if (m_scanTargets.isEmpty())
        return false;
    for (; object; object = object->parent()) {
        for (const QPointer<QObject> &target : m_scanTargets) {
            if (target.data() == object)
                return true;
        }
    }
    return false;
}

void WedgeScanner::updateReadiness()
{
    bool ready = false;
    QString text;
    if (!m_enabled) {
        text = tr("Scanner input off");
    } else if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())
               && QGuiApplication::applicationState() == Qt::ApplicationActive
               && QGuiApplication::focusWindow()) {
        ready = true;
        text = tr("Scanner ready");
    } else {
        // The scanner is a keyboard: without the focus its keys type into another program.
        text = tr("Window not focused — click here to scan");
    }
    if (ready == m_ready && text == m_readinessText)
        return;
    m_ready = ready;
    m_readinessText = text;
    emit readinessChanged(m_ready, m_readinessText);
}

} // namespace mannam
