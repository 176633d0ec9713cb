#include "WalkInDialog.h"

#include "transfer/HeaderMapping.h"
#include "transfer/PhoneNumber.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mannam {

WalkInDialog::WalkInDialog(QWidget *parent, Purpose purpose)
    : QDialog(parent),
      m_name(new QLineEdit),
      m_email(new QLineEdit),
      m_phone(new QLineEdit),
      m_affiliation(new QLineEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(purpose == Purpose::WalkIn ? tr("Walk-in") : tr("Add Attendee"));
    m_name->setObjectName(u"walkInNameLineEdit"_s);
    m_email->setObjectName(u"walkInEmailLineEdit"_s);
    m_phone->setObjectName(u"walkInPhoneLineEdit"_s);
    m_affiliation->setObjectName(u"walkInAffiliationLineEdit"_s);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Email"), m_email);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Affiliation"), m_affiliation);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(purpose == Purpose::WalkIn ? tr("Add and check in") : tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_email})
        connect(edit, &QLineEdit::textChanged, this, &WalkInDialog::validate);
    validate();
}

void WalkInDialog::validate()
{
    const QString email = m_email->text().trimmed();
    const bool ok = !m_name->text().trimmed().isEmpty() && (email.isEmpty() || looksLikeEmail(email));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

Attendee WalkInDialog::attendee() const
{
    Attendee a;
    a.name = m_name->text().trimmed();
    a.email = m_email->text().trimmed();
    a.phone = normalisePhone(m_phone->text());
    a.affiliation = m_affiliation->text().trimmed();
    return a;
}

} // namespace mannam
