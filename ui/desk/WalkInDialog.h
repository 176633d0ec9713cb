#pragma once

#include "common/Attendee.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace mannam {

// Somebody at the door who did not register: name (required) and whatever
// else they give; OK adds and checks them in at once.
class WalkInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WalkInDialog(QWidget *parent = nullptr);
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
