// The start page and the main window's organizer flow on the offscreen
// platform: recent events (files and shared events' addresses), opening in a
// mode, new events, drops, closing.
#include "TestSupport.h"

#include "attendees/AttendeesPage.h"
#include "common/AppSettings.h"
#include "dashboard/DashboardPage.h"
#include "desk/DeskWindow.h"
#include "importing/ImportWizard.h"
#include "main/MainWindow.h"
#include "setup/EventSetupDialog.h"
#include "start/StartPage.h"

#include <QDropEvent>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

// Delivers a drag-and-drop of one local file the way the window system would.
bool dropFile(QWidget *target, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

QAction *menuAction(QMainWindow &window, const QString &text)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestStartPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        AppSettings::setValue(AppSettings::Key::RecentEvents, QStringList());
        AppSettings::setValue(AppSettings::Key::SharedEventNames, QVariantMap());
    }

    void recentEvents_showTheirNames_missingOnesCannotBeOpened()
    {
        QTemporaryDir dir;
        const QString kept = dir.filePath(u"seoul.mannam"_s);
        const QString gone = dir.filePath(u"gone.mannam"_s);
        test::createEvent(kept, u"서울 AI 밋업"_s);
        test::createEvent(gone, u"Gone"_s);
        AppSettings::rememberRecentEvent(gone);
        AppSettings::rememberRecentEvent(kept);
        QVERIFY(QFile::remove(gone));

        StartPage page;
        auto *list = page.findChild<QListWidget *>(u"recentEventsList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().contains(u"서울 AI 밋업"_s)); // newest first, by event name
        QVERIFY(list->item(1)->text().contains(u"gone.mannam"_s));
        QVERIFY(!(list->item(1)->flags() & Qt::ItemIsEnabled));

        QSignalSpy opened(&page, &StartPage::openRequested);
        list->setCurrentRow(0);
        page.findChild<QPushButton *>(u"openAsDeskButton"_s)->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QFileInfo(kept).absoluteFilePath());
        QCOMPARE(opened.at(0).at(1).value<WorkMode>(), WorkMode::Desk);
    }

    void recentEvents_areRememberedOnce_newestFirst_andCapped()
    {
        QTemporaryDir dir;
        for (int i = 0; i < AppSettings::MaxRecentEvents + 3; ++i)
            AppSettings::rememberRecentEvent(dir.filePath(u"e%1.mannam"_s.arg(i)));
        AppSettings::rememberRecentEvent(dir.filePath(u"e5.mannam"_s));
        const QStringList recent = AppSettings::recentEvents();
        QCOMPARE(recent.size(), AppSettings::MaxRecentEvents);
        QCOMPARE(recent.constFirst(), dir.filePath(u"e5.mannam"_s));
        QCOMPARE(recent.count(dir.filePath(u"e5.mannam"_s)), 1);
    }

    // A shared event is remembered by its address, never with a password, and
    // listed from the settings alone (its server is not asked).
    void recentEvents_sharedAddress_keptWithoutPassword_listedByRememberedName()
    {
        const QString unnamed = u"postgresql://desk@10.0.0.9:5433/spring"_s;
        AppSettings::rememberRecentEvent(unnamed);
        AppSettings::rememberRecentEvent(u"postgresql://desk:Pass-Needle@127.0.0.1:1/meetup"_s, u"서울 밋업"_s);
        const QString named = u"postgresql://desk@127.0.0.1:1/meetup"_s;
        QCOMPARE(AppSettings::recentEvents(), (QStringList{named, unnamed}));
        QCOMPARE(AppSettings::sharedEventName(named), u"서울 밋업"_s);
        QCOMPARE(AppSettings::value(AppSettings::Key::RecentEvents).toStringList().join(u' ').contains(u"Needle"_s),
                 false);
        // Something that is not a readable address is not remembered at all.
        AppSettings::rememberRecentEvent(u"postgresql://desk:Pass-Needle@/nohost"_s);
        QCOMPARE(AppSettings::recentEvents().size(), 2);

        StartPage page;
        auto *list = page.findChild<QListWidget *>(u"recentEventsList"_s);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), u"서울 밋업 — meetup on 127.0.0.1 (shared)\n%1"_s.arg(named));
        QCOMPARE(list->item(1)->text(), u"spring on 10.0.0.9 (shared)\n%1"_s.arg(unnamed));
        QVERIFY(list->item(0)->flags() & Qt::ItemIsEnabled);

        QSignalSpy opened(&page, &StartPage::openRequested);
        list->setCurrentRow(0);
        page.findChild<QPushButton *>(u"openAsKioskButton"_s)->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), named);

        // Forgotten with its name.
        AppSettings::forgetRecentEvent(named);
        QCOMPARE(AppSettings::recentEvents(), QStringList{unnamed});
        QCOMPARE(AppSettings::sharedEventName(named), QString());
    }

    void startPage_hasAnOpenSharedEventButton()
    {
        StartPage page;
        QSignalSpy asked(&page, &StartPage::openSharedRequested);
        auto *button = page.findChild<QPushButton *>(u"openSharedEventButton"_s);
        QVERIFY(button);
        button->click();
        QCOMPARE(asked.size(), 1);
    }

    void droppingAnEventFile_opensIt_otherFilesAreNotTaken()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"drop.mannam"_s);
        test::createEvent(path);
        const QString text = dir.filePath(u"notes.txt"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();

        StartPage page;
        QSignalSpy opened(&page, &StartPage::openRequested);
        QVERIFY(!dropFile(&page, text));
        QVERIFY(dropFile(&page, path));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(1).value<WorkMode>(), WorkMode::Organizer);
    }

    void mainWindow_startsOnTheStartPage_withEventActionsDisabled()
    {
        MainWindow window;
        auto *pages = window.findChild<QStackedWidget *>();
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), u"startPage"_s);
        QVERIFY(!menuAction(window, u"Setup…"_s)->isEnabled());
        QVERIFY(!menuAction(window, u"Registration Desk"_s)->isEnabled());
        QVERIFY(menuAction(window, u"New Event…"_s)->isEnabled());
    }

    void newEvent_createsTheFile_opensTheSetup_andTheOrganizer()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new-meetup"_s); // the extension is added
        MainWindow window;
        window.askNewEventPath = [&] { return path; };
        QStringList dialogs;
        window.runDialog = [&](QDialog &dialog) { dialogs << QString::fromLatin1(dialog.metaObject()->className()); };
        menuAction(window, u"New Event…"_s)->trigger();

        QVERIFY(QFileInfo::exists(path + u".mannam"_s));
        QCOMPARE(dialogs, QStringList{u"mannam::EventSetupDialog"_s});
        QVERIFY(window.event());
        QCOMPARE(window.event()->store().eventInfo().name, u"new-meetup"_s);
        auto *tabs = window.findChild<QTabWidget *>(u"organizerTabs"_s);
        QVERIFY(tabs && tabs->isVisibleTo(&window));
        QCOMPARE(tabs->count(), 3);
        QVERIFY(window.attendeesPage() && window.dashboardPage());
        QCOMPARE(AppSettings::recentEvents().constFirst(), QFileInfo(path + u".mannam"_s).absoluteFilePath());
        QVERIFY(menuAction(window, u"Setup…"_s)->isEnabled());
    }

    void newEvent_overAnExistingFile_isRefused_andTheFileIsUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"taken.mannam"_s);
        test::createEvent(path, u"Keep me"_s);
        const QByteArray before = test::fileHash(path);
        MainWindow window;
        QStringList errors;
        window.showError = [&](const QString &, const QString &message) { errors << message; };
        window.runDialog = [](QDialog &) {};
        QVERIFY(!window.createEvent(path));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.constFirst().contains(u"already exists"_s));
        QCOMPARE(test::fileHash(path), before);
        QVERIFY(!window.event());
    }

    void openAs_deskOrOrganizer_fromTheStartPage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"modes.mannam"_s);
        test::createEvent(path);
        AppSettings::rememberRecentEvent(path);
        MainWindow window;
        window.show();
        auto *startPage = window.findChild<StartPage *>();
        startPage->reloadRecentEvents();
        startPage->findChild<QPushButton *>(u"openAsDeskButton"_s)->click();
        QVERIFY(window.desk());
        QVERIFY(window.desk()->isVisible());

        // Back to the organizer from the Mode menu.
        menuAction(window, u"Organizer"_s)->trigger();
        QVERIFY(window.findChild<QTabWidget *>(u"organizerTabs"_s)->isVisible());
    }

    void droppingACsvOnTheWindow_opensTheImportWizardForTheOpenEvent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"import.mannam"_s);
        test::createEvent(path);
        const QString csv = dir.filePath(u"people.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,email\nKim,kim@example.com\n");
        file.close();

        MainWindow window;
        QStringList errors;
        window.showError = [&](const QString &, const QString &message) { errors << message; };
        QStringList dialogs;
        window.runDialog = [&](QDialog &dialog) { dialogs << QString::fromLatin1(dialog.metaObject()->className()); };
        QVERIFY(dropFile(&window, csv)); // no event yet: explained, nothing opened
        QCOMPARE(errors.size(), 1);
        QVERIFY(dialogs.isEmpty());

        QVERIFY(dropFile(&window, path));
        QVERIFY(window.event());
        QVERIFY(dropFile(&window, csv));
        QCOMPARE(dialogs, QStringList{u"mannam::ImportWizard"_s});
    }

    void closeEvent_returnsToTheStartPage_andReleasesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"close.mannam"_s);
        test::createEvent(path, u"Closing Time"_s);
        MainWindow window;
        QVERIFY(window.openEvent(path));
        QVERIFY(window.showDesk(MainWindow::FrameSource::None));
        menuAction(window, u"Close Event"_s)->trigger();
        QVERIFY(!window.event());
        QVERIFY(!window.desk());
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget()->objectName(), u"startPage"_s);
        QVERIFY(!menuAction(window, u"Setup…"_s)->isEnabled());
        auto *list = window.findChild<QListWidget *>(u"recentEventsList"_s);
        QVERIFY(list->item(0)->text().contains(u"Closing Time"_s));
    }
};

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
