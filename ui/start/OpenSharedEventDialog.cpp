#include "OpenSharedEventDialog.h"

#include "SharedEventProbe.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

constexpr int DefaultPort = 5432;

QLabel *hintLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

OpenSharedEventDialog::OpenSharedEventDialog(QWidget *parent)
    : QDialog(parent), m_probe(new SharedEventProbe(this))
{
    setObjectName(u"openSharedEventDialog"_s);
    setWindowTitle(tr("Open Shared Event"));
    buildLayout();

    connect(m_addressEdit, &QLineEdit::textEdited, this, &OpenSharedEventDialog::takePastedAddress);
    for (QLineEdit *field : {m_hostEdit, m_databaseEdit, m_userEdit})
        connect(field, &QLineEdit::textEdited, this, &OpenSharedEventDialog::showAddressOfFields);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &OpenSharedEventDialog::showAddressOfFields);
    connect(m_testButton, &QPushButton::clicked, this, &OpenSharedEventDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenSharedEventDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenSharedEventDialog::reject);
    connect(m_probe, &SharedEventProbe::succeeded, this, [this](const QString &eventName) {
        m_testButton->setEnabled(true);
        setStatus(tr("Connected. This is the event “%1”.").arg(eventName), Tone::Good);
        emit connectionTested(true, eventName);
    });
    connect(m_probe, &SharedEventProbe::failed, this, [this](const QString &message) {
        m_testButton->setEnabled(true);
        setStatus(message, Tone::Bad);
        emit connectionTested(false, message);
    });
}

OpenSharedEventDialog::~OpenSharedEventDialog() = default;

void OpenSharedEventDialog::buildLayout()
{
    auto *intro = new QLabel(tr("A shared event lives in a PostgreSQL database that every desk and kiosk of the "
                                "event connects to. Ask the organizer for its address and password."));
    intro->setWordWrap(true);

    m_addressEdit = new QLineEdit;
    m_addressEdit->setObjectName(u"addressLineEdit"_s);
    m_addressEdit->setPlaceholderText(u"postgresql://USER@HOST:5432/DATABASE"_s);
    m_addressEdit->setClearButtonEnabled(true);

    m_hostEdit = new QLineEdit;
    m_hostEdit->setObjectName(u"hostLineEdit"_s);
    m_hostEdit->setPlaceholderText(tr("e.g. 192.168.0.10"));
    m_portSpin = new QSpinBox;
    m_portSpin->setObjectName(u"portSpinBox"_s);
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(DefaultPort);
    m_portSpin->setGroupSeparatorShown(false);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_hostEdit, 1);
    hostRow->addWidget(new QLabel(tr("Port:")));
    hostRow->addWidget(m_portSpin);

    m_databaseEdit = new QLineEdit;
    m_databaseEdit->setObjectName(u"databaseLineEdit"_s);
    m_userEdit = new QLineEdit;
    m_userEdit->setObjectName(u"userLineEdit"_s);
    m_passwordEdit = new QLineEdit;
    m_passwordEdit->setObjectName(u"passwordLineEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);

    m_modeCombo = new QComboBox;
    m_modeCombo->setObjectName(u"openAsComboBox"_s);
    m_modeCombo->addItem(tr("Organizer"), int(WorkMode::Organizer));
    m_modeCombo->addItem(tr("Registration Desk"), int(WorkMode::Desk));
    m_modeCombo->addItem(tr("Bingo Kiosk"), int(WorkMode::Kiosk));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Address:"), m_addressEdit);
    form->addRow(QString(), hintLabel(tr("Paste an address, or fill in the fields below.")));
    form->addRow(tr("Host:"), hostRow);
    form->addRow(tr("Database:"), m_databaseEdit);
    form->addRow(tr("User:"), m_userEdit);
    form->addRow(tr("Password:"), m_passwordEdit);
    form->addRow(QString(), hintLabel(tr("Kept only while Mannam runs, never saved. Leave it empty to use "
                                         "PGPASSWORD or ~/.pgpass.")));
    m_modeLabel = new QLabel(tr("Open as:"));
    form->addRow(m_modeLabel, m_modeCombo);

    m_testButton = new QPushButton(tr("Test Connection"));
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_testButton->setAutoDefault(false);
    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(u"connectionStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_statusLabel, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *open = m_buttons->button(QDialogButtonBox::Ok);
    open->setText(tr("Open"));
    open->setObjectName(u"openButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
}

void OpenSharedEventDialog::setAddress(const ServerAddress &address)
{
    m_hostEdit->setText(address.host);
    {
        const QSignalBlocker quiet(m_portSpin);
        m_portSpin->setValue(address.port);
    }
    m_databaseEdit->setText(address.database);
    m_userEdit->setText(address.user);
    // Typed earlier while Mannam runs: Open works without typing it again.
    m_passwordEdit->setText(address.rememberedPassword());
    showAddressOfFields();
}

std::optional<ServerAddress> OpenSharedEventDialog::address(QString *error) const
{
    const auto fail = [error](const QString &message) -> std::optional<ServerAddress> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ServerAddress address;
    address.host = m_hostEdit->text().trimmed();
    address.port = m_portSpin->value();
    address.database = m_databaseEdit->text().trimmed();
    address.user = m_userEdit->text().trimmed();
    if (address.host.isEmpty())
        return fail(tr("Enter the host name or IP address of the server."));
    if (address.database.isEmpty())
        return fail(tr("Enter the name of the event's database."));
    if (address.database.contains(u'/'))
        return fail(tr("A database name cannot contain “/”."));
    if (address.user.isEmpty())
        return fail(tr("Enter the user name for the server."));
    // The same reading as an address given on the command line.
    const std::optional<ServerAddress> checked = ServerAddress::parse(address.toString());
    if (!checked)
        return fail(tr("“%1” is not a valid host name or IP address.").arg(address.host));
    return checked;
}

QString OpenSharedEventDialog::addressText() const
{
    const std::optional<ServerAddress> current = address();
    return current ? current->toString() : QString();
}

WorkMode OpenSharedEventDialog::mode() const
{
    return WorkMode(m_modeCombo->currentData().toInt());
}

void OpenSharedEventDialog::setMode(WorkMode mode)
{
    const int index = m_modeCombo->findData(int(mode));
    if (index >= 0)
        m_modeCombo->setCurrentIndex(index);
}

void OpenSharedEventDialog::setModeChoiceVisible(bool visible)
{
    m_modeLabel->setVisible(visible);
    m_modeCombo->setVisible(visible);
}

void OpenSharedEventDialog::showProblem(const QString &message, bool passwordRefused)
{
    setStatus(message, Tone::Bad);
    if (passwordRefused) {
        m_passwordEdit->clear();
        m_passwordEdit->setFocus();
    }
}

QString OpenSharedEventDialog::problemText() const
{
    return m_statusLabel->text();
}

bool OpenSharedEventDialog::isPasswordRefusal(const StorageError &error)
{
    // libpq's own words (the error's detail), as the storage layer reads them.
    const QString &reason = error.detail();
    return reason.contains(u"authentication failed"_s) || reason.contains(u"no password supplied"_s);
}

// A pasted (or typed) address fills the fields; a password in it moves to the
// password field at once, so that it is never shown in the clear.
void OpenSharedEventDialog::takePastedAddress(const QString &text)
{
    if (!ServerAddress::isServerAddress(text))
        return;
    const std::optional<ServerAddress> pasted = ServerAddress::parse(text);
    if (!pasted)
        return; // perhaps still being typed; Open and Test say what is wrong
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString password = url.password(QUrl::FullyDecoded);
    m_hostEdit->setText(pasted->host);
    {
        const QSignalBlocker quiet(m_portSpin);
        m_portSpin->setValue(pasted->port);
    }
    m_databaseEdit->setText(pasted->database);
    m_userEdit->setText(pasted->user);
    if (!password.isEmpty()) {
        m_passwordEdit->setText(password);
        m_addressEdit->setText(pasted->toString());
    } else if (m_passwordEdit->text().isEmpty()) {
        m_passwordEdit->setText(pasted->rememberedPassword());
    }
    m_statusLabel->clear();
}

void OpenSharedEventDialog::showAddressOfFields()
{
    const std::optional<ServerAddress> current = address();
    m_addressEdit->setText(current ? current->toString() : QString());
}

std::optional<ServerAddress> OpenSharedEventDialog::checkedAddress()
{
    QString error;
    const std::optional<ServerAddress> checked = address(&error);
    if (!checked) {
        // Something unreadable in the address box says more than empty fields do.
        const QString typed = m_addressEdit->text().trimmed();
        QString addressError;
        if (!typed.isEmpty() && !ServerAddress::parse(typed, &addressError))
            error = addressError;
        setStatus(error, Tone::Bad);
        return std::nullopt;
    }
    ServerAddress::rememberPassword(*checked, m_passwordEdit->text());
    return checked;
}

void OpenSharedEventDialog::testConnection()
{
    if (m_probe->isRunning())
        return;
    const std::optional<ServerAddress> target = checkedAddress();
    if (!target)
        return;
    m_testButton->setEnabled(false);
    setStatus(tr("Connecting to %1…").arg(target->displayName()), Tone::Neutral);
    m_probe->start(target->toString());
}

bool OpenSharedEventDialog::isTesting() const
{
    return m_probe->isRunning();
}

void OpenSharedEventDialog::accept()
{
    if (checkedAddress())
        QDialog::accept();
}

void OpenSharedEventDialog::setStatus(const QString &text, Tone tone)
{
    m_statusLabel->setText(text);
    switch (tone) {
    case Tone::Neutral:
        m_statusLabel->setStyleSheet(QString());
        break;
    case Tone::Good:
        m_statusLabel->setStyleSheet(u"color: #2e7d32; font-weight: bold;"_s);
        break;
    case Tone::Bad:
        m_statusLabel->setStyleSheet(u"color: #c62828;"_s);
        break;
    }
}

} // namespace mannam
