#include "FieldLabels.h"

using namespace Qt::StringLiterals;

namespace mannam {

QString FieldLabels::label(AttendeeField field)
{
    using F = AttendeeField;
    switch (field) {
    case F::Ignore: return tr("Ignore this column");
    case F::Name: return tr("Name");
    case F::FirstName: return tr("First name");
    case F::LastName: return tr("Last name (family name)");
    case F::Email: return tr("Email");
    case F::Phone: return tr("Phone");
    case F::Affiliation: return tr("Affiliation");
    case F::TicketType: return tr("Ticket type");
    case F::ExternalId: return tr("Registration ID (platform)");
    case F::TicketCode: return tr("Ticket code (admits at the door)");
    case F::Status: return tr("Status (registered / cancelled)");
    case F::Notes: return tr("Notes");
    case F::Attention: return tr("Attention flag");
    case F::Keywords: return tr("Bingo keywords");
    case F::Consent: return tr("Consent to share contact details");
    }
    return {};
}

QString FieldLabels::changedFields(const QString &fieldNames)
{
    QStringList labels;
    const QStringList names = fieldNames.split(u',', Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const auto field = fieldFromName(name.trimmed());
        labels << (field ? label(*field) : name.trimmed());
    }
    return labels.join(u", "_s);
}

QList<AttendeeField> FieldLabels::choices()
{
    using F = AttendeeField;
    return {F::Ignore, F::Name, F::FirstName, F::LastName, F::Email, F::Phone, F::Affiliation,
            F::TicketType, F::Keywords, F::Consent, F::Status, F::Notes, F::Attention,
            F::ExternalId, F::TicketCode};
}

} // namespace mannam
