#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mannam {

// Asks for a new kiosk PIN twice; OK only when it is acceptable and both match.
class KioskPinDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KioskPinDialog(QWidget *parent = nullptr);
    QString pin() const;

private:
    void validate();

    QLineEdit *m_pin;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace mannam
