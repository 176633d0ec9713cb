#pragma once

#include "transfer/HeaderMapping.h"

#include <QCoreApplication>

namespace mannam {

// What the attendee fields are called on screen (the importer's own names,
// "ticket_type", are for the command line).
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(mannam::FieldLabels)

public:
    static QString label(AttendeeField field);
    // "name, ticket_type" (an updated line's changed fields) → "Name, Ticket type"
    static QString changedFields(const QString &fieldNames);
    // Every field in the order the column combo lists them, Ignore first.
    static QList<AttendeeField> choices();
};

} // namespace mannam
