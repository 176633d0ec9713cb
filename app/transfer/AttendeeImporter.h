#pragma once

#include "CsvReader.h"
#include "HeaderMapping.h"
#include "TextDecoding.h"
#include "common/Attendee.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QPair>

#include <functional>
#include <optional>

namespace mannam {

class EventStore;

struct ImportOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    // "Column=field" choices that override the guessed mapping, as given by the user.
    QList<QPair<QString, QString>> explicitMapping;
};

// What importing one line of the file does (or would do, in a dry run).
struct ImportLine
{
    enum class Outcome { Added, Updated, Unchanged, Skipped };
    int line = 0;            // physical line in the file
    Outcome outcome = Outcome::Added;
    QString name;
    QString detail;          // changed fields, or why the line is skipped
};

struct ImportPlan
{
    QString error;           // the file cannot be imported at all; nothing is written
    TextEncoding encoding = TextEncoding::Utf8;
    QStringList headers;
    QList<AttendeeField> fields;       // one per header
    QList<ImportLine> lines;
    QStringList warnings;              // imported, but worth a look ("line 7: 'maybe' is not yes/no")
    QList<Attendee> toAdd;
    QList<Attendee> toUpdate;

    bool cancelled = false;            // stopped by the caller's progress callback (error says so)

    bool ok() const { return error.isEmpty(); }
    int count(ImportLine::Outcome outcome) const;
};

// Told how far a long run is (`done` of `total` steps, increasing, ending at
// `total`); returning false stops the run. Called every few hundred steps, on
// the thread that runs the import.
using ImportProgress = std::function<bool(int done, int total)>;

// Brings a registration platform's CSV export into the event. Re-importing an
// updated export adds new people and updates changed fields; it never
// duplicates people and never touches check-ins. All or nothing.
class AttendeeImporter
{
    Q_DECLARE_TR_FUNCTIONS(mannam::AttendeeImporter)

public:
    explicit AttendeeImporter(EventStore &store, const Clock &clock = Clock::system());

    // The dry run: what would happen, nothing written. `progress` counts the
    // file's lines as they are planned; stopping it returns a cancelled plan.
    ImportPlan plan(const QByteArray &fileBytes, const ImportOptions &options,
                    const ImportProgress &progress = {});
    // Plans, then applies the plan, both in one write transaction (unless the
    // plan has an error). `progress` counts the people written (added or
    // updated), from 0 before the first write to the total before the commit;
    // stopping it rolls everything back: nothing is imported.
    ImportPlan import(const QByteArray &fileBytes, const ImportOptions &options,
                      const ImportProgress &progress = {});

    // Lines planned or people written between two progress reports.
    static constexpr int ProgressStep = 200;
    // A registration export has tens of columns and short cells. A file with
    // more columns is refused; a line with a longer cell in a column that is
    // read is skipped with the reason: such text would reach badges, the
    // desk's screen and every export.
    static constexpr int MaxColumns = 1000;
    static constexpr int MaxCellLength = 2000;
    // Names and column titles in reports and messages are cut to this length.
    static constexpr int ShownTextLength = 80;

    // Text for people: the summary, the mapping, and each line that was not
    // simply added (or every line when `everyLine`).
    static QString report(const ImportPlan &plan, bool dryRun, bool everyLine);

private:
    static ImportPlan cancelledPlan(ImportPlan &plan);
    // The skipped line, if a column that is read holds a cell longer than MaxCellLength.
    static std::optional<ImportLine> lineWithTooLongCell(const CsvRecord &record, const QList<AttendeeField> &fields);

    EventStore &m_store;
    const Clock &m_clock;
};

} // namespace mannam
