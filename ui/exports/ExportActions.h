#pragma once

#include "common/Attendee.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QMenu;
class QProgressDialog;
class QThread;
class QTimer;
class QWidget;

namespace mannam {

class EventExporter;
class EventFile;

// The organizer's exports: the CSV files (attendance, scan log, meetings, winners, the
// consenting people who met), the tickets and a badge sheet PDF, for the whole event or a
// selection of the attendee table. Each one asks where to write, then runs on a worker
// thread with its own read-only connection to the event file (the window keeps working;
// SQLite's WAL lets both read), behind a progress dialog that can cancel where the work
// can stop, and says what it wrote or why it could not. Nothing half-written is ever left
// at the chosen path. One export at a time; the actions are disabled meanwhile.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(EventFile &event, QWidget *window);
    // Cancels a running export where it can and waits for its thread.
    ~ExportActions() override;

    // Attendance…, Scan Log…, Meetings…, Winners…, Contacts (consenting pairs)…, a
    // separator, Tickets (QR PNGs + PDF + mail-merge CSV)…, Badge Sheet (PDF)….
    void addTo(QMenu *menu);
    QList<QAction *> actions() const { return m_actions; }

    bool isBusy() const { return m_thread != nullptr; }
    // The dialog of the export in progress (nullptr when idle); for tests.
    QProgressDialog *progressDialog() const { return m_progress; }
    // How long an export runs before its progress dialog shows (fast ones never flash one).
    void setProgressDelay(int ms) { m_progressDelayMs = ms; }

    // Seams for the modal dialogs, replaced by tests. A path or folder that is empty means
    // cancelled. `suggestedName` is a full path in the event's folder.
    std::function<QString(const QString &title, const QString &suggestedName, const QString &filter)>
            askSavePath;
    std::function<QString(const QString &title)> askFolder;
    std::function<void(const QString &title, const QString &message)> showMessage;
    std::function<void(const QString &title, const QString &message)> showError;
    // Runs on the worker thread before the work starts. Tests hold it there to see the
    // progress dialog and press Cancel at a known moment; empty in the app.
    std::function<void()> workerGate;

public slots:
    void exportAttendance();
    void exportScans();
    void exportMeetings();
    void exportWinners();
    void exportContacts();
    void exportTickets();
    void printAllBadges();   // everyone registered (not cancelled), by name
    // The attendance columns for the people selected in the attendee table.
    void exportAttendees(const QList<mannam::Attendee> &selection);
    // Badges of the selected people, in the order given.
    void printBadgeSheet(const QList<mannam::Attendee> &selection);

signals:
    // After every export that was started (a path was chosen): ok, and the file or folder.
    void finished(bool ok, const QString &path);

private:
    // What a worker shares with the GUI thread: progress it writes, a cancel it reads.
    struct Job
    {
        std::atomic<int> done{0};
        std::atomic<int> total{0};       // 0: unknown (busy indicator)
        std::atomic<bool> cancelRequested{false};
        // Set by the worker before it ends; read after QThread::finished.
        bool ok = false;
        bool cancelled = false;
        QString message;                 // success: what was written; failure: why
    };
    using Work = std::function<void(EventFile &event, Job &job)>;
    enum class Unit { Rows, Badges, Tickets };

    void exportCsv(const QString &title, const QString &suggestedStem,
                   const std::function<bool(EventExporter &, const QString &, QString *)> &write);
    QString chooseSavePath(const QString &title, const QString &stem, const QString &suffix,
                           const QString &filter);
    void writeBadgeSheet(const QList<Attendee> &attendees, bool fromSelection);
    void start(const QString &title, const QString &path, Unit unit, bool cancellable, Work work);
    void updateProgress();
    void jobFinished();
    void setActionsEnabled(bool enabled);

    EventFile &m_event;
    QPointer<QWidget> m_window;
    QList<QAction *> m_actions;
    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
    QString m_jobTitle;
    QString m_jobPath;
    Unit m_unit = Unit::Rows;
    QProgressDialog *m_progress = nullptr;
    QTimer *m_progressTimer = nullptr;
    int m_progressDelayMs = 400;
};

} // namespace mannam
