// The keyboard-wedge filter: a scanner's burst becomes one code and never
// reaches the focused object; a person's typing reaches it unchanged and in
// order. Events go through the application (QCoreApplication::sendEvent), so the
// application-wide filter sees them as in the running app. Time comes from the
// events' timestamps and an injected clock; timers are driven by flush() or
// QTRY_*, never by sleeping.
#include "codes/TicketCode.h"
#include "scanning/WedgeScanner.h"

#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QInputMethodQueryEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

#include <memory>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

// Stands for the focused widget: records what reaches it.
class Recorder : public QObject
{
public:
    using QObject::QObject;

    QStringList typed;         // key presses/releases, IME events, clicks, in order
    QStringList overrides;     // ShortcutOverride events that got through
    QList<quint64> timestamps; // of the key presses
    bool acceptsInputMethod = true;

    QString pressedText() const
    {
        QString text;
        for (const QString &entry : typed) {
            if (entry.startsWith(u"press "_s))
                text += entry.mid(6);
        }
        return text;
    }

    bool event(QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::KeyPress: {
            auto *key = static_cast<QKeyEvent *>(event);
            typed.append(u"press "_s + describe(key));
            timestamps.append(key->timestamp());
            return true;
        }
        case QEvent::KeyRelease:
            typed.append(u"release "_s + describe(static_cast<QKeyEvent *>(event)));
            return true;
        case QEvent::ShortcutOverride:
            overrides.append(describe(static_cast<QKeyEvent *>(event)));
            return false;
        case QEvent::InputMethod: {
            auto *ime = static_cast<QInputMethodEvent *>(event);
            typed.append(u"ime "_s + ime->commitString() + u'|' + ime->preeditString());
            return true;
        }
        case QEvent::InputMethodQuery: {
            auto *query = static_cast<QInputMethodQueryEvent *>(event);
            if (query->queries() & Qt::ImEnabled)
                query->setValue(Qt::ImEnabled, acceptsInputMethod);
            if (query->queries() & Qt::ImHints)
                query->setValue(Qt::ImHints, int(Qt::ImhDigitsOnly));
            query->accept();
            return true;
        }
        case QEvent::MouseButtonPress:
            typed.append(u"click"_s);
            return true;
        default:
            return QObject::event(event);
        }
    }

private:
    static QString describe(const QKeyEvent *key)
    {
        switch (key->key()) {
        case Qt::Key_Return: return u"<Return>"_s;
        case Qt::Key_Enter: return u"<Enter>"_s;
        case Qt::Key_Tab: return u"<Tab>"_s;
        case Qt::Key_Shift: return u"<Shift>"_s;
        case Qt::Key_Backspace: return u"<Backspace>"_s;
        default: break;
        }
        if (key->modifiers() & Qt::ControlModifier)
            return u"Ctrl+"_s + QKeySequence(key->key()).toString();
        return key->text();
    }
};

// Stands for a QWidgetWindow: a key sent to the window is forwarded to its
// focus object, so the application filter sees the same event twice.
class ForwardingWindow : public QObject
{
public:
    explicit ForwardingWindow(QObject *focus) : m_focus(focus) {}
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease)
            return QCoreApplication::sendEvent(m_focus, event);
        return QObject::event(event);
    }

private:
    QObject *m_focus;
};

int keyFor(QChar c)
{
    if (c.isDigit())
        return Qt::Key_0 + c.digitValue();
    if (c.isLetter() && c.unicode() < 128)
        return Qt::Key_A + (c.toLower().unicode() - u'a');
    if (c == u'-')
        return Qt::Key_Minus;
    if (c == u' ')
        return Qt::Key_Space;
    return Qt::Key_unknown;
}

} // namespace

class TestWedgeScanner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WedgeScanner> m_scanner;
    std::unique_ptr<Recorder> m_focus;
    qint64 m_clockMs = 0;
    quint64 m_timestamp = 0;

    // Time passes for both the key timestamps and the clock, as in life.
    void wait(int ms)
    {
        m_clockMs += ms;
        m_timestamp += ms;
    }

    // One key as Qt delivers it: ShortcutOverride, press, release.
    void key(int key, const QString &text, Qt::KeyboardModifiers mods = Qt::NoModifier,
             QObject *to = nullptr, bool autoRepeat = false)
    {
        QObject *receiver = to ? to : m_focus.get();
        QKeyEvent shortcut(QEvent::ShortcutOverride, key, mods, text, autoRepeat);
        shortcut.setTimestamp(m_timestamp);
        shortcut.ignore();
        QCoreApplication::sendEvent(receiver, &shortcut);
        QKeyEvent press(QEvent::KeyPress, key, mods, text, autoRepeat);
        press.setTimestamp(m_timestamp);
        QCoreApplication::sendEvent(receiver, &press);
        QKeyEvent release(QEvent::KeyRelease, key, mods, text, autoRepeat);
        release.setTimestamp(m_timestamp + 1);
        QCoreApplication::sendEvent(receiver, &release);
    }

    // Types `text` (ASCII) with `gapMs` before every key; capitals with Shift
    // held around them, as a scanner does.
    void type(const QString &text, int gapMs, QObject *to = nullptr)
    {
        for (const QChar c : text) {
            wait(gapMs);
            if (c.isUpper()) {
                sendPlain(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier, to);
                key(keyFor(c), QString(c), Qt::ShiftModifier, to);
                sendPlain(QEvent::KeyRelease, Qt::Key_Shift, Qt::NoModifier, to);
            } else {
                key(keyFor(c), QString(c), Qt::NoModifier, to);
            }
        }
    }

    void enter(int gapMs, QObject *to = nullptr)
    {
        wait(gapMs);
        key(Qt::Key_Return, u"\r"_s, Qt::NoModifier, to);
    }

    void sendPlain(QEvent::Type type, int key, Qt::KeyboardModifiers mods, QObject *to = nullptr)
    {
        QKeyEvent event(type, key, mods);
        event.setTimestamp(m_timestamp);
        QCoreApplication::sendEvent(to ? to : m_focus.get(), &event);
    }

    // What the Korean IME sends the focus object; no timestamp, so the clock times it.
    void ime(const QString &commit, const QString &preedit, int gapMs = 0)
    {
        wait(gapMs);
        QInputMethodEvent event(preedit, {});
        if (!commit.isEmpty())
            event.setCommitString(commit);
        QCoreApplication::sendEvent(m_focus.get(), &event);
    }

private slots:
    void init()
    {
        m_clockMs = 100000;
        m_timestamp = 5000000;
        m_focus = std::make_unique<Recorder>();
        m_scanner = std::make_unique<WedgeScanner>();
        m_scanner->setClock([this] { return m_clockMs; });
        qApp->installEventFilter(m_scanner.get());
    }

    void cleanup()
    {
        m_scanner.reset(); // also leaves the application's filter list
        m_focus.reset();
    }

    void burstWithEnter_emitsOnce_nothingReachesTheFocus()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        const QString code = TicketCode::generate(u"4821"_s, {});
        QCOMPARE(code.size(), 24);

        type(code, 5);
        enter(5);

        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), code);
        QVERIFY2(m_focus->typed.isEmpty(), qPrintable(m_focus->typed.join(u", "_s)));
        QVERIFY(!m_scanner->isCollecting());
        // Only the first key's ShortcutOverride gets through (it might be a
        // person's shortcut); the rest, Enter included, are kept from shortcuts.
        QCOMPARE(m_focus->overrides, QStringList{code.left(1)});
        // Nothing is left over that fires later.
        QTest::qWait(0);
        QCOMPARE(spy.count(), 1);
    }

    void burstWithoutTerminator_emitsAfterTheTimeout()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        const QString code = TicketCode::generate(u"4821"_s, {});
        type(code, 5);
        QCOMPARE(spy.count(), 0);
        QVERIFY(m_scanner->isCollecting());

        // The real timer (80 ms) ends it.
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), code);
        QVERIFY(m_focus->typed.isEmpty());
    }

    void burstWithoutTerminator_flush()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        type(u"123456789012"_s, 8);
        m_scanner->flush();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"123456789012"_s);
        QVERIFY(m_focus->typed.isEmpty());
    }

    void tabTerminator_isSwallowed()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        type(u"987654321"_s, 5);
        wait(5);
        key(Qt::Key_Tab, u"\t"_s);
        QCOMPARE(spy.count(), 1);
        QVERIFY(m_focus->typed.isEmpty());
    }

    void humanTyping_reachesTheFocusInOrder()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        type(u"kim"_s, 150);
        // k and i were settled when the next key came 150 ms later; m waits for its timer.
        QCOMPARE(m_focus->typed, (QStringList{u"press k"_s, u"release k"_s, u"press i"_s, u"release i"_s}));
        QTRY_COMPARE(m_focus->typed.size(), 6);
        QCOMPARE(m_focus->typed, (QStringList{u"press k"_s, u"release k"_s, u"press i"_s, u"release i"_s,
                                              u"press m"_s, u"release m"_s}));
        QCOMPARE(spy.count(), 0);
        // The re-sent events are the originals: same timestamps.
        QCOMPARE(m_focus->timestamps.size(), 3);
        QCOMPARE(m_focus->timestamps.at(1) - m_focus->timestamps.at(0), quint64(150));
        // Every ShortcutOverride reached the focus: a person's shortcuts work.
        QCOMPARE(m_focus->overrides.size(), 3);
    }

    void humanTyping_thenEnter_bothArriveInOrder()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        // A quick "ab" (under the gap) is still too short to be a scan.
        type(u"ab"_s, 20);
        enter(20);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_focus->typed, (QStringList{u"press a"_s, u"release a"_s, u"press b"_s, u"release b"_s,
                                              u"press <Return>"_s, u"release <Return>"_s}));
        QVERIFY(!m_scanner->isCollecting());
    }

    void shortFastBurst_isTyping()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        type(u"12345"_s, 5); // one short of the minimum
        m_scanner->flush();
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_focus->pressedText(), u"12345"_s);
    }

    // Timestamps say when the keys were pressed; the clock only when we saw them.
    void timing_timestampsWinOverDelivery()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        // A person's keys delivered in one batch after a busy moment: same
        // clock, timestamps 150 ms apart. Still typing.
        for (const QChar c : u"hello1"_s) {
            m_timestamp += 150;
            key(keyFor(c), QString(c));
        }
        m_scanner->flush();
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_focus->pressedText(), u"hello1"_s);

        // A scanner burst while the GUI stalled: the clock jumps, timestamps don't.
        for (const QChar c : u"7777777"_s) {
            m_timestamp += 4;
            m_clockMs += 200;
            key(keyFor(c), QString(c));
        }
        enter(4);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"7777777"_s);
    }

    void timing_noTimestamp_usesTheClock()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        m_timestamp = 0; // synthesized events carry none
        for (const QChar c : u"246810"_s) {
            m_clockMs += 5;
            key(keyFor(c), QString(c));
        }
        m_clockMs += 5;
        key(Qt::Key_Return, u"\r"_s);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"246810"_s);

        for (const QChar c : u"135791"_s) {
            m_clockMs += 150;
            key(keyFor(c), QString(c));
        }
        m_scanner->flush();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_focus->pressedText(), u"135791"_s);
    }

    void twoBurstsBackToBack_twoCodes()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        // With Enter: the second burst starts 5 ms after the first one's Enter.
        type(u"111111111"_s, 5);
        enter(5);
        type(u"222222222"_s, 5);
        enter(5);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toString(), u"111111111"_s);
        QCOMPARE(spy.at(1).at(0).toString(), u"222222222"_s);

        // Without Enter: a pause longer than the end timeout separates them,
        // even if the timer had no chance to run in between.
        type(u"333333333"_s, 5);
        wait(200);
        type(u"444444444"_s, 5);
        QCOMPARE(spy.count(), 3);
        m_scanner->flush();
        QCOMPARE(spy.count(), 4);
        QCOMPARE(spy.at(2).at(0).toString(), u"333333333"_s);
        QCOMPARE(spy.at(3).at(0).toString(), u"444444444"_s);
        QVERIFY(m_focus->typed.isEmpty());
    }

    void scanRightAfterTyping_typingIsDeliveredFirst()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        type(u"le"_s, 200); // a person, then a scan 300 ms later
        wait(300);
        type(u"987654321"_s, 5);
        QCOMPARE(m_focus->pressedText(), u"le"_s);
        enter(5);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"987654321"_s);
        QCOMPARE(m_focus->pressedText(), u"le"_s);
    }

    void shiftedLetters_modifierKeysPassButTheCodeIsWhole()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        type(u"EVT-Q7KX29"_s, 5);
        enter(5);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"EVT-Q7KX29"_s);
        // Only the Shift presses and releases went through, untouched.
        for (const QString &entry : std::as_const(m_focus->typed))
            QVERIFY2(entry.endsWith(u"<Shift>"_s), qPrintable(entry));
    }

    void ctrlC_passesThrough()
    {
        key(Qt::Key_C, u"\x03"_s, Qt::ControlModifier);
        QCOMPARE(m_focus->typed, (QStringList{u"press Ctrl+C"_s, u"release Ctrl+C"_s}));
        QVERIFY(!m_scanner->isCollecting());

        // After a held keystroke, the shortcut comes after it.
        m_focus->typed.clear();
        type(u"a"_s, 200);
        wait(10);
        key(Qt::Key_C, u"\x03"_s, Qt::ControlModifier);
        QCOMPARE(m_focus->typed, (QStringList{u"press a"_s, u"release a"_s, u"press Ctrl+C"_s,
                                              u"release Ctrl+C"_s}));
    }

    void autoRepeat_passesThrough()
    {
        wait(200);
        key(Qt::Key_A, u"a"_s, Qt::NoModifier, nullptr, true);
        QCOMPARE(m_focus->pressedText(), u"a"_s);
        QVERIFY(!m_scanner->isCollecting());
    }

    void otherKeys_endAPersonsBurst()
    {
        type(u"ab"_s, 20);
        wait(10);
        key(Qt::Key_Backspace, QString());
        QCOMPARE(m_focus->typed, (QStringList{u"press a"_s, u"release a"_s, u"press b"_s, u"release b"_s,
                                              u"press <Backspace>"_s, u"release <Backspace>"_s}));
    }

    void click_landsAfterTheHeldKeystroke()
    {
        type(u"q"_s, 200);
        QMouseEvent click(QEvent::MouseButtonPress, QPointF(1, 1), QPointF(1, 1), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_focus.get(), &click);
        QCOMPARE(m_focus->typed, (QStringList{u"press q"_s, u"release q"_s, u"click"_s}));
    }

    void disabled_everythingPasses()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        m_scanner->setEnabled(false);
        type(u"123456789"_s, 5);
        enter(5);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_focus->pressedText(), u"123456789<Return>"_s);
    }

    void disabling_settlesWhatIsHeld()
    {
        type(u"ab"_s, 300);
        QCOMPARE(m_focus->pressedText(), u"a"_s);
        m_scanner->setEnabled(false);
        QCOMPARE(m_focus->pressedText(), u"ab"_s);
    }

    // In a widget application a key goes to the window first, which forwards it
    // to the focus widget: the filter sees it twice and must act once.
    void keysSeenTwice_actedOnOnce()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        ForwardingWindow window(m_focus.get());
        type(u"kim"_s, 150, &window);
        m_scanner->flush();
        QCOMPARE(m_focus->typed, (QStringList{u"press k"_s, u"release k"_s, u"press i"_s, u"release i"_s,
                                              u"press m"_s, u"release m"_s}));

        m_focus->typed.clear();
        type(u"1234567890"_s, 5, &window);
        enter(5, &window);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"1234567890"_s);
        QVERIFY(m_focus->typed.isEmpty());
    }

    void receiverGone_heldKeysAreDropped()
    {
        auto *doomed = new Recorder;
        type(u"z"_s, 200, doomed);
        delete doomed;
        m_scanner->flush(); // must not touch the deleted object
        QVERIFY(!m_scanner->isCollecting());
    }

    void scannerDeletedByItsSlot_noCrash()
    {
        WedgeScanner *scanner = m_scanner.release();
        connect(scanner, &WedgeScanner::codeScanned, scanner, [scanner] { delete scanner; });
        type(u"1234567"_s, 5);
        enter(5);
        // The Enter's release and later keys reach the focus: no filter any more.
        type(u"k"_s, 200);
        QCOMPARE(m_focus->pressedText(), u"k"_s);
    }

    // --- The Korean IME -------------------------------------------------------

    // An imported code "evt-gks24" scanned while the 2-set IME is on: the letter
    // keys arrive as Hangul through the IME (consonants one by one, "gks" as the
    // syllable 한), '-' and the digits as keys after the IME committed its
    // composition, Enter last. The event sequence is what IBus' Hangul engine sends.
    void ime_jamoAndSyllablesMappedBack()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        ime({}, u"ㄷ"_s, 5);          // e
        ime(u"ㄷ"_s, {}, 5);          // v: ㄷ cannot take ㅍ, so it is committed
        ime({}, u"ㅍ"_s);
        ime(u"ㅍ"_s, {}, 5);          // t
        ime({}, u"ㅅ"_s);
        ime(u"ㅅ"_s, {}, 5);          // '-': the IME commits, then the key passes
        key(Qt::Key_Minus, u"-"_s);
        ime({}, u"ㅎ"_s, 5);          // g
        ime({}, u"하"_s, 5);          // k
        ime({}, u"한"_s, 5);          // s
        ime(u"한"_s, {}, 5);          // 2
        key(Qt::Key_2, u"2"_s);
        type(u"4"_s, 5);
        enter(5);

        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"evt-gks24"_s);
        QVERIFY2(m_focus->typed.isEmpty(), qPrintable(m_focus->typed.join(u", "_s)));
    }

    // "rksk-2024": the final ㄴ of 간 moves to the next syllable when ㅏ follows.
    void ime_finalMovesToTheNextSyllable()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        ime({}, u"ㄱ"_s, 4);
        ime({}, u"가"_s, 4);
        ime({}, u"간"_s, 4);
        ime(u"가"_s, {}, 4);
        ime({}, u"나"_s);
        ime(u"나"_s, {}, 4);
        key(Qt::Key_Minus, u"-"_s);
        type(u"2024"_s, 4);
        enter(4);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"rksk-2024"_s);
        QVERIFY(m_focus->typed.isEmpty());
    }

    // Two syllables are six keys: enough for a scan. The minimum counts keys.
    void ime_composedSyllables_countAsTheirKeys()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        ime({}, u"ㅎ"_s, 5);
        ime({}, u"하"_s, 5);
        ime({}, u"한"_s, 5);
        ime(u"한"_s, {}, 5);
        ime({}, u"ㄱ"_s);
        ime({}, u"그"_s, 5);
        ime({}, u"글"_s, 5);
        ime(u"글"_s, {}, 5); // Enter makes the IME commit first...
        enter(0);            // ...then passes the key
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"gksrmf"_s);
        QVERIFY(m_focus->typed.isEmpty());
    }

    // No terminator: the open composition is part of the code; the IME may
    // commit it after being reset, and that echo must not reach the focus.
    void ime_burstEndsWithOpenComposition()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        type(u"2024"_s, 5);
        ime({}, u"ㄱ"_s, 5);
        ime({}, u"가"_s, 5);
        m_scanner->flush();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"2024rk"_s);

        ime(u"가"_s, {}, 20); // the echo
        QVERIFY(m_focus->typed.isEmpty());
        // The next composition is a person's again.
        ime({}, u"ㄴ"_s, 500);
        m_scanner->flush();
        QCOMPARE(m_focus->typed, QStringList{u"ime |ㄴ"_s});
    }

    void ime_fullWidthDigits()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        for (const QString &digit : {u"１"_s, u"２"_s, u"３"_s, u"４"_s, u"５"_s, u"６"_s, u"７"_s})
            ime(digit, {}, 5);
        enter(5);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"1234567"_s);
    }

    // A person typing Korean: every IME event arrives, in order, unchanged.
    void ime_personTypingKorean_isDelivered()
    {
        QSignalSpy spy(m_scanner.get(), &WedgeScanner::codeScanned);
        ime({}, u"ㅎ"_s, 150);
        ime({}, u"하"_s, 150);
        ime({}, u"한"_s, 150);
        ime(u"한"_s, {}, 150);
        ime({}, u"ㄱ"_s);
        m_scanner->flush();
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_focus->typed, (QStringList{u"ime |ㅎ"_s, u"ime |하"_s, u"ime |한"_s, u"ime 한|"_s,
                                              u"ime |ㄱ"_s}));
    }

    // --- Input method off for scan targets ------------------------------------

    void scanTarget_inputMethodIsOff()
    {
        Recorder screen;
        auto *codeField = new Recorder(&screen);
        Recorder elsewhere;

        const auto imEnabled = [](QObject *object, Qt::InputMethodQueries queries = Qt::ImEnabled) {
            QInputMethodQueryEvent query(queries);
            QCoreApplication::sendEvent(object, &query);
            return query.value(Qt::ImEnabled).toBool();
        };
        QVERIFY(imEnabled(codeField));

        m_scanner->addScanTarget(&screen);
        QVERIFY(m_scanner->isInScanTarget(codeField));
        QVERIFY(!imEnabled(&screen));
        QVERIFY(!imEnabled(codeField)); // children too: the kiosk's PIN field
        QVERIFY(imEnabled(&elsewhere)); // the desk's search box keeps its IME

        // Other queries asked together are still answered by the object.
        QInputMethodQueryEvent both(Qt::ImEnabled | Qt::ImHints);
        QCoreApplication::sendEvent(codeField, &both);
        QCOMPARE(both.value(Qt::ImEnabled).toBool(), false);
        QCOMPARE(both.value(Qt::ImHints).toInt(), int(Qt::ImhDigitsOnly));

        m_scanner->removeScanTarget(&screen);
        QVERIFY(imEnabled(codeField));

        {
            Recorder temporary;
            m_scanner->addScanTarget(&temporary);
        }
        QVERIFY(!m_scanner->isInScanTarget(&elsewhere));
        QVERIFY(imEnabled(&elsewhere));
    }

    // --- Readiness -------------------------------------------------------------

    // The desk shows this: a USB scanner's keys go to whichever program has the
    // focus, so "not focused" is the first thing to tell the staff.
    void readiness_followsTheFocusWindow()
    {
        QVERIFY(!QGuiApplication::focusWindow()); // no window shown yet in this test run
        QVERIFY(!m_scanner->isReady());
        QCOMPARE(m_scanner->readinessText(), u"Window not focused — click here to scan"_s);

        QSignalSpy spy(m_scanner.get(), &WedgeScanner::readinessChanged);
        QWindow window;
        window.resize(200, 100);
        window.show();
        window.requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(m_scanner->isReady());
        QCOMPARE(m_scanner->readinessText(), u"Scanner ready"_s);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.last().at(0).toBool(), true);
        QCOMPARE(spy.last().at(1).toString(), u"Scanner ready"_s);

        m_scanner->setEnabled(false);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).toBool(), false);
        QCOMPARE(spy.last().at(1).toString(), u"Scanner input off"_s);
        m_scanner->setEnabled(true);
        QCOMPARE(spy.count(), 3);
        QVERIFY(m_scanner->isReady());
        // Losing the focus cannot be produced here: the offscreen platform never
        // deactivates a window. The other direction is the same signal
        // (QGuiApplication::focusWindowChanged / applicationStateChanged).
    }
};

QTEST_MAIN(TestWedgeScanner)
#include "tst_wedgescanner.moc"
