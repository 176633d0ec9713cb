#include "DeskWindow.h"

#include "BadgePrinter.h"
#include "CameraPreview.h"
#include "FeedbackSounds.h"
#include "RecentScansTable.h"
#include "ResultPanel.h"
#include "WalkInDialog.h"
#include "bingo/BingoService.h"
#include "common/AppSettings.h"
#include "desk/DeskSession.h"
#include "kiosk/KeywordPicker.h"
#include "scanning/CameraSource.h"
#include "scanning/FrameDecoder.h"
#include "scanning/VideoFileSource.h"
#include "scanning/WedgeScanner.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPrinter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "storage/ChangeListener.h"
#include "sync/OfflineReplay.h"
#include <QVideoSink>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {
constexpr int RecentRows = 30;
constexpr int RefreshMs = 2000;

QLabel *boldLabel(const QString &objectName, qreal scale = 1.3)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // the desk name is typed by people
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

DeskWindow::DeskWindow(EventFile &event, const QString &deskName, QWidget *parent)
    : QWidget(parent),
      m_event(event),
      m_session(std::make_unique<DeskSession>(event, deskName)),
      m_sounds(new FeedbackSounds(this)),
      m_videoSink(new QVideoSink(this)),
      m_decoder(new FrameDecoder(this)),
      m_wedge(new WedgeScanner(this)),
      m_refreshTimer(new QTimer(this))
{
    setObjectName(u"deskWindow"_s);
    askForWalkIn = [this]() -> std::optional<Attendee> {
        WalkInDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.attendee();
    };
    askForKeywords = [this](const Attendee &attendee, const QList<BingoKeyword> &pool) -> std::optional<QStringList> {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Bingo keywords of %1").arg(attendee.name));
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(tr("Now: %1. Choose up to %2:")
                                             .arg(attendee.keywords.isEmpty() ? tr("none") : attendee.keywords.join(u", "_s))
                                             .arg(Attendee::MaxKeywords)));
        auto *picker = new KeywordPicker;
        picker->setKeywords(pool, Attendee::MaxKeywords);
        layout->addWidget(picker);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        QStringList labels;
        for (const qint64 id : picker->chosen()) {
            const auto keyword = std::find_if(pool.cbegin(), pool.cend(), [id](const BingoKeyword &k) { return k.id == id; });
            if (keyword != pool.cend())
                labels << keyword->storedLabel();
        }
        return labels;
    };
    m_badgePrinter = std::make_unique<BadgePrinter>(event.store(), deskName);
    printBadge = [this](const Attendee &attendee, QString *error) {
        const std::unique_ptr<QPrinter> printer = BadgePrinter::choosePrinter(this);
        if (!printer) {
            *error = tr("No printer chosen.");
            return false;
        }
        return m_badgePrinter->print(attendee, *printer, error);
    };
    buildLayout();

    // Camera frames: the decoder works off the GUI thread; the preview shows them.
    m_decoder->attach(m_videoSink);
    m_preview->attach(m_videoSink);
    connect(m_decoder, &FrameDecoder::codeFound, this, [this](const QString &code, qint64 arrivalNs) {
        m_session->submitCode(code, DeskSession::Source::Camera, arrivalNs);
    });
    // USB scanners type the code: an application-wide filter catches the burst.
    // The desk is not a scan target (IME off): staff type Korean names in the
    // search box; jamo that a scanner produces through the IME are mapped back.
    qApp->installEventFilter(m_wedge);
    connect(m_wedge, &WedgeScanner::codeScanned, this,
            [this](const QString &code) { m_session->submitCode(code, DeskSession::Source::Scanner); });
    connect(m_wedge, &WedgeScanner::readinessChanged, this,
            [this](bool ready, const QString &text) { showStatus(text, !ready); });
    showStatus(m_wedge->readinessText(), !m_wedge->isReady());

    connect(m_session.get(), &DeskSession::outcomeReady, this, &DeskWindow::showOutcome);
    connect(m_session.get(), &DeskSession::storageFailed, this, [this](const QString &message) {
        m_resultPanel->showNotSaved(message);
        m_sounds->play(CheckInRules::Signal::Red);
    });

    connect(m_session.get(), &DeskSession::onlineChanged, this, [this] { m_refreshTimer->start(0); });
    connect(m_session.get(), &DeskSession::replayFinished, this, &DeskWindow::showReplay);
    // Another desk's scan on a shared event: counters and list at once, not at the next tick.
    if (ChangeListener *listener = event.database().changeListener())
        connect(listener, &ChangeListener::changed, this, [this] { m_refreshTimer->start(0); });

    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        refresh();
        m_refreshTimer->start(RefreshMs); // back to the slow pace after an immediate refresh
    });
    m_refreshTimer->start(RefreshMs);
    refresh();
}

DeskWindow::~DeskWindow()
{
    qApp->removeEventFilter(m_wedge);
}

void DeskWindow::buildLayout()
{
    // Top bar: desk, mode, counters, mute.
    m_deskLabel = boldLabel(u"deskNameLabel"_s);
    m_deskLabel->setText(m_session->deskName());
    auto *entryButton = new QPushButton(tr("Entry"));
    entryButton->setObjectName(u"entryModeButton"_s);
    auto *exitButton = new QPushButton(tr("Exit"));
    exitButton->setObjectName(u"exitModeButton"_s);
    m_modeGroup = new QButtonGroup(this);
    for (QPushButton *button : {entryButton, exitButton}) {
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        m_modeGroup->addButton(button);
    }
    entryButton->setChecked(true);
    connect(exitButton, &QPushButton::toggled, this, [this](bool exitMode) {
        m_session->setMode(exitMode ? ScanAction::Exit : ScanAction::Entry);
    });
    m_checkedInLabel = boldLabel(u"checkedInCountLabel"_s);
    m_insideLabel = boldLabel(u"insideCountLabel"_s);
    m_muteButton = new QPushButton;
    m_muteButton->setObjectName(u"muteButton"_s);
    m_muteButton->setCheckable(true);
    m_muteButton->setFocusPolicy(Qt::NoFocus);
    m_muteButton->setChecked(m_sounds->isMuted());
    const auto labelMute = [this] { m_muteButton->setText(m_sounds->isMuted() ? tr("Sound off") : tr("Sound on")); };
    labelMute();
    connect(m_muteButton, &QPushButton::toggled, this, [this, labelMute](bool muted) {
        m_sounds->setMuted(muted);
        labelMute();
    });
    auto *topBar = new QHBoxLayout;
    topBar->addWidget(m_deskLabel);
    topBar->addSpacing(16);
    topBar->addWidget(entryButton);
    topBar->addWidget(exitButton);
    topBar->addStretch();
    topBar->addWidget(m_checkedInLabel);
    topBar->addSpacing(24);
    topBar->addWidget(m_insideLabel);
    topBar->addSpacing(24);
    topBar->addWidget(m_muteButton);

    m_preview = new CameraPreview;
    m_resultPanel = new ResultPanel;

    // Search: type, arrows, Enter.
    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(u"searchLineEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Search name (ㅎㄱㄷ works), last 4 phone digits, email, or type a code"));
    m_searchEdit->setClearButtonEnabled(true);
    QFont searchFont = m_searchEdit->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.3);
    m_searchEdit->setFont(searchFont);
    m_searchEdit->installEventFilter(this);
    m_searchResults = new QListWidget;
    m_searchResults->setObjectName(u"searchResultsList"_s);
    m_searchResults->setFocusPolicy(Qt::NoFocus);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &DeskWindow::updateSearchResults);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &DeskWindow::pickSearchResult);
    connect(m_searchResults, &QListWidget::itemActivated, this, &DeskWindow::pickSearchResult);

    m_walkInButton = new QPushButton(tr("Walk-in…"));
    m_walkInButton->setObjectName(u"walkInButton"_s);
    connect(m_walkInButton, &QPushButton::clicked, this, &DeskWindow::addWalkIn);
    m_badgeButton = new QPushButton(tr("Print badge"));
    m_badgeButton->setObjectName(u"printBadgeButton"_s);
    m_badgeButton->setToolTip(tr("Prints the badge of the person selected in the recent scans, or of the last person scanned."));
    m_badgeButton->setFocusPolicy(Qt::NoFocus);
    connect(m_badgeButton, &QPushButton::clicked, this, &DeskWindow::printBadgeOnDemand);
    m_keywordsButton = new QPushButton(tr("Bingo keywords…"));
    m_keywordsButton->setObjectName(u"bingoKeywordsButton"_s);
    m_keywordsButton->setToolTip(tr("Sets the bingo keywords of the person selected in the recent scans, or of the last person scanned."));
    m_keywordsButton->setFocusPolicy(Qt::NoFocus);
    connect(m_keywordsButton, &QPushButton::clicked, this, &DeskWindow::editKeywords);
    m_badgeOnCheckIn = new QCheckBox(tr("Print badge on check-in"));
    m_badgeOnCheckIn->setObjectName(u"badgeOnCheckInCheckBox"_s);
    m_badgeOnCheckIn->setFocusPolicy(Qt::NoFocus);
    m_badgeOnCheckIn->setChecked(AppSettings::value(AppSettings::Key::PrintBadgeOnCheckIn).toBool());
    connect(m_badgeOnCheckIn, &QCheckBox::toggled, this,
            [](bool on) { AppSettings::setValue(AppSettings::Key::PrintBadgeOnCheckIn, on); });

    // Recent scans with undo.
    m_recentScans = new RecentScansTable;
    m_undoButton = new QPushButton(tr("Undo selected"));
    m_undoButton->setObjectName(u"undoButton"_s);
    m_undoButton->setFocusPolicy(Qt::NoFocus);
    connect(m_undoButton, &QPushButton::clicked, this, &DeskWindow::undoSelected);

    m_scannerStatusLabel = new QLabel;
    m_scannerStatusLabel->setTextFormat(Qt::PlainText); // it names people ("Badge printed for …")
    m_scannerStatusLabel->setObjectName(u"scannerStatusLabel"_s);
    m_cameraStatusLabel = new QLabel;
    m_cameraStatusLabel->setObjectName(u"cameraStatusLabel"_s);

    auto *left = new QVBoxLayout;
    left->addWidget(m_preview, 3);
    left->addWidget(m_searchEdit);
    left->addWidget(m_searchResults, 2);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_walkInButton);
    leftButtons->addStretch();
    leftButtons->addWidget(m_badgeOnCheckIn);
    leftButtons->addWidget(m_badgeButton);
    leftButtons->addWidget(m_keywordsButton);
    left->addLayout(leftButtons);

    auto *right = new QVBoxLayout;
    right->addWidget(m_resultPanel, 3);
    right->addWidget(m_recentScans, 2);
    auto *rightButtons = new QHBoxLayout;
    rightButtons->addStretch();
    rightButtons->addWidget(m_undoButton);
    right->addLayout(rightButtons);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *status = new QHBoxLayout;
    status->addWidget(m_scannerStatusLabel);
    status->addStretch();
    status->addWidget(m_cameraStatusLabel);

    // A shared event's server out of reach: said plainly across the top.
    m_connectionBanner = new QLabel;
    m_connectionBanner->setObjectName(u"connectionBanner"_s);
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->setStyleSheet(u"background: #ef6c00; color: white; font-weight: bold; padding: 8px;"_s);
    m_connectionBanner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_connectionBanner);
    layout->addLayout(topBar);
    layout->addLayout(columns, 1);
    layout->addLayout(status);
    m_searchEdit->setFocus();
}

void DeskWindow::startCamera()
{
    m_video.reset();
    m_camera = std::make_unique<CameraSource>();
    connect(m_camera.get(), &CameraSource::errorOccurred, this, [this](const QString &message) {
        m_preview->setMessage(message);
        m_cameraStatusLabel->setText(message);
    });
    m_camera->setVideoSink(m_videoSink);
    const CameraChoice choice = m_camera->startRemembered();
    if (!choice.isValid())
        return; // errorOccurred said why
    m_cameraStatusLabel->setText(tr("Camera: %1, %2×%3")
                                         .arg(choice.description)
                                         .arg(choice.resolution.width())
                                         .arg(choice.resolution.height()));
}

void DeskWindow::startVideo(const QString &path, bool loop)
{
    m_camera.reset();
    m_video = std::make_unique<VideoFileSource>();
    connect(m_video.get(), &VideoFileSource::errorOccurred, this, [this](const QString &message) {
        m_preview->setMessage(message);
        m_cameraStatusLabel->setText(message);
    });
    m_video->setVideoSink(m_videoSink);
    m_video->setLooping(loop);
    if (m_video->start(path))
        m_cameraStatusLabel->setText(tr("Video: %1").arg(path));
}

void DeskWindow::showOutcome(const CheckInOutcome &outcome, qint64 arrivalNs)
{
    m_resultPanel->showOutcome(outcome);
    if (arrivalNs > 0) {
        // Paint now rather than at the next turn of the event loop: the answer
        // is what the queue is waiting for.
        m_resultPanel->repaint();
        m_lastFeedbackLatencyNs = FrameDecoder::monotonicNowNs() - arrivalNs;
        emit feedbackShown(m_lastFeedbackLatencyNs);
    }
    m_sounds->play(outcome.signal());
    if (outcome.attendee)
        m_lastAttendee = outcome.attendee;
    // The first admission prints the badge; a re-entry or a yellow never does.
    if (outcome.result == ScanResult::Admitted && outcome.attendee && m_badgeOnCheckIn->isChecked()) {
        QString error;
        if (!printBadge(*outcome.attendee, &error))
            showStatus(tr("Badge not printed: %1").arg(error), true);
    }
    // Counters and the list follow in a later turn of the event loop, so the
    // answer is painted first and no single turn holds the GUI thread long.
    m_refreshTimer->start(0);
}

void DeskWindow::refresh()
{
    try {
        const EventStats stats = m_session->stats();
        m_checkedInLabel->setText(tr("Checked in %1 / %2").arg(QLocale().toString(stats.checkedIn),
                                                                QLocale().toString(stats.registered)));
        m_insideLabel->setText(tr("Inside now %1").arg(QLocale().toString(stats.inside)));
        m_recentScans->showEntries(m_session->recentLog(RecentRows));
        m_connectionBanner->setVisible(!m_session->isOnline());
        if (!m_session->isOnline())
            m_connectionBanner->setText(
                    tr("The server cannot be reached: this desk works on its own copy of the event and keeps "
                       "admitting. %n scan(s) will be sent when the server is back.",
                       nullptr, m_session->pendingScans()));
    } catch (const StorageError &error) {
        showStatus(error.message(), true);
    }
}

bool DeskWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Up/Down in the search box move through the results, so picking needs no mouse.
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int count = m_searchResults->count();
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && count > 0) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = std::clamp(m_searchResults->currentRow() + step, 0, count - 1);
            m_searchResults->setCurrentRow(row);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_searchEdit->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DeskWindow::updateSearchResults(const QString &text)
{
    m_searchResults->clear();
    const QList<Attendee> found = m_session->search().find(text);
    for (const Attendee &a : found) {
        QStringList parts{a.name};
        if (!a.affiliation.isEmpty())
            parts << a.affiliation;
        if (a.phone.size() >= 4)
            parts << u"…"_s + a.phone.right(4);
        if (a.status == AttendeeStatus::Cancelled)
            parts << tr("(cancelled)");
        auto *item = new QListWidgetItem(parts.join(u"   ·   "_s), m_searchResults);
        item->setData(Qt::UserRole, a.id);
    }
    if (m_searchResults->count() > 0)
        m_searchResults->setCurrentRow(0);
}

void DeskWindow::pickSearchResult()
{
    const QString typed = m_searchEdit->text().trimmed();
    if (QListWidgetItem *item = m_searchResults->currentItem()) {
        m_session->checkInAttendee(item->data(Qt::UserRole).toLongLong());
    } else if (!typed.isEmpty()) {
        // Nobody matched: take what was typed as a code (a ticket read aloud).
        m_session->submitCode(typed, DeskSession::Source::Keyboard);
    } else {
        return;
    }
    m_searchEdit->clear();
}

void DeskWindow::undoSelected()
{
    const qint64 attendeeId = m_recentScans->selectedAttendeeId();
    if (attendeeId == 0) {
        showStatus(tr("Select a check-in of a person in the list to undo it."), true);
        return;
    }
    m_session->undoLast(attendeeId);
}

void DeskWindow::addWalkIn()
{
    if (const std::optional<Attendee> walkIn = askForWalkIn())
        m_session->admitWalkIn(*walkIn);
    m_searchEdit->setFocus();
}

std::optional<Attendee> DeskWindow::personInFocus()
{
    if (const qint64 selected = m_recentScans->selectedAttendeeId())
        return m_session->currentStore().attendee(selected);
    return m_lastAttendee;
}

void DeskWindow::editKeywords()
{
    const std::optional<Attendee> attendee = personInFocus();
    if (!attendee) {
        showStatus(tr("Scan somebody or select them in the recent scans to set their bingo keywords."), true);
        return;
    }
    try {
        BingoService bingo(m_session->currentStore());
        const QList<BingoKeyword> pool = bingo.keywordPool();
        if (pool.isEmpty()) {
            showStatus(tr("The bingo has no keyword pool yet."), true);
            return;
        }
        const std::optional<QStringList> chosen = askForKeywords(*attendee, pool);
        if (!chosen)
            return;
        bingo.setKeywords(attendee->id, *chosen);
        showStatus(tr("Bingo keywords of %1: %2").arg(attendee->name, chosen->join(u", "_s)), false);
    } catch (const StorageError &error) {
        showStatus(tr("Keywords not saved: %1").arg(error.message()), true);
    }
}

void DeskWindow::printBadgeOnDemand()
{
    const std::optional<Attendee> attendee = personInFocus();
    if (!attendee) {
        showStatus(tr("Scan somebody or select them in the recent scans to print their badge."), true);
        return;
    }
    QString error;
    if (printBadge(*attendee, &error))
        showStatus(tr("Badge printed for %1.").arg(attendee->name), false);
    else
        showStatus(tr("Badge not printed: %1").arg(error), true);
}

void DeskWindow::showReplay(const ReplayReport &report)
{
    if (report.conflicts.isEmpty()) {
        showStatus(tr("Back online: %n scan(s) made offline sent to the server.", nullptr, report.replayed), false);
        return;
    }
    QStringList names;
    for (const SyncConflict &conflict : report.conflicts)
        names << conflict.attendeeName;
    showStatus(tr("Back online: %n scan(s) sent. Admitted at another desk meanwhile (kept as conflicts for the "
                  "organizer): %1",
                  nullptr, report.replayed)
                       .arg(names.join(u", "_s)),
               true);
}

void DeskWindow::showStatus(const QString &text, bool warning)
{
    m_scannerStatusLabel->setText(text);
    m_scannerStatusLabel->setStyleSheet(warning ? u"color: #c62828; font-weight: bold;"_s : QString());
}

} // namespace mannam
