#pragma once

#include <QString>

#include <stdexcept>

namespace mannam {

// Thrown by the storage layer; caught where a user action ends (a CLI verb, a
// slot) and shown as a message. `message` is for people; `detail` (SQL and the
// bound values) is for the log and bug reports.
class StorageError : public std::runtime_error
{
public:
    enum class Kind { Generic, NotFound, NotOurs, TooNew, NeedsUpgrade, Corrupt, ReadOnly, Locked, Full, Constraint,
                      Unreachable /* the event's server cannot be reached */ };

    StorageError(Kind kind, QString message, QString detail = {})
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(std::move(message)),
          m_detail(std::move(detail))
    {
    }

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
};

} // namespace mannam
