#pragma once
// Keyboard-wedge scanner input for GUI tests and benchmarks.
#include <QApplication>
#include <QKeyEvent>
#include <QString>
#include <QWidget>

namespace mannam::test {

// What a USB scanner does: one key press/release per character, a few ms
// apart (event timestamps), optionally ended by Enter.
inline void sendScannerBurst(QWidget *target, const QString &text, bool withEnter = true)
{
    static quint64 timestamp = 1'000'000;
    timestamp += 10'000; // far from the previous burst
    const auto send = [target](QEvent::Type type, int key, const QString &keyText) {
        QKeyEvent event(type, key, Qt::NoModifier, keyText);
        event.setTimestamp(timestamp);
        QApplication::sendEvent(target, &event);
    };
    for (QChar c : text) {
        const int key = c.isDigit() ? Qt::Key_0 + c.digitValue() : c.toUpper().unicode();
        send(QEvent::KeyPress, key, QString(c));
        send(QEvent::KeyRelease, key, QString(c));
        timestamp += 5;
    }
    if (withEnter) {
        send(QEvent::KeyPress, Qt::Key_Return, QStringLiteral("\r"));
        send(QEvent::KeyRelease, Qt::Key_Return, QStringLiteral("\r"));
    }
}

} // namespace mannam::test
