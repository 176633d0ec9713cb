#pragma once

#include "common/Clock.h"
#include "dashboard/DashboardSnapshot.h"

#include <QThread>
#include <QWidget>

#include <functional>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace mannam {

class BingoProgressChart;
class ChartPanel;
class DashboardReader;
class EventFile;
class FigureTile;
class KeywordsChart;
class NetworkChart;
class TicketTypesChart;
class TimelineChart;
class WinnersModel;

// The organizer's live dashboard: the figures of the door and the bingo on
// top, then charts (arrivals, ticket types, meetings, bingo progress, keyword
// popularity, meetings per attendee), the most connected people, and the
// winners in order with the prize handover. Every chart saves as a PNG.
//
// Live without holding up the window: while visible, once a second, a
// DashboardReader on a worker thread (its own read-only connection) asks
// SQLite whether anybody committed (PRAGMA data_version; this app's own
// desk and prize handovers included) and reads only then; the page just draws
// what arrives. A shared event is not polled: the reader's connection hears
// the server's notification of each commit and the page asks for a read at
// once. refresh() reads at once on the page's own connection.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PollIntervalMs = 1000;
    static constexpr int RetryAfterFailureMs = 3000; // a shared event whose server was out of reach
    static constexpr int WideLayoutWidth = 1700; // three charts a row from here

    DashboardPage(EventFile &event, QString deskName, const Clock &clock = Clock::system(),
                  QWidget *parent = nullptr);
    ~DashboardPage() override;

    // Seams for the modal dialogs (tests replace them so nothing blocks).
    // The PNG's path, empty = cancelled.
    std::function<QString(const QString &suggestedName)> askSavePath;
    std::function<void(const QString &title, const QString &message)> showError;
    // "Hand the prize to this winner now?"
    std::function<bool(const BingoWinner &winner)> confirmPrize;

    const DashboardSnapshot &snapshot() const { return m_snapshot; }
    qint64 lastRefreshNs() const { return m_lastRefreshNs; }   // refresh(): read + display
    qint64 lastDisplayNs() const { return m_lastDisplayNs; }   // a live update: display only
    QList<ChartPanel *> charts() const { return m_charts; }

public slots:
    // Reads the event and updates everything now.
    void refresh();
    // The prize for the winner selected in the table (after confirmation).
    void handOverSelectedPrize();

signals:
    // A prize handover was recorded through this page's connection.
    void prizeHandedOver(qint64 attendeeId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void arrangeCharts();
    void retranslate();
    void checkForChanges();
    void readFinished();
    void showReadError(const QString &message);
    void display(const DashboardSnapshot &snapshot);
    void saveChart(ChartPanel *chart);
    void updatePrizeButton();
    std::optional<BingoWinner> selectedWinner() const;

    EventFile &m_event;
    QString m_deskName;
    const Clock &m_clock;
    DashboardSnapshot m_snapshot;
    DashboardReader *m_reader = nullptr;  // lives in m_readerThread
    QThread m_readerThread;
    bool m_readInFlight = false;
    bool m_readAgain = false;   // something changed while a read was under way
    qint64 m_lastRefreshNs = 0;
    qint64 m_lastDisplayNs = 0;
    int m_chartColumns = 0;
    QTimer *m_pollTimer = nullptr;

    QLabel *m_statusLabel = nullptr;
    FigureTile *m_registeredTile = nullptr;
    FigureTile *m_checkedInTile = nullptr;
    FigureTile *m_noShowsTile = nullptr;
    FigureTile *m_insideTile = nullptr;
    FigureTile *m_meetingsTile = nullptr;
    FigureTile *m_winnersTile = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    TimelineChart *m_arrivalsChart = nullptr;
    TicketTypesChart *m_ticketTypesChart = nullptr;
    TimelineChart *m_meetingsChart = nullptr;
    BingoProgressChart *m_bingoChart = nullptr;
    KeywordsChart *m_keywordsChart = nullptr;
    NetworkChart *m_networkChart = nullptr;
    QList<ChartPanel *> m_charts;
    QLabel *m_winnersHeading = nullptr;
    WinnersModel *m_winnersModel = nullptr;
    QTableView *m_winnersView = nullptr;
    QPushButton *m_prizeButton = nullptr;
    QLabel *m_prizeStatusLabel = nullptr;
    QLabel *m_connectedHeading = nullptr;
    QTableWidget *m_connectedTable = nullptr;
};

} // namespace mannam
