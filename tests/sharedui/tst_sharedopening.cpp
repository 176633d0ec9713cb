// Opening a shared event in the app, on the test server: File → Open Shared
// Event… and the start page's button (in each mode), shared recent events
// listed by name without connecting and reopened asking only for the
// password, the organizer's window on a shared event (title, no backups), and
// credentials: after opening with a password, no setting, recent event,
// window title, message or command line holds it.
#include "SharedUiTestSupport.h"

#include "bigscreen/BigScreenWindow.h"
#include "bingo/BingoService.h"
#include "common/AppSettings.h"
#include "dashboard/DashboardPage.h"
#include "desk/DeskWindow.h"
#include "kiosk/KioskWindow.h"
#include "main/MainWindow.h"
#include "start/OpenSharedEventDialog.h"
#include "start/StartPage.h"
#include "storage/EventFile.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

QAction *menuAction(QMainWindow &window, const QString &text)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    qFatal("no menu action %s", qPrintable(text));
}

QLineEdit *field(QDialog &dialog, const QString &name)
{
    auto *edit = dialog.findChild<QLineEdit *>(name);
    if (!edit)
        qFatal("no %s", qPrintable(name));
    return edit;
}

// Fills the dialog from an address and a password, chooses the mode, presses Open.
void fillInAndOpen(QDialog &dialog, const QString &address, const QString &password,
                   WorkMode mode = WorkMode::Organizer)
{
    auto &shared = dynamic_cast<OpenSharedEventDialog &>(dialog);
    const ServerAddress server = *ServerAddress::parse(address);
    shared.setAddress(server);
    QLineEdit *passwordEdit = field(dialog, u"passwordLineEdit"_s);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    shared.setMode(mode);
    dialog.findChild<QPushButton *>(u"openButton"_s)->click();
}

// Every text the window and its children show (labels, tabs, buttons, actions).
QStringList visibleTexts(QWidget &window)
{
    QStringList texts{window.windowTitle()};
    for (QLabel *label : window.findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (QAction *action : window.findChildren<QAction *>())
        texts << action->text() << action->toolTip() << action->statusTip();
    for (QListWidget *list : window.findChildren<QListWidget *>()) {
        for (int row = 0; row < list->count(); ++row)
            texts << list->item(row)->text() << list->item(row)->toolTip();
    }
    for (QTabWidget *tabs : window.findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    }
    return texts;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whether `bytes` hold `text` as UTF-8 or percent-encoded.
bool holdsText(const QByteArray &bytes, const QString &text)
{
    return bytes.contains(text.toUtf8()) || bytes.contains(QUrl::toPercentEncoding(text));
}

void collectTexts(const QVariant &value, QStringList &texts)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            texts << it.key();
            collectTexts(it.value(), texts);
        }
    } else if (value.typeId() == QMetaType::QStringList || value.typeId() == QMetaType::QVariantList) {
        for (const QVariant &item : value.toList())
            collectTexts(item, texts);
    } else {
        texts << value.toString();
    }
}

// Every key and value of a settings file, maps and lists opened up (QSettings
// writes a map as an escaped binary QVariant that a byte search misses),
// and the raw file besides.
QString settingsText(const QString &path)
{
    QSettings settings(path, QSettings::IniFormat);
    QStringList texts{QString::fromUtf8(readAll(path))};
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        texts << key;
        collectTexts(settings.value(key), texts);
    }
    return texts.join(u'\n');
}

} // namespace

class TestSharedOpening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the test's settings, not the machine's
        test::keepLibpqFromMachinePasswords();
    }

    void init()
    {
        AppSettings::setValue(AppSettings::Key::RecentEvents, QStringList());
        AppSettings::setValue(AppSettings::Key::SharedEventNames, QVariantMap());
    }

    void fileMenu_opensASharedEvent_asOrganizer()
    {
        const QString address = test::createSharedEvent(u"Organizer Meetup"_s);
        test::forgetPassword(address);
        MainWindow window;
        window.show();
        QStringList dialogs;
        window.runDialog = [&](QDialog &dialog) {
            dialogs << QString::fromLatin1(dialog.metaObject()->className());
            fillInAndOpen(dialog, address, test::serverPassword());
        };
        menuAction(window, u"Open Shared Event…"_s)->trigger();

        QCOMPARE(dialogs, QStringList{u"mannam::OpenSharedEventDialog"_s});
        QVERIFY(window.event());
        QVERIFY(window.event()->database().isShared());
        QCOMPARE(window.event()->path(), address);
        auto *tabs = window.findChild<QTabWidget *>(u"organizerTabs"_s);
        QVERIFY(tabs && tabs->isVisible());
        QCOMPARE(tabs->count(), 3);
        QVERIFY(window.attendeesPage() && window.dashboardPage());

        // Which event, and where it lives.
        const QString where = ServerAddress::parse(address)->displayName();
        QVERIFY2(window.windowTitle().contains(u"Organizer Meetup"_s), qPrintable(window.windowTitle()));
        QVERIFY2(window.windowTitle().contains(where), qPrintable(window.windowTitle()));
        QVERIFY(window.findChild<QLabel *>(u"eventDetailsLabel"_s)->text().contains(where + u" (shared)"_s));

        // Backups are the server's business: off, and the menu says why.
        for (const QString &text : {u"Back Up Now"_s, u"Restore from Backup…"_s}) {
            QAction *action = menuAction(window, text);
            QVERIFY2(!action->isEnabled(), qPrintable(text));
            QVERIFY2(action->toolTip().contains(u"shared event"_s), qPrintable(action->toolTip()));
        }
        QVERIFY(menuAction(window, u"Setup…"_s)->isEnabled());

        // Remembered by address (no password) and name.
        QCOMPARE(AppSettings::recentEvents(), QStringList{address});
        QCOMPARE(AppSettings::sharedEventName(address), u"Organizer Meetup"_s);

        // An event file opened next has its backups again.
        QTemporaryDir dir;
        const QString file = dir.filePath(u"local.mannam"_s);
        test::createEvent(file);
        QVERIFY(window.openEvent(file));
        QVERIFY(menuAction(window, u"Back Up Now"_s)->isEnabled());
        QVERIFY(!menuAction(window, u"Back Up Now"_s)->toolTip().contains(u"shared event"_s));
    }

    void startPageButton_opensTheDialog_inTheModeChosenThere_data()
    {
        QTest::addColumn<WorkMode>("mode");
        QTest::addRow("desk") << WorkMode::Desk;
        QTest::addRow("kiosk") << WorkMode::Kiosk;
    }

    void startPageButton_opensTheDialog_inTheModeChosenThere()
    {
        QFETCH(WorkMode, mode);
        const QString address = test::createSharedEvent(u"Modes"_s);
        MainWindow window;
        window.askForKioskPin = [] { return u"2468"_s; };
        window.show();
        window.runDialog = [&](QDialog &dialog) { fillInAndOpen(dialog, address, test::serverPassword(), mode); };
        window.findChild<QPushButton *>(u"openSharedEventButton"_s)->click();
        QVERIFY(window.event());
        if (mode == WorkMode::Desk) {
            QVERIFY(window.desk());
            QVERIFY(window.desk()->isVisible());
        } else {
            QVERIFY(window.kiosk());
            QTRY_VERIFY(window.kiosk()->isVisible());
            QVERIFY(BingoService(window.event()->store()).verifyKioskPin(u"2468"_s));
        }
    }

    void dialog_isFilledWithTheNewestSharedEvent_andAFailureKeepsWhatWasTyped()
    {
        const QString address = test::createSharedEvent(u"Prefilled"_s);
        AppSettings::rememberRecentEvent(address, u"Prefilled"_s);
        const ServerAddress server = *ServerAddress::parse(address);
        MainWindow window;
        int runs = 0;
        QStringList problems;
        window.runDialog = [&](QDialog &dialog) {
            ++runs;
            QCOMPARE(field(dialog, u"hostLineEdit"_s)->text(), server.host);
            QCOMPARE(dialog.findChild<QSpinBox *>(u"portSpinBox"_s)->value(), server.port);
            if (runs == 1) {
                QCOMPARE(field(dialog, u"databaseLineEdit"_s)->text(), server.database);
                // Typed earlier in this process (by the test's set-up): filled in, masked.
                QCOMPARE(field(dialog, u"passwordLineEdit"_s)->text(), test::serverPassword());
                QLineEdit *database = field(dialog, u"databaseLineEdit"_s);
                database->clear();
                QTest::keyClicks(database, u"no_such_event_db"_s);
                dialog.accept();
            } else {
                problems << dynamic_cast<OpenSharedEventDialog &>(dialog).problemText();
                QCOMPARE(field(dialog, u"databaseLineEdit"_s)->text(), u"no_such_event_db"_s); // kept
                dialog.reject();
            }
        };
        QVERIFY(!window.chooseSharedEvent());
        QCOMPARE(runs, 2);
        QVERIFY2(problems.constFirst().contains(u"There is no database no_such_event_db"_s),
                 qPrintable(problems.constFirst()));
        QVERIFY(!window.event());
    }

    void startPage_listsASharedEvent_byNameAndServer_withoutConnecting()
    {
        const QString address = test::createSharedEvent(u"공유 밋업"_s);
        {
            MainWindow window;
            QVERIFY(window.openEvent(address)); // remembers it, with its name
        }
        // And one whose server is gone: still listed, named, and selectable.
        ServerAddress gone = *ServerAddress::parse(address);
        gone.port = 1;
        gone.database = u"gone_event"_s;
        AppSettings::rememberRecentEvent(gone.toString(), u"Last Year"_s);

        QElapsedTimer listing;
        listing.start();
        StartPage page;
        QVERIFY2(listing.elapsed() < 1000, "listing must not wait for servers");
        auto *list = page.findChild<QListWidget *>(u"recentEventsList"_s);
        QCOMPARE(list->count(), 2);
        const QString where = ServerAddress::parse(address)->displayName();
        QCOMPARE(list->item(1)->text(), u"공유 밋업 — %1 (shared)\n%2"_s.arg(where, address));
        QCOMPARE(list->item(0)->text(), u"Last Year — gone_event on 127.0.0.1 (shared)\n%1"_s.arg(gone.toString()));
        for (int row = 0; row < 2; ++row)
            QVERIFY(list->item(row)->flags() & Qt::ItemIsEnabled);

        QSignalSpy opened(&page, &StartPage::openRequested);
        list->setCurrentRow(1);
        page.findChild<QPushButton *>(u"openAsDeskButton"_s)->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), address);
        QCOMPARE(opened.at(0).at(1).value<WorkMode>(), WorkMode::Desk);
    }

    void reopeningASharedRecentEvent_asksOnlyForThePassword()
    {
        const QString address = test::createSharedEvent(u"Reopen Meetup"_s);
        {
            MainWindow window;
            QVERIFY(window.openEvent(address));
        }
        test::forgetPassword(address); // as after a restart
        const ServerAddress server = *ServerAddress::parse(address);

        MainWindow window;
        window.show();
        QStringList errors;
        window.showError = [&](const QString &, const QString &message) { errors << message; };
        QStringList problems;
        const QString wrong = u"Not-The-Password-17"_s;
        window.runDialog = [&](QDialog &dialog) {
            problems << dynamic_cast<OpenSharedEventDialog &>(dialog).problemText();
            // Everything but the password is filled in, and the mode is not asked again.
            QCOMPARE(field(dialog, u"hostLineEdit"_s)->text(), server.host);
            QCOMPARE(field(dialog, u"databaseLineEdit"_s)->text(), server.database);
            QCOMPARE(field(dialog, u"userLineEdit"_s)->text(), server.user);
            QCOMPARE(field(dialog, u"passwordLineEdit"_s)->text(), QString());
            QVERIFY(dialog.findChild<QComboBox *>(u"openAsComboBox"_s)->isHidden());
            QTest::keyClicks(field(dialog, u"passwordLineEdit"_s),
                             problems.size() == 1 ? wrong : test::serverPassword());
            dialog.accept();
        };
        auto *list = window.findChild<QListWidget *>(u"recentEventsList"_s);
        QVERIFY(list->item(0)->text().startsWith(u"Reopen Meetup — "_s));
        list->setCurrentRow(0);
        window.findChild<QPushButton *>(u"openAsOrganizerButton"_s)->click();

        QCOMPARE(problems.size(), 2); // no password, then the wrong one
        for (const QString &problem : std::as_const(problems)) {
            QVERIFY2(problem.contains(u"the password is wrong or missing"_s), qPrintable(problem));
            QVERIFY(!problem.contains(wrong));
        }
        QVERIFY(errors.isEmpty());
        QVERIFY(window.event());
        QCOMPARE(window.event()->path(), address);
        QVERIFY(window.findChild<QTabWidget *>(u"organizerTabs"_s)->isVisible());

        // The password is remembered while the app runs: the next open asks nothing.
        window.closeCurrentEvent();
        QVERIFY(window.openEventAs(address, WorkMode::Organizer));
        QCOMPARE(problems.size(), 2);

        // Cancelled: nothing opens, and no error box on top of the dialog.
        window.closeCurrentEvent();
        test::forgetPassword(address);
        window.runDialog = [&](QDialog &dialog) { dialog.reject(); };
        QVERIFY(!window.openEventAs(address, WorkMode::Organizer));
        QVERIFY(!window.event());
        QVERIFY(errors.isEmpty());
    }

    void credentials_areNeverShownLoggedOrSaved()
    {
        test::MessageRecorder messages;
        const QString password = test::serverPassword();
        const QString wrong = u"Wrong-Needle-93"_s;
        const QString address = test::createSharedEvent(u"Secret Meetup"_s);
        test::forgetPassword(address);
        {
            MainWindow window;
            window.show();
            QStringList dialogProblems;
            window.runDialog = [&](QDialog &dialog) {
                dialogProblems << dynamic_cast<OpenSharedEventDialog &>(dialog).problemText();
                dialog.reject();
            };
            QStringList errors;
            window.showError = [&](const QString &, const QString &message) { errors << message; };
            // A wrong password in the address: asked again, the wrong one shown nowhere.
            QVERIFY(!window.openEvent(test::withPassword(address, wrong)));
            QCOMPARE(dialogProblems.size(), 1);
            QVERIFY(!dialogProblems.constFirst().contains(wrong));
            QCOMPARE(errors, QStringList()); // the dialog said it

            // The right one in the address: remembered for this process, and opened.
            QVERIFY(window.openEvent(test::withPassword(address, password)));
            QCOMPARE(ServerAddress::parse(address)->rememberedPassword(), password);
            QCOMPARE(window.event()->path(), address);
            // Every page's connections (worker threads too) at work.
            window.showOrganizer(MainWindow::OrganizerTab::Attendees);
            window.showOrganizer(MainWindow::OrganizerTab::Dashboard);
            QTRY_VERIFY_WITH_TIMEOUT(window.dashboardPage()->snapshot().registered == 0
                                             && !window.dashboardPage()->findChild<QLabel *>(u"statusLabel"_s)->isVisible(),
                                     5000);
            BigScreenWindow *bigScreen = window.showBigScreen();
            QVERIFY(bigScreen);
            window.showStartPage();

            const QStringList texts = visibleTexts(window) + visibleTexts(*bigScreen);
            QVERIFY(texts.join(u'\n').contains(u"Secret Meetup"_s));
            for (const QString &text : texts) {
                QVERIFY2(!text.contains(password), qPrintable(text));
                QVERIFY2(!text.contains(wrong), qPrintable(text));
            }
        }
        QCOMPARE(AppSettings::recentEvents(), QStringList{address});

        QSettings settings;
        settings.sync();
        const QString saved = settingsText(settings.fileName());
        QVERIFY2(saved.contains(address), qPrintable(saved));
        QVERIFY(saved.contains(u"Secret Meetup"_s)); // the check sees inside the saved map
        QVERIFY(!saved.contains(password));
        QVERIFY(!saved.contains(wrong));
        QVERIFY(!holdsText(readAll(settings.fileName()), password));
        const QStringList logged = messages.messages();
        for (const QString &message : logged) {
            QVERIFY2(!message.contains(password), qPrintable(message));
            QVERIFY2(!message.contains(wrong), qPrintable(message));
        }
    }

    // `mannam postgresql://USER:PASSWORD@HOST/DB`: the app opens the event,
    // remembers it without the password, and the password leaves its command
    // line (what `ps` shows) and every output.
    void commandLine_passwordInTheAddress_opensAndIsHidden()
    {
        const QString password = test::serverPassword();
        const QString address = test::createSharedEvent(u"Command Line Meetup"_s);
        QTemporaryDir home;
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"HOME"_s, home.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        environment.insert(u"PGPASSFILE"_s, u"/nonexistent/mannam-test-pgpass"_s);
        environment.remove(u"PGPASSWORD"_s);
        app.setProcessEnvironment(environment);
        app.start(qEnvironmentVariable("MANNAM_BINARY"), {test::withPassword(address, password)});
        QVERIFY(app.waitForStarted());

        // Opened: the settings name it as a recent event.
        const auto savedSettings = [&home] {
            QString all;
            QDirIterator files(home.path(), {u"*.conf"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext())
                all += settingsText(files.next());
            return all;
        };
        // The name is saved after the address.
        QTRY_VERIFY_WITH_TIMEOUT(savedSettings().contains(u"Command Line Meetup"_s), 20000);
        QCOMPARE(app.state(), QProcess::Running);
        QVERIFY(savedSettings().contains(address));
        QVERIFY(!savedSettings().contains(password));

        const QByteArray commandLine = readAll(u"/proc/%1/cmdline"_s.arg(app.processId()));
        QVERIFY2(commandLine.contains(address.section(u'/', 0, 2).toUtf8()), commandLine.constData());
        QVERIFY2(!holdsText(commandLine, password), commandLine.constData());

        app.kill();
        QVERIFY(app.waitForFinished());
        const QByteArray output = app.readAllStandardOutput() + app.readAllStandardError();
        QVERIFY2(!holdsText(output, password), output.constData());
    }

    // MANNAM_SCREENSHOT_DIR=… tst_sharedopening screenshots: the start page
    // at 1366×768 with shared recent events beside event files.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MANNAM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set MANNAM_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(dir);
        QTemporaryDir work;
        const QList<std::pair<QString, QDate>> files = {{u"파이썬 스터디 10월 모임"_s, QDate(2026, 10, 17)},
                                                        {u"Open Source Contributors Night"_s, QDate(2026, 9, 5)}};
        for (const auto &[name, day] : files) {
            const QString path = work.filePath(u"%1.mannam"_s.arg(day.toString(u"yyyyMMdd"_s)));
            EventInfo info;
            info.name = name;
            info.startsAt = QDateTime(day, QTime(10, 0), Qt::UTC);
            EventFile::create(path, info);
            AppSettings::rememberRecentEvent(path);
        }
        // Listed from the settings: these servers are not asked.
        AppSettings::rememberRecentEvent(u"postgresql://desk@192.168.0.10:5432/devfest_2026"_s);
        AppSettings::rememberRecentEvent(u"postgresql://desk@192.168.0.10:5432/seoul_ai_2026"_s,
                                         u"서울 AI 밋업 11월"_s);
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        const QString file = QDir(dir).filePath(u"start-shared-1366x768.png"_s);
        QVERIFY(window.grab().save(file));
        qInfo("saved %s", qPrintable(file));
    }
};

QTEST_MAIN(TestSharedOpening)
#include "tst_sharedopening.moc"
