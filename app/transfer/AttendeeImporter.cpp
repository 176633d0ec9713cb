#include "AttendeeImporter.h"

#include "CsvReader.h"
#include "PhoneNumber.h"
#include "codes/TicketCode.h"
#include "storage/EventStore.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

bool containsHangul(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F))
            return true;
    }
    return false;
}

// Text from the file as reports and messages show it: a hostile 10 MB cell
// must not become a 10 MB message.
QString shown(const QString &text)
{
    if (text.size() <= AttendeeImporter::ShownTextLength)
        return text;
    return text.left(AttendeeImporter::ShownTextLength - 1) + u'…';
}

QString shownColumns(const QStringList &headers)
{
    QStringList names;
    names.reserve(headers.size());
    for (const QString &header : headers)
        names << shown(header);
    return names.join(u", "_s);
}

// Korean names are family name first with no space (홍 + 길동 = 홍길동);
// others are "First Last". Names are never split again after this.
QString joinName(const QString &first, const QString &last)
{
    if (first.isEmpty() || last.isEmpty())
        return QString(first + last).trimmed();
    if (containsHangul(first) && containsHangul(last))
        return last + first;
    return first + u' ' + last;
}

// Everybody the import can match a line to: the people already in the event
// and those the file adds, with the keys a line is matched by.
class PeopleIndex
{
public:
    struct Person
    {
        Attendee attendee;
        bool existing = false;
        int seenAtLine = 0;  // the line of this file that matched or added the person
        bool changed = false;
    };

    void add(const Person &person)
    {
        people.append(person);
        index(int(people.size()) - 1);
    }

    void reindex(int i) { index(i); }

    // External id first, then the platform's ticket code; then email, then phone, but never a person whose
    // different external id says it is somebody else (one buyer's email on
    // several tickets).
    int find(const Attendee &candidate) const
    {
        if (!candidate.externalId.isEmpty())
            if (auto it = byExternalId.constFind(candidate.externalId); it != byExternalId.constEnd())
                return it.value();
        if (!candidate.ticketCode.isEmpty())
            if (auto it = byCode.constFind(candidate.ticketCode); it != byCode.constEnd())
                return it.value();
        const auto compatible = [&](int i) {
            const QString &other = people.at(i).attendee.externalId;
            return candidate.externalId.isEmpty() || other.isEmpty() || other == candidate.externalId;
        };
        if (!candidate.email.isEmpty()) {
            for (int i : byEmail.value(candidate.email.toLower()))
                if (compatible(i))
                    return i;
        }
        const QString phoneKey = phoneMatchKey(candidate.phone);
        if (!phoneKey.isEmpty()) {
            for (int i : byPhone.value(phoneKey))
                if (compatible(i))
                    return i;
        }
        return -1;
    }

    QList<Person> people;
    QHash<QString, int> byCode;

private:
    void index(int i)
    {
        const Attendee &a = people.at(i).attendee;
        if (!a.externalId.isEmpty())
            byExternalId.insert(a.externalId, i);
        if (!a.email.isEmpty() && !byEmail.value(a.email.toLower()).contains(i))
            byEmail[a.email.toLower()].append(i);
        const QString phoneKey = phoneMatchKey(a.phone);
        if (!phoneKey.isEmpty() && !byPhone.value(phoneKey).contains(i))
            byPhone[phoneKey].append(i);
        if (!a.ticketCode.isEmpty())
            byCode.insert(a.ticketCode, i);
        if (!a.badgeCode.isEmpty())
            byCode.insert(a.badgeCode, i);
    }

    QHash<QString, int> byExternalId;
    QHash<QString, QList<int>> byEmail;
    QHash<QString, QList<int>> byPhone;
};

// One line of the file read into attendee fields; `present` says which fields
// the file has a column for, so that an import never wipes what it does not know.
struct LineValues
{
    Attendee attendee;
    QSet<AttendeeField> present;
    QStringList warnings;
};

LineValues readLine(const QStringList &cells, const QList<AttendeeField> &fields, int line)
{
    LineValues values;
    Attendee &a = values.attendee;
    QString first;
    QString last;
    for (int column = 0; column < fields.size(); ++column) {
        const AttendeeField field = fields.at(column);
        const QString cell = column < cells.size() ? cells.at(column).trimmed() : QString();
        if (field == AttendeeField::Ignore)
            continue;
        values.present.insert(field);
        switch (field) {
        case AttendeeField::Name: a.name = cell; break;
        case AttendeeField::FirstName: first = cell; break;
        case AttendeeField::LastName: last = cell; break;
        case AttendeeField::Email: a.email = cell; break;
        case AttendeeField::Phone: a.phone = normalisePhone(cell); break;
        case AttendeeField::Affiliation: a.affiliation = cell; break;
        case AttendeeField::TicketType: a.ticketType = cell; break;
        case AttendeeField::ExternalId: a.externalId = cell; break;
        case AttendeeField::TicketCode: a.ticketCode = TicketCode::stripGrouping(cell); break;
        case AttendeeField::Status:
            a.status = isCancelledStatus(cell) ? AttendeeStatus::Cancelled : AttendeeStatus::Registered;
            break;
        case AttendeeField::Notes: a.notes = cell; break;
        case AttendeeField::Attention: {
            const auto flag = parseYesNo(cell);
            a.attention = flag.value_or(!cell.isEmpty());
            break;
        }
        case AttendeeField::Keywords: {
            QStringList keywords = splitKeywords(cell);
            if (keywords.size() > Attendee::MaxKeywords) {
                values.warnings << AttendeeImporter::tr("line %1: only the first %2 keywords are kept")
                                           .arg(line)
                                           .arg(Attendee::MaxKeywords);
                keywords = keywords.mid(0, Attendee::MaxKeywords);
            }
            a.keywords = keywords;
            break;
        }
        case AttendeeField::Consent: {
            const auto consent = parseYesNo(cell);
            if (!consent && !cell.isEmpty())
                values.warnings << AttendeeImporter::tr("line %1: consent '%2' is not yes or no; taken as no")
                                           .arg(line)
                                           .arg(shown(cell));
            a.consent = consent.value_or(false);
            break;
        }
        case AttendeeField::Ignore:
            break;
        }
    }
    if (values.present.contains(AttendeeField::FirstName) || values.present.contains(AttendeeField::LastName)) {
        if (a.name.isEmpty())
            a.name = joinName(first, last);
        values.present.insert(AttendeeField::Name);
    }
    if (!a.email.isEmpty() && !looksLikeEmail(a.email))
        values.warnings << AttendeeImporter::tr("line %1: '%2' does not look like an email address").arg(line).arg(shown(a.email));
    return values;
}

// Copies the fields the file has onto an existing person; returns the names of
// the fields that changed. Empty cells never erase what is already known.
QStringList mergeInto(Attendee &target, const LineValues &values)
{
    QStringList changed;
    const Attendee &source = values.attendee;
    const auto take = [&](AttendeeField field, auto member, const QString &label) {
        if (!values.present.contains(field))
            return;
        const auto &incoming = source.*member;
        if constexpr (std::is_same_v<std::decay_t<decltype(incoming)>, QString>) {
            if (incoming.isEmpty())
                return;
        }
        if (target.*member != incoming) {
            target.*member = incoming;
            changed << label;
        }
    };
    take(AttendeeField::Name, &Attendee::name, u"name"_s);
    take(AttendeeField::Email, &Attendee::email, u"email"_s);
    take(AttendeeField::Phone, &Attendee::phone, u"phone"_s);
    take(AttendeeField::Affiliation, &Attendee::affiliation, u"affiliation"_s);
    take(AttendeeField::TicketType, &Attendee::ticketType, u"ticket_type"_s);
    take(AttendeeField::ExternalId, &Attendee::externalId, u"external_id"_s);
    take(AttendeeField::TicketCode, &Attendee::ticketCode, u"code"_s);
    take(AttendeeField::Status, &Attendee::status, u"status"_s);
    take(AttendeeField::Notes, &Attendee::notes, u"notes"_s);
    take(AttendeeField::Attention, &Attendee::attention, u"attention"_s);
    if (!source.keywords.isEmpty())
        take(AttendeeField::Keywords, &Attendee::keywords, u"keywords"_s);
    take(AttendeeField::Consent, &Attendee::consent, u"consent"_s);
    return changed;
}

} // namespace

int ImportPlan::count(ImportLine::Outcome outcome) const
{
    return int(std::count_if(lines.cbegin(), lines.cend(),
                             [outcome](const ImportLine &line) { return line.outcome == outcome; }));
}

AttendeeImporter::AttendeeImporter(EventStore &store, const Clock &clock)
    : m_store(store), m_clock(clock)
{
}

ImportPlan AttendeeImporter::plan(const QByteArray &fileBytes, const ImportOptions &options,
                                  const ImportProgress &progress)
{
    ImportPlan plan;
    const DecodedText decoded = decodeText(fileBytes, options.encoding);
    if (!decoded.ok()) {
        plan.error = decoded.error;
        return plan;
    }
    plan.encoding = decoded.encoding;

    const CsvTable table = parseCsv(decoded.text, detectDelimiter(decoded.text));
    if (!table.ok()) {
        plan.error = table.error;
        return plan;
    }
    if (table.records.isEmpty()) {
        plan.error = tr("The file is empty.");
        return plan;
    }
    plan.headers = table.records.first().fields;
    if (plan.headers.size() > MaxColumns) {
        plan.error = tr("Line 1 has %1 columns; a registration export has at most %2. Is this the right file?")
                             .arg(plan.headers.size())
                             .arg(MaxColumns);
        plan.headers.clear();
        return plan;
    }
    plan.fields = guessFields(plan.headers);

    QSet<int> explicitlyMapped;
    for (const auto &[column, fieldText] : options.explicitMapping) {
        const auto field = fieldFromName(fieldText.trimmed());
        if (!field) {
            plan.error = tr("Unknown field '%1' in --map. Fields: %2").arg(fieldText, allFieldNames().join(u", "_s));
            return plan;
        }
        // Two columns with the same name (two form questions alike) are told
        // apart by order: each choice goes to the first such column not chosen
        // for yet; naming a column again overrides the earlier choice.
        int found = -1;
        int lastMatch = -1;
        for (int i = 0; i < plan.headers.size(); ++i) {
            if (plan.headers.at(i).trimmed().compare(column.trimmed(), Qt::CaseInsensitive) != 0)
                continue;
            lastMatch = i;
            if (found < 0 && !explicitlyMapped.contains(i))
                found = i;
        }
        if (found < 0)
            found = lastMatch;
        if (found < 0) {
            plan.error = tr("The file has no column '%1'. Columns: %2").arg(column, shownColumns(plan.headers));
            return plan;
        }
        // A field comes from one column: the explicit choice wins over a guess.
        if (*field != AttendeeField::Ignore)
            std::replace(plan.fields.begin(), plan.fields.end(), *field, AttendeeField::Ignore);
        plan.fields[found] = *field;
        explicitlyMapped.insert(found);
    }
    const bool hasName = plan.fields.contains(AttendeeField::Name) || plan.fields.contains(AttendeeField::FirstName)
            || plan.fields.contains(AttendeeField::LastName);
    if (!hasName) {
        plan.error = tr("No column holds the attendees' names. Name it with --map \"Column=name\". Columns: %1")
                             .arg(shownColumns(plan.headers));
        return plan;
    }

    PeopleIndex people;
    const QList<Attendee> existing = m_store.attendees();
    for (const Attendee &a : existing)
        people.add({a, true, 0, false});

    const int lineCount = int(table.records.size() - 1);
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const int planned = int(r - 1);
        if (progress && planned % ProgressStep == 0 && !progress(planned, lineCount))
            return cancelledPlan(plan);
        const CsvRecord &record = table.records.at(r);
        if (record.fields.size() > plan.headers.size()) {
            plan.error = tr("Line %1 has %2 fields but the header has %3: a comma inside an unquoted field?")
                                 .arg(record.line)
                                 .arg(record.fields.size())
                                 .arg(plan.headers.size());
            plan.lines.clear();
            return plan;
        }
        if (const std::optional<ImportLine> tooLong = lineWithTooLongCell(record, plan.fields)) {
            plan.lines << *tooLong;
            continue;
        }
        LineValues values = readLine(record.fields, plan.fields, record.line);
        plan.warnings << values.warnings;
        const Attendee &candidate = values.attendee;
        ImportLine line{record.line, ImportLine::Outcome::Skipped, shown(candidate.name), {}};

        if (candidate.name.isEmpty()) {
            line.detail = tr("no name");
            plan.lines << line;
            continue;
        }
        const int match = people.find(candidate);
        if (match >= 0 && people.people.at(match).seenAtLine > 0) {
            line.detail = tr("the same person as line %1").arg(people.people.at(match).seenAtLine);
            plan.lines << line;
            continue;
        }
        if (!candidate.ticketCode.isEmpty()) {
            const int owner = people.byCode.value(candidate.ticketCode, -1);
            // A badge code is never a ticket code, not even its owner's: the badge must not admit.
            const bool isBadge = owner >= 0 && people.people.at(owner).attendee.badgeCode == candidate.ticketCode;
            if (owner >= 0 && (owner != match || isBadge)) {
                const QString ownerName = shown(people.people.at(owner).attendee.name);
                line.detail = isBadge ? tr("code %1 is the badge code of %2, not a ticket code")
                                                .arg(shown(candidate.ticketCode), ownerName)
                                      : tr("code %1 already belongs to %2").arg(shown(candidate.ticketCode), ownerName);
                plan.lines << line;
                continue;
            }
        }
        if (match >= 0) {
            auto &person = people.people[match];
            person.seenAtLine = record.line;
            const QStringList changed = mergeInto(person.attendee, values);
            if (changed.isEmpty()) {
                line.outcome = ImportLine::Outcome::Unchanged;
            } else {
                line.outcome = ImportLine::Outcome::Updated;
                line.detail = changed.join(u", "_s);
                person.changed = true;
            }
            people.reindex(match);
        } else {
            Attendee added = candidate;
            added.source = AttendeeSource::Import;
            people.add({added, false, record.line, false});
            line.outcome = ImportLine::Outcome::Added;
        }
        plan.lines << line;
    }

    if (progress && !progress(lineCount, lineCount))
        return cancelledPlan(plan);

    // Codes for the new people, unique among all codes of the event and the file.
    QSet<QString> taken;
    for (auto it = people.byCode.cbegin(); it != people.byCode.cend(); ++it)
        taken.insert(it.key());
    const QString tag = m_store.eventInfo().codeTag;
    for (auto &person : people.people) {
        if (person.existing) {
            if (person.changed)
                plan.toUpdate << person.attendee;
            continue;
        }
        Attendee &a = person.attendee;
        if (a.ticketCode.isEmpty()) {
            a.ticketCode = TicketCode::generate(tag, taken);
            taken.insert(a.ticketCode);
        }
        a.badgeCode = TicketCode::generate(tag, taken);
        taken.insert(a.badgeCode);
        plan.toAdd << a;
    }
    return plan;
}

ImportPlan AttendeeImporter::import(const QByteArray &fileBytes, const ImportOptions &options,
                                    const ImportProgress &progress)
{
    // Thrown inside the write transaction so that it rolls back.
    struct Cancelled {};
    ImportPlan result;
    try {
        // Planned inside the transaction: nobody can add the same person between
        // the plan and the writes.
        m_store.write([&] {
            result = plan(fileBytes, options);
            if (!result.ok())
                return;
            const int total = int(result.toAdd.size() + result.toUpdate.size());
            int done = 0;
            const auto report = [&] {
                if (progress && !progress(done, total))
                    throw Cancelled{};
            };
            report();
            const QDateTime now = m_clock.nowUtc();
            for (Attendee &a : result.toAdd) {
                m_store.insertAttendee(a, now);
                if (++done % ProgressStep == 0 && done < total)
                    report();
            }
            for (const Attendee &a : std::as_const(result.toUpdate)) {
                m_store.updateAttendee(a, now);
                if (++done % ProgressStep == 0 && done < total)
                    report();
            }
            if (total > 0)
                report();  // the last chance to stop: nothing is committed yet
        });
    } catch (const Cancelled &) {
        for (Attendee &a : result.toAdd)
            a.id = 0;  // the rows they were given are gone
        cancelledPlan(result);
    }
    return result;
}

std::optional<ImportLine> AttendeeImporter::lineWithTooLongCell(const CsvRecord &record,
                                                                const QList<AttendeeField> &fields)
{
    for (int column = 0; column < fields.size() && column < record.fields.size(); ++column) {
        const qsizetype length = record.fields.at(column).trimmed().size();
        if (fields.at(column) == AttendeeField::Ignore || length <= MaxCellLength)
            continue;
        const int nameColumn = int(fields.indexOf(AttendeeField::Name));
        ImportLine line{record.line, ImportLine::Outcome::Skipped,
                        nameColumn >= 0 ? shown(record.fields.value(nameColumn).trimmed()) : QString(), {}};
        line.detail = tr("the %1 is %2 characters long; at most %3 are read")
                              .arg(fieldName(fields.at(column)))
                              .arg(length)
                              .arg(MaxCellLength);
        return line;
    }
    return std::nullopt;
}

ImportPlan AttendeeImporter::cancelledPlan(ImportPlan &plan)
{
    plan.cancelled = true;
    plan.error = tr("Import cancelled; nothing was imported.");
    return plan;
}

QString AttendeeImporter::report(const ImportPlan &plan, bool dryRun, bool everyLine)
{
    if (!plan.ok())
        return plan.error;
    QStringList out;
    out << tr("Encoding: %1").arg(encodingName(plan.encoding));
    QStringList mapping;
    for (int i = 0; i < plan.headers.size(); ++i) {
        const AttendeeField field = plan.fields.value(i, AttendeeField::Ignore);
        mapping << (field == AttendeeField::Ignore ? tr("%1 → (ignored)").arg(plan.headers.at(i))
                                                   : tr("%1 → %2").arg(plan.headers.at(i), fieldName(field)));
    }
    out << tr("Columns: %1").arg(mapping.join(u", "_s));
    using O = ImportLine::Outcome;
    const QString counts = dryRun
            ? tr("Would add %1, update %2, leave %3 unchanged, skip %4.")
            : tr("Added %1, updated %2, unchanged %3, skipped %4.");
    out << counts.arg(plan.count(O::Added)).arg(plan.count(O::Updated)).arg(plan.count(O::Unchanged)).arg(plan.count(O::Skipped));
    for (const ImportLine &line : plan.lines) {
        switch (line.outcome) {
        case O::Added:
            if (everyLine)
                out << tr("line %1: add %2").arg(line.line).arg(line.name);
            break;
        case O::Updated:
            if (everyLine)
                out << tr("line %1: update %2 (%3)").arg(line.line).arg(line.name, line.detail);
            break;
        case O::Unchanged:
            if (everyLine)
                out << tr("line %1: unchanged %2").arg(line.line).arg(line.name);
            break;
        case O::Skipped:
            out << tr("line %1: skip %2 — %3").arg(line.line).arg(line.name.isEmpty() ? tr("(no name)") : line.name, line.detail);
            break;
        }
    }
    for (const QString &warning : plan.warnings)
        out << tr("warning: %1").arg(warning);
    return out.join(u'\n');
}

} // namespace mannam
