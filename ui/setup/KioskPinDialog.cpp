#include "KioskPinDialog.h"

#include "bingo/KioskPin.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace mannam {

KioskPinDialog::KioskPinDialog(QWidget *parent)
    : QDialog(parent),
      m_pin(new QLineEdit),
      m_repeat(new QLineEdit),
      m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Kiosk PIN"));
    m_pin->setObjectName(u"newPinLineEdit"_s);
    m_repeat->setObjectName(u"repeatPinLineEdit"_s);
    m_problem->setObjectName(u"pinProblemLabel"_s);
    // Digits only: the PIN is typed on the kiosk's keypad and scanned through the wedge.
    auto *digits = new QRegularExpressionValidator(
            QRegularExpression(u"[0-9]{0,%1}"_s.arg(KioskPin::MaxLength)), this);
    for (QLineEdit *edit : {m_pin, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setValidator(digits);
        edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        connect(edit, &QLineEdit::textChanged, this, &KioskPinDialog::validate);
    }
    auto *explanation = new QLabel(tr("The organizer PIN leaves kiosk mode. Choose %1 to %2 digits.")
                                           .arg(KioskPin::MinLength)
                                           .arg(KioskPin::MaxLength));
    explanation->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(explanation);
    form->addRow(tr("New PIN"), m_pin);
    form->addRow(tr("Repeat PIN"), m_repeat);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString KioskPinDialog::pin() const
{
    return m_pin->text();
}

void KioskPinDialog::validate()
{
    QString problem;
    if (!m_pin->text().isEmpty() && !KioskPin::isAcceptable(m_pin->text()))
        problem = tr("The PIN must be %1 to %2 digits.").arg(KioskPin::MinLength).arg(KioskPin::MaxLength);
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_pin->text())
        problem = tr("The two PINs differ.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(KioskPin::isAcceptable(m_pin->text()) && m_repeat->text() == m_pin->text());
}

} // namespace mannam
