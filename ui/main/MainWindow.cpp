#include "MainWindow.h"

#include "bigscreen/BigScreenWindow.h"
#include "bingo/BingoService.h"
#include "bingo/KioskPin.h"
#include "checkin/CheckInService.h"
#include "common/AppSettings.h"
#include "demo/DemoEvent.h"
#include "desk/DeskWindow.h"
#include "desk/RecentScansTable.h"
#include "kiosk/KioskWindow.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"

#include <QAction>
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

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Mannam"));
    showError = [this](const QString &title, const QString &message) {
        QMessageBox::critical(this, title, message);
    };
    askForKioskPin = [this] { return askForNewKioskPin(); };

    m_pages = new QStackedWidget;
    m_overview = buildOverview();
    m_pages->addWidget(m_overview);
    setCentralWidget(m_pages);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open Event…"), this, &MainWindow::chooseEventFile);
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Open &Demo Event"), this, &MainWindow::openDemoEvent);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quitAction->setShortcut(QKeySequence::Quit);
    QMenu *modeMenu = menuBar()->addMenu(tr("&Mode"));
    QAction *overviewAction = modeMenu->addAction(tr("&Overview"), this, &MainWindow::showOverview);
    overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *deskAction = modeMenu->addAction(tr("Registration &Desk"), this, [this] { showDesk(); });
    deskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *kioskAction = modeMenu->addAction(tr("Bingo &Kiosk"), this, [this] { showKiosk(); });
    kioskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *bigScreenAction = modeMenu->addAction(tr("Bingo &Big Screen"), this, &MainWindow::showBigScreen);
    bigScreenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    modeMenu->addSeparator();
    modeMenu->addAction(tr("Desk &Name…"), this, &MainWindow::askDeskName);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Mannam"), this, &MainWindow::showAbout);

    // Other desks write to the same file: keep the counts current.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(2000);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshCounts);
}

MainWindow::~MainWindow()
{
    closeEventWindows();
}

// The desk, the kiosk and the big screen work on m_event: they go first.
void MainWindow::closeEventWindows()
{
    if (m_desk) {
        m_pages->removeWidget(m_desk);
        delete m_desk;
        m_desk = nullptr;
    }
    delete m_kiosk;
    m_kiosk = nullptr;
    delete m_bigScreen;
    m_bigScreen = nullptr;
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

bool MainWindow::openEvent(const QString &path)
{
    try {
        auto event = EventFile::open(path);
        showOverview();
        closeEventWindows(); // they work on the event being replaced
        m_event = std::move(event);
    } catch (const StorageError &error) {
        showError(tr("Cannot open the event"), error.message());
        return false;
    }
    const EventInfo info = m_event->store().eventInfo();
    m_eventNameLabel->setText(info.name);
    QStringList details;
    if (!info.venue.isEmpty())
        details << info.venue;
    if (info.startsAt.isValid())
        details << QLocale().toString(info.startsAt.toLocalTime(), QLocale::LongFormat);
    details << QFileInfo(path).fileName();
    m_eventDetailsLabel->setText(details.join(u"  ·  "_s));
    setWindowTitle(tr("%1 — Mannam").arg(info.name));
    refreshCounts();
    m_refreshTimer->start();
    return true;
}

void MainWindow::refreshCounts()
{
    if (!m_event || m_pages->currentWidget() != m_overview)
        return; // the desk keeps its own counters

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
            m_kiosk->deleteLater();
            m_kiosk = nullptr;
            show();
            showOverview();
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

void MainWindow::showOverview()
{
    m_pages->setCurrentWidget(m_overview);
    refreshCounts();
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
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Event"), QString(),
                                                      tr("Mannam events (*.mannam);;All files (*)"));
    if (!path.isEmpty())
        openEvent(path);
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
