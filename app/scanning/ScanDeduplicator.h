#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>
#include <utility>

namespace mannam {

// Turns a stream of decoded codes into scans: a camera sees the same ticket in
// dozens of frames, and a ticket held up for a second must be one check-in, not
// thirty. A code is refused while the same source accepted it less than the window
// ago; every sighting extends the window (a code held in view is one scan). Another
// source (a second camera, the wedge scanner) is independent.
class ScanDeduplicator
{
public:
    static constexpr std::chrono::milliseconds DefaultWindow{3000};

    explicit ScanDeduplicator(const Clock &clock = Clock::system(),
                              std::chrono::milliseconds window = DefaultWindow);

    // True when this is a new scan: then it is remembered for the window.
    bool accept(const QString &code, const QString &sourceId);

    std::chrono::milliseconds window() const { return m_window; }
    void setWindow(std::chrono::milliseconds window) { m_window = window; }
    // Forgets every scan, e.g. when the desk switches between entry and exit.
    void clear() { m_accepted.clear(); }

private:
    void forgetExpired(const QDateTime &now);

    const Clock &m_clock;
    std::chrono::milliseconds m_window;
    // (source, code) → when it was last seen.
    QHash<std::pair<QString, QString>, QDateTime> m_accepted;
};

} // namespace mannam
