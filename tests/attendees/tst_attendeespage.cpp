// The organizer's attendee page, driven like a person would: typing in the
// search box, choosing filters, editing cells through the view, selecting rows
// and using the bulk buttons; confirmations and errors through the seams.
#include "AttendeesTestSupport.h"
#include "codes/TicketCode.h"

#include "attendees/AttendeeFilterModel.h"
#include "attendees/AttendeeTableModel.h"
#include "attendees/AttendeesPage.h"
#include "demo/DemoEvent.h"
#include "storage/EventFile.h"

#include <QApplication>
#include <QComboBox>
#include <QFont>
#include <QDir>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

using Model = AttendeeTableModel;

class TestAttendeesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileNo = 0;
    std::unique_ptr<EventFile> m_event;
    FakeClock m_clock{test::eventDayUtc(9, 30)};
    std::unique_ptr<AttendeesPage> m_page;
    QStringList m_questions;
    bool m_answer = true;
    QStringList m_errors;

    EventStore &store() { return m_event->store(); }

    void openPage()
    {
        m_page = std::make_unique<AttendeesPage>(*m_event, m_clock);
        m_page->confirm = [this](const QString &question) {
            m_questions << question;
            return m_answer;
        };
        m_page->showError = [this](const QString &title, const QString &message) {
            m_errors << title + u": "_s + message;
        };
        m_page->resize(1366, 768);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    template<typename T>
    T *child(const QString &name)
    {
        T *found = m_page->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    QLineEdit *searchBox() { return child<QLineEdit>(u"searchLineEdit"_s); }
    QTableView *table() { return child<QTableView>(u"attendeesTableView"_s); }
    QString counts() { return child<QLabel>(u"countsLabel"_s)->text(); }

    QStringList shownNames()
    {
        QStringList names;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            names << table()->model()->index(row, Model::NameColumn).data().toString();
        return names;
    }

    QModelIndex shownIndex(const QString &name, int column)
    {
        const int row = int(shownNames().indexOf(name));
        return row < 0 ? QModelIndex() : table()->model()->index(row, column);
    }

    void select(const QStringList &names)
    {
        table()->clearSelection();
        for (const QString &name : names)
            table()->selectionModel()->select(shownIndex(name, 0),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    qint64 idOf(const QString &name) { return shownIndex(name, 0).data(Model::AttendeeIdRole).toLongLong(); }
    AttendeeStatus storedStatus(const QString &name) { return store().attendee(idOf(name))->status; }

    void typeSearch(const QString &text)
    {
        searchBox()->clear();
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(searchBox(), char(c.unicode()));
            } else {
                // Hangul arrives from the input method, one committed character at a time.
                QInputMethodEvent commit;
                commit.setCommitString(QString(c));
                QApplication::sendEvent(searchBox(), &commit);
            }
        }
        QCOMPARE(searchBox()->text(), text);
    }

private slots:
    void init()
    {
        m_page.reset();
        m_event = test::createEvent(m_dir.filePath(u"page%1.mannam"_s.arg(++m_fileNo)));
        Attendee hong;
        hong.name = u"홍길동"_s;
        hong.phone = u"010-1234-5678"_s;
        hong.email = u"gildong@gmail.com"_s;
        hong.ticketType = u"Speaker"_s;
        Attendee kim;
        kim.name = u"김민준"_s;
        kim.phone = u"010-2222-3333"_s;
        kim.ticketType = u"General"_s;
        Attendee alice;
        alice.name = u"Alice Park"_s;
        alice.email = u"alice@example.org"_s;
        alice.ticketType = u"General"_s;
        Attendee bob;
        bob.name = u"Bob Lee"_s;
        bob.ticketType = u"Student"_s;
        Attendee gone;
        gone.name = u"이서연"_s;
        gone.status = AttendeeStatus::Cancelled;
        test::addPeople(store(), {hong, kim, alice, bob, gone});
        m_questions.clear();
        m_errors.clear();
        m_answer = true;
        openPage();
    }

    void cleanup()
    {
        m_page.reset();
        m_event.reset();
    }

    void opens_sortedByKoreanName_withCounts()
    {
        QCOMPARE(shownNames(), (QStringList{u"김민준"_s, u"이서연"_s, u"홍길동"_s, u"Alice Park"_s, u"Bob Lee"_s}));
        QCOMPARE(counts(), u"Showing 5 of 5  ·  0 checked in  ·  1 cancelled"_s);
        QVERIFY(!searchBox()->placeholderText().isEmpty());
        QVERIFY(!child<QPushButton>(u"cancelRegistrationButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"printBadgesButton"_s)->isEnabled());
    }

    void search_nameInitialsOrPhoneDigits_showMatchingRows_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("shown");
        QTest::addRow("name") << u"홍길동"_s << QStringList{u"홍길동"_s};
        QTest::addRow("initial consonants") << u"ㅎㄱㄷ"_s << QStringList{u"홍길동"_s};
        QTest::addRow("phone last digits") << u"5678"_s << QStringList{u"홍길동"_s};
        QTest::addRow("latin, lower case") << u"alice"_s << QStringList{u"Alice Park"_s};
        QTest::addRow("email") << u"gmail"_s << QStringList{u"홍길동"_s};
        QTest::addRow("two of them") << u"ㄱ"_s << QStringList{u"김민준"_s, u"홍길동"_s};
    }

    void search_nameInitialsOrPhoneDigits_showMatchingRows()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, shown);
        typeSearch(typed);
        QCOMPARE(shownNames(), shown);
        QTRY_VERIFY2(counts().startsWith(u"Showing %1 of 5"_s.arg(shown.size())), qPrintable(counts()));
        searchBox()->clear();
        QCOMPARE(shownNames().size(), 5);
    }

    void search_syllableBeingComposed_filtersAlready()
    {
        QInputMethodEvent composing(u"홍"_s, {});
        QApplication::sendEvent(searchBox(), &composing);
        QTRY_COMPARE(shownNames(), QStringList{u"홍길동"_s});
        QCOMPARE(searchBox()->text(), QString()); // still composing
        QInputMethodEvent committed;
        committed.setCommitString(u"홍"_s);
        QApplication::sendEvent(searchBox(), &committed);
        QInputMethodEvent next(u"ㄱ"_s, {});
        QApplication::sendEvent(searchBox(), &next);
        QTRY_COMPARE(m_page->filterModel()->searchText(), u"홍ㄱ"_s);
        QCOMPARE(shownNames(), QStringList{u"홍길동"_s});
        searchBox()->clear();
        QTRY_COMPARE(shownNames().size(), 5);
    }

    void filters_statusCheckedInTicketType()
    {
        test::checkIn(store(), m_clock, {idOf(u"김민준"_s), idOf(u"Alice Park"_s)});
        m_page->refresh();
        QTRY_VERIFY2(counts().contains(u"2 checked in"_s), qPrintable(counts()));

        auto *status = child<QComboBox>(u"statusComboBox"_s);
        status->setCurrentIndex(status->findText(u"Cancelled"_s));
        QCOMPARE(shownNames(), QStringList{u"이서연"_s});
        status->setCurrentIndex(status->findText(u"Registered"_s));
        QCOMPARE(shownNames().size(), 4);

        auto *checkedIn = child<QComboBox>(u"checkedInComboBox"_s);
        checkedIn->setCurrentIndex(checkedIn->findText(u"Checked in"_s));
        QCOMPARE(shownNames(), (QStringList{u"김민준"_s, u"Alice Park"_s}));
        QTRY_COMPARE(counts(), u"Showing 2 of 5  ·  2 checked in  ·  0 cancelled"_s);
        checkedIn->setCurrentIndex(checkedIn->findText(u"Not checked in"_s));
        QCOMPARE(shownNames(), (QStringList{u"홍길동"_s, u"Bob Lee"_s}));

        auto *ticketType = child<QComboBox>(u"ticketTypeComboBox"_s);
        QCOMPARE(ticketType->count(), 4); // all + General, Speaker, Student
        ticketType->setCurrentIndex(ticketType->findText(u"Student"_s));
        QCOMPARE(shownNames(), QStringList{u"Bob Lee"_s});
    }

    void editCell_throughTheView_updatesStore()
    {
        const QModelIndex phone = shownIndex(u"Bob Lee"_s, Model::PhoneColumn);
        table()->setCurrentIndex(phone);
        table()->edit(phone);
        auto *editor = table()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"01099998888"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(store().attendee(idOf(u"Bob Lee"_s))->phone, u"010-9999-8888"_s);
        QCOMPARE(shownIndex(u"Bob Lee"_s, Model::PhoneColumn).data().toString(), u"010-9999-8888"_s);
        QVERIFY(m_errors.isEmpty());
    }

    void editCell_badEmail_showsErrorAndKeepsValue()
    {
        const QModelIndex email = shownIndex(u"Alice Park"_s, Model::EmailColumn);
        table()->setCurrentIndex(email);
        table()->edit(email);
        auto *editor = table()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"alice@"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.constFirst().contains(u"alice@"_s), qPrintable(m_errors.constFirst()));
        QCOMPARE(store().attendee(idOf(u"Alice Park"_s))->email, u"alice@example.org"_s);
        QCOMPARE(shownIndex(u"Alice Park"_s, Model::EmailColumn).data().toString(), u"alice@example.org"_s);
    }

    void consent_clickTheCheckBox_persists()
    {
        const QModelIndex consent = shownIndex(u"홍길동"_s, Model::ConsentColumn);
        table()->scrollTo(consent);
        const QRect cell = table()->visualRect(consent);
        QVERIFY(cell.isValid());
        // The check box sits at the left of the cell; a click there toggles it.
        const QPoint box(cell.left() + cell.height() / 2, cell.center().y());
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, box);
        QTRY_VERIFY(store().attendee(idOf(u"홍길동"_s))->consent);
        QCOMPARE(shownIndex(u"홍길동"_s, Model::ConsentColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void bulkCancel_twoSelected_oneTransactionAndCounts()
    {
        select({u"김민준"_s, u"Bob Lee"_s});
        QTRY_VERIFY(counts().contains(u"2 selected"_s));
        auto *cancel = child<QPushButton>(u"cancelRegistrationButton"_s);
        auto *restore = child<QPushButton>(u"restoreRegistrationButton"_s);
        QVERIFY(cancel->isEnabled());
        QVERIFY(!restore->isEnabled());

        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.constFirst().contains(u"2 people"_s), qPrintable(m_questions.constFirst()));
        QCOMPARE(storedStatus(u"김민준"_s), AttendeeStatus::Cancelled);
        QCOMPARE(storedStatus(u"Bob Lee"_s), AttendeeStatus::Cancelled);
        QCOMPARE(storedStatus(u"홍길동"_s), AttendeeStatus::Registered);
        QTRY_COMPARE(counts(), u"Showing 5 of 5  ·  0 checked in  ·  3 cancelled  ·  2 selected"_s);
        QCOMPARE(shownIndex(u"Bob Lee"_s, Model::StatusColumn).data().toString(), u"Cancelled"_s);
        QVERIFY(shownIndex(u"Bob Lee"_s, Model::NameColumn).data(Qt::FontRole).value<QFont>().strikeOut());
        QTRY_VERIFY(restore->isEnabled());
        QVERIFY(!cancel->isEnabled());

        // Restore one of them, and a selection with one of each restores only that one.
        select({u"Bob Lee"_s, u"홍길동"_s});
        QTRY_VERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(m_questions.size(), 2);
        QVERIFY2(m_questions.last().contains(u"Bob Lee"_s), qPrintable(m_questions.last()));
        QCOMPARE(storedStatus(u"Bob Lee"_s), AttendeeStatus::Registered);
        QCOMPARE(storedStatus(u"김민준"_s), AttendeeStatus::Cancelled);
        QTRY_VERIFY2(counts().contains(u"2 cancelled"_s), qPrintable(counts()));
        QVERIFY(m_errors.isEmpty());
    }

    void bulkCancel_confirmRefused_changesNothing()
    {
        select({u"홍길동"_s, u"Alice Park"_s});
        m_answer = false;
        QTRY_VERIFY(child<QPushButton>(u"cancelRegistrationButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(u"cancelRegistrationButton"_s), Qt::LeftButton);
        QCOMPARE(m_questions.size(), 1);
        QCOMPARE(storedStatus(u"홍길동"_s), AttendeeStatus::Registered);
        QCOMPARE(storedStatus(u"Alice Park"_s), AttendeeStatus::Registered);
        QCOMPARE(shownIndex(u"홍길동"_s, Model::StatusColumn).data().toString(), u"Registered"_s);
        QVERIFY(counts().contains(u"1 cancelled"_s));
    }

    // The organizer adds somebody by hand: registered, with codes of this
    // event, shown at once; cancelling the dialog adds nobody.
    void addAttendee_registeredWithFreshCodes_andShown()
    {
        Attendee asked;
        asked.name = u"박지민"_s;
        asked.email = u"jimin@example.com"_s;
        m_page->askForNewAttendee = [&]() -> std::optional<Attendee> { return asked; };
        child<QPushButton>(u"addAttendeeButton"_s)->click();
        QTRY_VERIFY(shownNames().contains(u"박지민"_s));
        const std::optional<Attendee> stored = store().attendee(idOf(u"박지민"_s));
        QVERIFY(stored);
        QCOMPARE(stored->status, AttendeeStatus::Registered);
        QCOMPARE(stored->source, AttendeeSource::Manual);
        const QString tag = store().eventInfo().codeTag;
        QCOMPARE(TicketCode::classify(stored->ticketCode, tag), TicketCode::Shape::Ours);
        QCOMPARE(TicketCode::classify(stored->badgeCode, tag), TicketCode::Shape::Ours);
        QVERIFY(stored->ticketCode != stored->badgeCode);
        QVERIFY(store().logFor(stored->id).isEmpty()); // registered, not admitted

        m_page->askForNewAttendee = [] { return std::optional<Attendee>(); };
        child<QPushButton>(u"addAttendeeButton"_s)->click();
        QCOMPARE(store().attendeeCount(), 6);
        QVERIFY(m_errors.isEmpty());
    }

    void printAndExport_carryTheSelection()
    {
        QSignalSpy printed(m_page.get(), &AttendeesPage::printBadgesRequested);
        QSignalSpy exported(m_page.get(), &AttendeesPage::exportSelectionRequested);
        select({u"홍길동"_s, u"Alice Park"_s});
        QTRY_VERIFY(child<QPushButton>(u"printBadgesButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(u"printBadgesButton"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(u"exportSelectionButton"_s), Qt::LeftButton);
        QCOMPARE(printed.count(), 1);
        QCOMPARE(exported.count(), 1);
        for (const QSignalSpy *spy : {&printed, &exported}) {
            const auto people = spy->constFirst().constFirst().value<QList<Attendee>>();
            QCOMPARE(people.size(), 2);
            QCOMPARE(people.at(0).name, u"홍길동"_s); // in the order shown
            QCOMPARE(people.at(1).name, u"Alice Park"_s);
            QVERIFY(!people.at(0).ticketCode.isEmpty());
        }
    }

    void checkInAtAnotherDesk_appearsByPolling()
    {
        typeSearch(u"ㄱ"_s);
        select({u"홍길동"_s});
        const qint64 hong = idOf(u"홍길동"_s);
        {
            auto otherDesk = EventFile::open(m_event->path());
            FakeClock clock(test::eventDayUtc(10, 15));
            test::checkIn(otherDesk->store(), clock, {hong}, u"Desk 2"_s);
        }
        // No refresh() call: the page notices the file changed.
        QTRY_VERIFY_WITH_TIMEOUT(!shownIndex(u"홍길동"_s, Model::CheckedInColumn).data().toString().isEmpty(), 10000);
        QTRY_VERIFY2(counts().contains(u"1 checked in"_s), qPrintable(counts()));
        // Filter and selection kept.
        QCOMPARE(searchBox()->text(), u"ㄱ"_s);
        QCOMPARE(shownNames(), (QStringList{u"김민준"_s, u"홍길동"_s}));
        QCOMPARE(m_page->selectedAttendees().size(), 1);
        QCOMPARE(m_page->selectedAttendees().constFirst().id, hong);
    }

    void refresh_newPeopleAppear_scrollKept()
    {
        test::addPeople(store(), test::crowd(300));
        m_page->refresh();
        QCOMPARE(m_page->model()->rowCount(), 305);
        QTRY_VERIFY(table()->verticalScrollBar()->maximum() > 120);
        table()->verticalScrollBar()->setValue(120);
        select({shownNames().at(130)});
        const QString selected = m_page->selectedAttendees().constFirst().name;
        auto otherDesk = EventFile::open(m_event->path());
        test::addPeople(otherDesk->store(), test::crowd(2));
        m_page->refresh();
        QCOMPARE(m_page->model()->rowCount(), 307);
        QCOMPARE(table()->verticalScrollBar()->value(), 120);
        QCOMPARE(m_page->selectedAttendees().constFirst().name, selected);
        QTRY_VERIFY2(counts().startsWith(u"Showing 307 of 307"_s), qPrintable(counts()));
    }

    // Not a check: with MANNAM_SCREENSHOT_DIR set, saves the page with the demo
    // event at laptop and full-HD size.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MANNAM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set MANNAM_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(dir);
        m_page.reset();
        m_event.reset();
        const QString path = DemoEvent::ensure(m_dir.filePath(u"demo.mannam"_s));
        m_event = EventFile::open(path);
        m_clock.set(QDateTime::currentDateTimeUtc()); // the demo's check-ins are today's
        openPage();
        // A cancelled person in view, and three people selected near them.
        int cancelled = 0;
        while (cancelled < table()->model()->rowCount()
               && table()->model()->index(cancelled, Model::StatusColumn).data() != u"Cancelled"_s)
            ++cancelled;
        QVERIFY(cancelled > 4);
        const QStringList names = shownNames();
        select({names.at(cancelled - 4), names.at(cancelled - 3), names.at(cancelled - 1)});
        table()->scrollTo(table()->model()->index(std::max(0, cancelled - 8), 0), QAbstractItemView::PositionAtTop);
        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            m_page->resize(size);
            QApplication::processEvents();
            QVERIFY(m_page->grab().save(QDir(dir).filePath(u"attendees-%1.png"_s.arg(size.width()))));
        }
    }
};

QTEST_MAIN(TestAttendeesPage)
#include "tst_attendeespage.moc"
