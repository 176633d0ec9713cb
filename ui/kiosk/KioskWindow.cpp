#include "KioskWindow.h"

#include "KioskPhraseLabel.h"
#include "BingoCardView.h"
#include "CelebrationOverlay.h"
#include "CountdownBar.h"
#include "KeywordPicker.h"
#include "KioskLanguage.h"
#include "KioskStyle.h"
#include "PinPad.h"
#include "PlayerPanel.h"
#include "desk/CameraPreview.h"
#include "desk/FeedbackSounds.h"
#include "scanning/CameraSource.h"
#include "scanning/FrameDecoder.h"
#include "scanning/VideoFileSource.h"
#include "scanning/WedgeScanner.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QVideoSink>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

constexpr int HintMs = 5000;

using KioskStyle::css;

// Why a scan did not count, as a headline; the service's `why` says the rest.
Phrase refusalHeadline(BingoResult result)
{
    switch (result) {
    case BingoResult::SamePerson:
        return kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Same person twice"));
    case BingoResult::AlreadyMet:
        return kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "You two have already met"));
    case BingoResult::NotCheckedIn:
        return kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Please check in at the door first"));
    case BingoResult::Cancelled:
        return kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Registration cancelled"));
    case BingoResult::UnknownCode:
        return kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Unknown badge"));
    case BingoResult::InvalidCode:
        return kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "The badge was not read correctly"));
    case BingoResult::OtherEvent:
        return kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Badge of another event"));
    case BingoResult::KioskClosed:
        return kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "The bingo is closed now"));
    case BingoResult::NotSetUp:
        return kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "The bingo is not ready yet"));
    default:
        return kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "This scan does not count"));
    }
}

// Friendly amber for "you already did this", red for everything that needs help.
bool isGentle(BingoResult result)
{
    return result == BingoResult::AlreadyMet || result == BingoResult::SamePerson
            || result == BingoResult::InvalidCode;
}

QLabel *plainLabel(const QString &objectName, int px, QFont::Weight weight)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    KioskStyle::setFontPx(label, px, weight);
    return label;
}

QFrame *hintPill(const QString &objectName, KioskPhraseLabel *label)
{
    auto *frame = new QFrame;
    frame->setObjectName(objectName);
    frame->setStyleSheet(u"#%1 { background: %2; border-radius: 14px; } #%1 QLabel { color: %3; }"_s.arg(
            objectName, css(QColor(0xff, 0xec, 0xb3)), css(QColor(0x5d, 0x40, 0x37))));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(20, 10, 20, 10);
    layout->addWidget(label);
    frame->hide();
    return frame;
}

} // namespace

KioskWindow::KioskWindow(EventFile &event, const QString &kioskName, QWidget *parent, const Clock &clock)
    : QWidget(parent),
      m_event(event),
      m_session(std::make_unique<KioskSession>(event, kioskName, clock)),
      m_language(new KioskLanguage(this)),
      m_sounds(new FeedbackSounds(this)),
      m_videoSink(new QVideoSink(this)),
      m_decoder(new FrameDecoder(this)),
      m_wedge(new WedgeScanner(this))
{
    setObjectName(u"kioskWindow"_s);
    setWindowTitle(tr("Networking Bingo Kiosk"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, KioskStyle::Background);
    palette.setColor(QPalette::WindowText, KioskStyle::Ink);
    setPalette(palette);
    // Nothing for attendees to open: no context menu anywhere.
    setContextMenuPolicy(Qt::PreventContextMenu);
    setMinimumSize(1024, 600);

    m_preview = new CameraPreview;
    m_preview->hide(); // until a camera or a video is started: a scanner-only kiosk has none
    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"kioskPages"_s);
    m_idlePage = buildIdlePage();
    m_secondPage = buildSecondPage();
    m_keywordsPage = buildKeywordsPage();
    m_meetingPage = buildMeetingPage();
    m_refusalPage = buildRefusalPage();
    m_notSavedPage = buildNotSavedPage();
    for (QWidget *page : {m_idlePage, m_secondPage, m_keywordsPage, m_meetingPage, m_refusalPage, m_notSavedPage})
        m_pages->addWidget(page);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(28, 18, 28, 10);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    layout->addLayout(body, 1);
    layout->addWidget(buildFooter());

    m_pinPad = new PinPad(*m_language, this);
    m_pinPad->setLockRemaining([this] { return m_session->pinLockRemainingMs(); });
    connect(m_pinPad, &PinPad::pinEntered, m_session.get(), &KioskSession::submitPin);

    // The scanner types into whatever has the focus: keep it here, never on a
    // button (a click anywhere leaves the focus on the window).
    setFocusPolicy(Qt::StrongFocus);
    const QList<QWidget *> children = findChildren<QWidget *>();
    for (QWidget *child : children)
        child->setFocusPolicy(Qt::NoFocus);

    // Camera frames: decoded off the GUI thread, shown in the preview.
    m_decoder->attach(m_videoSink);
    m_preview->attach(m_videoSink);
    connect(m_decoder, &FrameDecoder::codeFound, this, [this](const QString &code, qint64 arrivalNs) {
        m_session->submitCode(code, KioskSession::Source::Camera, arrivalNs);
    });
    // USB scanners: an application-wide filter catches the burst; the kiosk is
    // a scan target, so the input method is off and the scanner types Latin keys.
    qApp->installEventFilter(m_wedge);
    m_wedge->addScanTarget(this);
    connect(m_wedge, &WedgeScanner::codeScanned, this, [this](const QString &code) {
        m_session->submitCode(code, KioskSession::Source::Scanner, FrameDecoder::monotonicNowNs());
    });
    connect(m_wedge, &WedgeScanner::readinessChanged, this, [this](bool ready, const QString &text) {
        // Only a problem is worth the attendees' attention.
        m_scannerStatus->setText(ready ? QString() : text);
    });

    connect(m_session.get(), &KioskSession::stateChanged, this, &KioskWindow::showState);
    connect(m_session.get(), &KioskSession::hintShown, this, &KioskWindow::showHint);
    connect(m_session.get(), &KioskSession::unlocked, this, &KioskWindow::unlock);
    connect(m_session.get(), &KioskSession::pinRefused, this, [this](qint64 lockedForMs) {
        if (!m_pinPad->isOpen())
            openPinPad(); // a wrong PIN QR: say so where the PIN goes
        m_pinPad->showRefused(lockedForMs);
    });
    connect(m_language, &KioskLanguage::changed, this, [this] { showState(m_session->state()); });

    m_hintTimer.setSingleShot(true);
    connect(&m_hintTimer, &QTimer::timeout, this, [this] {
        m_hintFrame->hide();
        m_keywordsHintFrame->hide();
    });
    showState(m_session->state());
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(m_wedge);
}

// ---------------------------------------------------------------------------
// Layout

QWidget *KioskWindow::buildHeader()
{
    auto *header = new QFrame;
    header->setObjectName(u"headerBar"_s);
    header->setStyleSheet(u"#headerBar { background: %1; } #headerBar QLabel { color: white; }"_s.arg(
            css(KioskStyle::Header)));
    auto *title = new KioskPhraseLabel(*m_language, u"titleLabel"_s, 24, 20, QFont::Bold,
                                     KioskPhraseLabel::Arrangement::Inline);
    title->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Networking Bingo")));
    QString eventName;
    try {
        eventName = m_event.store().eventInfo().name;
    } catch (const StorageError &) {
        // The header can do without it; scans report storage problems themselves.
    }
    auto *eventLabel = plainLabel(u"eventNameLabel"_s, 18, QFont::Medium);
    eventLabel->setText(eventName);
    eventLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    eventLabel->setWordWrap(false);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(28, 10, 28, 10);
    layout->addWidget(title);
    layout->addStretch();
    layout->addWidget(eventLabel);
    return header;
}

QWidget *KioskWindow::buildIdlePage()
{
    auto *page = new QWidget;
    page->setObjectName(u"idlePage"_s);
    auto *instruction = new KioskPhraseLabel(*m_language, u"instructionLabel"_s, 64, 44, QFont::Bold);
    instruction->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Scan your badge")));
    auto *subtitle = new KioskPhraseLabel(*m_language, u"idleSubtitleLabel"_s, 24, 21, QFont::Medium);
    subtitle->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP(
            "mannam::KioskWindow", "Just met someone? Scan both of your badges here, one after the other.")));
    subtitle->setStyleSheet(u"QLabel { color: %1; }"_s.arg(css(KioskStyle::MutedInk)));

    auto *steps = new QFrame;
    steps->setObjectName(u"stepsFrame"_s);
    steps->setStyleSheet(u"#stepsFrame { background: %1; border-radius: 20px; border: 1px solid %2; }"
                         "#stepsFrame QLabel { color: %3; }"
                         "#stepsFrame QLabel[step=\"true\"] { background: %4; color: white; border-radius: 22px; }"_s.arg(
                                 css(KioskStyle::Surface), css(KioskStyle::Line), css(KioskStyle::Ink),
                                 css(KioskStyle::Green)));
    auto *stepsLayout = new QGridLayout(steps);
    stepsLayout->setContentsMargins(28, 22, 28, 22);
    stepsLayout->setHorizontalSpacing(20);
    stepsLayout->setVerticalSpacing(16);
    const Phrase stepPhrases[] = {
        kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "One of you scans a badge")),
        kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "The other one scans theirs")),
        kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Both bingo cards fill with each other's keywords")),
    };
    for (int i = 0; i < 3; ++i) {
        auto *number = plainLabel(u"step%1NumberLabel"_s.arg(i + 1), 22, QFont::Bold);
        number->setProperty("step", true);
        number->setFixedSize(44, 44);
        number->setText(QString::number(i + 1));
        auto *text = new KioskPhraseLabel(*m_language, u"step%1Label"_s.arg(i + 1), 22, 18, QFont::DemiBold);
        text->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        text->setPhrase(stepPhrases[i]);
        stepsLayout->addWidget(number, i, 0, Qt::AlignTop);
        stepsLayout->addWidget(text, i, 1);
    }
    stepsLayout->setColumnStretch(1, 1);

    auto *left = new QVBoxLayout;
    left->addStretch(2);
    left->addWidget(instruction);
    left->addSpacing(8);
    left->addWidget(subtitle);
    left->addSpacing(28);
    auto *stepsRow = new QHBoxLayout;
    stepsRow->addStretch(1);
    stepsRow->addWidget(steps, 6);
    stepsRow->addStretch(1);
    left->addLayout(stepsRow);
    left->addStretch(3);

    m_idlePreviewColumn = new QWidget;
    m_idlePreviewColumn->setObjectName(u"idlePreviewColumn"_s);
    m_idlePreviewSlot = new QVBoxLayout(m_idlePreviewColumn);
    m_idlePreviewSlot->setContentsMargins(0, 0, 0, 0);
    m_idlePreviewColumn->hide();

    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(40, 0, 40, 0);
    layout->setSpacing(40);
    layout->addLayout(left, 3);
    layout->addWidget(m_idlePreviewColumn, 2);
    return page;
}

QWidget *KioskWindow::buildSecondPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"secondPage"_s);
    m_waitingPanel = new PlayerPanel(*m_language, u"waiting"_s);
    auto *instruction = new KioskPhraseLabel(*m_language, u"secondInstructionLabel"_s, 46, 34, QFont::Bold);
    instruction->setPhrase(
            kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Now scan the badge of the person you met")));
    m_hintLabel = new KioskPhraseLabel(*m_language, u"hintLabel"_s, 21, 18, QFont::DemiBold);
    m_hintFrame = hintPill(u"hintFrame"_s, m_hintLabel);

    auto *right = new QVBoxLayout;
    right->addStretch(1);
    right->addWidget(instruction);
    right->addSpacing(16);
    right->addWidget(m_hintFrame);
    m_secondPreviewSlot = new QVBoxLayout;
    right->addLayout(m_secondPreviewSlot, 3);
    right->addStretch(1);

    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(36);
    layout->addWidget(m_waitingPanel, 5);
    layout->addLayout(right, 6);
    return page;
}

QWidget *KioskWindow::buildKeywordsPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"keywordsPage"_s);
    m_keywordsTitle = new KioskPhraseLabel(*m_language, u"keywordsTitleLabel"_s, 34, 26, QFont::Bold);
    auto *subtitle = new KioskPhraseLabel(*m_language, u"keywordsSubtitleLabel"_s, 19, 17, QFont::Medium);
    subtitle->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP(
            "mannam::KioskWindow", "Your keywords fill the bingo cards of the people you meet.")));
    subtitle->setStyleSheet(u"QLabel { color: %1; }"_s.arg(css(KioskStyle::MutedInk)));
    m_keywordsHint = new KioskPhraseLabel(*m_language, u"keywordsHintLabel"_s, 19, 17, QFont::DemiBold);
    m_keywordsHintFrame = hintPill(u"keywordsHintFrame"_s, m_keywordsHint);
    m_picker = new KeywordPicker;

    const QString buttonStyle = u"QPushButton { background: %1; color: %2; border: %3; border-radius: 14px;"
                                " padding: 10px 36px; }"
                                "QPushButton:disabled { background: %4; color: %5; }"_s;
    m_keywordsDone = new QPushButton;
    m_keywordsDone->setObjectName(u"keywordsDoneButton"_s);
    m_keywordsDone->setStyleSheet(buttonStyle.arg(css(KioskStyle::Green), u"white"_s, u"none"_s,
                                                  css(KioskStyle::Line), css(KioskStyle::MutedInk)));
    KioskStyle::setFontPx(m_keywordsDone, 24, QFont::Bold);
    m_keywordsCancel = new QPushButton;
    m_keywordsCancel->setObjectName(u"keywordsCancelButton"_s);
    m_keywordsCancel->setStyleSheet(buttonStyle.arg(css(KioskStyle::Surface), css(KioskStyle::Ink),
                                                    u"1px solid "_s + css(KioskStyle::Line), css(KioskStyle::Line),
                                                    css(KioskStyle::MutedInk)));
    KioskStyle::setFontPx(m_keywordsCancel, 20, QFont::Medium);
    connect(m_keywordsDone, &QPushButton::clicked, this, [this] { m_session->chooseKeywords(m_picker->chosen()); });
    connect(m_keywordsCancel, &QPushButton::clicked, m_session.get(), &KioskSession::reset);
    connect(m_picker, &KeywordPicker::chosenChanged, this, [this](int count) {
        m_keywordsDone->setEnabled(count > 0);
        m_session->noteActivity();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_keywordsCancel);
    buttons->addSpacing(16);
    buttons->addWidget(m_keywordsDone);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_keywordsTitle);
    layout->addWidget(subtitle);
    layout->addWidget(m_keywordsHintFrame, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    layout->addWidget(m_picker, 1);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    return page;
}

QWidget *KioskWindow::buildMeetingPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"meetingPage"_s);
    m_banner = new QFrame;
    m_banner->setObjectName(u"meetingBanner"_s);
    m_bannerLabel = new KioskPhraseLabel(*m_language, u"bannerLabel"_s, 32, 28, QFont::Bold,
                                       KioskPhraseLabel::Arrangement::Inline);
    m_prizeLabel = new KioskPhraseLabel(*m_language, u"prizeLabel"_s, 22, 19, QFont::DemiBold,
                                      KioskPhraseLabel::Arrangement::Inline);
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(20, 8, 20, 8);
    bannerLayout->setSpacing(2);
    bannerLayout->addWidget(m_bannerLabel, 0, Qt::AlignHCenter);
    bannerLayout->addWidget(m_prizeLabel, 0, Qt::AlignHCenter);

    m_firstPanel = new PlayerPanel(*m_language, u"first"_s);
    m_secondPanel = new PlayerPanel(*m_language, u"second"_s);
    connect(m_firstPanel->cardView(), &BingoCardView::painted, this, [this] { cardPainted(0); });
    connect(m_secondPanel->cardView(), &BingoCardView::painted, this, [this] { cardPainted(1); });
    auto *cards = new QHBoxLayout;
    cards->setSpacing(24);
    cards->addWidget(m_firstPanel, 1);
    cards->addWidget(m_secondPanel, 1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_banner);
    layout->addLayout(cards, 1);
    m_celebration = new CelebrationOverlay(page);
    return page;
}

QWidget *KioskWindow::buildRefusalPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"refusalPage"_s);
    m_refusalPanel = new QFrame;
    m_refusalPanel->setObjectName(u"refusalPanel"_s);
    m_refusalIcon = plainLabel(u"refusalIconLabel"_s, 72, QFont::Bold);
    m_refusalTitle = new KioskPhraseLabel(*m_language, u"refusalTitleLabel"_s, 52, 40, QFont::Bold);
    m_refusalNames = plainLabel(u"refusalNamesLabel"_s, 26, QFont::Medium);
    m_refusalReason = new KioskPhraseLabel(*m_language, u"refusalReasonLabel"_s, 28, 24, QFont::DemiBold);
    m_refusalFooter = new KioskPhraseLabel(*m_language, u"refusalFooterLabel"_s, 19, 17, QFont::Medium);
    m_refusalFooter->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP(
            "mannam::KioskWindow", "Nothing was recorded. The screen resets in a moment.")));
    auto *inner = new QVBoxLayout(m_refusalPanel);
    inner->setContentsMargins(48, 24, 48, 24);
    inner->setSpacing(14);
    inner->addStretch();
    inner->addWidget(m_refusalIcon);
    inner->addWidget(m_refusalTitle);
    inner->addWidget(m_refusalNames);
    inner->addSpacing(10);
    inner->addWidget(m_refusalReason);
    inner->addStretch();
    inner->addWidget(m_refusalFooter);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(40, 0, 40, 0);
    layout->addWidget(m_refusalPanel);
    return page;
}

QWidget *KioskWindow::buildNotSavedPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"notSavedPage"_s);
    auto *panel = new QFrame;
    panel->setObjectName(u"notSavedPanel"_s);
    panel->setStyleSheet(u"#notSavedPanel { background: %1; border-radius: 24px; } #notSavedPanel QLabel { color: white; }"_s
                                 .arg(css(KioskStyle::DarkRed)));
    auto *icon = plainLabel(u"notSavedIconLabel"_s, 72, QFont::Bold);
    icon->setText(u"!"_s);
    auto *title = new KioskPhraseLabel(*m_language, u"notSavedTitleLabel"_s, 56, 42, QFont::Bold);
    title->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Not saved")));
    auto *explanation = new KioskPhraseLabel(*m_language, u"notSavedExplanationLabel"_s, 28, 24, QFont::DemiBold);
    explanation->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP(
            "mannam::KioskWindow", "This scan was NOT recorded. Please ask an organizer for help.")));
    m_notSavedDetail = plainLabel(u"notSavedDetailLabel"_s, 16, QFont::Normal);
    auto *inner = new QVBoxLayout(panel);
    inner->setContentsMargins(48, 24, 48, 24);
    inner->setSpacing(14);
    inner->addStretch();
    inner->addWidget(icon);
    inner->addWidget(title);
    inner->addWidget(explanation);
    inner->addStretch();
    inner->addWidget(m_notSavedDetail);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(40, 0, 40, 0);
    layout->addWidget(panel);
    return page;
}

QWidget *KioskWindow::buildFooter()
{
    auto *footer = new QWidget;
    footer->setObjectName(u"footerBar"_s);
    m_countdown = new CountdownBar;
    m_countdown->setSource([this] { return m_session->remainingTimeMs(); });
    auto *kiosk = plainLabel(u"kioskNameLabel"_s, 14, QFont::Normal);
    kiosk->setText(m_session->kioskName());
    kiosk->setStyleSheet(u"color: %1;"_s.arg(css(KioskStyle::MutedInk)));
    kiosk->setWordWrap(false);
    m_scannerStatus = plainLabel(u"scannerStatusLabel"_s, 15, QFont::DemiBold);
    m_scannerStatus->setStyleSheet(u"color: %1;"_s.arg(css(KioskStyle::Red)));
    m_scannerStatus->setText(m_wedge->isReady() ? QString() : m_wedge->readinessText());
    m_organizerButton = new QPushButton(
            m_language->sideBySide(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Organizer"))));
    m_organizerButton->setObjectName(u"organizerButton"_s);
    m_organizerButton->setFlat(true);
    m_organizerButton->setCursor(Qt::PointingHandCursor);
    m_organizerButton->setStyleSheet(u"QPushButton { color: %1; border: 1px solid %2; border-radius: 8px;"
                                     " padding: 2px 10px; background: transparent; }"_s.arg(
                                             css(KioskStyle::MutedInk), css(KioskStyle::Line)));
    KioskStyle::setFontPx(m_organizerButton, 13, QFont::Normal);
    connect(m_organizerButton, &QPushButton::clicked, this, &KioskWindow::openPinPad);
    connect(m_language, &KioskLanguage::changed, m_organizerButton, [this] {
        m_organizerButton->setText(
                m_language->sideBySide(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Organizer"))));
    });

    auto *row = new QHBoxLayout;
    row->addWidget(kiosk);
    row->addStretch();
    row->addWidget(m_scannerStatus);
    row->addStretch();
    row->addWidget(m_organizerButton);
    auto *layout = new QVBoxLayout(footer);
    layout->setContentsMargins(28, 0, 28, 10);
    layout->setSpacing(8);
    layout->addWidget(m_countdown);
    layout->addLayout(row);
    return footer;
}

// ---------------------------------------------------------------------------
// States

void KioskWindow::showState(KioskSession::State state)
{
    m_hintTimer.stop();
    m_hintFrame->hide();
    m_keywordsHintFrame->hide();
    if (state != KioskSession::State::ShowingMeeting)
        m_celebration->stop();
    switch (state) {
    case KioskSession::State::WaitingForFirst:
        showIdle();
        break;
    case KioskSession::State::WaitingForSecond:
        showSecond();
        break;
    case KioskSession::State::ChoosingKeywords:
        showKeywords();
        break;
    case KioskSession::State::ShowingMeeting:
        showMeeting();
        break;
    case KioskSession::State::ShowingRefusal:
        showRefusal();
        break;
    case KioskSession::State::NotSaved:
        showNotSaved();
        break;
    }
    const bool counting = state != KioskSession::State::WaitingForFirst;
    if (counting)
        m_countdown->start(state == KioskSession::State::WaitingForSecond
                                           || state == KioskSession::State::ChoosingKeywords
                                   ? m_session->waitingTimeoutMs()
                                   : m_session->resultTimeoutMs());
    else
        m_countdown->stop();
}

void KioskWindow::showIdle()
{
    placePreview(m_idlePreviewSlot);
    m_pages->setCurrentWidget(m_idlePage);
}

void KioskWindow::showSecond()
{
    const auto &first = m_session->firstPlayer();
    if (first)
        m_waitingPanel->showPlayer(*first, keywordsById(), m_session->settings().linesToWin, false);
    placePreview(m_secondPreviewSlot);
    m_pages->setCurrentWidget(m_secondPage);
    m_sounds->play(CheckInRules::Signal::Green);
}

void KioskWindow::showKeywords()
{
    const auto &person = m_session->choosingPlayer();
    m_keywordsTitle->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow",
                                                             "%1, choose up to 3 keywords about you"),
                                           {person ? person->attendee.name : QString()}));
    m_picker->setKeywords(m_session->keywordPool(), KioskSession::MaxKeywordChoices);
    m_keywordsDone->setText(m_language->sideBySide(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Done"))));
    m_keywordsCancel->setText(m_language->sideBySide(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "Cancel"))));
    m_keywordsDone->setEnabled(false);
    m_pages->setCurrentWidget(m_keywordsPage);
}

void KioskWindow::showMeeting()
{
    const BingoOutcome &outcome = m_session->outcome();
    if (!outcome.first || !outcome.second)
        return;
    const QHash<qint64, BingoKeyword> keywords = keywordsById();
    const int linesToWin = m_session->settings().linesToWin;
    m_awaitingPaint[0] = m_awaitingPaint[1] = true;
    m_firstPanel->showPlayer(*outcome.first, keywords, linesToWin, true);
    m_secondPanel->showPlayer(*outcome.second, keywords, linesToWin, true);
    m_firstPanel->setCelebrated(outcome.first->wonNow);
    m_secondPanel->setCelebrated(outcome.second->wonNow);

    QStringList winners;
    for (const BingoPlayer *player : {&*outcome.first, &*outcome.second}) {
        if (player->wonNow)
            winners << player->attendee.name;
    }
    const bool bingo = !winners.isEmpty();
    if (bingo != m_bannerGold || m_banner->styleSheet().isEmpty()) {
        // Style sheets are re-applied only when the look changes: not on every meeting.
        m_bannerGold = bingo;
        m_banner->setStyleSheet(u"#meetingBanner { background: %1; border-radius: 16px; }"
                                "#meetingBanner QLabel { color: %2; }"_s.arg(
                                        css(bingo ? KioskStyle::Gold : KioskStyle::Green),
                                        bingo ? css(KioskStyle::Ink) : u"white"_s));
    }
    if (bingo) {
        m_bannerLabel->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "BINGO!")));
        m_prizeLabel->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow",
                                                              "%1: collect your prize at the desk!"),
                                            {winners.join(u" · "_s)}));
        m_prizeLabel->show();
        m_celebration->celebrate();
    } else {
        m_bannerLabel->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow",
                                                               "Nice to meet you! Your cards are filled in.")));
        m_prizeLabel->hide();
        m_celebration->stop();
    }
    m_pages->setCurrentWidget(m_meetingPage);
    m_sounds->play(CheckInRules::Signal::Green);
}

void KioskWindow::showRefusal()
{
    const BingoOutcome &outcome = m_session->outcome();
    const bool gentle = isGentle(outcome.result);
    m_refusalPanel->setStyleSheet(u"#refusalPanel { background: %1; border-radius: 24px; }"
                                  "#refusalPanel QLabel { color: %2; }"_s.arg(
                                          css(gentle ? KioskStyle::Amber : KioskStyle::Red),
                                          gentle ? css(KioskStyle::Ink) : u"white"_s));
    m_refusalIcon->setText(gentle ? u"!"_s : u"✕"_s);
    m_refusalTitle->setPhrase(refusalHeadline(outcome.result));
    QStringList names; // who the scans were, so nobody wonders whose badge it was
    for (const auto *player : {&outcome.first, &outcome.second}) {
        if (*player && !names.contains((*player)->attendee.name))
            names << (*player)->attendee.name;
    }
    m_refusalNames->setText(names.join(u"  ·  "_s));
    m_refusalNames->setVisible(!names.isEmpty());
    m_refusalReason->setPhrase(outcome.why);
    m_pages->setCurrentWidget(m_refusalPage);
    m_sounds->play(gentle ? CheckInRules::Signal::Yellow : CheckInRules::Signal::Red);
}

void KioskWindow::showNotSaved()
{
    m_notSavedDetail->setText(m_session->notSavedMessage());
    m_pages->setCurrentWidget(m_notSavedPage);
    m_sounds->play(CheckInRules::Signal::Red);
}

void KioskWindow::showHint(KioskSession::Hint hint)
{
    if (hint == KioskSession::Hint::SameBadgeAgain) {
        m_hintLabel->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP(
                "mannam::KioskWindow", "That is your own badge. Now scan the badge of the person you met.")));
        m_hintFrame->show();
    } else {
        m_keywordsHint->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP(
                "mannam::KioskWindow", "Please choose the keywords first, then scan the next badge.")));
        m_keywordsHintFrame->show();
    }
    m_sounds->play(CheckInRules::Signal::Yellow);
    m_hintTimer.start(HintMs);
    m_countdown->start(m_session->waitingTimeoutMs()); // the wait started again
}

void KioskWindow::placePreview(QVBoxLayout *slot)
{
    if (slot->indexOf(m_preview) < 0)
        slot->addWidget(m_preview, 1);
    const bool hasPicture = m_camera || m_video;
    m_idlePreviewColumn->setVisible(hasPicture);
    m_preview->setVisible(hasPicture);
}

QHash<qint64, BingoKeyword> KioskWindow::keywordsById() const
{
    QHash<qint64, BingoKeyword> keywords;
    for (const BingoKeyword &keyword : m_session->keywordPool())
        keywords.insert(keyword.id, keyword);
    return keywords;
}

void KioskWindow::cardPainted(int which)
{
    if (!m_awaitingPaint[which])
        return;
    m_awaitingPaint[which] = false;
    if (m_awaitingPaint[0] || m_awaitingPaint[1])
        return;
    const qint64 arrival = m_session->arrivalNs();
    m_lastMeetingLatencyNs = arrival > 0 ? FrameDecoder::monotonicNowNs() - arrival : 0;
    emit meetingShown(m_lastMeetingLatencyNs);
}

// ---------------------------------------------------------------------------
// Sources

void KioskWindow::startCamera()
{
    m_video.reset();
    m_camera = std::make_unique<CameraSource>();
    connect(m_camera.get(), &CameraSource::errorOccurred, this,
            [this](const QString &message) { m_preview->setMessage(message); });
    m_camera->setVideoSink(m_videoSink);
    m_camera->startRemembered();
    showState(m_session->state()); // the preview appears
}

void KioskWindow::startVideo(const QString &path, bool loop)
{
    m_camera.reset();
    m_video = std::make_unique<VideoFileSource>();
    connect(m_video.get(), &VideoFileSource::errorOccurred, this,
            [this](const QString &message) { m_preview->setMessage(message); });
    m_video->setVideoSink(m_videoSink);
    m_video->setLooping(loop);
    m_video->start(path);
    showState(m_session->state());
}

// ---------------------------------------------------------------------------
// Kiosk mode: nothing but the PIN leaves

void KioskWindow::openPinPad()
{
    m_pinPad->open();
    if (!m_session->hasPin())
        m_pinPad->showNoPinSet();
    keepFocus();
}

void KioskWindow::unlock()
{
    m_unlocked = true;
    m_pinPad->dismiss();
    emit unlocked();
    if (isWindow())
        close();
}

void KioskWindow::keepFocus()
{
    if (!hasFocus())
        setFocus(Qt::OtherFocusReason);
}

bool KioskWindow::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // Claiming every key before Qt looks for shortcuts means no QAction of
        // any window (Ctrl+Q, Ctrl+W, the Mode menu's keys) fires from here.
        if (!m_unlocked) {
            event->accept();
            return true;
        }
        break;
    case QEvent::WindowActivate:
    case QEvent::MouseButtonRelease:
        keepFocus();
        break;
    case QEvent::WindowDeactivate:
        // Another window took over (Alt+Tab, Super, a click elsewhere): the
        // attendees' screen takes it back, unless the organizer unlocked it.
        comeBackToTheFront();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    // Everything a keyboard can do here is swallowed: Esc, Alt+F4 (as a key),
    // Ctrl+W... Only digits, which open the PIN pad, mean something.
    event->accept();
    if (m_pinPad->isOpen()) {
        m_pinPad->handleKey(event);
        return;
    }
    if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9 && !(event->modifiers() & Qt::ControlModifier)) {
        openPinPad();
        m_pinPad->handleKey(event);
    }
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (m_unlocked)
        event->accept();
    else
        event->ignore();
}

void KioskWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange && windowState().testFlag(Qt::WindowMinimized))
        comeBackToTheFront();
}

void KioskWindow::comeBackToTheFront()
{
    if (m_unlocked || !isWindow() || !isVisible())
        return;
    // After the event that took the window away has been handled.
    QTimer::singleShot(0, this, [this] {
        if (m_unlocked || !isVisible())
            return;
        if (windowState().testFlag(Qt::WindowMinimized))
            setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        raise();
        activateWindow();
    });
}

void KioskWindow::contextMenuEvent(QContextMenuEvent *event)
{
    event->accept(); // and nothing opens
}

void KioskWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const qreal scale = std::min(qreal(width()) / KioskStyle::DesignWidth, qreal(height()) / KioskStyle::DesignHeight);
    KioskStyle::rescale(this, std::max(0.6, scale));
}

void KioskWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_unlocked = false; // every time kiosk mode starts, it is locked
    m_wedge->setEnabled(true);
    keepFocus();
}

void KioskWindow::hideEvent(QHideEvent *event)
{
    // Hidden (unlocked, or another mode on screen): its scanner must not take
    // the codes meant for the desk.
    m_wedge->setEnabled(false);
    m_pinPad->dismiss();
    QWidget::hideEvent(event);
}

} // namespace mannam
