#include "BingoService.h"

#include "BingoRules.h"
#include "KioskPin.h"
#include "checkin/AttendeeState.h"
#include "checkin/CodeLookup.h"
#include "storage/BingoStore.h"
#include "storage/EventStore.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

constexpr const char *Context = "mannam::BingoService";

Phrase phrase(const char *source, const QStringList &args = {})
{
    return Phrase{Context, source, args};
}

// Kiosk times are shown the same way in both languages.
QString clockTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(u"HH:mm"_s);
}

BingoOutcome refused(BingoResult result, Phrase why)
{
    BingoOutcome outcome;
    outcome.result = result;
    outcome.why = std::move(why);
    return outcome;
}

BingoOutcome closedRefusal(const BingoSettings &settings)
{
    return refused(BingoResult::KioskClosed,
                   phrase(QT_TRANSLATE_NOOP("mannam::BingoService", "The bingo is open from %1 to %2."),
                          {settings.kioskOpens.toString(u"HH:mm"_s), settings.kioskCloses.toString(u"HH:mm"_s)}));
}

Phrase notCheckedInReason(const QString &name)
{
    return phrase(QT_TRANSLATE_NOOP("mannam::BingoService", "%1 has not checked in at the door yet."), {name});
}

// One transaction that is committed only when the outcome is Ok: a refusal
// leaves the event file exactly as it was, whatever was written on the way.
template<typename Work>
BingoOutcome decideInOneTransaction(EventStore &store, Work &&work)
{
    WriteTransaction transaction(store.database());
    BingoOutcome outcome = work();
    if (outcome.ok())
        transaction.commit();
    return outcome;
}

// The pool as the organizer sees it: labels and categories in order, ids aside.
bool samePool(const QList<BingoKeyword> &stored, const QList<BingoKeyword> &wanted)
{
    if (stored.size() != wanted.size())
        return false;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const BingoKeyword &a = stored.at(i);
        const BingoKeyword &b = wanted.at(i);
        if (a.labelKo != b.labelKo.trimmed() || a.labelEn != b.labelEn.trimmed()
            || a.category != b.category.trimmed())
            return false;
    }
    return true;
}

} // namespace

// A code turned into a person, or the reason it could not be.
struct BingoService::Resolved
{
    BingoResult result = BingoResult::UnknownCode;
    std::optional<Attendee> attendee;
    Phrase why;
};

BingoService::BingoService(EventStore &store, const Clock &clock)
    : m_store(store), m_bingo(std::make_unique<BingoStore>(store)), m_clock(clock)
{
    const EventInfo info = store.eventInfo();
    m_eventTag = info.codeTag;
    m_eventId = info.eventId;
}

BingoService::~BingoService() = default;

BingoSettings BingoService::settings()
{
    return m_bingo->settings();
}

QList<BingoKeyword> BingoService::keywordPool()
{
    return m_bingo->keywordPool();
}

int BingoService::cardSize()
{
    const int chosen = m_bingo->settings().cardSize;
    return chosen ? chosen : BingoRules::suggestedCardSize(m_store.stats().registered);
}

QList<qint64> BingoService::poolKeywordsOf(const QStringList &keywords, const QList<BingoKeyword> &pool)
{
    QList<qint64> ids;
    for (const QString &text : keywords) {
        for (const BingoKeyword &keyword : pool) {
            if (keyword.matches(text) && !ids.contains(keyword.id))
                ids << keyword.id;
        }
    }
    return ids;
}

BingoOutcome BingoService::configure(const BingoSettings &wanted, const std::optional<QList<BingoKeyword>> &pool)
{
    return decideInOneTransaction(m_store, [&]() -> BingoOutcome {
        if (wanted.cardSize != 0
            && (wanted.cardSize < BingoRules::MinCardSize || wanted.cardSize > BingoRules::MaxCardSize))
            return refused(BingoResult::BadRules, phrase(QT_TRANSLATE_NOOP("mannam::BingoService",
                                                                           "The card size must be 3, 4 or 5.")));
        const BingoSettings current = m_bingo->settings();
        // "Automatic" stays automatic until the first card is dealt (the size then
        // follows the registrations imported meanwhile); once cards exist it
        // means "keep the size they have".
        const bool automatic = wanted.cardSize == 0;
        const bool dealt = current.cardSize != 0 && m_bingo->cardCount() > 0;
        const int size = !automatic ? wanted.cardSize
                : dealt             ? current.cardSize
                                    : BingoRules::suggestedCardSize(m_store.stats().registered);
        if (wanted.linesToWin < 1 || wanted.linesToWin > BingoRules::maxLines(size))
            return refused(BingoResult::BadRules,
                           phrase(QT_TRANSLATE_NOOP("mannam::BingoService",
                                                    "Lines to win must be between 1 and %1 on a %2×%2 card."),
                                  {QString::number(BingoRules::maxLines(size)), QString::number(size)}));
        if (pool) {
            QSet<QString> seen;
            for (const BingoKeyword &keyword : *pool) {
                if (keyword.labelKo.trimmed().isEmpty() && keyword.labelEn.trimmed().isEmpty())
                    return refused(BingoResult::BadRules, phrase(QT_TRANSLATE_NOOP(
                            "mannam::BingoService", "Every keyword needs a Korean or an English label.")));
                // Both labels of one keyword may be the same word ("LLM"); two keywords may not.
                QSet<QString> own;
                for (const QString &label : {keyword.labelKo, keyword.labelEn}) {
                    const QString key = label.trimmed().toCaseFolded();
                    if (key.isEmpty() || own.contains(key))
                        continue;
                    if (seen.contains(key))
                        return refused(BingoResult::BadRules,
                                       phrase(QT_TRANSLATE_NOOP("mannam::BingoService",
                                                                "The keyword “%1” appears twice in the pool."),
                                              {label.trimmed()}));
                    own.insert(key);
                }
                seen.unite(own);
            }
        }
        if (wanted.kioskOpens.isValid() && wanted.kioskCloses.isValid() && wanted.kioskOpens == wanted.kioskCloses)
            return refused(BingoResult::BadRules,
                           phrase(QT_TRANSLATE_NOOP("mannam::BingoService",
                                                    "The kiosk cannot open and close at the same time (%1)."),
                                  {wanted.kioskOpens.toString(u"HH:mm"_s)}));
        const int poolSize = int(pool ? pool->size() : m_bingo->keywordPool().size());
        const int needed = BingoRules::keywordsPerCard(size, wanted.freeCentre);
        // An empty pool is "not loaded yet": the other rules may be set first.
        if (poolSize > 0 && poolSize < needed)
            return refused(BingoResult::BadRules,
                           phrase(QT_TRANSLATE_NOOP("mannam::BingoService",
                                                    "A %1×%1 card needs %2 keywords; the pool has %3. "
                                                    "Add keywords or choose a smaller card."),
                                  {QString::number(size), QString::number(needed), QString::number(poolSize)}));

        // A screen that always sends the pool back unchanged is not changing it.
        const bool poolChanges = pool && !samePool(m_bingo->keywordPool(), *pool);
        const bool cardsChange = poolChanges || (current.cardSize != 0 && size != current.cardSize)
                || BingoRules::hasFreeCentre(size, wanted.freeCentre)
                        != BingoRules::hasFreeCentre(size, current.freeCentre);
        if (cardsChange) {
            const int meetings = m_bingo->meetingCount();
            if (meetings > 0)
                return refused(BingoResult::BadRules,
                               phrase(QT_TRANSLATE_NOOP("mannam::BingoService",
                                                        "Meetings are already recorded (%1), so the cards, their size "
                                                        "and the keyword pool can no longer change. Lines to win, "
                                                        "the check-in rule and the kiosk hours still can."),
                                      {QString::number(meetings)}));
            if (poolChanges) {
                QList<BingoKeyword> cleaned = *pool;
                for (BingoKeyword &keyword : cleaned) {
                    keyword.labelKo = keyword.labelKo.trimmed();
                    keyword.labelEn = keyword.labelEn.trimmed();
                    keyword.category = keyword.category.trimmed();
                }
                m_bingo->replaceKeywordPool(cleaned);
            } else {
                m_bingo->deleteAllCards(); // dealt again with the new size on first use
            }
        }
        BingoSettings stored = wanted;
        stored.cardSize = automatic && !dealt ? 0 : size;
        m_bingo->saveSettings(stored);
        // Fewer lines to win: whoever already has them wins now, not at their next meeting.
        if (!cardsChange && wanted.linesToWin < current.linesToWin)
            m_bingo->markWinners(wanted.linesToWin, m_clock.nowUtc());
        BingoOutcome outcome;
        outcome.result = BingoResult::Ok;
        return outcome;
    });
}

void BingoService::setKioskPin(const QString &pin)
{
    Q_ASSERT(KioskPin::isAcceptable(pin));
    const QString hashed = KioskPin::hash(pin);
    m_store.write([&] { m_bingo->setKioskPinHash(hashed); });
}

bool BingoService::hasKioskPin()
{
    return !m_bingo->kioskPinHash().isEmpty();
}

bool BingoService::verifyKioskPin(const QString &pin)
{
    return KioskPin::verify(pin, m_bingo->kioskPinHash());
}

Phrase BingoService::notSetUpReason(int poolSize)
{
    const BingoSettings s = m_bingo->settings();
    const int size = s.cardSize ? s.cardSize : BingoRules::suggestedCardSize(m_store.stats().registered);
    return phrase(QT_TRANSLATE_NOOP("mannam::BingoService",
                                    "The bingo is not set up yet: a %1×%1 card needs %2 keywords and the pool "
                                    "has %3. Please tell the organizers."),
                  {QString::number(size), QString::number(BingoRules::keywordsPerCard(size, s.freeCentre)),
                   QString::number(poolSize)});
}

BingoService::Resolved BingoService::resolve(const QString &code)
{
    Resolved resolved;
    const CodeLookup lookup = CodeLookup::find(m_store, code, m_eventTag);
    switch (lookup.result) {
    case CodeLookup::Result::Found:
        resolved.attendee = lookup.owner->attendee;
        if (resolved.attendee->status == AttendeeStatus::Cancelled) {
            resolved.result = BingoResult::Cancelled;
            resolved.why = phrase(QT_TRANSLATE_NOOP("mannam::BingoService",
                                                    "The registration of %1 is cancelled. Please ask at the desk."),
                                  {resolved.attendee->name});
        } else {
            resolved.result = BingoResult::Ok;
        }
        break;
    case CodeLookup::Result::BadCheckDigit:
        resolved.result = BingoResult::InvalidCode;
        resolved.why = phrase(QT_TRANSLATE_NOOP("mannam::BingoService",
                                                "This code was not read correctly. Please scan it again."));
        break;
    case CodeLookup::Result::OtherEvent:
        resolved.result = BingoResult::OtherEvent;
        resolved.why = phrase(QT_TRANSLATE_NOOP("mannam::BingoService", "This badge is from another event."));
        break;
    case CodeLookup::Result::Empty:
    case CodeLookup::Result::Unknown:
        resolved.result = BingoResult::UnknownCode;
        resolved.why = phrase(QT_TRANSLATE_NOOP("mannam::BingoService",
                                                "This code is not registered for this event."));
        break;
    }
    return resolved;
}

bool BingoService::checkedIn(qint64 attendeeId)
{
    return AttendeeState::fromLog(m_store.logFor(attendeeId)).admitted;
}

bool BingoService::dealCardIfMissing(const Attendee &attendee, const QList<BingoKeyword> &pool, BingoOutcome &refusal)
{
    if (m_bingo->card(attendee.id))
        return true;
    BingoSettings s = m_bingo->settings();
    const bool sizeChosen = s.cardSize != 0;
    if (!sizeChosen)
        s.cardSize = BingoRules::suggestedCardSize(m_store.stats().registered);
    if (pool.size() < BingoRules::keywordsPerCard(s.cardSize, s.freeCentre)) {
        refusal = refused(BingoResult::NotSetUp, notSetUpReason(int(pool.size())));
        return false;
    }
    if (!sizeChosen)
        m_bingo->saveSettings(s); // the first card fixes the size for the whole event
    QList<qint64> ids;
    ids.reserve(pool.size());
    for (const BingoKeyword &keyword : pool)
        ids << keyword.id;
    const QByteArray seed = m_eventId.toUtf8() + ':' + QByteArray::number(attendee.id);
    m_bingo->insertCard(attendee.id, s.cardSize, BingoRules::dealCard(ids, s.cardSize, s.freeCentre, seed),
                        m_clock.nowUtc());
    return true;
}

std::optional<BingoPlayer> BingoService::playerFor(const Attendee &attendee, const QList<BingoKeyword> &pool)
{
    auto card = m_bingo->card(attendee.id);
    if (!card)
        return std::nullopt;
    BingoPlayer player;
    player.attendee = attendee;
    player.card = *card;
    player.peopleMet = m_bingo->peopleMet(attendee.id);
    player.winnerRank = m_bingo->winnerRank(attendee.id);
    player.needsKeywords = poolKeywordsOf(attendee.keywords, pool).isEmpty();
    return player;
}

BingoOutcome BingoService::identify(const QString &code)
{
    return decideInOneTransaction(m_store, [&]() -> BingoOutcome {
        const BingoSettings s = m_bingo->settings();
        if (!BingoRules::kioskOpen(s, m_clock.nowUtc().toLocalTime().time()))
            return closedRefusal(s);
        Resolved person = resolve(code);
        if (person.result != BingoResult::Ok) {
            BingoOutcome outcome = refused(person.result, person.why);
            if (person.attendee)
                outcome.first = BingoPlayer{*person.attendee};
            return outcome;
        }
        if (s.meetingNeedsCheckIn && !checkedIn(person.attendee->id)) {
            BingoOutcome outcome = refused(BingoResult::NotCheckedIn,
                                           notCheckedInReason(person.attendee->name));
            outcome.first = BingoPlayer{*person.attendee};
            return outcome;
        }
        const QList<BingoKeyword> pool = m_bingo->keywordPool();
        BingoOutcome outcome;
        if (!dealCardIfMissing(*person.attendee, pool, outcome))
            return outcome;
        outcome.result = BingoResult::Ok;
        outcome.first = playerFor(*person.attendee, pool);
        return outcome;
    });
}

void BingoService::setKeywords(qint64 attendeeId, const QStringList &keywords)
{
    QStringList cleaned;
    for (const QString &keyword : keywords) {
        const QString trimmed = keyword.trimmed();
        if (!trimmed.isEmpty() && !cleaned.contains(trimmed, Qt::CaseInsensitive))
            cleaned << trimmed;
    }
    m_store.write([&] { m_store.replaceKeywords(attendeeId, cleaned.mid(0, Attendee::MaxKeywords)); });
}

void BingoService::updateProgress(BingoPlayer &player, const BingoSettings &settings, const QDateTime &now)
{
    BingoCard &card = player.card;
    card.lines = BingoRules::countLines(card.size, card.filledMask());
    player.wonNow = !card.wonAt.isValid() && card.lines >= settings.linesToWin;
    if (player.wonNow)
        card.wonAt = now;
    m_bingo->setCardProgress(card.attendeeId, card.lines, player.wonNow ? now : QDateTime());
}

BingoOutcome BingoService::meet(const QString &codeA, const QString &codeB, const QString &kiosk)
{
    return decideInOneTransaction(m_store, [&]() -> BingoOutcome {
        const BingoSettings s = m_bingo->settings();
        const QDateTime now = m_clock.nowUtc();
        if (!BingoRules::kioskOpen(s, now.toLocalTime().time()))
            return closedRefusal(s);
        const Resolved a = resolve(codeA);
        const Resolved b = resolve(codeB);
        const auto withPeople = [&](BingoOutcome outcome) {
            if (a.attendee)
                outcome.first = BingoPlayer{*a.attendee};
            if (b.attendee)
                outcome.second = BingoPlayer{*b.attendee};
            return outcome;
        };
        if (a.result != BingoResult::Ok)
            return withPeople(refused(a.result, a.why));
        if (b.result != BingoResult::Ok)
            return withPeople(refused(b.result, b.why));
        if (a.attendee->id == b.attendee->id)
            return withPeople(refused(BingoResult::SamePerson,
                                      phrase(QT_TRANSLATE_NOOP("mannam::BingoService",
                                                               "That is the same person twice. Scan the badge of "
                                                               "the person you met."))));
        if (const auto earlier = m_bingo->meetingBetween(a.attendee->id, b.attendee->id)) {
            BingoOutcome outcome = withPeople(refused(
                    BingoResult::AlreadyMet,
                    phrase(QT_TRANSLATE_NOOP("mannam::BingoService", "You two already met at %1."),
                           {clockTime(earlier->at)})));
            outcome.meeting = *earlier;
            return outcome;
        }
        if (s.meetingNeedsCheckIn) {
            for (const Attendee &person : {*a.attendee, *b.attendee}) {
                if (!checkedIn(person.id))
                    return withPeople(refused(BingoResult::NotCheckedIn,
                                              notCheckedInReason(person.name)));
            }
        }
        const QList<BingoKeyword> pool = m_bingo->keywordPool();
        BingoOutcome outcome;
        if (!dealCardIfMissing(*a.attendee, pool, outcome) || !dealCardIfMissing(*b.attendee, pool, outcome))
            return withPeople(outcome);

        Meeting meeting;
        meeting.attendeeLo = std::min(a.attendee->id, b.attendee->id);
        meeting.attendeeHi = std::max(a.attendee->id, b.attendee->id);
        meeting.at = now;
        meeting.kiosk = kiosk;
        meeting.nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_bingo->insertMeeting(meeting);

        // A's keywords fill B's card and B's fill A's, square by square.
        const QList<int> filledOnB = m_bingo->fillSquares(b.attendee->id, poolKeywordsOf(a.attendee->keywords, pool),
                                                          a.attendee->id, meeting.id);
        const QList<int> filledOnA = m_bingo->fillSquares(a.attendee->id, poolKeywordsOf(b.attendee->keywords, pool),
                                                          b.attendee->id, meeting.id);
        outcome.first = playerFor(*a.attendee, pool);
        outcome.second = playerFor(*b.attendee, pool);
        outcome.first->justFilled = filledOnA;
        outcome.second->justFilled = filledOnB;
        updateProgress(*outcome.first, s, now);
        updateProgress(*outcome.second, s, now);
        // A new winner is ranked once both cards are stored (the two may win in
        // the same meeting); an earlier winner's rank cannot change.
        for (BingoPlayer *player : {&*outcome.first, &*outcome.second}) {
            if (player->wonNow)
                player->winnerRank = m_bingo->winnerRank(player->attendee.id);
        }
        outcome.meeting = meeting;
        outcome.result = BingoResult::Ok;
        return outcome;
    });
}

BingoOutcome BingoService::handOverPrize(const QString &code, const QString &givenBy)
{
    const Resolved person = m_store.write([&] { return resolve(code); });
    if (!person.attendee || person.result == BingoResult::UnknownCode)
        return refused(person.result, person.why);
    return handOverPrize(person.attendee->id, givenBy);
}

BingoOutcome BingoService::handOverPrize(qint64 attendeeId, const QString &givenBy)
{
    return decideInOneTransaction(m_store, [&]() -> BingoOutcome {
        const auto attendee = m_store.attendee(attendeeId);
        if (!attendee)
            return refused(BingoResult::UnknownCode, phrase(QT_TRANSLATE_NOOP(
                    "mannam::BingoService", "This code is not registered for this event.")));
        const QList<BingoKeyword> pool = m_bingo->keywordPool();
        const auto player = playerFor(*attendee, pool);
        if (!player || player->winnerRank == 0) {
            BingoOutcome outcome = refused(BingoResult::NotWinner,
                                           phrase(QT_TRANSLATE_NOOP("mannam::BingoService",
                                                                    "%1 has not completed a bingo yet."),
                                                  {attendee->name}));
            outcome.first = player ? *player : BingoPlayer{*attendee};
            return outcome;
        }
        BingoOutcome outcome;
        outcome.first = player;
        if (const auto earlier = m_bingo->prizeHandover(attendeeId)) {
            outcome.result = BingoResult::PrizeAlreadyGiven;
            outcome.prize = earlier;
            outcome.why = phrase(QT_TRANSLATE_NOOP("mannam::BingoService",
                                                   "%1 already collected the prize at %2 (%3)."),
                                 {attendee->name, clockTime(earlier->at), earlier->givenBy});
            return outcome;
        }
        outcome.prize = PrizeHandover{attendeeId, m_clock.nowUtc(), givenBy};
        m_bingo->insertPrizeHandover(*outcome.prize);
        outcome.result = BingoResult::Ok;
        return outcome;
    });
}

} // namespace mannam
