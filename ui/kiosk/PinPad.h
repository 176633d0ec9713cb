#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>

class QKeyEvent;
class QLabel;
class QPushButton;

namespace mannam {

class KioskPhraseLabel;
class KioskLanguage;
struct Phrase;

// The organizer's way out of kiosk mode, inside the kiosk window: a dimmed
// backdrop with a number pad. Digits come from its buttons or the keyboard
// (the kiosk window forwards keys); the PIN is only shown as dots. It closes
// itself after a while without input, so it never stays up for attendees.
class PinPad : public QWidget
{
    Q_OBJECT

public:
    static constexpr int IdleCloseMs = 30'000;
    static constexpr int MaxDigits = 12;

    PinPad(const KioskLanguage &language, QWidget *parent);

    void open();
    void dismiss();
    bool isOpen() const { return isVisible(); }
    QString enteredPin() const { return m_pin; }

    // How long further tries must wait (the session's lockout), polled for the countdown.
    void setLockRemaining(std::function<qint64()> remainingMs) { m_lockRemaining = std::move(remainingMs); }
    // A wrong PIN (lockedForMs = 0) or a lockout.
    void showRefused(qint64 lockedForMs);
    // No PIN is set for the event: nothing can unlock.
    void showNoPinSet();

    // Keys forwarded by the kiosk window: digits, Backspace, Enter, Escape. True if used.
    bool handleKey(QKeyEvent *event);

signals:
    void pinEntered(const QString &pin);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void typeDigit(int digit);
    void backspace();
    void submit();
    void showMessage(const Phrase &phrase, bool warning);
    void updateDots();
    void updateLockMessage();
    void followParent();

    const KioskLanguage &m_language;
    QWidget *m_panel;
    KioskPhraseLabel *m_title;
    KioskPhraseLabel *m_message;
    QLabel *m_dots;
    QPushButton *m_enter;
    QString m_pin;
    QTimer m_idle;
    QTimer m_lockTick;
    std::function<qint64()> m_lockRemaining;
};

} // namespace mannam
