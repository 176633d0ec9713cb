#include "DashboardPage.h"

#include "DashboardCharts.h"
#include "FigureTile.h"
#include "WinnersModel.h"
#include "bingo/BingoService.h"
#include "dashboard/DashboardReader.h"
#include "storage/DashboardStore.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

QString percentOf(int part, int whole)
{
    return QLocale().toString(whole > 0 ? 100.0 * part / whole : 0.0, 'f', 0);
}

QLabel *heading(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

} // namespace

DashboardPage::DashboardPage(EventFile &event, QString deskName, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_event(event), m_deskName(std::move(deskName)), m_clock(clock), m_pollTimer(new QTimer(this))
{
    setObjectName(u"dashboardPage"_s);
    // The application's font first; Hangul from these where it lacks it (charts included).
    QFont font = this->font();
    font.setFamilies({font.family(), u"Noto Sans CJK KR"_s, u"Noto Sans KR"_s, u"Malgun Gothic"_s,
                      u"Apple SD Gothic Neo"_s});
    setFont(font);

    askSavePath = [this](const QString &suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        return QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), QDir(folder).filePath(suggestedName),
                                            tr("PNG images (*.png)"));
    };
    showError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };
    confirmPrize = [this](const BingoWinner &winner) {
        return QMessageBox::question(this, tr("Prize given"),
                                     tr("Record that %1 (winner no. %2) received the prize now?")
                                             .arg(winner.name, QLocale().toString(winner.rank)))
                == QMessageBox::Yes;
    };

    buildLayout();
    retranslate();
    m_pollTimer->setInterval(PollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &DashboardPage::checkForChanges);

    m_reader = new DashboardReader(m_event.path());
    m_reader->moveToThread(&m_readerThread);
    connect(&m_readerThread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_reader, &DashboardReader::snapshotRead, this, [this](const DashboardSnapshot &snapshot) {
        QElapsedTimer timer;
        timer.start();
        display(snapshot);
        m_statusLabel->hide();
        m_lastDisplayNs = timer.nsecsElapsed();
        readFinished();
    });
    connect(m_reader, &DashboardReader::unchanged, this, &DashboardPage::readFinished);
    connect(m_reader, &DashboardReader::readFailed, this, [this](const QString &message) {
        showReadError(message);
        readFinished();
        // A shared event's reader listens again once it reads again: try later.
        if (m_event.database().isShared())
            QTimer::singleShot(RetryAfterFailureMs, this, [this] {
                if (isVisible())
                    checkForChanges();
            });
    });
    // A shared event: the reader's connection hears every commit; read then.
    connect(m_reader, &DashboardReader::eventChanged, this, [this] {
        if (isVisible())
            checkForChanges();
    });
    m_readerThread.start();
}

DashboardPage::~DashboardPage()
{
    m_readerThread.quit();
    m_readerThread.wait(); // a read in progress finishes first; its result is dropped
}

void DashboardPage::buildLayout()
{
    auto *content = new QWidget;
    content->setObjectName(u"dashboardContent"_s);
    auto *column = new QVBoxLayout(content);
    column->setSpacing(10);

    m_statusLabel = new QLabel(content);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setStyleSheet(u"color: #c62828; font-weight: bold;"_s);
    m_statusLabel->hide();
    column->addWidget(m_statusLabel);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    m_registeredTile = new FigureTile(u"registeredTile"_s, QColor(0x54, 0x6e, 0x7a), content);
    m_checkedInTile = new FigureTile(u"checkedInTile"_s, QColor(0x2e, 0x7d, 0x32), content);
    m_noShowsTile = new FigureTile(u"noShowsTile"_s, QColor(0x9e, 0x9e, 0x9e), content);
    m_insideTile = new FigureTile(u"insideTile"_s, QColor(0x15, 0x65, 0xc0), content);
    m_meetingsTile = new FigureTile(u"meetingsTile"_s, QColor(0x00, 0x89, 0x7b), content);
    m_winnersTile = new FigureTile(u"winnersTile"_s, QColor(0xf9, 0xa8, 0x25), content);
    for (FigureTile *tile : {m_registeredTile, m_checkedInTile, m_noShowsTile, m_insideTile, m_meetingsTile,
                             m_winnersTile})
        tiles->addWidget(tile, 1);
    column->addLayout(tiles);

    m_arrivalsChart = new TimelineChart(u"arrivalsChart"_s, u"arrivals"_s, content);
    m_ticketTypesChart = new TicketTypesChart(content);
    m_meetingsChart = new TimelineChart(u"meetingsChart"_s, u"meetings"_s, content);
    m_bingoChart = new BingoProgressChart(content);
    m_keywordsChart = new KeywordsChart(content);
    m_networkChart = new NetworkChart(content);
    m_charts = {m_arrivalsChart, m_ticketTypesChart, m_meetingsChart, m_bingoChart, m_keywordsChart, m_networkChart};
    for (ChartPanel *chart : std::as_const(m_charts))
        connect(chart, &ChartPanel::saveRequested, this, [this, chart] { saveChart(chart); });
    m_chartGrid = new QGridLayout;
    m_chartGrid->setSpacing(8);
    column->addLayout(m_chartGrid);
    arrangeCharts();

    // Bottom: the winners (with the prize handover) and the most connected.
    auto *bottom = new QHBoxLayout;
    auto *winnersBox = new QFrame(content);
    winnersBox->setObjectName(u"winnersPanel"_s);
    winnersBox->setFrameShape(QFrame::StyledPanel);
    auto *winnersColumn = new QVBoxLayout(winnersBox);
    m_winnersHeading = heading(u"winnersHeadingLabel"_s, winnersBox);
    m_winnersModel = new WinnersModel(this);
    m_winnersView = new QTableView(winnersBox);
    m_winnersView->setObjectName(u"winnersTableView"_s);
    m_winnersView->setModel(m_winnersModel);
    m_winnersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_winnersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_winnersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_winnersView->setAlternatingRowColors(true);
    m_winnersView->verticalHeader()->hide();
    m_winnersView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_winnersView->horizontalHeader()->setSectionResizeMode(WinnersModel::AffiliationColumn, QHeaderView::Stretch);
    m_winnersView->setMinimumHeight(220);
    connect(m_winnersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DashboardPage::updatePrizeButton);
    connect(m_winnersView, &QTableView::activated, this, &DashboardPage::handOverSelectedPrize);
    m_prizeButton = new QPushButton(winnersBox);
    m_prizeButton->setObjectName(u"prizeGivenButton"_s);
    connect(m_prizeButton, &QPushButton::clicked, this, &DashboardPage::handOverSelectedPrize);
    m_prizeStatusLabel = new QLabel(winnersBox);
    m_prizeStatusLabel->setObjectName(u"prizeStatusLabel"_s);
    m_prizeStatusLabel->setWordWrap(true);
    auto *prizeRow = new QHBoxLayout;
    prizeRow->addWidget(m_prizeButton);
    prizeRow->addWidget(m_prizeStatusLabel, 1);
    winnersColumn->addWidget(m_winnersHeading);
    winnersColumn->addWidget(m_winnersView, 1);
    winnersColumn->addLayout(prizeRow);

    auto *connectedBox = new QFrame(content);
    connectedBox->setObjectName(u"mostConnectedPanel"_s);
    connectedBox->setFrameShape(QFrame::StyledPanel);
    auto *connectedColumn = new QVBoxLayout(connectedBox);
    m_connectedHeading = heading(u"mostConnectedHeadingLabel"_s, connectedBox);
    m_connectedTable = new QTableWidget(0, 3, connectedBox);
    m_connectedTable->setObjectName(u"mostConnectedTable"_s);
    m_connectedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_connectedTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_connectedTable->setFocusPolicy(Qt::NoFocus);
    m_connectedTable->verticalHeader()->hide();
    m_connectedTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_connectedTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connectedColumn->addWidget(m_connectedHeading);
    connectedColumn->addWidget(m_connectedTable, 1);

    bottom->addWidget(winnersBox, 2);
    bottom->addWidget(connectedBox, 1);
    column->addLayout(bottom);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"dashboardScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    updatePrizeButton();
}

void DashboardPage::arrangeCharts()
{
    const int columns = width() >= WideLayoutWidth ? 3 : 2;
    if (columns == m_chartColumns)
        return;
    m_chartColumns = columns;
    for (ChartPanel *chart : std::as_const(m_charts))
        m_chartGrid->removeWidget(chart);
    for (int i = 0; i < m_charts.size(); ++i)
        m_chartGrid->addWidget(m_charts.at(i), i / columns, i % columns);
    for (int c = 0; c < 3; ++c)
        m_chartGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

void DashboardPage::retranslate()
{
    m_registeredTile->setCaption(tr("Registered"));
    m_checkedInTile->setCaption(tr("Checked in"));
    m_noShowsTile->setCaption(tr("No-shows"));
    m_insideTile->setCaption(tr("Inside now"));
    m_meetingsTile->setCaption(tr("Meetings"));
    m_winnersTile->setCaption(tr("Bingo winners"));
    m_arrivalsChart->setTexts(tr("Arrivals"), tr("Arrivals per 5 minutes"), tr("Checked in (total)"));
    m_meetingsChart->setTexts(tr("Meetings over time"), tr("Meetings per 5 minutes"), tr("Meetings (total)"));
    m_prizeButton->setText(tr("Prize given…"));
    m_connectedTable->setHorizontalHeaderLabels({tr("#"), tr("Name"), tr("People met")});
    m_connectedHeading->setText(tr("Most connected"));
    m_winnersHeading->setText(tr("Bingo winners (%1)").arg(QLocale().toString(m_snapshot.winners)));
}

void DashboardPage::refresh()
{
    QElapsedTimer timer;
    timer.start();
    try {
        display(DashboardStore(m_event.store()).snapshot());
        m_statusLabel->hide();
    } catch (const StorageError &error) {
        showReadError(error.message());
    }
    m_lastRefreshNs = timer.nsecsElapsed();
}

void DashboardPage::showReadError(const QString &message)
{
    m_statusLabel->setText(tr("Cannot read the event file: %1").arg(message));
    m_statusLabel->show();
}

// Asks the worker to read if anybody committed; one request at a time, and
// one more after it when something changed meanwhile.
void DashboardPage::checkForChanges()
{
    if (m_readInFlight) {
        m_readAgain = true;
        return;
    }
    m_readInFlight = true;
    m_readAgain = false;
    QMetaObject::invokeMethod(m_reader, &DashboardReader::readIfChanged, Qt::QueuedConnection);
}

void DashboardPage::readFinished()
{
    m_readInFlight = false;
    if (m_readAgain && isVisible())
        checkForChanges();
}

void DashboardPage::display(const DashboardSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_registeredTile->setValue(snapshot.registered);
    m_registeredTile->setDetail(snapshot.cancelled > 0
                                        ? tr("%1 cancelled").arg(QLocale().toString(snapshot.cancelled))
                                        : QString());
    m_checkedInTile->setValue(snapshot.checkedIn);
    m_checkedInTile->setDetail(tr("%1% of registered").arg(percentOf(snapshot.checkedIn, snapshot.registered)));
    m_noShowsTile->setValue(snapshot.noShows);
    m_noShowsTile->setDetail(tr("registered, not checked in"));
    m_insideTile->setValue(snapshot.inside);
    m_insideTile->setDetail(tr("%1 left again").arg(QLocale().toString(std::max(0, snapshot.checkedIn - snapshot.inside))));
    m_meetingsTile->setValue(snapshot.meetings);
    m_meetingsTile->setDetail(
            tr("%1% of checked in met someone")
                    .arg(percentOf(snapshot.network.checkedIn - snapshot.network.metNobody, snapshot.network.checkedIn)));
    int prizesToGive = 0;
    for (const BingoWinner &winner : snapshot.winnerList)
        prizesToGive += winner.prizeGivenAt.isValid() ? 0 : 1;
    m_winnersTile->setValue(snapshot.winners);
    m_winnersTile->setDetail(tr("%1 prizes to hand over").arg(QLocale().toString(prizesToGive)));

    const QDateTime now = m_clock.nowUtc();
    m_arrivalsChart->display(snapshot.arrivals, now);
    m_ticketTypesChart->display(snapshot.ticketTypes);
    m_meetingsChart->display(snapshot.meetingsOverTime, now);
    m_bingoChart->display(snapshot);
    m_keywordsChart->display(snapshot.keywords);
    m_networkChart->display(snapshot.network);

    // The winners, keeping the selected one selected.
    const std::optional<BingoWinner> selected = selectedWinner();
    m_winnersModel->setWinners(snapshot.winnerList);
    if (selected) {
        const int row = m_winnersModel->rowOf(selected->attendeeId);
        if (row >= 0 && m_winnersView->currentIndex().row() != row)
            m_winnersView->selectRow(row);
    }
    m_winnersHeading->setText(tr("Bingo winners (%1)").arg(QLocale().toString(snapshot.winners)));
    updatePrizeButton();

    const QList<ConnectedAttendee> &connected = snapshot.network.mostConnected;
    m_connectedTable->setRowCount(int(connected.size()));
    for (int row = 0; row < connected.size(); ++row) {
        const auto cell = [](const QString &text, bool number) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        m_connectedTable->setItem(row, 0, cell(QLocale().toString(row + 1), true));
        m_connectedTable->setItem(row, 1, cell(connected.at(row).name, false));
        m_connectedTable->setItem(row, 2, cell(QLocale().toString(connected.at(row).peopleMet), true));
    }
}

std::optional<BingoWinner> DashboardPage::selectedWinner() const
{
    const QModelIndexList rows = m_winnersView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_winnersModel->winners().value(rows.first().row());
}

void DashboardPage::updatePrizeButton()
{
    m_prizeButton->setEnabled(selectedWinner().has_value());
}

void DashboardPage::handOverSelectedPrize()
{
    const std::optional<BingoWinner> winner = selectedWinner();
    if (!winner)
        return;
    if (winner->prizeGivenAt.isValid()) {
        // Nobody claims twice: say when and where it was handed over, record nothing.
        const QString message = tr("%1 already collected the prize at %2 (%3).")
                                        .arg(winner->name, WinnersModel::localTime(winner->prizeGivenAt),
                                             winner->prizeGivenBy);
        m_prizeStatusLabel->setText(message);
        showError(tr("Prize already given"), message);
        return;
    }
    if (confirmPrize && !confirmPrize(*winner))
        return;
    try {
        const BingoOutcome outcome = BingoService(m_event.store(), m_clock).handOverPrize(winner->attendeeId, m_deskName);
        if (outcome.ok()) {
            m_prizeStatusLabel->setText(tr("Prize for %1 recorded at %2.")
                                                .arg(winner->name, WinnersModel::localTime(outcome.prize->at)));
            emit prizeHandedOver(winner->attendeeId);
        } else {
            // Another desk was quicker (its handover is in the reason), or no bingo after all.
            m_prizeStatusLabel->setText(outcome.reason());
            showError(tr("Prize not recorded"), outcome.reason());
        }
    } catch (const StorageError &error) {
        m_prizeStatusLabel->setText(error.message());
        showError(tr("Prize not recorded"), error.message());
    }
    refresh(); // our own write does not change data_version
}

void DashboardPage::saveChart(ChartPanel *chart)
{
    QString path = askSavePath ? askSavePath(chart->suggestedFileName()) : QString();
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".png"_s, Qt::CaseInsensitive))
        path += u".png"_s;
    if (!chart->saveAsPng(path))
        showError(tr("Chart not saved"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    checkForChanges(); // whatever happened while hidden
    if (!m_event.database().isShared())
        m_pollTimer->start(); // a shared event's changes are announced (see the reader)
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_pollTimer->stop();
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeCharts();
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace mannam
