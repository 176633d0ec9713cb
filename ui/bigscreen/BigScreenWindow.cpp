#include "BigScreenWindow.h"

#include "common/Translations.h"

#include "BigScreenWidgets.h"
#include "ShortName.h"
#include "common/Clock.h"
#include "common/Phrase.h"
#include "storage/ChangeListener.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

constexpr const char *Context = "mannam::BigScreenWindow";

Phrase phrase(const char *source)
{
    return Phrase{Context, source, {}};
}

// The words on the screen, English source; the Korean half comes from the
// translation file.
Phrase titlePhrase() { return phrase(QT_TRANSLATE_NOOP("mannam::BigScreenWindow", "Networking bingo")); }
Phrase meetingsPhrase() { return phrase(QT_TRANSLATE_NOOP("mannam::BigScreenWindow", "Meetings")); }
Phrase peopleMetPhrase() { return phrase(QT_TRANSLATE_NOOP("mannam::BigScreenWindow", "Met someone / checked in")); }
Phrase bingosPhrase() { return phrase(QT_TRANSLATE_NOOP("mannam::BigScreenWindow", "Bingos")); }
Phrase latestBingosPhrase() { return phrase(QT_TRANSLATE_NOOP("mannam::BigScreenWindow", "Latest bingos")); }
Phrase firstWinnersPhrase() { return phrase(QT_TRANSLATE_NOOP("mannam::BigScreenWindow", "First winners")); }
Phrase mostConnectedPhrase() { return phrase(QT_TRANSLATE_NOOP("mannam::BigScreenWindow", "Most connected")); }
Phrase noBingoPhrase() { return phrase(QT_TRANSLATE_NOOP("mannam::BigScreenWindow", "No bingo yet")); }
Phrase noMeetingsPhrase() { return phrase(QT_TRANSLATE_NOOP("mannam::BigScreenWindow", "No meetings yet")); }
Phrase hintPhrase()
{
    return phrase(QT_TRANSLATE_NOOP("mannam::BigScreenWindow", "Just met someone? Scan both your badges at the kiosk."));
}

const QColor StatusColor{0xFF, 0x8A, 0x80};

QLabel *makeLabel(const QString &objectName, const QColor &color)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
    return label;
}

void setPixelSize(QWidget *widget, qreal pixels, QFont::Weight weight = QFont::Normal)
{
    QFont font = widget->font();
    font.setPixelSize(std::max(8, int(std::lround(pixels))));
    font.setWeight(weight);
    widget->setFont(font);
}

QString clockTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(u"HH:mm"_s);
}

} // namespace

BigScreenWindow::BigScreenWindow(EventFile &event, QWidget *parent)
    : QWidget(parent, Qt::Window), m_event(event), m_pollTimer(new QTimer(this))
{
    setObjectName(u"bigScreenWindow"_s);
    setFocusPolicy(Qt::StrongFocus); // Esc reaches the window: nothing inside takes focus
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, bigscreen::Background);
    palette.setColor(QPalette::WindowText, bigscreen::Text);
    setPalette(palette);
    // Hangul and Latin from one family where it is installed (Linux, Windows, macOS).
    QFont font = this->font();
    font.setFamilies({u"Noto Sans CJK KR"_s, u"Noto Sans KR"_s, u"Malgun Gothic"_s, u"Apple SD Gothic Neo"_s,
                      font.family()});
    setFont(font);
    resize(1280, 720);

    m_korean = Translations::korean();
    buildLayout();
    retranslate();

    m_pollTimer->setInterval(PollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &BigScreenWindow::tick);
    // A shared event's server announces every commit (a kiosk anywhere): read
    // then, once per burst of notifications.
    if (ChangeListener *listener = m_event.database().changeListener()) {
        m_liveRefresh = new QTimer(this);
        m_liveRefresh->setSingleShot(true);
        m_liveRefresh->setInterval(0);
        connect(m_liveRefresh, &QTimer::timeout, this, [this] {
            if (isVisible())
                checkForChanges();
        });
        connect(listener, &ChangeListener::changed, m_liveRefresh, qOverload<>(&QTimer::start));
    }
    refresh();
    updateClock();
}

BigScreenWindow::~BigScreenWindow() = default;

void BigScreenWindow::buildLayout()
{
    m_eventNameLabel = makeLabel(u"eventNameLabel"_s, bigscreen::Text);
    m_eventNameLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_titleLabel = headingLabel(u"titleLabel"_s, titlePhrase(), bigscreen::Accent);
    m_clockLabel = makeLabel(u"clockLabel"_s, bigscreen::TextSecondary);
    m_clockLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_eventNameLabel);
    titles->addWidget(m_titleLabel);
    auto *header = new QHBoxLayout;
    header->addLayout(titles, 1);
    header->addWidget(m_clockLabel, 0, Qt::AlignRight | Qt::AlignVCenter);

    // A panel: a heading over (or beside) one big widget.
    const auto panel = [this](QLabel *heading, QWidget *body, Qt::Orientation orientation = Qt::Vertical) {
        // The body's own size hint does not count: the stretch factors share the screen.
        body->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
        auto *frame = new BigScreenPanel;
        QBoxLayout *layout = orientation == Qt::Vertical ? static_cast<QBoxLayout *>(new QVBoxLayout(frame))
                                                         : new QHBoxLayout(frame);
        layout->addWidget(heading);
        layout->addWidget(body, 1);
        m_panels << frame;
        return frame;
    };

    m_meetingsHeadingLabel = headingLabel(u"meetingsHeadingLabel"_s, meetingsPhrase());
    m_meetingCountLabel = new BigScreenNumberLabel(bigscreen::Accent);
    m_meetingCountLabel->setObjectName(u"meetingCountLabel"_s);
    m_meetingCountLabel->setAlignment(Qt::AlignCenter);
    m_peopleMetHeadingLabel = headingLabel(u"peopleMetHeadingLabel"_s, peopleMetPhrase(), bigscreen::Text, BigScreenHeading::Stacking::Always);
    m_peopleMetLabel = new BigScreenNumberLabel(bigscreen::AccentCool);
    m_peopleMetLabel->setObjectName(u"peopleMetLabel"_s);
    m_bingosHeadingLabel = headingLabel(u"bingosHeadingLabel"_s, bingosPhrase(), bigscreen::Text, BigScreenHeading::Stacking::Always);
    m_winnerCountLabel = new BigScreenNumberLabel(bigscreen::Accent);
    m_winnerCountLabel->setObjectName(u"winnerCountLabel"_s);

    auto *sideStats = new QVBoxLayout;
    sideStats->addWidget(panel(m_peopleMetHeadingLabel, m_peopleMetLabel, Qt::Horizontal), 1);
    sideStats->addWidget(panel(m_bingosHeadingLabel, m_winnerCountLabel, Qt::Horizontal), 1);
    m_peopleMetLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_winnerCountLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *hero = new QHBoxLayout;
    hero->addWidget(panel(m_meetingsHeadingLabel, m_meetingCountLabel), 1);
    hero->addLayout(sideStats, 1);
    m_gapLayouts << sideStats << hero;

    const auto list = [](const QString &objectName) {
        auto *list = new BigScreenList;
        list->setObjectName(objectName);
        list->setMaxRows(BigScreenSnapshot::ListLength);
        return list;
    };
    m_latestBingosHeadingLabel = headingLabel(u"latestBingosHeadingLabel"_s, latestBingosPhrase());
    m_latestBingosList = list(u"latestBingosList"_s);
    m_firstWinnersHeadingLabel = headingLabel(u"firstWinnersHeadingLabel"_s, firstWinnersPhrase());
    m_firstWinnersList = list(u"firstWinnersList"_s);
    m_mostConnectedHeadingLabel = headingLabel(u"mostConnectedHeadingLabel"_s, mostConnectedPhrase());
    m_mostConnectedList = list(u"mostConnectedList"_s);
    m_mostConnectedList->setDetailColor(bigscreen::AccentCool);

    // The three list headings stack together, so the rows of the lists line up.
    const QList<BigScreenHeading *> listHeadings = {m_latestBingosHeadingLabel, m_firstWinnersHeadingLabel,
                                                    m_mostConnectedHeadingLabel};
    for (BigScreenHeading *heading : listHeadings) {
        connect(heading, &BigScreenHeading::needsStackingChanged, this, [listHeadings] {
            const bool any = std::any_of(listHeadings.begin(), listHeadings.end(),
                                         [](const BigScreenHeading *h) { return h->needsStacking(); });
            for (BigScreenHeading *h : listHeadings)
                h->setForceStacked(any);
        });
    }

    auto *lists = new QHBoxLayout;
    lists->addWidget(panel(m_latestBingosHeadingLabel, m_latestBingosList), 1);
    lists->addWidget(panel(m_firstWinnersHeadingLabel, m_firstWinnersList), 1);
    lists->addWidget(panel(m_mostConnectedHeadingLabel, m_mostConnectedList), 1);
    m_gapLayouts << lists;

    m_hintLabel = headingLabel(u"hintLabel"_s, hintPhrase(), bigscreen::TextSecondary);
    m_statusLabel = makeLabel(u"statusLabel"_s, StatusColor);
    m_statusLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_statusLabel->hide();
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_hintLabel, 1);
    footer->addWidget(m_statusLabel);

    auto *root = new QVBoxLayout(this);
    root->addLayout(header);
    root->addLayout(hero, 8);
    root->addLayout(lists, 13);
    root->addLayout(footer);
}

bool BigScreenWindow::loadKoreanTranslation(const QString &qmPath)
{
    m_korean = m_loaded.load(qmPath) ? &m_loaded : nullptr;
    retranslate();
    return m_korean != nullptr;
}

BigScreenHeading *BigScreenWindow::headingLabel(const QString &objectName, const Phrase &phrase, const QColor &color,
                                              BigScreenHeading::Stacking stacking)
{
    auto *label = new BigScreenHeading(color, stacking);
    label->setObjectName(objectName);
    m_headings.append({label, phrase});
    return label;
}

QString BigScreenWindow::korean(const Phrase &phrase) const
{
    return m_korean ? phrase.translatedWith(m_korean) : QString();
}

QString BigScreenWindow::twoLines(const Phrase &phrase) const
{
    const QString english = phrase.english();
    const QString inKorean = korean(phrase);
    return inKorean.isEmpty() || inKorean == english ? english : inKorean + u'\n' + english;
}

void BigScreenWindow::retranslate()
{
    for (const auto &[label, phrase] : std::as_const(m_headings))
        label->setTexts(korean(phrase), phrase.english());
    m_latestBingosList->setPlaceholder(twoLines(noBingoPhrase()));
    m_firstWinnersList->setPlaceholder(twoLines(noBingoPhrase()));
    m_mostConnectedList->setPlaceholder(twoLines(noMeetingsPhrase()));
}

void BigScreenWindow::applyScale()
{
    // Everything in proportion to a 1920×1080 design, whatever the projector.
    // A 4:3 projector keeps somewhat larger text than its width alone would give.
    const qreal s = std::max(0.3, std::min(width() * 1.2 / 1920.0, height() / 1080.0));
    const auto px = [s](qreal designPixels) { return int(std::lround(designPixels * s)); };

    setPixelSize(m_eventNameLabel, 50 * s, QFont::Bold);
    setPixelSize(m_titleLabel, 30 * s, QFont::DemiBold);
    setPixelSize(m_clockLabel, 56 * s, QFont::DemiBold);
    for (QLabel *label : {m_meetingsHeadingLabel, m_peopleMetHeadingLabel, m_bingosHeadingLabel,
                          m_latestBingosHeadingLabel, m_firstWinnersHeadingLabel, m_mostConnectedHeadingLabel})
        setPixelSize(label, 32 * s, QFont::DemiBold);
    setPixelSize(m_hintLabel, 28 * s);
    setPixelSize(m_statusLabel, 24 * s, QFont::DemiBold);

    layout()->setContentsMargins(px(44), px(32), px(44), px(28));
    layout()->setSpacing(px(24));
    for (QWidget *panel : std::as_const(m_panels)) {
        static_cast<BigScreenPanel *>(panel)->setRadius(px(24));
        // Side tiles (heading beside the number) spend less height on padding.
        const int vertical = qobject_cast<QHBoxLayout *>(panel->layout()) ? px(14) : px(24);
        panel->layout()->setContentsMargins(px(32), vertical, px(32), vertical);
        panel->layout()->setSpacing(px(12));
    }
    for (QBoxLayout *gaps : std::as_const(m_gapLayouts))
        gaps->setSpacing(px(24));
}

void BigScreenWindow::refresh()
{
    QElapsedTimer timer;
    timer.start();
    try {
        // The version first: a commit landing while we read shows up at the next tick.
        m_dataVersion = m_event.database().dataVersion();
        display(BigScreenSnapshot::read(m_event.store()));
        m_statusLabel->hide();
        m_readFailed = false;
    } catch (const StorageError &error) {
        m_readFailed = true;
        qWarning("Big screen: %s", qPrintable(error.detail().isEmpty() ? error.message() : error.detail()));
        m_statusLabel->setText(tr("Cannot read the event file: %1").arg(error.message()));
        m_statusLabel->show();
    }
    m_lastRefreshNs = timer.nsecsElapsed();
}

// Once a second: the clock, and an event file's data version. A shared
// event's changes are announced instead; only a failed read is tried again.
void BigScreenWindow::tick()
{
    updateClock();
    if (!m_liveRefresh)
        checkForChanges();
    else if (m_readFailed)
        refresh();
}

void BigScreenWindow::checkForChanges()
{
    try {
        if (m_event.database().dataVersion() == m_dataVersion)
            return;
    } catch (const StorageError &) {
        // refresh() reports it
    }
    refresh();
}

void BigScreenWindow::updateClock()
{
    m_clockLabel->setText(clockTime(Clock::system().nowUtc()));
}

QString BigScreenWindow::displayName(const QString &name) const
{
    return m_snapshot.firstNamesOnly ? shortName(name) : name.simplified();
}

void BigScreenWindow::display(const BigScreenSnapshot &snapshot)
{
    m_snapshot = snapshot;
    const QLocale locale;
    m_eventNameLabel->setText(snapshot.eventName);
    setWindowTitle(tr("%1 — Big Screen").arg(snapshot.eventName));
    m_meetingCountLabel->setText(locale.toString(snapshot.meetings));
    m_peopleMetLabel->setText(locale.toString(snapshot.peopleWhoMet));
    m_peopleMetLabel->setSuffix(u" / "_s + locale.toString(snapshot.checkedIn));
    m_winnerCountLabel->setText(locale.toString(snapshot.winners));

    QList<BigScreenList::Row> latest;
    for (const BingoWinner &winner : snapshot.latestWinners)
        latest << BigScreenList::Row{winner.attendeeId, 0, displayName(winner.name), clockTime(winner.wonAt)};
    m_latestBingosList->setRows(latest);

    QList<BigScreenList::Row> first;
    for (const BingoWinner &winner : snapshot.firstWinners)
        first << BigScreenList::Row{winner.attendeeId, winner.rank, displayName(winner.name), clockTime(winner.wonAt)};
    m_firstWinnersList->setRows(first);

    // Equal counts share a rank (1, 2, 2, 4); the bar is the share of the leader.
    QList<BigScreenList::Row> connected;
    const int leader = snapshot.mostConnected.isEmpty() ? 1 : std::max(1, snapshot.mostConnected.first().peopleMet);
    for (qsizetype i = 0; i < snapshot.mostConnected.size(); ++i) {
        const ConnectedAttendee &person = snapshot.mostConnected.at(i);
        const int rank = i > 0 && person.peopleMet == snapshot.mostConnected.at(i - 1).peopleMet
                ? connected.last().rank
                : int(i) + 1;
        connected << BigScreenList::Row{person.attendeeId, rank, displayName(person.name),
                                        locale.toString(person.peopleMet), qreal(person.peopleMet) / leader};
    }
    m_mostConnectedList->setRows(connected);

    // A bingo that arrived since the last look glows; the first look shows what is there quietly.
    for (const BingoWinner &winner : snapshot.latestWinners) {
        if (m_winnersSeen.contains(winner.attendeeId))
            continue;
        m_winnersSeen.insert(winner.attendeeId);
        if (m_hasShownData) {
            m_latestBingosList->highlight(winner.attendeeId);
            if (winner.rank <= BigScreenSnapshot::ListLength)
                m_firstWinnersList->highlight(winner.attendeeId);
        }
    }
    m_hasShownData = true;
}

QScreen *BigScreenWindow::projectorScreen()
{
    QScreen *primary = QGuiApplication::primaryScreen();
    const QList<QScreen *> screens = QGuiApplication::screens();
    const auto other = std::find_if(screens.begin(), screens.end(), [primary](QScreen *s) { return s != primary; });
    return other != screens.end() ? *other : primary;
}

void BigScreenWindow::showOnScreen(QScreen *screen)
{
    if (!screen)
        screen = projectorScreen();
    if (isFullScreen())
        showNormal();
    if (screen) {
        setScreen(screen);
        setGeometry(screen->availableGeometry());
    }
    showFullScreen();
    raise();
    activateWindow();
}

void BigScreenWindow::leaveFullScreenOrClose()
{
    if (isFullScreen())
        showNormal();
    else
        close();
}

void BigScreenWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        leaveFullScreenOrClose();
        return;
    case Qt::Key_F11:
        isFullScreen() ? showNormal() : showFullScreen();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void BigScreenWindow::mouseDoubleClickEvent(QMouseEvent *)
{
    // Out of full screen, and back in: the organizer's quick toggle without a menu.
    isFullScreen() ? showNormal() : showFullScreen();
}

void BigScreenWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void BigScreenWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateClock();
    checkForChanges(); // whatever happened while hidden
    m_pollTimer->start();
}

void BigScreenWindow::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_pollTimer->stop();
}

void BigScreenWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        setCursor(isFullScreen() ? Qt::BlankCursor : Qt::ArrowCursor); // no arrow on the projector
}

} // namespace mannam
