// The keyboard-wedge decoder: arbitrary sequences of key presses and releases (with arbitrary
// timing, text, modifiers, auto-repeat), Korean IME commits and preedits, clicks, pauses and
// on/off switches, sent through the application to a focus object (directly, or through a
// window that forwards keys to it, as QWidgetWindow does), with WedgeScanner installed as the
// application-wide filter. Plus the Hangul → key mapping on its own.
//
// Properties, beyond "no crash, no sanitizer report":
//  - a scan is never empty, never shorter than minCodeLength, and holds printable text only;
//  - nothing typed is lost, doubled or reordered: without IME events, the printable text of
//    every key press sent equals, in order, what reached the focus object plus the codes
//    emitted (each code where its burst was);
//  - after flush() nothing is held back;
//  - hangulToLatinKeys: idempotent, the identity exactly when needsMapping is false, at most
//    five keys per character, printable stays printable, and no Hangul is left.
#include "FuzzSupport.h"

#include "scanning/KeyboardLayout.h"
#include "scanning/WedgeScanner.h"

#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMouseEvent>

#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

QGuiApplication *app = nullptr;

bool isPrintable(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
}

// Stands for the focused widget: what reaches it, as one stream of text.
class Focus : public QObject
{
public:
    QString received;

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const QString text = static_cast<QKeyEvent *>(event)->text();
            if (isPrintable(text))
                received += text;
            return true;
        }
        if (event->type() == QEvent::InputMethod) {
            received += static_cast<QInputMethodEvent *>(event)->commitString();
            return true;
        }
        return event->type() == QEvent::KeyRelease || event->type() == QEvent::MouseButtonPress
                || QObject::event(event);
    }
};

// Stands for a QWidgetWindow: keys sent to the window go on to its focus object, so the
// application filter sees them twice.
class Window : public QObject
{
public:
    explicit Window(QObject *focus) : m_focus(focus) {}
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease)
            return QCoreApplication::sendEvent(m_focus, event);
        return QObject::event(event);
    }

private:
    QObject *m_focus;
};

// Text a scanner or a person may type: digits and letters mostly, Hangul through the IME,
// full-width forms, and now and then anything at all.
QString someText(FuzzedDataProvider &input, bool printableOnly)
{
    // The seeds in corpus/fuzz_wedge index this string: change it only at its end.
    static const QString common = u"0123456789abcdefgkstvxyzABCXYZ-_./: 한글ㄱㅏㅘ뷁１２３ａＡ　"_s;
    const int choice = input.ConsumeIntegralInRange(0, 9);
    if (choice < 8)
        return QString(common.at(input.ConsumeIntegralInRange<qsizetype>(0, common.size() - 1)));
    QString text;
    const int length = input.ConsumeIntegralInRange(1, 3);
    for (int i = 0; i < length; ++i)
        text += QChar(input.ConsumeIntegral<char16_t>());
    if (printableOnly && !isPrintable(text))
        return u"?"_s;
    return text;
}

int keyFor(const QString &text)
{
    const QChar c = text.isEmpty() ? QChar() : text.front();
    if (c >= u'0' && c <= u'9')
        return Qt::Key_0 + (c.unicode() - u'0');
    if (c.unicode() < 128 && c.isLetter())
        return Qt::Key_A + (c.toLower().unicode() - u'a');
    return Qt::Key_unknown;
}

void checkKeyboardLayout(const QString &text)
{
    const QString keys = KeyboardLayout::hangulToLatinKeys(text);
    MANNAM_FUZZ_CHECK(KeyboardLayout::hangulToLatinKeys(keys) == keys, "the key mapping is idempotent");
    MANNAM_FUZZ_CHECK(!KeyboardLayout::needsMapping(keys), "nothing mappable is left");
    MANNAM_FUZZ_CHECK(KeyboardLayout::needsMapping(text) || keys == text, "text without Hangul is kept as it is");
    MANNAM_FUZZ_CHECK(keys.size() <= 5 * text.size(), "at most five keys per character");
    if (isPrintable(text))
        MANNAM_FUZZ_CHECK(isPrintable(keys), "printable text gives printable keys");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    app = new QGuiApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkKeyboardLayout(fuzz::textOf(data, size));

    FuzzedDataProvider input(data, size);
    WedgeScanner scanner;
    qint64 clockMs = 1000;
    quint64 timestamp = 1'000'000;
    scanner.setClock([&clockMs] { return clockMs; });
    scanner.setMinCodeLength(input.ConsumeIntegralInRange(1, 12));
    if (input.ConsumeBool())
        scanner.setTerminatorKeys({Qt::Key_Return});

    Focus focus;
    Window window(&focus);
    QString typed; // printable text of every key press sent, in order
    bool usedInputMethod = false;
    QObject::connect(&scanner, &WedgeScanner::codeScanned, [&](const QString &code) {
        MANNAM_FUZZ_CHECK(!code.isEmpty(), "a scan is never empty");
        MANNAM_FUZZ_CHECK(isPrintable(code), "a scan holds printable text only");
        MANNAM_FUZZ_CHECK(code.size() >= scanner.minCodeLength(), "a scan is at least minCodeLength keys long");
        focus.received += code; // where its burst was in the stream of what was typed
    });
    app->installEventFilter(&scanner);

    const auto send = [&](QEvent *event) {
        QObject *receiver = input.ConsumeBool() ? static_cast<QObject *>(&window) : &focus;
        QCoreApplication::sendEvent(receiver, event);
    };
    const auto advance = [&] {
        const int gapMs = input.ConsumeIntegralInRange(0, 150);
        clockMs += gapMs;
        timestamp += gapMs;
    };

    int steps = 0;
    while (input.remaining_bytes() > 0 && ++steps < 400) {
        advance();
        switch (input.ConsumeIntegralInRange(0, 9)) {
        case 0: case 1: case 2: case 3: { // a key, pressed and released
            const QString text = someText(input, false);
            const int key = keyFor(text);
            const bool autoRepeat = input.ConsumeIntegralInRange(0, 15) == 0;
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text, autoRepeat);
            press.setTimestamp(input.ConsumeBool() ? timestamp : 0);
            if (isPrintable(text))
                typed += text;
            send(&press);
            if (input.ConsumeBool()) {
                advance();
                QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text, autoRepeat);
                release.setTimestamp(timestamp);
                send(&release);
            }
            break;
        }
        case 4: { // Enter, Return or Tab
            static const int terminators[] = {Qt::Key_Return, Qt::Key_Enter, Qt::Key_Tab};
            const int key = terminators[input.ConsumeIntegralInRange(0, 2)];
            const QString text = key == Qt::Key_Tab ? u"\t"_s : u"\r"_s;
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
            press.setTimestamp(timestamp);
            send(&press);
            QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
            release.setTimestamp(timestamp + 1);
            send(&release);
            break;
        }
        case 5: { // the Korean IME: a commit, a preedit, or both
            usedInputMethod = true;
            const QString preedit = input.ConsumeBool() ? someText(input, true) : QString();
            QInputMethodEvent event(preedit, {});
            if (input.ConsumeBool())
                event.setCommitString(someText(input, true));
            send(&event);
            break;
        }
        case 6: { // Shift, a shortcut (Ctrl+C, AltGr+Q typing @), an arrow, Backspace
            static const int keys[] = {Qt::Key_Shift, Qt::Key_C, Qt::Key_Q, Qt::Key_Left, Qt::Key_Backspace, Qt::Key_Hangul};
            const int which = input.ConsumeIntegralInRange(0, 5);
            Qt::KeyboardModifiers mods = Qt::NoModifier;
            QString text;
            if (which == 1) {
                mods = Qt::ControlModifier;
                text = u"\x03"_s;
            } else if (which == 2) {
                mods = Qt::ControlModifier | Qt::AltModifier;
                text = u"@"_s;
                typed += text; // AltGr types a character: it is text, not a command
            } else if (which == 4) {
                text = u"\b"_s;
            }
            QKeyEvent press(QEvent::KeyPress, keys[which], mods, text);
            press.setTimestamp(timestamp);
            send(&press);
            QKeyEvent release(QEvent::KeyRelease, keys[which], mods, text);
            release.setTimestamp(timestamp + 1);
            send(&release);
            break;
        }
        case 7: { // a click
            QMouseEvent click(QEvent::MouseButtonPress, QPointF(1, 1), QPointF(1, 1), Qt::LeftButton,
                              Qt::LeftButton, Qt::NoModifier);
            send(&click);
            break;
        }
        case 8: // the timer runs out
            scanner.flush();
            MANNAM_FUZZ_CHECK(!scanner.isCollecting(), "nothing is held after flush()");
            break;
        case 9: // scanner input switched off and on again
            scanner.setEnabled(false);
            MANNAM_FUZZ_CHECK(!scanner.isCollecting(), "nothing is held once disabled");
            scanner.setEnabled(true);
            break;
        }
    }
    scanner.flush();
    MANNAM_FUZZ_CHECK(!scanner.isCollecting(), "nothing is held after flush()");
    app->removeEventFilter(&scanner);

    // A code is its keys' text mapped back from Hangul, character by character; compare both
    // sides mapped the same way.
    if (!usedInputMethod) {
        MANNAM_FUZZ_CHECK(KeyboardLayout::hangulToLatinKeys(focus.received) == KeyboardLayout::hangulToLatinKeys(typed),
                          "every key typed reaches the focus or a scan, once, in order");
    }
    return 0;
}
