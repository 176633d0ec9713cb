#pragma once

#include "bingo/Bingo.h"
#include "common/Attendee.h"
#include "common/Clock.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace mannam {

class DeskListEditor;
class EventFile;
class KeywordTable;

// The organizer's event setup: name, venue, dates and desks; the kiosk PIN
// (and its printable PIN card); the bingo rules and keyword pool. OK and Apply
// save the event and the bingo in one transaction, or nothing when anything is
// refused. Setting the PIN is its own step, saved at once (see changeKioskPin).
class EventSetupDialog : public QDialog
{
    Q_OBJECT

public:
    EventSetupDialog(EventFile &event, const QString &deskName, QWidget *parent = nullptr,
                     const Clock &clock = Clock::system());
    ~EventSetupDialog() override;

    enum Tab { EventTab, KioskTab, BingoTab };
    void showTab(Tab tab);

    // Seams: modal boxes and file dialogs by default; tests replace them.
    std::function<void(const QString &title, const QString &message)> showError;
    std::function<bool(const QString &question)> confirm;
    std::function<QString(const QString &title, const QString &suggestedName, const QString &filter)> askSavePath;
    std::function<QString(const QString &title, const QString &filter)> askOpenPath;
    // The new kiosk PIN, already repeated and acceptable; empty = cancelled.
    std::function<QString()> askForNewPin;

    // Checks and saves everything on the screen; false (and nothing saved)
    // after telling the organizer why.
    bool save();

    // The actions behind the buttons and menus, for the window and tests.
    void changeKioskPin();     // asks, then stores the hash at once
    bool printPinCard();       // only while the PIN chosen here is known
    void applyPreset(const QString &presetId);
    void importKeywordsFromCsv();
    void importKeywordsFromEvent();

signals:
    // The event file changed (after OK/Apply, or a new PIN): refresh what shows it.
    void saved();

protected:
    void accept() override;

private:
    QWidget *buildEventTab();
    QWidget *buildKioskTab();
    QWidget *buildBingoTab();
    void load();
    void loadBingo();
    void updatePinStatus();
    void updateCardSizeControls();
    void updateKeywordGuidance();
    void updateKioskHours();
    void keepEndAfterStart(const QDateTime &newStart);
    void replaceKeywords(const QList<BingoKeyword> &keywords, const QString &source);

    int chosenCardSize() const;   // 0 = automatic
    int effectiveCardSize() const; // what a card would be now
    BingoSettings wantedSettings() const;
    bool bingoChanges(const BingoSettings &wanted, const QList<BingoKeyword> &pool);

    EventFile &m_event;
    const Clock &m_clock;
    QString m_deskName;
    EventInfo m_info;                     // as loaded (ids and code tag kept)
    BingoSettings m_storedSettings;
    QList<BingoKeyword> m_storedPool;
    int m_registered = 0;
    int m_meetings = 0;
    QString m_knownPin;                   // the PIN chosen in this dialog, for the card
    qint64 m_previousStartSecs = 0;       // to move the end along with the start
    bool m_freeCentreWanted = true;       // remembered while a 4×4 card has no centre

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_venue = nullptr;
    QDateTimeEdit *m_starts = nullptr;
    QDateTimeEdit *m_ends = nullptr;
    DeskListEditor *m_desks = nullptr;

    QLabel *m_pinStatus = nullptr;
    QPushButton *m_setPin = nullptr;
    QPushButton *m_printPinCard = nullptr;
    QLabel *m_pinCardHint = nullptr;

    QLabel *m_lockedNotice = nullptr;
    QComboBox *m_cardSize = nullptr;
    QSpinBox *m_linesToWin = nullptr;
    QCheckBox *m_freeCentre = nullptr;
    QCheckBox *m_needsCheckIn = nullptr;
    QRadioButton *m_alwaysOpen = nullptr;
    QRadioButton *m_openHours = nullptr;
    QTimeEdit *m_opens = nullptr;
    QTimeEdit *m_closes = nullptr;
    QLabel *m_hoursHint = nullptr;
    QCheckBox *m_firstNamesOnly = nullptr;
    KeywordTable *m_keywords = nullptr;
    QPushButton *m_addKeyword = nullptr;
    QPushButton *m_removeKeywords = nullptr;
    QPushButton *m_clearKeywords = nullptr;
    QPushButton *m_presets = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_keywordGuidance = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace mannam
