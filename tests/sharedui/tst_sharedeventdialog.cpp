// The Open Shared Event dialog: its fields make the address (never with the
// password), a pasted address fills them, bad input is explained and not
// accepted, and the connection test (on a worker thread, against the test
// server) names the event or says clearly why not — never with the password.
#include "SharedUiTestSupport.h"

#include "start/OpenSharedEventDialog.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

template<typename T>
T *child(QWidget &dialog, const QString &name)
{
    T *widget = dialog.findChild<T *>(name);
    if (!widget)
        qFatal("no %s", qPrintable(name));
    return widget;
}

QLineEdit *field(QWidget &dialog, const QString &name)
{
    return child<QLineEdit>(dialog, name);
}

// Types into the fields as a person would.
void fillIn(OpenSharedEventDialog &dialog, const ServerAddress &address, const QString &password)
{
    for (const auto &[name, text] : {std::pair{u"hostLineEdit"_s, address.host},
                                     std::pair{u"databaseLineEdit"_s, address.database},
                                     std::pair{u"userLineEdit"_s, address.user},
                                     std::pair{u"passwordLineEdit"_s, password}}) {
        QLineEdit *edit = field(dialog, name);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    child<QSpinBox>(dialog, u"portSpinBox"_s)->setValue(address.port);
}

} // namespace

class TestSharedEventDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        test::keepLibpqFromMachinePasswords();
    }

    void fields_makeTheAddress_andThePasswordIsOnlyRemembered()
    {
        OpenSharedEventDialog dialog;
        QCOMPARE(child<QSpinBox>(dialog, u"portSpinBox"_s)->value(), 5432);
        QCOMPARE(field(dialog, u"passwordLineEdit"_s)->echoMode(), QLineEdit::Password);

        ServerAddress typed;
        typed.host = u"db.venue.lan"_s;
        typed.port = 6543;
        typed.database = u"seoul_ai"_s;
        typed.user = u"desk"_s;
        fillIn(dialog, typed, u"s3cret-Field"_s);
        QCOMPARE(dialog.addressText(), u"postgresql://desk@db.venue.lan:6543/seoul_ai"_s);
        QCOMPARE(field(dialog, u"addressLineEdit"_s)->text(), dialog.addressText()); // to copy to the next desk

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ServerAddress::parse(dialog.addressText())->rememberedPassword(), u"s3cret-Field"_s);

        // The same address again, while the app runs: no need to type it twice.
        OpenSharedEventDialog again;
        again.setAddress(*ServerAddress::parse(dialog.addressText()));
        QCOMPARE(field(again, u"passwordLineEdit"_s)->text(), u"s3cret-Field"_s);
        QCOMPARE(field(again, u"addressLineEdit"_s)->text(), dialog.addressText());
    }

    void pastedAddress_fillsTheFields_andItsPasswordGoesOutOfSight()
    {
        OpenSharedEventDialog dialog;
        QLineEdit *address = field(dialog, u"addressLineEdit"_s);
        address->setFocus();
        QGuiApplication::clipboard()->setText(u"postgresql://kim:pa%40ss-Paste@10.0.0.5:5433/seoul_ai"_s);
        if (QGuiApplication::clipboard()->text().isEmpty())
            QTest::keyClicks(address, u"postgresql://kim:pa%40ss-Paste@10.0.0.5:5433/seoul_ai"_s);
        else
            address->paste();

        QCOMPARE(field(dialog, u"hostLineEdit"_s)->text(), u"10.0.0.5"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"portSpinBox"_s)->value(), 5433);
        QCOMPARE(field(dialog, u"databaseLineEdit"_s)->text(), u"seoul_ai"_s);
        QCOMPARE(field(dialog, u"userLineEdit"_s)->text(), u"kim"_s);
        QCOMPARE(field(dialog, u"passwordLineEdit"_s)->text(), u"pa@ss-Paste"_s);
        QCOMPARE(address->text(), u"postgresql://kim@10.0.0.5:5433/seoul_ai"_s);
        QCOMPARE(dialog.addressText(), address->text());
    }

    void badInput_isExplained_andNotAccepted_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("explanation");
        QTest::addRow("no host") << QString() << u"meetup"_s << u"desk"_s << QString() << u"host name or IP address"_s;
        QTest::addRow("no database") << u"db.lan"_s << QString() << u"desk"_s << QString() << u"name of the event's database"_s;
        QTest::addRow("no user") << u"db.lan"_s << u"meetup"_s << QString() << QString() << u"user name"_s;
        QTest::addRow("slash in database") << u"db.lan"_s << u"a/b"_s << u"desk"_s << QString() << u"cannot contain"_s;
        QTest::addRow("host with spaces") << u"my laptop"_s << u"meetup"_s << u"desk"_s << QString()
                                          << u"“my laptop” is not a valid host name"_s;
        QTest::addRow("address without database") << QString() << QString() << QString()
                                                  << u"postgresql://desk@db.lan"_s << u"names no database"_s;
        QTest::addRow("not an address") << QString() << QString() << QString() << u"mysql://desk@db.lan/x"_s
                                        << u"starts with postgresql://"_s;
    }

    void badInput_isExplained_andNotAccepted()
    {
        QFETCH(QString, host);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, pasted);
        QFETCH(QString, explanation);
        OpenSharedEventDialog dialog;
        QTest::keyClicks(field(dialog, u"hostLineEdit"_s), host);
        QTest::keyClicks(field(dialog, u"databaseLineEdit"_s), database);
        QTest::keyClicks(field(dialog, u"userLineEdit"_s), user);
        QTest::keyClicks(field(dialog, u"addressLineEdit"_s), pasted);
        QSignalSpy tested(&dialog, &OpenSharedEventDialog::connectionTested);

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.problemText().contains(explanation), qPrintable(dialog.problemText()));
        // The test says the same and tries nothing.
        child<QPushButton>(dialog, u"testConnectionButton"_s)->click();
        QVERIFY(!dialog.isTesting());
        QVERIFY2(dialog.problemText().contains(explanation), qPrintable(dialog.problemText()));
        QCOMPARE(tested.size(), 0);
    }

    void testConnection_namesTheEvent_withoutFreezingTheWindow()
    {
        const QString address = test::createSharedEvent(u"서울 공유 밋업"_s);
        test::forgetPassword(address);
        OpenSharedEventDialog dialog;
        fillIn(dialog, *ServerAddress::parse(address), test::serverPassword());
        QSignalSpy tested(&dialog, &OpenSharedEventDialog::connectionTested);
        child<QPushButton>(dialog, u"testConnectionButton"_s)->click();
        // On a worker thread: the click returns before the answer.
        QVERIFY(dialog.isTesting());
        QVERIFY(dialog.problemText().contains(u"Connecting to"_s));
        QVERIFY(!child<QPushButton>(dialog, u"testConnectionButton"_s)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 10000);
        QCOMPARE(tested.at(0).at(0).toBool(), true);
        QCOMPARE(tested.at(0).at(1).toString(), u"서울 공유 밋업"_s);
        QVERIFY2(dialog.problemText().contains(u"서울 공유 밋업"_s), qPrintable(dialog.problemText()));
        QVERIFY(child<QPushButton>(dialog, u"testConnectionButton"_s)->isEnabled());
    }

    void testConnection_wrongOrMissingPassword_saysSo_withoutThePassword()
    {
        const QString address = test::createSharedEvent(u"Password Meetup"_s);
        const QString wrong = u"Wrong-Needle-4711"_s;
        for (const QString &password : {wrong, QString()}) {
            test::forgetPassword(address);
            OpenSharedEventDialog dialog;
            fillIn(dialog, *ServerAddress::parse(address), password);
            QSignalSpy tested(&dialog, &OpenSharedEventDialog::connectionTested);
            dialog.testConnection();
            QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 10000);
            QCOMPARE(tested.at(0).at(0).toBool(), false);
            const QString message = dialog.problemText();
            QVERIFY2(message.contains(u"the password is wrong or missing"_s), qPrintable(message));
            QVERIFY(message.contains(u"mannam_admin"_s)); // which user was refused
            QVERIFY(!message.contains(wrong));
            QVERIFY(!message.contains(test::serverPassword()));
        }
    }

    void testConnection_otherFailures_areExplained_data()
    {
        QTest::addColumn<QString>("explanation");
        QTest::addRow("nothing listens on the port") << u"Cannot reach the server"_s;
        QTest::addRow("no such database") << u"There is no database"_s;
        QTest::addRow("a database without an event") << u"holds no Mannam event"_s;
    }

    void testConnection_otherFailures_areExplained()
    {
        QFETCH(QString, explanation);
        ServerAddress target = *ServerAddress::parse(test::emptyServerDatabase());
        if (QByteArray(QTest::currentDataTag()) == "nothing listens on the port")
            target.port = 1;
        else if (QByteArray(QTest::currentDataTag()) == "no such database")
            target.database = u"no_such_event_db"_s;
        OpenSharedEventDialog dialog;
        fillIn(dialog, target, test::serverPassword());
        QSignalSpy tested(&dialog, &OpenSharedEventDialog::connectionTested);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 10000);
        QCOMPARE(tested.at(0).at(0).toBool(), false);
        QVERIFY2(dialog.problemText().contains(explanation), qPrintable(dialog.problemText()));
        QVERIFY(!dialog.problemText().contains(test::serverPassword()));
    }

    void passwordRefusal_isToldApartFromOtherFailures()
    {
        const QString address = test::createSharedEvent(u"Refusals"_s);
        test::forgetPassword(address);
        try {
            EventFile::open(address);
            QFAIL("opened without a password");
        } catch (const StorageError &error) {
            QVERIFY(OpenSharedEventDialog::isPasswordRefusal(error));
        }
        ServerAddress closed = *ServerAddress::parse(address);
        closed.port = 1;
        try {
            EventFile::open(closed.toString());
            QFAIL("opened on a closed port");
        } catch (const StorageError &error) {
            QVERIFY(!OpenSharedEventDialog::isPasswordRefusal(error));
        }
    }

    // A refusal shown when the dialog comes up to ask for a password.
    void showProblem_passwordRefused_emptiesAndFocusesThePassword()
    {
        OpenSharedEventDialog dialog;
        dialog.setAddress(*ServerAddress::parse(u"postgresql://desk@db.lan:5432/meetup"_s));
        QTest::keyClicks(field(dialog, u"passwordLineEdit"_s), u"typed-before"_s);
        dialog.setModeChoiceVisible(false);
        dialog.showProblem(u"The server refused user desk: the password is wrong or missing."_s, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(field(dialog, u"passwordLineEdit"_s)->text(), QString());
        QTRY_COMPARE(QApplication::focusWidget(), field(dialog, u"passwordLineEdit"_s));
        QVERIFY(!child<QComboBox>(dialog, u"openAsComboBox"_s)->isVisible());
        QCOMPARE(field(dialog, u"hostLineEdit"_s)->text(), u"db.lan"_s);
    }

    // MANNAM_SCREENSHOT_DIR=… tst_sharedeventdialog screenshots: the dialog
    // after a successful test, and asking for a password.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MANNAM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set MANNAM_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(dir);
        const auto save = [&](QWidget &window, const QString &name) {
            for (int i = 0; i < 3; ++i)
                QCoreApplication::processEvents();
            const QString file = QDir(dir).filePath(name);
            QVERIFY(window.grab().save(file));
            qInfo("saved %s", qPrintable(file));
        };
        {
            const QString address = test::createSharedEvent(u"서울 AI 밋업 11월"_s);
            OpenSharedEventDialog dialog;
            fillIn(dialog, *ServerAddress::parse(address), test::serverPassword());
            dialog.setMode(WorkMode::Desk);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QSignalSpy tested(&dialog, &OpenSharedEventDialog::connectionTested);
            dialog.testConnection();
            QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 10000);
            save(dialog, u"open-shared-event-dialog.png"_s);
        }
        {
            OpenSharedEventDialog dialog;
            dialog.setAddress(*ServerAddress::parse(u"postgresql://desk@192.168.0.10:5432/seoul_ai_2026"_s));
            dialog.setModeChoiceVisible(false);
            dialog.showProblem(u"The server refused user desk: the password is wrong or missing."_s, true);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            save(dialog, u"open-shared-event-password.png"_s);
        }
    }
};

QTEST_MAIN(TestSharedEventDialog)
#include "tst_sharedeventdialog.moc"
