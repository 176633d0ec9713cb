#include "ExportActions.h"

#include "storage/EventFile.h"
#include "storage/StorageError.h"
#include "tickets/BadgeSheet.h"
#include "tickets/TicketWriter.h"
#include "transfer/EventExporter.h"

#include <QAction>
#include <QCollator>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

constexpr int ProgressPollMs = 100;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ExportActions::ExportActions(EventFile &event, QWidget *window)
    : QObject(window), m_event(event), m_window(window)
{
    askSavePath = [this](const QString &title, const QString &suggestedName, const QString &filter) {
        // Overwriting is confirmed by the dialog itself.
        return QFileDialog::getSaveFileName(m_window, title, suggestedName, filter);
    };
    askFolder = [this](const QString &title) {
        return QFileDialog::getExistingDirectory(m_window, title, QFileInfo(m_event.path()).absolutePath());
    };
    showMessage = [this](const QString &title, const QString &message) {
        QMessageBox::information(m_window, title, message);
    };
    showError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(m_window, title, message);
    };

    const struct
    {
        const char *objectName;
        QString text;
        void (ExportActions::*slot)();
    } entries[] = {
            {"exportAttendanceAction", tr("&Attendance…"), &ExportActions::exportAttendance},
            {"exportScansAction", tr("&Scan Log…"), &ExportActions::exportScans},
            {"exportMeetingsAction", tr("&Meetings…"), &ExportActions::exportMeetings},
            {"exportWinnersAction", tr("&Winners…"), &ExportActions::exportWinners},
            {"exportContactsAction", tr("&Contacts (consenting pairs)…"), &ExportActions::exportContacts},
            {nullptr, {}, nullptr},
            {"exportTicketsAction", tr("&Tickets (QR PNGs + PDF + mail-merge CSV)…"),
             &ExportActions::exportTickets},
            {"exportBadgeSheetAction", tr("&Badge Sheet (PDF)…"), &ExportActions::printAllBadges},
    };
    for (const auto &entry : entries) {
        auto *action = new QAction(this);
        if (!entry.objectName) {
            action->setSeparator(true);
        } else {
            action->setObjectName(QString::fromLatin1(entry.objectName));
            action->setText(entry.text);
            connect(action, &QAction::triggered, this, entry.slot);
        }
        m_actions.append(action);
    }
    m_actions.at(4)->setToolTip(tr("Who met whom, only for pairs in which both people agreed to share "
                                   "their contact details."));

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(ProgressPollMs);
    connect(m_progressTimer, &QTimer::timeout, this, &ExportActions::updateProgress);
}

ExportActions::~ExportActions()
{
    if (m_thread) {
        m_job->cancelRequested = true;
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void ExportActions::addTo(QMenu *menu)
{
    menu->addActions(m_actions);
}

void ExportActions::setActionsEnabled(bool enabled)
{
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(enabled);
}

QString ExportActions::chooseSavePath(const QString &title, const QString &stem, const QString &suffix,
                                      const QString &filter)
{
    const QFileInfo event(m_event.path());
    const QString suggested = event.absoluteDir().filePath(event.completeBaseName() + u'-' + stem + suffix);
    QString path = askSavePath ? askSavePath(title, suggested, filter) : QString();
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    if (QFileInfo(path).absoluteFilePath() == event.absoluteFilePath()) {
        showError(title, tr("%1 is the event file itself; choose another name.").arg(native(path)));
        return {};
    }
    return path;
}

void ExportActions::exportCsv(const QString &title, const QString &suggestedStem,
                              const std::function<bool(EventExporter &, const QString &, QString *)> &write)
{
    if (isBusy())
        return;
    const QString path = chooseSavePath(title, suggestedStem, u".csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    start(title, path, Unit::Rows, true, [path, write](EventFile &event, Job &job) {
        EventExporter exporter(event.store());
        exporter.setProgress([&job](int rows) {
            job.done = rows;
            return !job.cancelRequested;
        });
        QString error;
        job.ok = write(exporter, path, &error);
        job.cancelled = exporter.wasCancelled();
        job.message = job.ok ? tr("Wrote %Ln row(s) to %1.", nullptr, exporter.rowsWritten()).arg(native(path))
                             : error;
    });
}

void ExportActions::exportAttendance()
{
    exportCsv(tr("Export Attendance"), u"attendance"_s,
              [](EventExporter &e, const QString &p, QString *error) { return e.exportAttendance(p, error); });
}

void ExportActions::exportScans()
{
    exportCsv(tr("Export Scan Log"), u"scans"_s,
              [](EventExporter &e, const QString &p, QString *error) { return e.exportScans(p, error); });
}

void ExportActions::exportMeetings()
{
    exportCsv(tr("Export Meetings"), u"meetings"_s,
              [](EventExporter &e, const QString &p, QString *error) { return e.exportMeetings(p, error); });
}

void ExportActions::exportWinners()
{
    exportCsv(tr("Export Winners"), u"winners"_s,
              [](EventExporter &e, const QString &p, QString *error) { return e.exportWinners(p, error); });
}

void ExportActions::exportContacts()
{
    exportCsv(tr("Export Contacts of Consenting Pairs"), u"contacts"_s,
              [](EventExporter &e, const QString &p, QString *error) { return e.exportContacts(p, error); });
}

void ExportActions::exportAttendees(const QList<Attendee> &selection)
{
    if (selection.isEmpty() || isBusy())
        return;
    QList<qint64> ids;
    ids.reserve(selection.size());
    for (const Attendee &a : selection)
        ids.append(a.id);
    exportCsv(tr("Export Selected Attendees"), u"selected"_s,
              [ids](EventExporter &e, const QString &p, QString *error) {
                  return e.exportAttendanceOf(ids, p, error);
              });
}

void ExportActions::exportTickets()
{
    if (isBusy())
        return;
    const QString title = tr("Export Tickets");
    const QString folder = askFolder ? askFolder(title) : QString();
    if (folder.isEmpty())
        return;
    // TicketWriter cannot stop half-way, so this one has no Cancel.
    start(title, folder, Unit::Tickets, false, [folder](EventFile &event, Job &job) {
        const QList<Attendee> attendees = event.store().attendees();
        const bool anyoneToAdmit = std::any_of(attendees.cbegin(), attendees.cend(), [](const Attendee &a) {
            return a.status == AttendeeStatus::Registered;
        });
        if (!anyoneToAdmit) {
            job.message = tr("Nobody is registered (or everyone cancelled): there are no tickets to write.");
            return;
        }
        const TicketWriter writer(event.store().eventInfo());
        const TicketBatchResult result = writer.write(attendees, folder, [&job](int done, int total) {
            job.total = total;
            job.done = done;
        });
        job.ok = result.ok();
        if (!job.ok) {
            job.message = result.error;
            return;
        }
        job.message = tr("Wrote %Ln ticket(s) to %1: a QR image each, %2 and %3.", nullptr, result.written)
                              .arg(native(folder), QFileInfo(result.pdfPath).fileName(),
                                   QFileInfo(result.csvPath).fileName());
        if (result.skippedCancelled > 0)
            job.message += u' ' + tr("Skipped %Ln cancelled registration(s).", nullptr, result.skippedCancelled);
    });
}

void ExportActions::printAllBadges()
{
    writeBadgeSheet({}, false);
}

void ExportActions::printBadgeSheet(const QList<Attendee> &selection)
{
    if (selection.isEmpty())
        return;
    writeBadgeSheet(selection, true);
}

void ExportActions::writeBadgeSheet(const QList<Attendee> &chosen, bool fromSelection)
{
    if (isBusy())
        return;
    const QString title = tr("Badge Sheet");
    const QString path = chooseSavePath(title, fromSelection ? u"badges-selected"_s : u"badges"_s, u".pdf"_s,
                                        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    start(title, path, Unit::Badges, true, [path, chosen, fromSelection](EventFile &event, Job &job) {
        QList<Attendee> attendees = chosen;
        if (!fromSelection) {
            // Cut and handed out alphabetically: sorted as Korean readers expect, Hangul
            // before Latin.
            const QList<Attendee> everyone = event.store().attendees();
            for (const Attendee &a : everyone) {
                if (a.status == AttendeeStatus::Registered)
                    attendees.append(a);
            }
            QCollator collator(QLocale(QLocale::Korean, QLocale::SouthKorea));
            std::stable_sort(attendees.begin(), attendees.end(), [&collator](const Attendee &a, const Attendee &b) {
                return collator.compare(a.name, b.name) < 0;
            });
        }
        job.total = int(attendees.size());
        BadgeSheet sheet(event.store().eventInfo());
        QString error;
        job.ok = sheet.write(attendees, path, &error, [&job](int done, int total) {
            job.total = total;
            job.done = done;
            return !job.cancelRequested;
        });
        job.cancelled = sheet.wasCancelled();
        job.message = job.ok ? tr("Wrote %Ln badge(s) on %1 page(s) to %2.", nullptr, int(attendees.size()))
                                       .arg(BadgeSheet::pageCount(int(attendees.size())))
                                       .arg(native(path))
                             : error;
    });
}

void ExportActions::start(const QString &title, const QString &path, Unit unit, bool cancellable, Work work)
{
    m_job = std::make_shared<Job>();
    m_jobTitle = title;
    m_jobPath = path;
    m_unit = unit;
    const QString eventPath = m_event.path();
    std::shared_ptr<Job> job = m_job;
    m_thread = QThread::create([eventPath, job, work, gate = workerGate] {
        if (gate)
            gate();
        try {
            // Its own connection: a Database belongs to the thread that opened it.
            auto event = EventFile::openForReading(eventPath);
            work(*event, *job);
        } catch (const StorageError &error) {
            job->ok = false;
            job->message = error.message();
        }
    });
    m_thread->setObjectName(u"mannam-export"_s);
    connect(m_thread, &QThread::finished, this, &ExportActions::jobFinished);

    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(u"exportProgressDialog"_s);
    m_progress->setWindowTitle(title);
    m_progress->setLabelText(tr("Writing %1…").arg(native(path)));
    // Not modal: the window stays usable (the export actions are disabled meanwhile).
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setRange(0, 0);   // busy until the worker knows a total
    if (cancellable) {
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            if (m_job)
                m_job->cancelRequested = true;
            m_progress->setLabelText(tr("Cancelling…"));
        });
    } else {
        m_progress->setCancelButton(nullptr);
    }
    // Shown only if the export takes a moment: a quick one never flashes a dialog. (Its
    // own minimumDuration would show it only on setValue calls.)
    m_progress->setMinimumDuration(std::numeric_limits<int>::max());
    QTimer::singleShot(m_progressDelayMs, m_progress, [progress = QPointer<QProgressDialog>(m_progress)] {
        if (progress)
            progress->show();
    });

    setActionsEnabled(false);
    m_progressTimer->start();
    m_thread->start(QThread::LowPriority);
}

void ExportActions::updateProgress()
{
    if (!m_job || !m_progress)
        return;
    const int done = m_job->done;
    const int total = m_job->total;
    if (total > 0) {
        if (m_progress->maximum() != total)
            m_progress->setRange(0, total);
        m_progress->setValue(std::min(done, total));
    }
    // Closing the dialog (Esc, the window's X) cancels like the button does.
    if (m_progress->wasCanceled())
        m_job->cancelRequested = true;
    if (m_job->cancelRequested)
        return;
    const QLocale locale;
    switch (m_unit) {
    case Unit::Rows:
        m_progress->setLabelText(tr("Writing %1…\n%Ln row(s) so far", nullptr, done).arg(native(m_jobPath)));
        break;
    case Unit::Badges:
        m_progress->setLabelText(tr("Drawing badges into %1…\n%2 of %3")
                                         .arg(native(m_jobPath), locale.toString(done), locale.toString(total)));
        break;
    case Unit::Tickets:
        m_progress->setLabelText(tr("Writing tickets into %1…\n%2 of %3")
                                         .arg(native(m_jobPath), locale.toString(done), locale.toString(total)));
        break;
    }
}

void ExportActions::jobFinished()
{
    m_progressTimer->stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const std::shared_ptr<Job> job = std::move(m_job);
    const QString path = m_jobPath;
    setActionsEnabled(true);
    if (job->ok)
        showMessage(m_jobTitle, job->message);
    else if (!job->cancelled)
        showError(m_jobTitle, job->message);
    emit finished(job->ok, path);
}

} // namespace mannam
