#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace mannam {

class EventStore;

// The command-line verbs (`mannam new|import|export|tickets|checkin|stats|bingo|meet|prize ...`).
// A public interface: keep verbs, options, output and exit codes stable, and
// the README's table in step.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(mannam::CommandLine)

public:
    enum ExitCode {
        Ok = 0,
        Already = 1,        // checkin: already checked in
        Refused = 2,        // checkin: unknown, invalid, cancelled, other event; meet, prize: refused
                            // (the reason); bingo: rules refused (pool too small, cards fixed by meetings)
        UsageError = 3,     // bad arguments
        EventFileError = 4, // event file missing, not ours, damaged, locked, read-only, storage failure
        InputError = 5,     // an input file (attendee or keyword CSV) unreadable or broken
        OutputError = 6,    // an output file or folder could not be written
    };

    CommandLine(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    static bool isVerb(const QString &word);
    // Verbs that draw (tickets) need a QGuiApplication; the others run without a display.
    static bool needsGui(const QString &verb);
    static QString usage();

    // arguments as in QCoreApplication::arguments(): program name first, then the verb.
    int run(const QStringList &arguments);

private:
    int runNew(const QStringList &arguments);
    int runImport(const QStringList &arguments);
    int runExport(const QStringList &arguments);
    int runTickets(const QStringList &arguments);
    int runCheckIn(const QStringList &arguments);
    int runStats(const QStringList &arguments);
    int runBingo(const QStringList &arguments);
    int runMeet(const QStringList &arguments);
    int runPrize(const QStringList &arguments);
    int runCopy(const QStringList &arguments); // publish and pull
    void printBingoSummary(EventStore &store);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace mannam
