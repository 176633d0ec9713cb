#include "EventSetupDialog.h"

#include "DeskListEditor.h"
#include "KeywordTable.h"
#include "KioskPinDialog.h"
#include "bingo/BingoRules.h"
#include "bingo/BingoService.h"
#include "bingo/KeywordPoolCheck.h"
#include "bingo/KeywordPresets.h"
#include "bingo/KioskPin.h"
#include "bingo/KioskPinCard.h"
#include "storage/BingoStore.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"
#include "transfer/KeywordFile.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

const QString DateTimeFormat = u"yyyy-MM-dd (ddd) HH:mm"_s;
const QString TimeFormat = u"HH:mm"_s;
const QTime DefaultOpens(10, 0);
const QTime DefaultCloses(18, 0);

QDateTime toMinute(const QDateTime &dateTime)
{
    const QTime t = dateTime.time();
    return QDateTime(dateTime.date(), QTime(t.hour(), t.minute()), dateTime.timeSpec());
}

QTime toMinute(const QTime &time)
{
    return QTime(time.hour(), time.minute());
}

// A file name from the event name: no characters a file system refuses.
QString fileNameFor(const QString &eventName, const QString &suffix)
{
    QString base = eventName.simplified();
    for (QChar &c : base) {
        if (QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'-';
    }
    return base.isEmpty() ? suffix : QString(base + u' ' + suffix);
}

QLabel *hintLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// Thrown inside the save transaction to roll it back when the bingo refuses.
struct BingoRefused
{
};

} // namespace

EventSetupDialog::EventSetupDialog(EventFile &event, const QString &deskName, QWidget *parent, const Clock &clock)
    : QDialog(parent), m_event(event), m_clock(clock), m_deskName(deskName)
{
    setObjectName(u"eventSetupDialog"_s);
    setWindowTitle(tr("Event Setup"));

    showError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };
    confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
                == QMessageBox::Yes;
    };
    askSavePath = [this](const QString &title, const QString &suggestedName, const QString &filter) {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(this, title, QDir(documents).filePath(suggestedName), filter);
    };
    askOpenPath = [this](const QString &title, const QString &filter) {
        return QFileDialog::getOpenFileName(this, title, QString(), filter);
    };
    askForNewPin = [this] {
        KioskPinDialog dialog(this);
        return dialog.exec() == QDialog::Accepted ? dialog.pin() : QString();
    };

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"setupTabWidget"_s);
    m_tabs->addTab(buildEventTab(), tr("Event"));
    m_tabs->addTab(buildKioskTab(), tr("Kiosk"));
    m_tabs->addTab(buildBingoTab(), tr("Bingo"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply);
    m_buttons->setObjectName(u"setupButtonBox"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventSetupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { save(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    resize(900, 640);

    load();
}

EventSetupDialog::~EventSetupDialog() = default;

void EventSetupDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

// ---- Building -------------------------------------------------------------

QWidget *EventSetupDialog::buildEventTab()
{
    m_name = new QLineEdit;
    m_name->setObjectName(u"eventNameLineEdit"_s);
    m_name->setPlaceholderText(tr("Required, e.g. PyCon Korea Sprint 2026"));
    m_venue = new QLineEdit;
    m_venue->setObjectName(u"venueLineEdit"_s);
    m_venue->setPlaceholderText(tr("e.g. Seoul Startup Hub, 3rd floor"));
    m_starts = new QDateTimeEdit;
    m_starts->setObjectName(u"startsDateTimeEdit"_s);
    m_ends = new QDateTimeEdit;
    m_ends->setObjectName(u"endsDateTimeEdit"_s);
    for (QDateTimeEdit *edit : {m_starts, m_ends}) {
        edit->setTimeSpec(Qt::LocalTime);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateTimeFormat);
        edit->setMinimumWidth(220);
    }
    connect(m_starts, &QDateTimeEdit::dateTimeChanged, this, &EventSetupDialog::keepEndAfterStart);
    m_desks = new DeskListEditor;

    auto *when = new QHBoxLayout;
    when->addWidget(m_starts);
    when->addWidget(new QLabel(tr("to")));
    when->addWidget(m_ends);
    when->addStretch();

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(); // the rows keep their natural height
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Event name"), m_name);
    form->addRow(tr("Venue"), m_venue);
    form->addRow(tr("Date and time"), when);
    auto *timeHint = hintLabel(tr("Local time of this computer."));
    timeHint->setWordWrap(false);
    form->addRow(QString(), timeHint);
    form->addRow(tr("Registration desks"), m_desks);
    auto *deskHint = hintLabel(m_deskName.isEmpty()
                                       ? tr("Each registration computer picks its desk name when it starts.")
                                       : tr("This computer is “%1”. Each registration computer picks its "
                                            "desk name when it starts.").arg(m_deskName));
    deskHint->setObjectName(u"deskHintLabel"_s);
    deskHint->setWordWrap(false);
    form->addRow(QString(), deskHint);
    auto *fileLabel = hintLabel(tr("Event file: %1").arg(QDir::toNativeSeparators(m_event.path())));
    fileLabel->setWordWrap(false);
    fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), fileLabel);
    return page;
}

QWidget *EventSetupDialog::buildKioskTab()
{
    m_pinStatus = new QLabel;
    m_pinStatus->setObjectName(u"pinStatusLabel"_s);
    QFont bold = m_pinStatus->font();
    bold.setBold(true);
    m_pinStatus->setFont(bold);
    m_setPin = new QPushButton;
    m_setPin->setObjectName(u"setPinButton"_s);
    m_setPin->setAutoDefault(false);
    m_printPinCard = new QPushButton(tr("Print PIN Card…"));
    m_printPinCard->setObjectName(u"printPinCardButton"_s);
    m_printPinCard->setAutoDefault(false);
    m_pinCardHint = hintLabel();
    m_pinCardHint->setObjectName(u"pinCardHintLabel"_s);
    connect(m_setPin, &QPushButton::clicked, this, &EventSetupDialog::changeKioskPin);
    connect(m_printPinCard, &QPushButton::clicked, this, [this] { printPinCard(); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_setPin);
    buttons->addWidget(m_printPinCard);
    buttons->addStretch();

    auto *group = new QGroupBox(tr("Organizer PIN"));
    auto *box = new QVBoxLayout(group);
    box->addWidget(m_pinStatus);
    box->addWidget(hintLabel(tr("The PIN leaves kiosk mode: typed on the kiosk's keypad, or scanned from "
                                "the printed PIN card. Only a hash of it is stored in the event file.")));
    box->addLayout(buttons);
    box->addWidget(m_pinCardHint);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(group);
    layout->addStretch();
    return page;
}

QWidget *EventSetupDialog::buildBingoTab()
{
    m_lockedNotice = new QLabel;
    m_lockedNotice->setObjectName(u"bingoLockedLabel"_s);
    m_lockedNotice->setWordWrap(true);
    m_lockedNotice->hide();

    m_cardSize = new QComboBox;
    m_cardSize->setObjectName(u"cardSizeComboBox"_s);
    m_cardSize->addItem(QString(), 0); // text set in updateCardSizeControls()
    for (int size = BingoRules::MinCardSize; size <= BingoRules::MaxCardSize; ++size)
        m_cardSize->addItem(tr("%1×%1").arg(size), size);
    m_linesToWin = new QSpinBox;
    m_linesToWin->setObjectName(u"linesToWinSpinBox"_s);
    m_linesToWin->setMinimum(1);
    m_freeCentre = new QCheckBox(tr("Free centre square (3×3 and 5×5)"));
    m_freeCentre->setObjectName(u"freeCentreCheckBox"_s);
    m_needsCheckIn = new QCheckBox(tr("A meeting needs both people checked in"));
    m_needsCheckIn->setObjectName(u"meetingNeedsCheckInCheckBox"_s);
    m_alwaysOpen = new QRadioButton(tr("Open all the time"));
    m_alwaysOpen->setObjectName(u"kioskAlwaysOpenRadioButton"_s);
    m_openHours = new QRadioButton(tr("Open from"));
    m_openHours->setObjectName(u"kioskHoursRadioButton"_s);
    auto *hoursGroup = new QButtonGroup(this);
    hoursGroup->addButton(m_alwaysOpen);
    hoursGroup->addButton(m_openHours);
    m_opens = new QTimeEdit;
    m_opens->setObjectName(u"kioskOpensTimeEdit"_s);
    m_closes = new QTimeEdit;
    m_closes->setObjectName(u"kioskClosesTimeEdit"_s);
    for (QTimeEdit *edit : {m_opens, m_closes})
        edit->setDisplayFormat(TimeFormat);
    m_hoursHint = hintLabel();
    m_hoursHint->setObjectName(u"kioskHoursHintLabel"_s);
    m_firstNamesOnly = new QCheckBox(tr("Big screen shows first names only"));
    m_firstNamesOnly->setObjectName(u"firstNamesOnlyCheckBox"_s);

    connect(m_cardSize, &QComboBox::currentIndexChanged, this, &EventSetupDialog::updateCardSizeControls);
    connect(m_freeCentre, &QCheckBox::toggled, this, [this](bool checked) {
        if (m_freeCentre->isEnabled())
            m_freeCentreWanted = checked;
        updateKeywordGuidance();
    });
    connect(m_openHours, &QRadioButton::toggled, this, &EventSetupDialog::updateKioskHours);
    connect(m_opens, &QTimeEdit::timeChanged, this, &EventSetupDialog::updateKioskHours);
    connect(m_closes, &QTimeEdit::timeChanged, this, &EventSetupDialog::updateKioskHours);

    auto *hours = new QHBoxLayout;
    hours->addWidget(m_openHours);
    hours->addWidget(m_opens);
    hours->addWidget(new QLabel(tr("to")));
    hours->addWidget(m_closes);
    hours->addStretch();

    auto *rules = new QGroupBox(tr("Rules"));
    auto *form = new QFormLayout(rules);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Card size"), m_cardSize);
    form->addRow(tr("Lines to win"), m_linesToWin);
    form->addRow(m_freeCentre);
    form->addRow(m_needsCheckIn);
    form->addRow(new QLabel(tr("Kiosk hours")));
    form->addRow(m_alwaysOpen);
    form->addRow(hours);
    form->addRow(m_hoursHint);
    form->addRow(m_firstNamesOnly);
    rules->setFixedWidth(330);

    m_keywords = new KeywordTable;
    connect(m_keywords, &KeywordTable::edited, this, &EventSetupDialog::updateKeywordGuidance);
    m_addKeyword = new QPushButton(tr("Add Row"));
    m_addKeyword->setObjectName(u"addKeywordButton"_s);
    m_removeKeywords = new QPushButton(tr("Remove Selected"));
    m_removeKeywords->setObjectName(u"removeKeywordsButton"_s);
    m_clearKeywords = new QPushButton(tr("Clear"));
    m_clearKeywords->setObjectName(u"clearKeywordsButton"_s);
    for (QPushButton *button : {m_addKeyword, m_removeKeywords, m_clearKeywords})
        button->setAutoDefault(false);
    connect(m_addKeyword, &QPushButton::clicked, m_keywords, &KeywordTable::addEmptyRow);
    connect(m_removeKeywords, &QPushButton::clicked, m_keywords, &KeywordTable::removeSelectedRows);
    connect(m_clearKeywords, &QPushButton::clicked, this, [this] { m_keywords->setKeywords({}); });

    m_presets = new QPushButton(tr("Presets"));
    m_presets->setObjectName(u"presetsButton"_s);
    m_presets->setAutoDefault(false);
    auto *presetMenu = new QMenu(m_presets);
    for (const KeywordPreset &preset : KeywordPresets::all()) {
        QAction *action = presetMenu->addAction(tr("%1 (%n keywords)", nullptr, int(preset.keywords.size()))
                                                        .arg(QString(preset.name).replace(u'&', u"&&"_s)));
        action->setObjectName(u"presetAction-"_s + preset.id);
        const QString id = preset.id;
        connect(action, &QAction::triggered, this, [this, id] { applyPreset(id); });
    }
    m_presets->setMenu(presetMenu);

    m_import = new QPushButton(tr("Import"));
    m_import->setObjectName(u"importKeywordsButton"_s);
    m_import->setAutoDefault(false);
    auto *importMenu = new QMenu(m_import);
    importMenu->addAction(tr("From a CSV File…"), this, &EventSetupDialog::importKeywordsFromCsv)
            ->setObjectName(u"importCsvAction"_s);
    importMenu->addAction(tr("From Another Event…"), this, &EventSetupDialog::importKeywordsFromEvent)
            ->setObjectName(u"importEventAction"_s);
    m_import->setMenu(importMenu);

    auto *keywordButtons = new QHBoxLayout;
    keywordButtons->addWidget(m_addKeyword);
    keywordButtons->addWidget(m_removeKeywords);
    keywordButtons->addWidget(m_clearKeywords);
    keywordButtons->addStretch();
    keywordButtons->addWidget(m_presets);
    keywordButtons->addWidget(m_import);

    m_keywordGuidance = new QLabel;
    m_keywordGuidance->setObjectName(u"keywordGuidanceLabel"_s);
    m_keywordGuidance->setWordWrap(true);

    auto *pool = new QGroupBox(tr("Keywords"));
    auto *poolLayout = new QVBoxLayout(pool);
    poolLayout->addLayout(keywordButtons);
    poolLayout->addWidget(m_keywords, 1);
    poolLayout->addWidget(m_keywordGuidance);

    auto *columns = new QHBoxLayout;
    columns->addWidget(rules);
    columns->addWidget(pool, 1);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_lockedNotice);
    layout->addLayout(columns, 1);
    return page;
}

// ---- Loading --------------------------------------------------------------

void EventSetupDialog::load()
{
    try {
        m_info = m_event.store().eventInfo();
        m_name->setText(m_info.name);
        m_venue->setText(m_info.venue);
        // A new event has no dates yet: offer next week's evening rather than an empty field.
        const QDateTime starts = m_info.startsAt.isValid()
                ? m_info.startsAt.toLocalTime()
                : QDateTime(m_clock.nowUtc().toLocalTime().date().addDays(7), QTime(19, 0), Qt::LocalTime);
        const QDateTime ends = m_info.endsAt.isValid() && m_info.endsAt > m_info.startsAt
                ? m_info.endsAt.toLocalTime()
                : starts.addSecs(3 * 3600);
        {
            const QSignalBlocker blocker(m_starts);
            m_starts->setDateTime(starts);
        }
        m_previousStartSecs = m_starts->dateTime().toSecsSinceEpoch();
        m_ends->setDateTime(ends);
        m_desks->setDesks(m_info.desks.isEmpty() && !m_deskName.isEmpty() ? QStringList{m_deskName}
                                                                          : m_info.desks);
        loadBingo();
    } catch (const StorageError &error) {
        showError(tr("Cannot read the event"), error.message());
    }
    updatePinStatus();
}

void EventSetupDialog::loadBingo()
{
    BingoStore bingo(m_event.store());
    m_storedSettings = bingo.settings();
    m_storedPool = bingo.keywordPool();
    m_meetings = bingo.meetingCount();
    m_registered = m_event.store().stats().registered;
    const BingoSettings &s = m_storedSettings;

    m_freeCentreWanted = s.freeCentre;
    {
        const QSignalBlocker blocker(m_cardSize);
        m_cardSize->setCurrentIndex(std::max(0, m_cardSize->findData(s.cardSize)));
    }
    updateCardSizeControls();
    m_linesToWin->setValue(s.linesToWin);
    m_needsCheckIn->setChecked(s.meetingNeedsCheckIn);
    const bool always = !s.kioskOpens.isValid() || !s.kioskCloses.isValid();
    (always ? m_alwaysOpen : m_openHours)->setChecked(true);
    m_opens->setTime(s.kioskOpens.isValid() ? s.kioskOpens : DefaultOpens);
    m_closes->setTime(s.kioskCloses.isValid() ? s.kioskCloses : DefaultCloses);
    updateKioskHours();
    m_firstNamesOnly->setChecked(s.bigScreenFirstNamesOnly);
    m_keywords->setKeywords(m_storedPool);

    // Once people have met, their cards are history: only the rules around them change.
    const bool locked = m_meetings > 0;
    m_lockedNotice->setVisible(locked);
    m_lockedNotice->setText(tr("Meetings are already recorded (%1), so the card size, the free centre and "
                               "the keywords can no longer change. Lines to win, the check-in rule, the "
                               "kiosk hours and the big screen still can.")
                                    .arg(m_meetings));
    m_cardSize->setEnabled(!locked);
    m_keywords->setEditTriggers(locked ? QAbstractItemView::NoEditTriggers
                                       : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                               | QAbstractItemView::AnyKeyPressed);
    for (QWidget *w : std::initializer_list<QWidget *>{m_addKeyword, m_removeKeywords, m_clearKeywords, m_presets,
                                                       m_import})
        w->setEnabled(!locked);
    updateCardSizeControls();
}

// ---- Live feedback --------------------------------------------------------

int EventSetupDialog::chosenCardSize() const
{
    return m_cardSize->currentData().toInt();
}

int EventSetupDialog::effectiveCardSize() const
{
    const int chosen = chosenCardSize();
    return chosen ? chosen : BingoRules::suggestedCardSize(m_registered);
}

void EventSetupDialog::updateCardSizeControls()
{
    const int suggested = BingoRules::suggestedCardSize(m_registered);
    m_cardSize->setItemText(0, tr("Automatic: %1×%1 for %n registered", nullptr, m_registered).arg(suggested));
    const int size = effectiveCardSize();
    m_linesToWin->setMaximum(BingoRules::maxLines(size));
    const bool hasCentre = size % 2 == 1;
    {
        const QSignalBlocker blocker(m_freeCentre);
        m_freeCentre->setChecked(hasCentre && m_freeCentreWanted);
    }
    m_freeCentre->setEnabled(hasCentre && m_meetings == 0);
    m_cardSize->setToolTip(chosenCardSize() == 0
                                   ? tr("Suggested from the number registered (up to 30: 3×3, up to 100: 4×4, "
                                        "more: 5×5). It follows the registrations until the first card is dealt "
                                        "at the kiosk; then every card keeps that size.")
                                   : QString());
    updateKeywordGuidance();
}

void EventSetupDialog::updateKeywordGuidance()
{
    const int size = effectiveCardSize();
    const int needed = BingoRules::keywordsPerCard(size, m_freeCentreWanted);
    const int count = m_keywords->rowCount();
    QString text;
    bool short_ = false;
    if (count == 0) {
        text = tr("No keywords yet; a %1×%1 card needs %2. Pick a preset, import a list or add rows.")
                       .arg(size)
                       .arg(needed);
        short_ = true;
    } else if (count < needed) {
        text = tr("%n keywords; a %1×%1 card needs %2. Add %3 more or choose a smaller card.", nullptr, count)
                       .arg(size)
                       .arg(needed)
                       .arg(needed - count);
        short_ = true;
    } else {
        text = tr("%n keywords; a %1×%1 card needs %2.", nullptr, count).arg(size).arg(needed);
    }
    if (chosenCardSize() == 0 && m_storedSettings.cardSize == 0)
        text += u' ' + tr("Automatic size: fixed when the first card is dealt.");
    m_keywordGuidance->setText(text);
    QPalette palette = m_keywordGuidance->palette();
    palette.setColor(QPalette::WindowText, short_ ? QColor(0xb0, 0x20, 0x20) : this->palette().color(QPalette::WindowText));
    m_keywordGuidance->setPalette(palette);
}

void EventSetupDialog::updateKioskHours()
{
    const bool hours = m_openHours->isChecked();
    m_opens->setEnabled(hours);
    m_closes->setEnabled(hours);
    const QTime opens = toMinute(m_opens->time());
    const QTime closes = toMinute(m_closes->time());
    if (!hours)
        m_hoursHint->setText(tr("Meetings count whenever the kiosk runs."));
    else if (opens == closes)
        m_hoursHint->setText(tr("Opening and closing at the same time is not possible."));
    else if (closes < opens)
        m_hoursHint->setText(tr("Runs past midnight: closes the next day at %1.").arg(closes.toString(TimeFormat)));
    else
        m_hoursHint->setText(tr("Meetings outside these hours are refused at the kiosk."));
}

void EventSetupDialog::keepEndAfterStart(const QDateTime &newStart)
{
    // Moving the start moves the end with it: the event keeps its length.
    const qint64 newSecs = newStart.toSecsSinceEpoch();
    const qint64 delta = newSecs - m_previousStartSecs;
    m_previousStartSecs = newSecs;
    if (delta != 0)
        m_ends->setDateTime(m_ends->dateTime().addSecs(delta));
}

void EventSetupDialog::updatePinStatus()
{
    bool hasPin = false;
    try {
        hasPin = BingoService(m_event.store(), m_clock).hasKioskPin();
    } catch (const StorageError &) {
        // load() has reported it already.
    }
    m_pinStatus->setText(hasPin ? tr("A PIN is set.") : tr("No PIN yet — the kiosk cannot start without one."));
    m_setPin->setText(hasPin ? tr("Change PIN…") : tr("Set PIN…"));
    m_printPinCard->setEnabled(!m_knownPin.isEmpty());
    m_pinCardHint->setText(m_knownPin.isEmpty()
                                   ? tr("A PIN card can be printed right after setting or changing the PIN "
                                        "here: the PIN itself is not stored.")
                                   : tr("The new PIN is saved. Print its card now: once this window closes, "
                                        "the PIN is no longer known."));
}

// ---- Kiosk PIN ------------------------------------------------------------

void EventSetupDialog::changeKioskPin()
{
    const QString pin = askForNewPin();
    if (pin.isEmpty())
        return;
    if (!KioskPin::isAcceptable(pin)) {
        showError(tr("PIN not changed"),
                  tr("The PIN must be %1 to %2 digits.").arg(KioskPin::MinLength).arg(KioskPin::MaxLength));
        return;
    }
    try {
        BingoService(m_event.store(), m_clock).setKioskPin(pin);
    } catch (const StorageError &error) {
        showError(tr("PIN not changed"), error.message());
        return;
    }
    m_knownPin = pin;
    updatePinStatus();
    emit saved();
}

bool EventSetupDialog::printPinCard()
{
    if (m_knownPin.isEmpty()) {
        showError(tr("No PIN card"), tr("Only a hash of the PIN is stored, so a card can only be printed right "
                                        "after setting the PIN. Change the PIN to print a card."));
        return false;
    }
    EventInfo event = m_info;
    if (!m_name->text().trimmed().isEmpty())
        event.name = m_name->text().trimmed();
    const QString path = askSavePath(tr("Save PIN Card"), fileNameFor(event.name, tr("PIN card.pdf")),
                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!KioskPinCard::writePdf(path, event, m_knownPin, &error)) {
        showError(tr("PIN card not saved"), error);
        return false;
    }
    return true;
}

// ---- Keywords -------------------------------------------------------------

void EventSetupDialog::replaceKeywords(const QList<BingoKeyword> &keywords, const QString &source)
{
    const QList<BingoKeyword> current = m_keywords->keywords();
    if (!current.isEmpty() && !KeywordPoolCheck::samePool(current, keywords)
        && !confirm(tr("Replace the keywords in the table (%1) with the %2 keywords from %3?")
                            .arg(current.size())
                            .arg(keywords.size())
                            .arg(source)))
        return;
    m_keywords->setKeywords(keywords);
}

void EventSetupDialog::applyPreset(const QString &presetId)
{
    const KeywordPreset preset = KeywordPresets::byId(presetId);
    if (preset.keywords.isEmpty())
        return;
    replaceKeywords(preset.keywords, tr("the preset “%1”").arg(preset.name));
}

void EventSetupDialog::importKeywordsFromCsv()
{
    const QString path = askOpenPath(tr("Import Keywords"), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Keywords not imported"),
                  tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const KeywordFile keywords = KeywordFile::read(file.readAll());
    if (!keywords.ok()) {
        showError(tr("Keywords not imported"), QString(QFileInfo(path).fileName() + u": " + keywords.error));
        return;
    }
    replaceKeywords(keywords.pool, QString(u'“' + QFileInfo(path).fileName() + u'”'));
}

void EventSetupDialog::importKeywordsFromEvent()
{
    const QString path = askOpenPath(tr("Import Keywords from Another Event"), tr("Mannam events (*.mannam)"));
    if (path.isEmpty())
        return;
    QList<BingoKeyword> pool;
    QString eventName;
    try {
        // Read-only: the other event's file stays exactly as it is.
        const std::unique_ptr<EventFile> other = EventFile::openForReading(path);
        pool = BingoStore(other->store()).keywordPool();
        eventName = other->store().eventInfo().name;
    } catch (const StorageError &error) {
        showError(tr("Keywords not imported"), error.message());
        return;
    }
    if (pool.isEmpty()) {
        showError(tr("Keywords not imported"), tr("“%1” has no bingo keywords.").arg(eventName));
        return;
    }
    for (BingoKeyword &keyword : pool)
        keyword.id = 0; // ids belong to the other file
    replaceKeywords(pool, tr("“%1”").arg(eventName));
}

// ---- Saving ---------------------------------------------------------------

BingoSettings EventSetupDialog::wantedSettings() const
{
    BingoSettings s;
    s.cardSize = chosenCardSize();
    s.linesToWin = m_linesToWin->value();
    s.freeCentre = m_freeCentreWanted;
    s.meetingNeedsCheckIn = m_needsCheckIn->isChecked();
    if (m_openHours->isChecked()) {
        s.kioskOpens = toMinute(m_opens->time());
        s.kioskCloses = toMinute(m_closes->time());
    }
    s.bigScreenFirstNamesOnly = m_firstNamesOnly->isChecked();
    return s;
}

bool EventSetupDialog::bingoChanges(const BingoSettings &wanted, const QList<BingoKeyword> &pool)
{
    const BingoSettings &c = m_storedSettings;
    return wanted.cardSize != c.cardSize || wanted.linesToWin != c.linesToWin || wanted.freeCentre != c.freeCentre
            || wanted.meetingNeedsCheckIn != c.meetingNeedsCheckIn || wanted.kioskOpens != c.kioskOpens
            || wanted.kioskCloses != c.kioskCloses || wanted.bigScreenFirstNamesOnly != c.bigScreenFirstNamesOnly
            || !KeywordPoolCheck::samePool(m_storedPool, pool);
}

bool EventSetupDialog::save()
{
    const auto refuse = [this](Tab tab, QWidget *focus, const QString &message) {
        showTab(tab);
        if (focus)
            focus->setFocus();
        showError(tr("Nothing saved"), message);
        return false;
    };

    EventInfo info = m_info;
    info.name = m_name->text().simplified();
    info.venue = m_venue->text().simplified();
    info.startsAt = toMinute(m_starts->dateTime()).toUTC();
    info.endsAt = toMinute(m_ends->dateTime()).toUTC();
    info.desks = m_desks->desks();
    if (info.name.isEmpty())
        return refuse(EventTab, m_name, tr("The event needs a name."));
    if (info.endsAt <= info.startsAt)
        return refuse(EventTab, m_ends, tr("The event must end after it starts."));
    if (const QString problem = m_desks->problem(); !problem.isEmpty())
        return refuse(EventTab, m_desks, problem);

    const QList<BingoKeyword> pool = m_keywords->keywords();
    if (const KeywordPoolProblem problem = KeywordPoolCheck::firstProblem(pool); !problem.ok()) {
        m_keywords->showRow(problem.row);
        return refuse(BingoTab, m_keywords, problem.message);
    }
    const BingoSettings wanted = wantedSettings();

    BingoOutcome outcome;
    try {
        const bool bingoChanged = bingoChanges(wanted, pool);
        const bool poolChanges = !KeywordPoolCheck::samePool(m_storedPool, pool);
        if (bingoChanged) {
            // The same test BingoService::configure makes: these deal every card again.
            const int size = effectiveCardSize();
            const bool cardsChange = poolChanges || size != m_storedSettings.cardSize
                    || BingoRules::hasFreeCentre(size, wanted.freeCentre)
                            != BingoRules::hasFreeCentre(size, m_storedSettings.freeCentre);
            BingoStore bingo(m_event.store());
            const int cards = bingo.cardCount();
            if (cardsChange && cards > 0 && bingo.meetingCount() == 0
                && !confirm(tr("Bingo cards were already dealt at the kiosk (%1). They will be dealt again "
                               "with the new settings and keywords; nobody has met yet, so nothing else is "
                               "lost. Save?")
                                    .arg(cards)))
                return false;
        }
        m_event.store().write([&] {
            m_event.store().saveEventInfo(info);
            if (!bingoChanged)
                return;
            BingoService bingo(m_event.store(), m_clock);
            outcome = bingo.configure(wanted, poolChanges ? std::optional(pool) : std::nullopt);
            if (!outcome.ok())
                throw BingoRefused{}; // rolls the event info back with it
        });
    } catch (const BingoRefused &) {
        return refuse(BingoTab, nullptr, outcome.reason());
    } catch (const StorageError &error) {
        showError(tr("Nothing saved"), error.message());
        return false;
    }

    m_info = info;
    try {
        loadBingo(); // the pool has ids now
    } catch (const StorageError &error) {
        showError(tr("Cannot read the event"), error.message());
    }
    emit saved();
    return true;
}

void EventSetupDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace mannam
