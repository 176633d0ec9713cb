#pragma once

#include "StartPage.h"
#include "storage/ServerAddress.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mannam {

class SharedEventProbe;
class StorageError;

// Opens an event that several desks share on a PostgreSQL server: host, port,
// database, user and password (or a pasted postgresql:// address), the mode
// to open it in, and a connection test that runs on a worker thread and
// answers with the event's name or why it cannot be opened.
//
// The password is never written anywhere: Open (and the test) hand it to
// ServerAddress::rememberPassword, which keeps it in this process's memory.
// Left empty, libpq's own PGPASSWORD and ~/.pgpass apply.
class OpenSharedEventDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenSharedEventDialog(QWidget *parent = nullptr);
    ~OpenSharedEventDialog() override;

    // Fills the fields from an address, and the password field with the
    // password remembered for it in this process, if any.
    void setAddress(const ServerAddress &address);
    // The address the fields make, or nothing with `error` saying what to fix.
    std::optional<ServerAddress> address(QString *error = nullptr) const;
    // address()->toString(), for opening (holds no password); empty if invalid.
    QString addressText() const;

    WorkMode mode() const;
    void setMode(WorkMode mode);
    // Hidden when the dialog only asks for the password of an event being opened.
    void setModeChoiceVisible(bool visible);

    // Shows why the last attempt failed (a StorageError's message). A
    // refused password moves the focus to the password field, emptied.
    void showProblem(const QString &message, bool passwordRefused = false);
    QString problemText() const;

    // Runs the connection test; connectionTested() follows.
    void testConnection();
    bool isTesting() const;

    // Whether the server turned the password down (missing or wrong) rather
    // than the connection failing otherwise.
    static bool isPasswordRefusal(const StorageError &error);

public slots:
    // Checks the fields, remembers the password for this process, accepts.
    void accept() override;

signals:
    void connectionTested(bool ok, const QString &text);

private:
    void buildLayout();
    void takePastedAddress(const QString &text);
    void showAddressOfFields();
    // Checks the fields; remembers the password for the address. Shows what
    // is wrong and returns nothing otherwise.
    std::optional<ServerAddress> checkedAddress();
    enum class Tone { Neutral, Good, Bad };
    void setStatus(const QString &text, Tone tone);

    QLineEdit *m_addressEdit = nullptr;
    QLineEdit *m_hostEdit = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QLineEdit *m_databaseEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_modeLabel = nullptr;
    QComboBox *m_modeCombo = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    SharedEventProbe *m_probe = nullptr;
};

} // namespace mannam
