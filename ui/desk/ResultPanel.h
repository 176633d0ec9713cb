#pragma once

#include "checkin/CheckInService.h"

#include <QFrame>

class QLabel;
class QTimer;

namespace mannam {

// The big coloured answer to a scan, readable from a step away: green with the
// name, yellow with when and where they came in, red with the reason. Returns
// to "ready" by itself so the next person never sees the last one's result.
class ResultPanel : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)

public:
    explicit ResultPanel(QWidget *parent = nullptr);

    // "ready", "green", "yellow", "red": for tests and styling.
    QString state() const { return m_state; }
    QString headline() const;

    void showOutcome(const CheckInOutcome &outcome);
    void showNotSaved(const QString &message);
    void showReady();

signals:
    void stateChanged(const QString &state);

private:
    void setState(const QString &state, const QString &background, const QString &foreground);

    QLabel *m_titleLabel;
    QLabel *m_nameLabel;
    QLabel *m_detailLabel;
    QLabel *m_noteLabel;
    QTimer *m_resetTimer;
    QString m_state;
};

} // namespace mannam
