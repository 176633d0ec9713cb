#include "AttendeesPage.h"

#include "checkin/CheckInService.h"
#include "desk/WalkInDialog.h"

#include "AttendeeFilterModel.h"
#include "AttendeeTableModel.h"
#include "storage/ChangeListener.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mannam {

AttendeesPage::AttendeesPage(EventFile &event, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_event(event), m_clock(clock)
{
    setObjectName(u"attendeesPage"_s);
    confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Attendees"), question) == QMessageBox::Yes;
    };
    askForNewAttendee = [this]() -> std::optional<Attendee> {
        WalkInDialog dialog(this, WalkInDialog::Purpose::Register);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.attendee();
    };
    showError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };

    m_model = new AttendeeTableModel(event.store(), m_clock, this);
    m_filter = new AttendeeFilterModel(this);
    m_filter->setSourceModel(m_model);
    connect(m_model, &AttendeeTableModel::editRefused, this,
            [this](const QString &message) { showError(tr("Not saved"), message); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    m_table = new QTableView(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buildActionBar());
    setUpTable();

    // Counts and buttons follow the filter, the data and the selection; many
    // changes in a row (a reload, a bulk cancel) are counted once.
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(0);
    connect(m_countsTimer, &QTimer::timeout, this, [this] {
        updateCounts();
        updateActions();
    });
    const auto recount = [this] { m_countsTimer->start(); };
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, recount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, recount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, recount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, recount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, recount);

    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(PollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &AttendeesPage::pollForChanges);
    // A shared event's server says when anybody committed: no polling, and
    // the rows follow at once (a burst of notifications is one background read).
    if (ChangeListener *listener = m_event.database().changeListener()) {
        connect(listener, &ChangeListener::changed, this, [this] {
            if (isVisible() && m_loaded)
                pollForChanges();
        });
    }

    // Rows read on a worker thread (the poll) arrive here.
    connect(m_model, &AttendeeTableModel::reloaded, this, [this] {
        updateTicketTypes();
        m_countsTimer->start();
    });
    connect(m_model, &AttendeeTableModel::backgroundReloadFailed, this, [](const QString &message) {
        qWarning("attendees: background refresh failed: %s", qUtf8Printable(message));
    });

    // The rows are read when the page is first shown, not when the event opens.
    m_table->sortByColumn(AttendeeTableModel::NameColumn, Qt::AscendingOrder);
    updateCounts();
    updateActions();
}

AttendeesPage::~AttendeesPage() = default;

QWidget *AttendeesPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_searchEdit = new QLineEdit(bar);
    m_searchEdit->setObjectName(u"searchLineEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Search name (initial consonants work), email, phone, affiliation or code"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, m_filter, &AttendeeFilterModel::setSearchText);
    // Korean is typed through an input method: the syllable being composed is
    // not in text() yet, but people expect 홍 to filter while they type it.
    m_searchEdit->installEventFilter(this);
    row->addWidget(m_searchEdit, 1);

    m_statusCombo = new QComboBox(bar);
    m_statusCombo->setObjectName(u"statusComboBox"_s);
    m_statusCombo->addItem(tr("All statuses"), int(AttendeeFilterModel::StatusFilter::All));
    m_statusCombo->addItem(tr("Registered"), int(AttendeeFilterModel::StatusFilter::Registered));
    m_statusCombo->addItem(tr("Cancelled"), int(AttendeeFilterModel::StatusFilter::Cancelled));
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(AttendeeFilterModel::StatusFilter(m_statusCombo->currentData().toInt()));
    });
    row->addWidget(m_statusCombo);

    m_checkedInCombo = new QComboBox(bar);
    m_checkedInCombo->setObjectName(u"checkedInComboBox"_s);
    m_checkedInCombo->addItem(tr("Checked in or not"), int(AttendeeFilterModel::CheckedInFilter::Any));
    m_checkedInCombo->addItem(tr("Checked in"), int(AttendeeFilterModel::CheckedInFilter::Yes));
    m_checkedInCombo->addItem(tr("Not checked in"), int(AttendeeFilterModel::CheckedInFilter::No));
    connect(m_checkedInCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCheckedInFilter(AttendeeFilterModel::CheckedInFilter(m_checkedInCombo->currentData().toInt()));
    });
    row->addWidget(m_checkedInCombo);

    m_ticketTypeCombo = new QComboBox(bar);
    m_ticketTypeCombo->setObjectName(u"ticketTypeComboBox"_s);
    m_ticketTypeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ticketTypeCombo->addItem(tr("All ticket types"), QString());
    connect(m_ticketTypeCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTicketTypeFilter(m_ticketTypeCombo->currentData().toString()); });
    row->addWidget(m_ticketTypeCombo);
    return bar;
}

QWidget *AttendeesPage::buildActionBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_countsLabel = new QLabel(bar);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    m_countsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_countsLabel, 1);

    m_addButton = new QPushButton(tr("Add attendee…"), bar);
    m_addButton->setObjectName(u"addAttendeeButton"_s);
    connect(m_addButton, &QPushButton::clicked, this, &AttendeesPage::addAttendee);
    row->addWidget(m_addButton);
    m_cancelButton = new QPushButton(tr("Cancel registration"), bar);
    m_cancelButton->setObjectName(u"cancelRegistrationButton"_s);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { changeStatusOfSelection(AttendeeStatus::Cancelled); });
    m_restoreButton = new QPushButton(tr("Restore registration"), bar);
    m_restoreButton->setObjectName(u"restoreRegistrationButton"_s);
    connect(m_restoreButton, &QPushButton::clicked, this, [this] { changeStatusOfSelection(AttendeeStatus::Registered); });
    m_printButton = new QPushButton(tr("Print badges…"), bar);
    m_printButton->setObjectName(u"printBadgesButton"_s);
    connect(m_printButton, &QPushButton::clicked, this, [this] { emit printBadgesRequested(selectedAttendees()); });
    m_exportButton = new QPushButton(tr("Export selection…"), bar);
    m_exportButton->setObjectName(u"exportSelectionButton"_s);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { emit exportSelectionRequested(selectedAttendees()); });
    for (QPushButton *button : {m_cancelButton, m_restoreButton, m_printButton, m_exportButton})
        row->addWidget(button);
    return bar;
}

void AttendeesPage::addAttendee()
{
    const std::optional<Attendee> person = askForNewAttendee();
    if (!person)
        return;
    try {
        CheckInService(m_event.store(), m_clock).registerAttendee(*person);
    } catch (const StorageError &error) {
        showError(tr("Not added"), error.message());
        return;
    }
    refresh();
}

void AttendeesPage::setUpTable()
{
    m_table->setObjectName(u"attendeesTableView"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // Smooth at 10,000 rows: every row the same height, nothing measured per row.
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setSortIndicatorShown(true);
    columns->setHighlightSections(false);
    // Widths from typical values, not measured over the rows (that would read every row).
    const QFontMetrics metrics = m_table->fontMetrics();
    const QList<std::pair<int, QString>> samples = {
            {AttendeeTableModel::NameColumn, u"Alexandra Kim-Park"_s},
            {AttendeeTableModel::AffiliationColumn, u"Seoul National Univ."_s},
            {AttendeeTableModel::EmailColumn, u"someone.name@example.com"_s},
            {AttendeeTableModel::PhoneColumn, u"010-0000-0000"_s},
            {AttendeeTableModel::TicketTypeColumn, u"General"_s},
            {AttendeeTableModel::StatusColumn, tr("Registered")},
            {AttendeeTableModel::CheckedInColumn,
             QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat)},
            {AttendeeTableModel::ConsentColumn, {}},
            {AttendeeTableModel::AttentionColumn, {}},
            {AttendeeTableModel::NotesColumn, u"Wheelchair access, vegan"_s},
            {AttendeeTableModel::TicketCodeColumn, u"000000000000000000000000"_s}};
    const int padding = 2 * metrics.averageCharWidth() + 12;
    for (const auto &[column, sample] : samples) {
        const int headerWidth = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
                + padding + 16; // and the sort arrow
        m_table->setColumnWidth(column, std::max(metrics.horizontalAdvance(sample) + padding, headerWidth));
    }
}

bool AttendeesPage::reload()
{
    const int vertical = m_table->verticalScrollBar()->value();
    const int horizontal = m_table->horizontalScrollBar()->value();
    try {
        m_seenDataVersion = m_event.database().dataVersion();
        m_model->reload();
    } catch (const StorageError &error) {
        showError(tr("Could not read the attendees"), error.message());
        return false;
    }
    m_loaded = true;
    updateTicketTypes();
    // Rows that stay keep their place; only a reset (people removed) moves the
    // view, and then it is put back once the scroll ranges are known.
    if (m_table->verticalScrollBar()->value() != vertical || m_table->horizontalScrollBar()->value() != horizontal) {
        m_table->doItemsLayout();
        m_table->verticalScrollBar()->setValue(vertical);
        m_table->horizontalScrollBar()->setValue(horizontal);
    }
    updateCounts();
    updateActions();
    return true;
}

void AttendeesPage::refresh()
{
    if (isVisible())
        reload();
    else
        m_loaded = false; // read when shown
}

void AttendeesPage::pollForChanges()
{
    try {
        const qint64 version = m_event.database().dataVersion();
        if (version == m_seenDataVersion)
            return;
        m_seenDataVersion = version;
    } catch (const StorageError &error) {
        qWarning("attendees: poll failed: %s", qUtf8Printable(error.message()));
        return;
    }
    // Another desk or process wrote: read on the worker thread, apply when read.
    m_model->reloadInBackground();
}

bool AttendeesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::InputMethod) {
        const QString preedit = static_cast<QInputMethodEvent *>(event)->preeditString();
        // After the line edit has applied the event (its commit moves the cursor).
        QMetaObject::invokeMethod(this, [this, preedit] {
            QString typed = m_searchEdit->text();
            typed.insert(m_searchEdit->cursorPosition(), preedit);
            m_filter->setSearchText(typed);
        }, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void AttendeesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
    else
        pollForChanges(); // catch up with what other desks did while hidden
    if (!m_event.database().changeListener())
        m_pollTimer->start();
}

void AttendeesPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_pollTimer->stop();
}

void AttendeesPage::updateTicketTypes()
{
    const QStringList types = m_model->ticketTypes();
    QStringList shown;
    for (int i = 1; i < m_ticketTypeCombo->count(); ++i)
        shown << m_ticketTypeCombo->itemData(i).toString();
    if (shown == types)
        return;
    const QString current = m_ticketTypeCombo->currentData().toString();
    const QSignalBlocker blocker(m_ticketTypeCombo);
    while (m_ticketTypeCombo->count() > 1)
        m_ticketTypeCombo->removeItem(1);
    for (const QString &type : types)
        m_ticketTypeCombo->addItem(type, type);
    // A chosen type nobody has any more stays chosen (and shows nobody) rather
    // than silently widening the list.
    int index = m_ticketTypeCombo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_ticketTypeCombo->addItem(current, current);
        index = m_ticketTypeCombo->count() - 1;
    }
    m_ticketTypeCombo->setCurrentIndex(std::max(index, 0));
}

void AttendeesPage::updateCounts()
{
    const int shown = m_filter->rowCount();
    int checkedIn = 0;
    int cancelled = 0;
    for (int proxyRow = 0; proxyRow < shown; ++proxyRow) {
        const AttendeeTableModel::Row &row = m_model->row(m_filter->sourceRow(proxyRow));
        checkedIn += row.checkedIn() ? 1 : 0;
        cancelled += row.cancelled() ? 1 : 0;
    }
    const QLocale locale;
    QStringList parts = {tr("Showing %1 of %2").arg(locale.toString(shown), locale.toString(m_model->rowCount())),
                         tr("%1 checked in").arg(locale.toString(checkedIn)),
                         tr("%1 cancelled").arg(locale.toString(cancelled))};
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    if (selected > 0)
        parts << tr("%1 selected").arg(locale.toString(selected));
    m_countsLabel->setText(parts.join(u"  ·  "_s));
}

QList<int> AttendeesPage::selectedSourceRows() const
{
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> rows;
    rows.reserve(selected.size());
    for (const QModelIndex &index : std::as_const(selected))
        rows << m_filter->mapToSource(index).row();
    return rows;
}

QList<Attendee> AttendeesPage::selectedAttendees() const
{
    QList<Attendee> attendees;
    for (int sourceRow : selectedSourceRows())
        attendees << m_model->row(sourceRow).attendee;
    return attendees;
}

void AttendeesPage::updateActions()
{
    bool anyRegistered = false;
    bool anyCancelled = false;
    const QList<int> rows = selectedSourceRows();
    for (int sourceRow : rows) {
        const bool cancelled = m_model->row(sourceRow).cancelled();
        anyCancelled = anyCancelled || cancelled;
        anyRegistered = anyRegistered || !cancelled;
    }
    m_cancelButton->setEnabled(anyRegistered);
    m_restoreButton->setEnabled(anyCancelled);
    m_printButton->setEnabled(!rows.isEmpty());
    m_exportButton->setEnabled(!rows.isEmpty());
}

void AttendeesPage::changeStatusOfSelection(AttendeeStatus status)
{
    QList<qint64> ids;
    QString firstName;
    int alreadyCheckedIn = 0;
    for (int sourceRow : selectedSourceRows()) {
        const AttendeeTableModel::Row &row = m_model->row(sourceRow);
        if (row.attendee.status == status)
            continue;
        if (ids.isEmpty())
            firstName = row.attendee.name;
        ids << row.attendee.id;
        alreadyCheckedIn += row.checkedIn() ? 1 : 0;
    }
    if (ids.isEmpty())
        return;

    const int count = int(ids.size());
    QString question;
    if (status == AttendeeStatus::Cancelled) {
        question = count == 1 ? tr("Cancel the registration of %1?").arg(firstName)
                              : tr("Cancel the registration of %n people?", nullptr, count);
        if (alreadyCheckedIn > 0)
            question += u" "_s + tr("%n of them already checked in; their check-ins stay in the log.", nullptr, alreadyCheckedIn);
        question += u" "_s + tr("Their tickets will no longer admit them.");
    } else {
        question = count == 1 ? tr("Restore the registration of %1?").arg(firstName)
                              : tr("Restore the registration of %n people?", nullptr, count);
    }
    if (!confirm(question))
        return;
    m_model->setStatus(ids, status); // a storage error arrives through editRefused
    updateActions();
}

} // namespace mannam
