#pragma once

#include "common/Attendee.h"
#include "common/Clock.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace mannam {

class AttendeeFilterModel;
class AttendeeTableModel;
class EventFile;

// The organizer's attendee list: filter (free text incl. Korean initial
// consonants, status, checked in, ticket type), sort, edit in place with
// validation, bulk cancel/restore in one transaction, print badges or export
// the selection, and the counts always in view. Follows other desks' writes
// while shown: an event file by polling its data version, a shared event at
// once from its server's change notifications.
class AttendeesPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PollIntervalMs = 2000;

    explicit AttendeesPage(EventFile &event, const Clock &clock = Clock::system(), QWidget *parent = nullptr);
    ~AttendeesPage() override;

    AttendeeTableModel *model() const { return m_model; }
    AttendeeFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    // The selected people, in the order shown.
    QList<Attendee> selectedAttendees() const;

    // Asks a yes/no question before cancelling or restoring; tests replace it.
    std::function<bool(const QString &question)> confirm;
    // Asks for a person to add by hand (empty = cancelled); tests replace it.
    std::function<std::optional<Attendee>()> askForNewAttendee;
    // Where refusals and storage errors go; tests replace it to see them without a modal box.
    std::function<void(const QString &title, const QString &message)> showError;

public slots:
    // Reads the attendees again, keeping the filter, the selection and the
    // scroll position (call it after writing through this event's connection,
    // e.g. an import: the poll only notices other connections). While the page
    // is hidden, the read waits until it is shown.
    void refresh();
    // Asks for a person and adds them, registered with fresh codes.
    void addAttendee();

signals:
    void printBadgesRequested(const QList<mannam::Attendee> &attendees);
    void exportSelectionRequested(const QList<mannam::Attendee> &attendees);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildFilterBar();
    QWidget *buildActionBar();
    void setUpTable();
    bool reload(); // on this thread: shown at once
    void pollForChanges();
    void updateTicketTypes();
    void updateCounts();
    void updateActions();
    QList<int> selectedSourceRows() const;
    void changeStatusOfSelection(AttendeeStatus status);

    EventFile &m_event;
    const Clock &m_clock;
    AttendeeTableModel *m_model = nullptr;
    AttendeeFilterModel *m_filter = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QComboBox *m_checkedInCombo = nullptr;
    QComboBox *m_ticketTypeCombo = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countsLabel = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_countsTimer = nullptr;
    qint64 m_seenDataVersion = -1;
    bool m_loaded = false;
};

} // namespace mannam
