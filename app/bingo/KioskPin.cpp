#include "KioskPin.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace mannam {

namespace KioskPin {

namespace {

const QString Scheme = u"pbkdf2-sha256"_s;
const QString PayloadPrefix = u"MANNAM-PIN:"_s;

// PBKDF2 (RFC 8018) with HMAC-SHA256, one 32-byte block.
QByteArray pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt);
    mac.addData(QByteArray("\x00\x00\x00\x01", 4));
    QByteArray u = mac.result();
    QByteArray derived = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (int j = 0; j < derived.size(); ++j)
            derived[j] = char(derived.at(j) ^ u.at(j));
    }
    return derived;
}

} // namespace

bool isAcceptable(const QString &pin)
{
    if (pin.size() < MinLength || pin.size() > MaxLength)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString hash(const QString &pin)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray derived = pbkdf2(pin.toUtf8(), salt, Iterations);
    return Scheme + u'$' + QString::number(Iterations) + u'$' + QString::fromLatin1(salt.toBase64()) + u'$'
            + QString::fromLatin1(derived.toBase64());
}

bool verify(const QString &pin, const QString &storedHash)
{
    const QStringList parts = storedHash.split(u'$');
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return false;
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    // A tampered count must not keep the kiosk busy for hours.
    if (!ok || iterations < 1 || iterations > MaxIterations)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray derived = pbkdf2(pin.toUtf8(), salt, iterations);
    // Compare every byte, so the time taken says nothing about the PIN.
    if (derived.size() != expected.size())
        return false;
    char difference = 0;
    for (int i = 0; i < derived.size(); ++i)
        difference = char(difference | (derived.at(i) ^ expected.at(i)));
    return difference == 0;
}

QString qrPayload(const QString &pin)
{
    return PayloadPrefix + pin;
}

std::optional<QString> fromPayload(const QString &scanned)
{
    const QString text = scanned.trimmed();
    if (!text.startsWith(PayloadPrefix, Qt::CaseInsensitive))
        return std::nullopt;
    return text.mid(PayloadPrefix.size());
}

} // namespace KioskPin

qint64 PinLockout::remainingMs() const
{
    if (!m_lockedUntil.isValid())
        return 0;
    return std::max<qint64>(0, m_clock.nowUtc().msecsTo(m_lockedUntil));
}

void PinLockout::recordFailure()
{
    ++m_failures;
    if (m_failures < FreeTries)
        return;
    // 5 s after the third wrong PIN, doubling each time, at most 5 minutes.
    const int doublings = std::min(m_failures - FreeTries, 6);
    const qint64 waitMs = std::min<qint64>(5'000LL << doublings, 300'000);
    m_lockedUntil = m_clock.nowUtc().addMSecs(waitMs);
}

void PinLockout::recordSuccess()
{
    m_failures = 0;
    m_lockedUntil = QDateTime();
}

} // namespace mannam
