#pragma once

#include "Bingo.h"
#include "common/Attendee.h"
#include "common/Clock.h"
#include "common/Phrase.h"

#include <QCoreApplication>

#include <optional>

namespace mannam {

class BingoStore;
class EventStore;

enum class BingoResult {
    Ok,                 // identified / meeting recorded / prize handed over / rules saved
    SamePerson,         // the same badge (or the same person's two codes) twice
    AlreadyMet,         // this pair met before (see BingoOutcome::meeting for when)
    NotCheckedIn,       // a meeting needs both people admitted at the door
    Cancelled,          // the registration is cancelled
    UnknownCode,
    InvalidCode,        // our shape but the check digit is wrong: a misread
    OtherEvent,
    KioskClosed,        // outside the kiosk hours
    NotSetUp,           // the keyword pool cannot fill a card
    NotWinner,          // a prize for somebody without a bingo
    PrizeAlreadyGiven,
    BadRules,           // settings out of range, or changing cards after meetings
};

// One person at the kiosk: who, their card, and what the latest meeting did.
struct BingoPlayer
{
    Attendee attendee;
    BingoCard card;
    QList<int> justFilled;      // positions this meeting filled on this card
    int peopleMet = 0;
    bool wonNow = false;        // this meeting made them a winner
    int winnerRank = 0;         // 1 = first winner; 0 = no bingo yet
    bool needsKeywords = false; // none of their keywords is in the pool: ask at the kiosk
};

// What a kiosk scan, a meeting, a prize handover or a rules change came to.
// Nothing is written unless result is Ok.
struct BingoOutcome
{
    BingoResult result = BingoResult::UnknownCode;
    std::optional<BingoPlayer> first;      // the first (or only) person
    std::optional<BingoPlayer> second;
    Meeting meeting;                       // the meeting recorded, or the earlier one (AlreadyMet)
    std::optional<PrizeHandover> prize;    // recorded, or the earlier one (PrizeAlreadyGiven)
    Phrase why;                            // the reason for a refusal, for people

    bool ok() const { return result == BingoResult::Ok; }
    QString reason() const { return why.toString(); }
};

// The networking bingo's rules: dealing cards, recording meetings (both cards
// filled in one transaction), winners and prizes. Each call is one transaction.
class BingoService
{
    Q_DECLARE_TR_FUNCTIONS(mannam::BingoService)

public:
    explicit BingoService(EventStore &store, const Clock &clock = Clock::system());
    ~BingoService();

    BingoSettings settings();
    QList<BingoKeyword> keywordPool();
    // The card size used for new cards: the one set, or the suggested one.
    int cardSize();

    // Organizer: the rules and (optionally) a new keyword pool. Cards that have
    // not been played are dealt again; once meetings exist only the lines to
    // win, the check-in rule, the kiosk hours and the big-screen names change.
    BingoOutcome configure(const BingoSettings &settings, const std::optional<QList<BingoKeyword>> &pool = {});
    void setKioskPin(const QString &pin);           // must be KioskPin::isAcceptable
    bool hasKioskPin();
    bool verifyKioskPin(const QString &pin);

    // Kiosk: the first badge of a pair. Deals the card on first use.
    BingoOutcome identify(const QString &code);
    // The person's "my keywords" (picked at the kiosk or set at the desk).
    void setKeywords(qint64 attendeeId, const QStringList &keywords);
    // Two badges (or ticket codes) scanned one after the other.
    BingoOutcome meet(const QString &codeA, const QString &codeB, const QString &kiosk);

    // Desk or organizer: the prize for a winner, once.
    BingoOutcome handOverPrize(const QString &code, const QString &givenBy);
    BingoOutcome handOverPrize(qint64 attendeeId, const QString &givenBy);

    // The pool keywords an attendee's free-text keywords name.
    static QList<qint64> poolKeywordsOf(const QStringList &keywords, const QList<BingoKeyword> &pool);

private:
    struct Resolved;
    Resolved resolve(const QString &code);
    std::optional<BingoPlayer> playerFor(const Attendee &attendee, const QList<BingoKeyword> &pool);
    bool dealCardIfMissing(const Attendee &attendee, const QList<BingoKeyword> &pool, BingoOutcome &refusal);
    void updateProgress(BingoPlayer &player, const BingoSettings &settings, const QDateTime &now);
    bool checkedIn(qint64 attendeeId);
    Phrase notSetUpReason(int poolSize);

    EventStore &m_store;
    std::unique_ptr<BingoStore> m_bingo;
    const Clock &m_clock;
    QString m_eventTag;
    QString m_eventId;
};

} // namespace mannam
