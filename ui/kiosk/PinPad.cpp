#include "PinPad.h"

#include "KioskPhraseLabel.h"
#include "KioskLanguage.h"
#include "KioskStyle.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

PinPad::PinPad(const KioskLanguage &language, QWidget *parent)
    : QWidget(parent),
      m_language(language),
      m_panel(new QWidget(this)),
      m_title(new KioskPhraseLabel(language, u"pinTitleLabel"_s, 26, 20, QFont::Bold)),
      m_message(new KioskPhraseLabel(language, u"pinMessageLabel"_s, 16, 14, QFont::Medium)),
      m_dots(new QLabel)
{
    setObjectName(u"pinPad"_s);
    setAttribute(Qt::WA_NoSystemBackground);
    m_panel->setObjectName(u"pinPanel"_s);
    m_panel->setStyleSheet(u"#pinPanel { background: %1; border-radius: 20px; }"
                           "#pinPanel QLabel { color: %2; }"
                           "#pinPanel QPushButton { background: %3; color: %2; border: 1px solid %4;"
                           " border-radius: 12px; padding: 6px; }"
                           "#pinPanel QPushButton:pressed { background: %4; }"
                           "#pinPanel QPushButton#pinEnterButton { background: %5; color: white; border: none; }"
                           "#pinPanel QPushButton#pinEnterButton:disabled { background: %4; }"
                           "#pinMessageLabel QLabel { color: %6; }"
                           "#pinMessageLabel[warning=\"true\"] QLabel { color: %7; }"_s
                                   .arg(KioskStyle::css(KioskStyle::Surface), KioskStyle::css(KioskStyle::Ink),
                                        KioskStyle::css(QColor(0xf4, 0xf5, 0xf7)), KioskStyle::css(KioskStyle::Line),
                                        KioskStyle::css(KioskStyle::Green), KioskStyle::css(KioskStyle::MutedInk))
                                   .arg(KioskStyle::css(KioskStyle::Red)));
    m_title->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Organizer PIN")));
    m_dots->setObjectName(u"pinDotsLabel"_s);
    m_dots->setAlignment(Qt::AlignCenter);
    KioskStyle::setFontPx(m_dots, 34, QFont::Bold);

    auto *keys = new QGridLayout;
    keys->setSpacing(10);
    const auto addKey = [&](const QString &name, const QString &text, int row, int column) {
        auto *button = new QPushButton(text);
        button->setObjectName(name);
        button->setFocusPolicy(Qt::NoFocus);
        button->setMinimumSize(84, 58);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        KioskStyle::setFontPx(button, 24, QFont::DemiBold);
        keys->addWidget(button, row, column);
        return button;
    };
    for (int digit = 1; digit <= 9; ++digit) {
        QPushButton *b = addKey(u"pinDigit%1Button"_s.arg(digit), QString::number(digit), (digit - 1) / 3, (digit - 1) % 3);
        connect(b, &QPushButton::clicked, this, [this, digit] { typeDigit(digit); });
    }
    QPushButton *back = addKey(u"pinBackspaceButton"_s, u"⌫"_s, 3, 0);
    connect(back, &QPushButton::clicked, this, &PinPad::backspace);
    QPushButton *zero = addKey(u"pinDigit0Button"_s, u"0"_s, 3, 1);
    connect(zero, &QPushButton::clicked, this, [this] { typeDigit(0); });
    m_enter = addKey(u"pinEnterButton"_s, u"✓"_s, 3, 2);
    connect(m_enter, &QPushButton::clicked, this, &PinPad::submit);

    auto *cancel = new QPushButton(language.sideBySide(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Cancel"))));
    cancel->setObjectName(u"pinCancelButton"_s);
    cancel->setFocusPolicy(Qt::NoFocus);
    KioskStyle::setFontPx(cancel, 17, QFont::Medium);
    connect(cancel, &QPushButton::clicked, this, &PinPad::dismiss);
    connect(&language, &KioskLanguage::changed, cancel, [cancel, &language] {
        cancel->setText(language.sideBySide(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Cancel"))));
    });

    auto *layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_dots);
    layout->addWidget(m_message);
    layout->addLayout(keys, 1);
    layout->addSpacing(6);
    layout->addWidget(cancel);

    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleCloseMs);
    connect(&m_idle, &QTimer::timeout, this, &PinPad::dismiss);
    m_lockTick.setInterval(250);
    connect(&m_lockTick, &QTimer::timeout, this, &PinPad::updateLockMessage);
    parent->installEventFilter(this);
    hide();
}

void PinPad::open()
{
    m_pin.clear();
    showMessage(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Type the PIN or scan the PIN QR code.")), false);
    updateDots();
    followParent();
    show();
    raise();
    m_idle.start();
    updateLockMessage();
}

void PinPad::dismiss()
{
    m_pin.clear();
    m_idle.stop();
    m_lockTick.stop();
    hide();
}

void PinPad::showRefused(qint64 lockedForMs)
{
    m_pin.clear();
    updateDots();
    if (lockedForMs > 0) {
        updateLockMessage();
        return;
    }
    showMessage(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Wrong PIN. Try again.")), true);
}

void PinPad::showNoPinSet()
{
    showMessage(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow",
                                              "No organizer PIN is set for this event. Set one in the bingo settings.")),
                true);
}

bool PinPad::handleKey(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        typeDigit(key - Qt::Key_0);
        return true;
    }
    switch (key) {
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        backspace();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        submit();
        return true;
    case Qt::Key_Escape:
        dismiss();
        return true;
    default:
        return false;
    }
}

void PinPad::typeDigit(int digit)
{
    m_idle.start();
    if (m_pin.size() < MaxDigits)
        m_pin += QChar(u'0' + digit);
    updateDots();
}

void PinPad::backspace()
{
    m_idle.start();
    m_pin.chop(1);
    updateDots();
}

void PinPad::submit()
{
    m_idle.start();
    if (m_pin.isEmpty())
        return;
    const QString pin = m_pin;
    m_pin.clear();
    updateDots();
    emit pinEntered(pin);
}

void PinPad::updateDots()
{
    m_dots->setText(m_pin.isEmpty() ? u"–"_s : QString(m_pin.size(), u'●'));
    m_enter->setEnabled(!m_pin.isEmpty());
}

void PinPad::updateLockMessage()
{
    const qint64 remaining = m_lockRemaining ? m_lockRemaining() : 0;
    if (remaining <= 0) {
        if (m_lockTick.isActive()) {
            m_lockTick.stop();
            showMessage(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Type the PIN or scan the PIN QR code.")),
                        false);
        }
        return;
    }
    showMessage(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Too many wrong PINs. Try again in %1 s."),
                            {QString::number((remaining + 999) / 1000)}),
                true);
    if (!m_lockTick.isActive())
        m_lockTick.start();
}

void PinPad::showMessage(const Phrase &phrase, bool warning)
{
    m_message->setPhrase(phrase);
    if (m_message->property("warning").toBool() != warning) {
        m_message->setProperty("warning", warning);
        m_panel->setStyleSheet(m_panel->styleSheet()); // re-evaluates the [warning] selector
    }
}

void PinPad::followParent()
{
    const QSize area = parentWidget()->size();
    setGeometry(QRect(QPoint(0, 0), area));
    const int height = std::min(area.height() - 40, std::max(460, area.height() * 2 / 3));
    const int width = std::min(area.width() - 40, std::max(380, height * 3 / 4));
    m_panel->setGeometry((area.width() - width) / 2, (area.height() - height) / 2, width, height);
}

bool PinPad::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        followParent();
    return QWidget::eventFilter(watched, event);
}

void PinPad::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x10, 0x18, 0x28, 190));
}

} // namespace mannam
