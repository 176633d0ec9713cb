#pragma once

#include "common/Clock.h"

#include <QString>

#include <optional>

namespace mannam {

// The organizer PIN that leaves kiosk mode. Stored only as a salted, slow
// PBKDF2-HMAC-SHA256 hash; typed, or scanned from a printed PIN QR.
namespace KioskPin {

constexpr int MinLength = 4;
constexpr int MaxLength = 12;
constexpr int Iterations = 120000;
constexpr int MaxIterations = 10 * Iterations; // verify() refuses hashes that claim more

// Digits only, MinLength..MaxLength: it is typed on a kiosk keypad and scanned
// through the same keyboard wedge as badges.
bool isAcceptable(const QString &pin);
QString hash(const QString &pin);                    // fresh random salt each time
bool verify(const QString &pin, const QString &storedHash);

// What the printed PIN QR holds; scanned at the kiosk it counts as typing the PIN.
QString qrPayload(const QString &pin);
// The PIN inside a scanned payload, if it is one (case-insensitive: an IME
// between the scanner and us may change the letters' case).
std::optional<QString> fromPayload(const QString &scanned);

} // namespace KioskPin

// Slows down guessing: after a few wrong PINs each further try waits longer.
class PinLockout
{
public:
    static constexpr int FreeTries = 3;

    explicit PinLockout(const Clock &clock = Clock::system()) : m_clock(clock) {}

    bool isLocked() const { return remainingMs() > 0; }
    qint64 remainingMs() const;
    void recordFailure();
    void recordSuccess();
    int failures() const { return m_failures; }

private:
    const Clock &m_clock;
    int m_failures = 0;
    QDateTime m_lockedUntil;
};

} // namespace mannam
