#include "MainWindow.h"

#include "bigscreen/BigScreenWindow.h"
#include "bingo/BingoService.h"
#include "bingo/KioskPin.h"
#include "checkin/CheckInService.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "demo/DemoEvent.h"
#include "desk/DeskWindow.h"
#include "desk/RecentScansTable.h"
#include "attendees/AttendeesPage.h"
#include "backup/EventSnapshots.h"
#include "backup/SnapshotScheduler.h"
#include "dashboard/DashboardPage.h"
#include "exports/ExportActions.h"
#include "exports/RestoreDialog.h"
#include "importing/ImportWizard.h"
#include "setup/EventSetupDialog.h"
#include "kiosk/KioskWindow.h"
#include "start/OpenSharedEventDialog.h"
#include "storage/ChangeListener.h"
#include "storage/EventFile.h"
#include "storage/ServerAddress.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QTabWidget>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QScreen>
#include <QStackedWidget>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QScopeGuard>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

// A big number with a caption under it, as on a dashboard tile.
QLabel *addTile(QGridLayout *grid, int column, const QString &caption, const QString &objectName)
{
    auto *frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    auto *value = new QLabel(u"–"_s);
    value->setObjectName(objectName);
    value->setAlignment(Qt::AlignCenter);
    QFont big = value->font();
    big.setPointSize(big.pointSize() * 3);
    big.setBold(true);
    value->setFont(big);
    auto *label = new QLabel(caption);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(value);
    layout->addWidget(label);
    grid->addWidget(frame, 0, column);
    return value;
}

QAction *withShortcut(const QKeySequence &shortcut, QAction *action)
{
    action->setShortcut(shortcut);
    return action;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Mannam"));
    setAcceptDrops(true);
    showError = [this](const QString &title, const QString &message) {
        QMessageBox::critical(this, title, message);
    };
    askForKioskPin = [this] { return askForNewKioskPin(); };
    askNewEventPath = [this] {
        return QFileDialog::getSaveFileName(this, tr("New Event"), QString(), tr("Mannam events (*.mannam)"));
    };
    askEventToOpen = [this] {
        return QFileDialog::getOpenFileName(this, tr("Open Event"), QString(),
                                            tr("Mannam events (*.mannam);;All files (*)"));
    };
    runDialog = [](QDialog &dialog) { dialog.exec(); };

    m_pages = new QStackedWidget;
    m_startPage = new StartPage;
    connect(m_startPage, &StartPage::newEventRequested, this, &MainWindow::chooseNewEventFile);
    connect(m_startPage, &StartPage::openOtherRequested, this, &MainWindow::chooseEventFile);
    connect(m_startPage, &StartPage::openSharedRequested, this, &MainWindow::chooseSharedEvent);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemoEvent);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openEventAs);
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(buildOrganizer());
    setCentralWidget(m_pages);
    buildMenus();
    updateActions();

    // Other desks write to the same file: keep the counts current.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(2000);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshCounts);
    // A shared event's server says when anybody committed; the notifications
    // of one burst (ten desks scanning) come to one refresh.
    m_liveRefresh = new QTimer(this);
    m_liveRefresh->setSingleShot(true);
    m_liveRefresh->setInterval(0);
    connect(m_liveRefresh, &QTimer::timeout, this, &MainWindow::refreshCounts);
}

MainWindow::~MainWindow()
{
    releaseEvent();
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    withShortcut(QKeySequence::New, fileMenu->addAction(tr("&New Event…"), this, &MainWindow::chooseNewEventFile));
    withShortcut(QKeySequence::Open, fileMenu->addAction(tr("&Open Event…"), this, &MainWindow::chooseEventFile));
    withShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                 fileMenu->addAction(tr("Open &Shared Event…"), this, &MainWindow::chooseSharedEvent));
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fileMenu->addAction(tr("Open &Demo Event"), this, &MainWindow::openDemoEvent);
    m_eventActions << fileMenu->addAction(tr("&Close Event"), this, &MainWindow::closeCurrentEvent);
    fileMenu->addSeparator();
    withShortcut(QKeySequence::Quit, fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit));

    QMenu *eventMenu = menuBar()->addMenu(tr("&Event"));
    m_eventActions << eventMenu->addAction(tr("&Setup…"), this, &MainWindow::showEventSetup);
    m_eventActions << withShortcut(QKeySequence(Qt::CTRL | Qt::Key_I),
                                   eventMenu->addAction(tr("&Import Attendees…"), this, [this] { showImportWizard(); }));
    m_exportMenu = eventMenu->addMenu(tr("&Export"));
    eventMenu->addSeparator();
    eventMenu->setToolTipsVisible(true); // why backups are off for a shared event
    m_backUpAction = eventMenu->addAction(tr("&Back Up Now"), this, &MainWindow::backUpNow);
    m_restoreAction = eventMenu->addAction(tr("&Restore from Backup…"), this, &MainWindow::showRestoreDialog);

    QMenu *modeMenu = menuBar()->addMenu(tr("&Mode"));
    m_eventActions << withShortcut(QKeySequence(Qt::CTRL | Qt::Key_1),
                                   modeMenu->addAction(tr("&Organizer"), this, [this] { showOrganizer(); }));
    m_eventActions << withShortcut(QKeySequence(Qt::CTRL | Qt::Key_2),
                                   modeMenu->addAction(tr("Registration &Desk"), this, [this] { showDesk(); }));
    m_eventActions << withShortcut(QKeySequence(Qt::CTRL | Qt::Key_3),
                                   modeMenu->addAction(tr("Bingo &Kiosk"), this, [this] { showKiosk(); }));
    m_eventActions << withShortcut(QKeySequence(Qt::CTRL | Qt::Key_4),
                                   modeMenu->addAction(tr("Bingo &Big Screen"), this, &MainWindow::showBigScreen));
    modeMenu->addSeparator();
    modeMenu->addAction(tr("&Start Page"), this, &MainWindow::showStartPage);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("Desk &Name…"), this, &MainWindow::askDeskName);
    addLanguageMenu(settingsMenu);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Mannam"), this, &MainWindow::showAbout);
}

// The UI language: the system's, or one chosen here. Qt builds every string
// of the UI once, so the choice applies the next time Mannam starts.
void MainWindow::addLanguageMenu(QMenu *settingsMenu)
{
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto *choices = new QActionGroup(languageMenu);
    const QString current = AppSettings::value(AppSettings::Key::Language).toString();
    const auto addChoice = [&](const QString &text, const QString &code) {
        QAction *action = languageMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        choices->addAction(action);
    };
    addChoice(tr("System Default"), QString());
    const QStringList languages = Translations::availableLanguages();
    for (const QString &code : languages)
        addChoice(Translations::nativeName(code), code);
    connect(choices, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (code == AppSettings::value(AppSettings::Key::Language).toString())
            return;
        AppSettings::setValue(AppSettings::Key::Language, code);
        statusBar()->showMessage(tr("The new language is used the next time Mannam starts."), 10000);
    });
}

void MainWindow::updateActions()
{
    for (QAction *action : std::as_const(m_eventActions))
        action->setEnabled(m_event != nullptr);
    m_exportMenu->setEnabled(m_event != nullptr);
    // Snapshots copy an event file; a shared event lives on its server.
    const bool shared = m_event && m_event->database().isShared();
    const QString why = shared ? tr("A shared event is kept on its server: back it up there, or take a copy "
                                    "with mannam pull.")
                               : QString();
    for (QAction *action : {m_backUpAction, m_restoreAction}) {
        action->setEnabled(m_event && !shared);
        action->setToolTip(why.isEmpty() ? action->text().remove(u'&') : why);
        action->setStatusTip(why);
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentEvents();
    for (const QString &path : recent) {
        const QString title = ServerAddress::isServerAddress(path) ? StartPage::sharedEventTitle(path)
                                                                   : QDir::toNativeSeparators(path);
        m_recentMenu->addAction(title, this, [this, path] { openEvent(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent events"))->setEnabled(false);
}

// The desk, the kiosk, the big screen and the organizer's pages work on
// m_event: they go first.
void MainWindow::closeEventWindows()
{
    if (m_desk) {
        m_pages->removeWidget(m_desk);
        delete m_desk;
        m_desk = nullptr;
    }
    delete m_kiosk;
    delete m_unlockedKiosk; // null if its deferred delete already ran
    m_kiosk = nullptr;
    delete m_bigScreen;
    m_bigScreen = nullptr;
    delete m_attendeesPage;
    m_attendeesPage = nullptr;
    delete m_dashboardPage;
    m_dashboardPage = nullptr;
    m_exports.reset();
    if (m_exportMenu)
        m_exportMenu->clear();
}

// Closes everything that works on the event, the last snapshot included.
void MainWindow::releaseEvent()
{
    if (m_snapshots) {
        m_snapshots->snapshotOnClose();
        m_snapshots.reset();
    }
    closeEventWindows();
    m_event.reset();
}

QWidget *MainWindow::buildOverview()
{
    auto *central = new QWidget;
    central->setObjectName(u"overviewPage"_s);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 24, 32, 24);
    m_eventNameLabel = new QLabel(tr("No event open"));
    m_eventNameLabel->setObjectName(u"eventNameLabel"_s);
    QFont title = m_eventNameLabel->font();
    title.setPointSize(title.pointSize() * 2);
    title.setBold(true);
    m_eventNameLabel->setFont(title);
    m_eventDetailsLabel = new QLabel(tr("Open an event file (File → Open) or the demo event."));
    m_eventDetailsLabel->setObjectName(u"eventDetailsLabel"_s);
    layout->addWidget(m_eventNameLabel);
    layout->addWidget(m_eventDetailsLabel);

    auto *tiles = new QGridLayout;
    m_registeredLabel = addTile(tiles, 0, tr("Registered"), u"registeredCountLabel"_s);
    m_checkedInLabel = addTile(tiles, 1, tr("Checked in"), u"checkedInCountLabel"_s);
    m_insideLabel = addTile(tiles, 2, tr("Inside now"), u"insideCountLabel"_s);
    m_meetingsLabel = addTile(tiles, 3, tr("Bingo meetings"), u"meetingsCountLabel"_s);
    m_winnersLabel = addTile(tiles, 4, tr("Bingo winners"), u"winnersCountLabel"_s);
    layout->addLayout(tiles);

    auto *recentTitle = new QLabel(tr("Recent scans"));
    QFont heading = recentTitle->font();
    heading.setBold(true);
    recentTitle->setFont(heading);
    layout->addSpacing(12);
    layout->addWidget(recentTitle);
    m_recentScansTable = new RecentScansTable;
    layout->addWidget(m_recentScansTable, 1);
    return central;
}

QWidget *MainWindow::buildOrganizer()
{
    m_organizer = new QTabWidget;
    m_organizer->setObjectName(u"organizerTabs"_s);
    m_overview = buildOverview();
    m_organizer->addTab(m_overview, tr("Overview"));
    connect(m_organizer, &QTabWidget::currentChanged, this, &MainWindow::refreshCounts);
    return m_organizer;
}

bool MainWindow::openEvent(const QString &path)
{
    const bool shared = Database::isSharedLocation(path);
    std::unique_ptr<EventFile> event;
    try {
        // Reaching a server can take a few seconds (its connect timeout).
        if (shared)
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restoreCursor = qScopeGuard([shared] {
            if (shared)
                QGuiApplication::restoreOverrideCursor();
        });
        event = EventFile::open(path);
    } catch (const StorageError &error) {
        if (shared && OpenSharedEventDialog::isPasswordRefusal(error))
            event = askPasswordAndOpen(path, error.message());
        else
            showError(tr("Cannot open the event"), error.message());
        if (!event)
            return false;
    }
    adoptEvent(std::move(event));
    return true;
}

// The server turned the password down (or got none): ask for it with
// everything else filled in, until it opens or the organizer gives up.
std::unique_ptr<EventFile> MainWindow::askPasswordAndOpen(const QString &address, const QString &refusal)
{
    OpenSharedEventDialog dialog(this);
    if (const std::optional<ServerAddress> server = ServerAddress::parse(address))
        dialog.setAddress(*server);
    dialog.setModeChoiceVisible(false); // the mode was chosen already
    dialog.showProblem(refusal, true);
    return openThroughDialog(dialog);
}

// Runs the shared-event dialog until its event opens or it is cancelled; a
// failure is shown in the dialog with everything typed kept.
std::unique_ptr<EventFile> MainWindow::openThroughDialog(OpenSharedEventDialog &dialog)
{
    for (;;) {
        dialog.setResult(QDialog::Rejected);
        runDialog(dialog);
        if (dialog.result() != QDialog::Accepted)
            return nullptr;
        try {
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            const auto restoreCursor = qScopeGuard([] { QGuiApplication::restoreOverrideCursor(); });
            return EventFile::open(dialog.addressText());
        } catch (const StorageError &error) {
            dialog.showProblem(error.message(), OpenSharedEventDialog::isPasswordRefusal(error));
        }
    }
}

bool MainWindow::chooseSharedEvent()
{
    OpenSharedEventDialog dialog(this);
    const QStringList recent = AppSettings::recentEvents();
    for (const QString &path : recent) {
        if (const std::optional<ServerAddress> server = ServerAddress::parse(path)) {
            dialog.setAddress(*server); // most desks join the same event again
            break;
        }
    }
    std::unique_ptr<EventFile> event = openThroughDialog(dialog);
    if (!event)
        return false;
    adoptEvent(std::move(event));
    return enterMode(dialog.mode());
}

void MainWindow::adoptEvent(std::unique_ptr<EventFile> event)
{
    m_refreshTimer->stop();
    m_liveRefresh->stop();
    releaseEvent(); // everything that works on the event being replaced
    m_event = std::move(event);
    rememberAsRecent(); // the start page reads it when it is shown again

    m_attendeesPage = new AttendeesPage(*m_event);
    m_dashboardPage = new DashboardPage(*m_event, AppSettings::deskName());
    m_organizer->addTab(m_attendeesPage, tr("Attendees"));
    m_organizer->addTab(m_dashboardPage, tr("Dashboard"));
    m_exports = std::make_unique<ExportActions>(*m_event, this);
    m_exports->addTo(m_exportMenu);
    connect(m_attendeesPage, &AttendeesPage::exportSelectionRequested, m_exports.get(),
            &ExportActions::exportAttendees);
    connect(m_attendeesPage, &AttendeesPage::printBadgesRequested, m_exports.get(), &ExportActions::printBadgeSheet);

    if (!m_event->database().isShared()) {
        m_snapshots = std::make_unique<SnapshotScheduler>(m_event->path());
        connect(m_snapshots.get(), &SnapshotScheduler::snapshotFailed, this, [this](const QString &message) {
            statusBar()->showMessage(tr("Backup failed: %1").arg(message));
        });
        connect(m_snapshots.get(), &SnapshotScheduler::snapshotTaken, this, [this](const QString &path) {
            statusBar()->showMessage(tr("Backup saved: %1").arg(QDir::toNativeSeparators(path)), 5000);
        });
        m_snapshots->start();
    }

    showEventDetails();
    updateActions();
    showOrganizer();
    followChanges();
}

// The overview follows other desks: a shared event's notifications at once,
// an event file's data version every two seconds.
void MainWindow::followChanges()
{
    if (ChangeListener *listener = m_event->database().changeListener())
        connect(listener, &ChangeListener::changed, m_liveRefresh, qOverload<>(&QTimer::start));
    else
        m_refreshTimer->start();
}

// A shared event is remembered with its name (the start page lists it
// without connecting) and never with a password (AppSettings drops it).
void MainWindow::rememberAsRecent()
{
    QString sharedName;
    if (m_event->database().isShared()) {
        try {
            sharedName = m_event->store().eventInfo().name;
        } catch (const StorageError &) {
            // listed by its address alone
        }
    }
    AppSettings::rememberRecentEvent(m_event->path(), sharedName);
}

bool MainWindow::createEvent(const QString &path)
{
    if (QFileInfo::exists(path)) {
        showError(tr("Cannot create the event"),
                  tr("%1 already exists. Open it instead, or choose another name.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    try {
        EventInfo info;
        info.name = QFileInfo(path).completeBaseName();
        EventFile::create(path, info);
    } catch (const StorageError &error) {
        showError(tr("Cannot create the event"), error.message());
        return false;
    }
    if (!openEvent(path))
        return false;
    showEventSetup();
    return true;
}

void MainWindow::closeCurrentEvent()
{
    m_refreshTimer->stop();
    m_liveRefresh->stop();
    releaseEvent();
    updateActions();
    setWindowTitle(tr("Mannam"));
    showStartPage();
}

bool MainWindow::openEventAs(const QString &path, WorkMode mode)
{
    return openEvent(path) && enterMode(mode);
}

bool MainWindow::enterMode(WorkMode mode)
{
    switch (mode) {
    case WorkMode::Organizer:
        showOrganizer();
        return true;
    case WorkMode::Desk:
        return showDesk() != nullptr;
    case WorkMode::Kiosk:
        return showKiosk() != nullptr;
    }
    return false;
}

void MainWindow::showEventDetails()
{
    const EventInfo info = m_event->store().eventInfo();
    m_eventNameLabel->setText(info.name);
    QStringList details;
    if (!info.venue.isEmpty())
        details << info.venue;
    if (info.startsAt.isValid())
        details << QLocale().toString(info.startsAt.toLocalTime(), QLocale::LongFormat);
    const std::optional<ServerAddress> server =
            m_event->database().isShared() ? ServerAddress::parse(m_event->path()) : std::nullopt;
    if (server)
        details << tr("%1 (shared)").arg(server->displayName());
    else
        details << QFileInfo(m_event->path()).fileName();
    m_eventDetailsLabel->setText(details.join(u"  ·  "_s));
    // Which event, and for a shared one where: a desk may know several servers.
    if (server)
        setWindowTitle(tr("%1 — %2 — Mannam").arg(info.name, server->displayName()));
    else
        setWindowTitle(tr("%1 — Mannam").arg(info.name));
}

void MainWindow::refreshCounts()
{
    if (!m_event || m_pages->currentWidget() != m_organizer || m_organizer->currentWidget() != m_overview)
        return; // the desk keeps its own counters; the other tabs refresh themselves

    try {
        const EventStats stats = m_event->store().stats();
        m_registeredLabel->setText(QLocale().toString(stats.registered));
        m_checkedInLabel->setText(QLocale().toString(stats.checkedIn));
        m_insideLabel->setText(QLocale().toString(stats.inside));
        m_meetingsLabel->setText(QLocale().toString(stats.meetings));
        m_winnersLabel->setText(QLocale().toString(stats.winners));
        m_recentScansTable->showEntries(m_event->store().recentLog(RecentScanRows));
        statusBar()->clearMessage();
    } catch (const StorageError &error) {
        statusBar()->showMessage(error.message());
    }
}

void MainWindow::showOrganizer(OrganizerTab tab)
{
    if (!m_event) {
        showStartPage();
        return;
    }
    switch (tab) {
    case OrganizerTab::Overview:
        m_organizer->setCurrentWidget(m_overview);
        break;
    case OrganizerTab::Attendees:
        m_organizer->setCurrentWidget(m_attendeesPage);
        break;
    case OrganizerTab::Dashboard:
        m_organizer->setCurrentWidget(m_dashboardPage);
        break;
    }
    m_pages->setCurrentWidget(m_organizer);
    refreshCounts();
}

void MainWindow::showStartPage()
{
    m_startPage->reloadRecentEvents();
    m_pages->setCurrentWidget(m_startPage);
}

void MainWindow::showEventSetup()
{
    if (!m_event)
        return;
    EventSetupDialog dialog(*m_event, AppSettings::deskName(), this);
    runDialog(dialog);
    if (m_event->database().isShared())
        rememberAsRecent(); // its name may have changed
    showEventDetails();
    refreshCounts();
}

void MainWindow::showImportWizard(const QString &file)
{
    if (!m_event)
        return;
    ImportWizard wizard(*m_event, file, this);
    connect(&wizard, &ImportWizard::imported, this, [this] {
        m_attendeesPage->refresh();
        refreshCounts();
    });
    runDialog(wizard);
}

void MainWindow::backUpNow()
{
    if (!m_snapshots)
        return;
    m_snapshots->snapshotNow();
}

void MainWindow::showRestoreDialog()
{
    if (!m_event || m_event->database().isShared())
        return;
    RestoreDialog dialog(m_event->path(), this);
    runDialog(dialog);
    if (dialog.result() != QDialog::Accepted)
        return;
    const RestoreDialog::Choice choice = dialog.choice();
    const QString eventPath = m_event->path();
    QString error;
    if (!choice.replaceCurrent) {
        if (RestoreDialog::restoreAsNewEvent(choice, &error))
            openEvent(choice.targetPath);
        else
            showError(tr("Cannot restore the backup"), error);
        return;
    }
    // The event as it is now is kept as a snapshot of its own before it is replaced.
    if (m_snapshots->snapshotBeforeRestore(&error).isEmpty()) {
        showError(tr("Cannot restore the backup"),
                  tr("The current event could not be backed up first, so it was not replaced: %1").arg(error));
        return;
    }
    releaseEvent();
    if (!EventSnapshots::restore(choice.snapshotPath, eventPath, EventSnapshots::Overwrite::Allowed, &error))
        showError(tr("Cannot restore the backup"), error);
    openEvent(eventPath);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

// An event file opens; a CSV goes to the import wizard of the open event.
void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return;
    const QString path = urls.constFirst().toLocalFile();
    event->acceptProposedAction();
    if (StartPage::isEventFile(path))
        openEvent(path);
    else if (m_event)
        showImportWizard(path);
    else
        showError(tr("Nothing to open"), tr("Drop an event file (.mannam), or open an event before dropping a CSV to import."));
}

DeskWindow *MainWindow::showDesk(FrameSource source, const QString &videoPath)
{
    if (!m_event) {
        showError(tr("No event open"), tr("Open an event file first."));
        return nullptr;
    }
    if (!m_desk) {
        m_desk = new DeskWindow(*m_event, AppSettings::deskName());
        m_pages->addWidget(m_desk);
        if (source == FrameSource::Camera)
            m_desk->startCamera();
    }
    if (source == FrameSource::VideoFile)
        m_desk->startVideo(videoPath);
    m_pages->setCurrentWidget(m_desk);
    return m_desk;
}

KioskWindow *MainWindow::showKiosk(FrameSource source, const QString &videoPath)
{
    if (!m_event) {
        showError(tr("No event open"), tr("Open an event file first."));
        return nullptr;
    }
    if (!m_kiosk) {
        try {
            // Without a PIN nobody could leave the kiosk: set one first.
            BingoService bingo(m_event->store());
            if (!bingo.hasKioskPin()) {
                const QString pin = askForKioskPin();
                if (pin.isEmpty())
                    return nullptr;
                bingo.setKioskPin(pin);
            }
        } catch (const StorageError &error) {
            showError(tr("Cannot start the kiosk"), error.message());
            return nullptr;
        }
        m_kiosk = new KioskWindow(*m_event, AppSettings::deskName());
        connect(m_kiosk, &KioskWindow::unlocked, this, [this] {
            m_unlockedKiosk = m_kiosk; // deleted later, but never after the event it uses
            m_kiosk->deleteLater();
            m_kiosk = nullptr;
            show();
            showOrganizer();
        });
        connect(m_kiosk, &KioskWindow::meetingShown, this, [this] {
            if (m_bigScreen)
                m_bigScreen->refresh(); // same connection: the big screen's poll cannot see it
        });
        if (source == FrameSource::Camera)
            m_kiosk->startCamera();
        else if (source == FrameSource::VideoFile)
            m_kiosk->startVideo(videoPath);
    }
    // The whole screen even where no window manager honours "full screen".
    if (QScreen *screen = this->screen())
        m_kiosk->setGeometry(screen->geometry());
    m_kiosk->showFullScreen();
    m_kiosk->activateWindow();
    hide();
    return m_kiosk;
}

QString MainWindow::askForNewKioskPin()
{
    for (;;) {
        bool ok = false;
        const QString pin = QInputDialog::getText(
                this, tr("Kiosk PIN"),
                tr("Choose the organizer PIN that leaves kiosk mode (%1 to %2 digits):")
                        .arg(KioskPin::MinLength)
                        .arg(KioskPin::MaxLength),
                QLineEdit::Password, QString(), &ok);
        if (!ok)
            return {};
        if (!KioskPin::isAcceptable(pin)) {
            showError(tr("Kiosk PIN"), tr("The PIN must be %1 to %2 digits.").arg(KioskPin::MinLength).arg(KioskPin::MaxLength));
            continue;
        }
        const QString again = QInputDialog::getText(this, tr("Kiosk PIN"), tr("Type the PIN again:"),
                                                    QLineEdit::Password, QString(), &ok);
        if (!ok)
            return {};
        if (again == pin)
            return pin;
        showError(tr("Kiosk PIN"), tr("The two PINs differ. Please try again."));
    }
}

BigScreenWindow *MainWindow::showBigScreen()
{
    if (!m_event) {
        showError(tr("No event open"), tr("Open an event file first."));
        return nullptr;
    }
    if (!m_bigScreen)
        m_bigScreen = new BigScreenWindow(*m_event);
    m_bigScreen->showOnScreen();
    return m_bigScreen;
}

void MainWindow::askDeskName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Desk Name"),
                                               tr("The name of this desk, shown in check-in records (e.g. Desk 2):"),
                                               QLineEdit::Normal, AppSettings::deskName(), &ok);
    if (ok && !name.trimmed().isEmpty()) {
        AppSettings::setDeskName(name);
        if (m_desk) // the desk takes the new name when reopened
            statusBar()->showMessage(tr("Reopen the desk to use the new name."), 5000);
    }
}

void MainWindow::chooseEventFile()
{
    const QString path = askEventToOpen();
    if (!path.isEmpty())
        openEvent(path);
}

void MainWindow::chooseNewEventFile()
{
    QString path = askNewEventPath();
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".mannam"_s;
    createEvent(path);
}

void MainWindow::openDemoEvent()
{
    try {
        openEvent(DemoEvent::ensure());
    } catch (const StorageError &error) {
        showError(tr("Cannot create the demo event"), error.message());
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Mannam"),
                       tr("<h3>Mannam %1</h3><p>Check-in and networking bingo for community meetups.</p>")
                               .arg(QCoreApplication::applicationVersion()));
}

} // namespace mannam
