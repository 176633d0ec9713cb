// A kiosk in a process of its own, for tst_bingoconcurrency: records the
// meetings listed in a file on one event file, in an order shuffled by a seed.
//
//   bingo_meeting_worker EVENT_FILE PAIRS_FILE SEED KIOSK
//
// PAIRS_FILE holds one "codeA codeB" per line. The worker opens the event,
// prints "ready", waits for a line on stdin (so that two workers start at the
// same moment), then prints one line per meeting:
//   recorded MEETING_ID LO HI
//   refused RESULT LO HI REASON
// and "done" at the end ("error MESSAGE" and exit code 2 on a storage error).
#include "bingo/BingoService.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

#include <iostream>
#include <string>

using namespace Qt::StringLiterals;
using namespace mannam;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        out << "error usage: bingo_meeting_worker EVENT_FILE PAIRS_FILE SEED KIOSK" << Qt::endl;
        return 1;
    }
    const QString kiosk = args.at(4);

    QList<QStringList> pairs;
    {
        QFile file(args.at(2));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            out << "error cannot read " << args.at(2) << Qt::endl;
            return 1;
        }
        QTextStream in(&file);
        while (!in.atEnd()) {
            const QStringList codes = in.readLine().split(u' ', Qt::SkipEmptyParts);
            if (codes.size() == 2)
                pairs << codes;
        }
    }
    // Each worker its own order, and either person scanned first.
    QRandomGenerator random(args.at(3).toUInt());
    for (qsizetype i = pairs.size() - 1; i > 0; --i)
        pairs.swapItemsAt(i, qsizetype(random.bounded(int(i + 1))));
    for (QStringList &pair : pairs) {
        if (random.bounded(2))
            std::swap(pair[0], pair[1]);
    }

    try {
        // A busy timeout far above what the other worker can hold the lock for.
        auto event = EventFile::open(args.at(1), Database::Access::ReadWrite, 60'000);
        BingoService bingo(event->store());
        out << "ready" << Qt::endl;
        std::string go;
        std::getline(std::cin, go);

        for (const QStringList &pair : std::as_const(pairs)) {
            // The moment between two scans at a kiosk, much shortened. Without it,
            // SQLite's busy handler (sleep, then retry) lets the worker that just
            // committed take the lock again at once, and the other one mostly waits
            // until the first has finished: too little overlap to test.
            QThread::usleep(random.bounded(4000));
            const BingoOutcome outcome = bingo.meet(pair.at(0), pair.at(1), kiosk);
            const qint64 a = outcome.first ? outcome.first->attendee.id : 0;
            const qint64 b = outcome.second ? outcome.second->attendee.id : 0;
            if (outcome.ok())
                out << "recorded " << outcome.meeting.id << ' ' << outcome.meeting.attendeeLo << ' '
                    << outcome.meeting.attendeeHi << Qt::endl;
            else
                out << "refused " << int(outcome.result) << ' ' << std::min(a, b) << ' ' << std::max(a, b) << ' '
                    << outcome.reason() << Qt::endl;
        }
    } catch (const StorageError &error) {
        out << "error " << error.message() << ' ' << error.detail() << Qt::endl;
        return 2;
    }
    out << "done" << Qt::endl;
    return 0;
}
