#include "ScanDeduplicator.h"

namespace mannam {

namespace {

// Old entries are swept only once this many have piled up: the sweep is a walk
// over the table, and a desk sees a handful of distinct codes per window.
constexpr qsizetype SweepThreshold = 64;

} // namespace

ScanDeduplicator::ScanDeduplicator(const Clock &clock, std::chrono::milliseconds window)
    : m_clock(clock), m_window(window)
{
}

bool ScanDeduplicator::accept(const QString &code, const QString &sourceId)
{
    const QDateTime now = m_clock.nowUtc();
    const auto key = std::make_pair(sourceId, code);
    const auto found = m_accepted.constFind(key);
    if (found != m_accepted.constEnd()) {
        const qint64 elapsedMs = found.value().msecsTo(now);
        // A wall clock set back (NTP, a manual change) gives a negative age: accept
        // rather than block the code until the clock has caught up again. The
        // check-in service still refuses a real second admission.
        if (elapsedMs >= 0 && elapsedMs < m_window.count()) {
            // Still in view: a ticket held up for ten seconds is one scan, so
            // every sighting pushes the window on.
            m_accepted.insert(key, now);
            return false;
        }
    }
    if (m_accepted.size() >= SweepThreshold)
        forgetExpired(now);
    m_accepted.insert(key, now);
    return true;
}

void ScanDeduplicator::forgetExpired(const QDateTime &now)
{
    for (auto it = m_accepted.begin(); it != m_accepted.end();) {
        const qint64 elapsedMs = it.value().msecsTo(now);
        if (elapsedMs < 0 || elapsedMs >= m_window.count())
            it = m_accepted.erase(it);
        else
            ++it;
    }
}

} // namespace mannam
