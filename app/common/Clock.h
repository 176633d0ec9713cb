#pragma once

#include <QDateTime>

namespace mannam {

// The one source of "now" in the app. Services take a Clock so that tests can
// pin check-in times (FakeClock) instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    // The process-wide wall clock.
    static const Clock &system();
};

class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime startUtc) : m_now(startUtc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &utc) { m_now = utc.toUTC(); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

// UTC with milliseconds, sortable as text: 2026-11-22T09:42:01.123Z
QString toUtcText(const QDateTime &dateTime);
QDateTime fromUtcText(const QString &text);
// Local time with its UTC offset for exports: 2026-11-22T18:42:01.123+09:00
QString toLocalIsoWithOffset(const QDateTime &dateTime);

} // namespace mannam
