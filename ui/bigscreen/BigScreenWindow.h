#pragma once

#include "BigScreenSnapshot.h"
#include "BigScreenWidgets.h"
#include "common/Phrase.h"

#include <QSet>
#include <QTranslator>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QScreen;
class QTimer;

namespace mannam {

class EventFile;

// The projector screen of the networking bingo: the live meeting count, how
// many people have met someone, the latest bingos (a new one glows), the first
// winners and the most connected people. Headings in Korean and English side
// by side; names shortened when the organizer chose first names only.
//
// Live without heavy polling: once a second it asks SQLite whether another
// connection committed (PRAGMA data_version) and reads only then. Writes made
// through the same connection (a kiosk in this process) do not change that
// number: connect them to refresh(). A shared event is not polled: its
// server's notification of a commit (any kiosk, this one too) reads at once.
class BigScreenWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PollIntervalMs = 1000;

    explicit BigScreenWindow(EventFile &event, QWidget *parent = nullptr);
    ~BigScreenWindow() override;

    // The screen for a projector: the first one that is not the primary
    // screen when there are several, else the primary one.
    static QScreen *projectorScreen();
    // Full screen on `screen` (projectorScreen() when null).
    void showOnScreen(QScreen *screen = nullptr);

    // The Korean half of the headings from another file (the app's own by default).
    // Without a translation the headings are English only.
    bool loadKoreanTranslation(const QString &qmPath);

    // What the screen shows now, and what the last refresh cost (read + display).
    const BigScreenSnapshot &snapshot() const { return m_snapshot; }
    qint64 lastRefreshNs() const { return m_lastRefreshNs; }

public slots:
    // Reads the event and updates everything now.
    void refresh();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslate();
    void applyScale();
    void tick();
    void checkForChanges();
    void updateClock();
    void display(const BigScreenSnapshot &snapshot);
    BigScreenHeading *headingLabel(const QString &objectName, const Phrase &phrase, const QColor &color = bigscreen::Text,
                                 BigScreenHeading::Stacking stacking = BigScreenHeading::Stacking::WhenNarrow);
    QString korean(const Phrase &phrase) const;   // empty without a translation
    QString twoLines(const Phrase &phrase) const;
    QString displayName(const QString &name) const;
    void leaveFullScreenOrClose();

    EventFile &m_event;
    QTranslator m_loaded;                    // another translation, if one was loaded
    const QTranslator *m_korean = nullptr;   // the app's Korean by default; null: English only
    BigScreenSnapshot m_snapshot;
    qint64 m_dataVersion = -1;
    qint64 m_lastRefreshNs = 0;
    bool m_hasShownData = false;
    QSet<qint64> m_winnersSeen;   // bingos already on screen: only new ones glow
    QTimer *m_pollTimer = nullptr;      // the clock; an event file's data version
    QTimer *m_liveRefresh = nullptr;    // a shared event: one read per burst of notifications
    bool m_readFailed = false;

    QLabel *m_eventNameLabel = nullptr;
    BigScreenHeading *m_titleLabel = nullptr;
    QLabel *m_clockLabel = nullptr;
    BigScreenHeading *m_meetingsHeadingLabel = nullptr;
    BigScreenNumberLabel *m_meetingCountLabel = nullptr;
    BigScreenHeading *m_peopleMetHeadingLabel = nullptr;
    BigScreenNumberLabel *m_peopleMetLabel = nullptr;
    BigScreenHeading *m_bingosHeadingLabel = nullptr;
    BigScreenNumberLabel *m_winnerCountLabel = nullptr;
    BigScreenHeading *m_latestBingosHeadingLabel = nullptr;
    BigScreenList *m_latestBingosList = nullptr;
    BigScreenHeading *m_firstWinnersHeadingLabel = nullptr;
    BigScreenList *m_firstWinnersList = nullptr;
    BigScreenHeading *m_mostConnectedHeadingLabel = nullptr;
    BigScreenList *m_mostConnectedList = nullptr;
    BigScreenHeading *m_hintLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QList<std::pair<BigScreenHeading *, Phrase>> m_headings;
    QList<QWidget *> m_panels;
    QList<QBoxLayout *> m_gapLayouts;   // spacing that scales with the screen
};

} // namespace mannam
