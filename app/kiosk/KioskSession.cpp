#include "KioskSession.h"

#include "scanning/ScanDeduplicator.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"
#include "storage/WalCheckpointer.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace mannam {

KioskSession::KioskSession(EventFile &event, QString kioskName, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_kioskName(std::move(kioskName)),
      m_service(event.store(), clock),
      m_deduplicator(std::make_unique<ScanDeduplicator>(clock)),
      m_checkpointer(std::make_unique<WalCheckpointer>(event.database())),
      m_lockout(clock)
{
    qRegisterMetaType<BingoOutcome>();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &KioskSession::reset);
    reloadRules();
}

KioskSession::~KioskSession() = default;

void KioskSession::setResultTimeoutMs(int ms)
{
    m_resultTimeoutMs = std::max(1, ms);
}

void KioskSession::setWaitingTimeoutMs(int ms)
{
    m_waitingTimeoutMs = std::max(1, ms);
}

int KioskSession::remainingTimeMs() const
{
    return m_timeout.isActive() ? m_timeout.remainingTime() : -1;
}

bool KioskSession::hasPin()
{
    try {
        return m_service.hasKioskPin();
    } catch (const StorageError &) {
        return false;
    }
}

void KioskSession::submitCode(const QString &code, Source source, qint64 arrivalNs)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return;
    // A badge held in front of the camera is seen in every frame: one scan.
    // A scanner's or keyboard's code is a deliberate act each time: the same
    // badge again right away is somebody confused, who deserves the hint.
    if (source == Source::Camera && !m_deduplicator->accept(trimmed, u"camera"_s))
        return;
    if (const std::optional<QString> pin = KioskPin::fromPayload(trimmed)) {
        checkPin(*pin);
        return;
    }
    m_arrivalNs = arrivalNs;
    switch (m_state) {
    case State::WaitingForFirst:
    case State::ShowingMeeting:
    case State::ShowingRefusal:
    case State::NotSaved:
        // The next pair need not wait for the previous result to go away.
        takeFirst(trimmed);
        return;
    case State::WaitingForSecond:
        takeSecond(trimmed);
        return;
    case State::ChoosingKeywords:
        noteActivity();
        emit hintShown(Hint::FinishChoosing);
        return;
    }
}

void KioskSession::submitPin(const QString &pin)
{
    if (!pin.trimmed().isEmpty())
        checkPin(pin.trimmed());
}

void KioskSession::takeFirst(const QString &code)
{
    m_first.reset();
    m_choosing.reset();
    m_firstCode.clear();
    m_secondCode.clear();
    reloadRules();
    BingoOutcome outcome;
    if (!guarded([&] { outcome = m_service.identify(code); }))
        return;
    if (!outcome.ok() || !outcome.first) {
        showRefusal(outcome);
        return;
    }
    m_firstCode = code;
    m_first = outcome.first;
    if (m_first->needsKeywords) {
        m_choosing = m_first;
        enter(State::ChoosingKeywords);
        return;
    }
    enter(State::WaitingForSecond);
}

void KioskSession::takeSecond(const QString &code)
{
    if (code == m_firstCode) {
        // They scanned their own badge again: tell them, keep waiting for the other one.
        m_timeout.start(m_waitingTimeoutMs);
        emit hintShown(Hint::SameBadgeAgain);
        return;
    }
    // Identified first, so that someone without pool keywords can choose them
    // before the meeting is recorded: their keywords fill the other card.
    BingoOutcome second;
    if (!guarded([&] { second = m_service.identify(code); }))
        return;
    if (!second.ok() || !second.first) {
        showRefusal(second);
        return;
    }
    if (second.first->attendee.id == m_first->attendee.id) {
        m_timeout.start(m_waitingTimeoutMs); // their ticket after their badge: the same person
        emit hintShown(Hint::SameBadgeAgain);
        return;
    }
    m_secondCode = code;
    if (second.first->needsKeywords) {
        m_choosing = second.first;
        enter(State::ChoosingKeywords);
        return;
    }
    recordMeeting();
}

void KioskSession::recordMeeting()
{
    BingoOutcome outcome;
    if (!guarded([&] { outcome = m_service.meet(m_firstCode, m_secondCode, m_kioskName); }))
        return;
    m_first.reset();
    m_choosing.reset();
    m_firstCode.clear();
    m_secondCode.clear();
    if (!outcome.ok()) {
        showRefusal(outcome);
        return;
    }
    m_outcome = outcome;
    enter(State::ShowingMeeting); // the screen first: the pair is waiting for it
    emit meetingRecorded(m_outcome);
}

bool KioskSession::chooseKeywords(const QList<qint64> &keywordIds)
{
    if (m_state != State::ChoosingKeywords || !m_choosing)
        return false;
    if (keywordIds.isEmpty() || keywordIds.size() > MaxKeywordChoices)
        return false;
    QStringList labels;
    QSet<qint64> seen;
    for (const qint64 id : keywordIds) {
        const auto keyword = std::find_if(m_pool.cbegin(), m_pool.cend(),
                                          [id](const BingoKeyword &k) { return k.id == id; });
        if (keyword == m_pool.cend() || seen.contains(id))
            return false;
        seen.insert(id);
        labels << keyword->storedLabel();
    }
    const qint64 attendeeId = m_choosing->attendee.id;
    if (!guarded([&] { m_service.setKeywords(attendeeId, labels); }))
        return false;
    m_choosing->attendee.keywords = labels;
    m_choosing->needsKeywords = false;
    if (m_secondCode.isEmpty()) {
        m_first = m_choosing;
        m_choosing.reset();
        enter(State::WaitingForSecond);
    } else {
        m_choosing.reset();
        recordMeeting();
    }
    return true;
}

void KioskSession::noteActivity()
{
    if (m_state == State::WaitingForSecond || m_state == State::ChoosingKeywords)
        m_timeout.start(m_waitingTimeoutMs);
}

void KioskSession::reset()
{
    m_first.reset();
    m_choosing.reset();
    m_firstCode.clear();
    m_secondCode.clear();
    m_outcome = BingoOutcome();
    m_notSavedMessage.clear();
    m_arrivalNs = 0;
    reloadRules();
    enter(State::WaitingForFirst);
}

void KioskSession::checkPin(const QString &pin)
{
    if (m_lockout.isLocked()) {
        // Not even checked: guessing has to wait.
        emit pinRefused(m_lockout.remainingMs());
        return;
    }
    bool right = false;
    try {
        right = KioskPin::isAcceptable(pin) && m_service.verifyKioskPin(pin);
    } catch (const StorageError &error) {
        // Nothing was being recorded, so the pair on screen is left alone.
        emit storageFailed(error.message());
        return;
    }
    if (right) {
        m_lockout.recordSuccess();
        emit unlocked();
        return;
    }
    m_lockout.recordFailure();
    emit pinRefused(m_lockout.remainingMs());
}

void KioskSession::enter(State state)
{
    m_state = state;
    switch (state) {
    case State::WaitingForFirst:
        m_timeout.stop();
        break;
    case State::WaitingForSecond:
    case State::ChoosingKeywords:
        m_timeout.start(m_waitingTimeoutMs);
        break;
    case State::ShowingMeeting:
    case State::ShowingRefusal:
    case State::NotSaved:
        m_timeout.start(m_resultTimeoutMs);
        break;
    }
    emit stateChanged(state);
}

void KioskSession::showRefusal(const BingoOutcome &outcome)
{
    m_first.reset();
    m_choosing.reset();
    m_firstCode.clear();
    m_secondCode.clear();
    m_outcome = outcome;
    enter(State::ShowingRefusal);
}

void KioskSession::showNotSaved(const QString &message)
{
    m_first.reset();
    m_choosing.reset();
    m_firstCode.clear();
    m_secondCode.clear();
    m_outcome = BingoOutcome();
    m_notSavedMessage = message;
    enter(State::NotSaved);
    emit storageFailed(message);
}

void KioskSession::reloadRules()
{
    try {
        m_settings = m_service.settings();
        m_pool = m_service.keywordPool();
    } catch (const StorageError &) {
        // Keep what was read before; a scan that fails to save says so itself.
    }
}

bool KioskSession::guarded(const std::function<void()> &work)
{
    try {
        work(); // returns only after the commit
        return true;
    } catch (const StorageError &error) {
        showNotSaved(error.message());
        return false;
    }
}

} // namespace mannam
