#pragma once

#include "common/Attendee.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace mannam {

// A person's name (required), email, phone and affiliation, for somebody at
// the door who did not register (OK adds and checks them in at once) or for
// the organizer adding somebody by hand before the event.
class WalkInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { WalkIn, Register };
    explicit WalkInDialog(QWidget *parent = nullptr, Purpose purpose = Purpose::WalkIn);
    Attendee attendee() const;

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_affiliation;
    QDialogButtonBox *m_buttons;
};

} // namespace mannam
