// The attendee table's models: the source model (one query, validated edits
// through the store) and the filter model (status, checked in, ticket type,
// free text with Korean initial consonants, Korean collation), checked by
// QAbstractItemModelTester at 10,000 rows.
#include "AttendeesTestSupport.h"

#include "attendees/AttendeeFilterModel.h"
#include "attendees/AttendeeTableModel.h"
#include "storage/EventFile.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QCollator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {
using Model = AttendeeTableModel;
using Filter = AttendeeFilterModel;

bool isHangul(const QString &text)
{
    return !text.isEmpty() && text.at(0).unicode() >= 0xAC00 && text.at(0).unicode() <= 0xD7A3;
}
} // namespace

class TestAttendeeTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileNo = 0;
    std::unique_ptr<EventFile> m_event;
    FakeClock m_clock{test::eventDayUtc(9, 30)};
    std::unique_ptr<Model> m_model;
    std::unique_ptr<Filter> m_filter;

    EventStore &store() { return m_event->store(); }
    QString newPath() { return m_dir.filePath(u"attendees%1.mannam"_s.arg(++m_fileNo)); }

    // A small event with people the checks below name.
    void openSmallEvent()
    {
        m_event = test::createEvent(newPath());
        Attendee hong;
        hong.name = u"홍길동"_s;
        hong.email = u"gildong@gmail.com"_s;
        hong.phone = u"010-1234-5678"_s;
        hong.affiliation = u"카카오"_s;
        hong.ticketType = u"Speaker"_s;
        Attendee kim;
        kim.name = u"김민준"_s;
        kim.email = u"minjun@naver.com"_s;
        kim.phone = u"010-2222-3333"_s;
        kim.ticketType = u"General"_s;
        Attendee alice;
        alice.name = u"Alice Park"_s;
        alice.email = u"alice@example.org"_s;
        alice.affiliation = u"Toss"_s;
        alice.ticketType = u"General"_s;
        Attendee gone;
        gone.name = u"이서연"_s;
        gone.status = AttendeeStatus::Cancelled;
        gone.ticketType = u"Student"_s;
        test::addPeople(store(), {hong, kim, alice, gone});
        makeModels();
    }

    void makeModels()
    {
        m_filter.reset();
        m_model = std::make_unique<Model>(store(), m_clock);
        m_model->reload();
        m_filter = std::make_unique<Filter>();
        m_filter->setSourceModel(m_model.get());
    }

    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            names << m_filter->index(row, Model::NameColumn).data().toString();
        return names;
    }

    QModelIndex sourceIndexOf(const QString &name, int column)
    {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->row(row).attendee.name == name)
                return m_model->index(row, column);
        }
        return {};
    }

    qint64 idOf(const QString &name) { return sourceIndexOf(name, 0).data(Model::AttendeeIdRole).toLongLong(); }

private slots:
    void init()
    {
        m_filter.reset();
        m_model.reset();
        m_event.reset();
    }

    void modelTester_tenThousandRows_filterSortEditReload()
    {
        m_event = test::createEvent(newPath());
        const QList<Attendee> people = test::addPeople(store(), test::crowd(10000));
        QList<qint64> arrived;
        for (int i = 0; i < people.size(); i += 3)
            arrived << people.at(i).id;
        test::checkIn(store(), m_clock, arrived);
        m_model = std::make_unique<Model>(store(), m_clock);
        QAbstractItemModelTester sourceTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->reload();
        QCOMPARE(m_model->rowCount(), 10000);
        m_filter = std::make_unique<Filter>();
        m_filter->setSourceModel(m_model.get());
        QAbstractItemModelTester filterTester(m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filter->sort(Model::NameColumn);
        QCOMPARE(m_filter->rowCount(), 10000);

        // Free text: every shown row matches, every hidden one does not.
        m_filter->setSearchText(u"김"_s);
        int kims = 0;
        for (const Attendee &a : people)
            kims += a.name.contains(u"김"_s) ? 1 : 0;
        QVERIFY(kims > 0);
        QCOMPARE(m_filter->rowCount(), kims);
        m_filter->setSearchText(u"ㄱㅁ"_s);
        QVERIFY(m_filter->rowCount() > 0);
        for (const QString &name : shownNames())
            QVERIFY2(AttendeeSearch::matchesWithInitials(name, u"ㄱㅁ"_s), qPrintable(name));
        m_filter->setSearchText({});
        m_filter->setCheckedInFilter(Filter::CheckedInFilter::Yes);
        QCOMPARE(m_filter->rowCount(), int(arrived.size()));
        m_filter->setCheckedInFilter(Filter::CheckedInFilter::No);
        QCOMPARE(m_filter->rowCount(), 10000 - int(arrived.size()));
        m_filter->setTicketTypeFilter(u"Speaker"_s);
        QVERIFY(m_filter->rowCount() > 0);
        m_filter->setCheckedInFilter(Filter::CheckedInFilter::Any);
        QCOMPARE(m_filter->rowCount(), 2500);
        m_filter->setTicketTypeFilter({});

        // Sorting by every column.
        for (int column = 0; column < Model::ColumnCount; ++column) {
            m_filter->sort(column, Qt::DescendingOrder);
            m_filter->sort(column, Qt::AscendingOrder);
        }
        m_filter->sort(Model::CheckedInColumn);
        QVERIFY(!m_filter->index(0, 0).data(Model::SortRole).isNull());
        QVERIFY(!m_filter->index(0, Model::CheckedInColumn).data(Model::SortRole).toDateTime().isValid());
        QVERIFY(m_filter->index(9999, Model::CheckedInColumn).data(Model::SortRole).toDateTime().isValid());

        // Editing through the filter model while filtered and sorted by name.
        m_filter->sort(Model::NameColumn);
        m_filter->setSearchText(u"person42@"_s);
        QCOMPARE(m_filter->rowCount(), 1);
        QVERIFY(m_filter->setData(m_filter->index(0, Model::NameColumn), u"가나다"_s));
        QCOMPARE(store().attendee(people.at(42).id)->name, u"가나다"_s);
        m_filter->setSearchText({});
        QCOMPARE(m_filter->index(0, Model::NameColumn).data().toString(), u"가나다"_s);

        // Reloading: another desk's walk-in and check-in.
        FakeClock later(test::eventDayUtc(11));
        const Attendee walkIn = test::addPeople(store(), {test::crowd(1).constFirst()}).constFirst();
        test::checkIn(store(), later, {people.at(1).id, walkIn.id});
        m_model->reload();
        QCOMPARE(m_model->rowCount(), 10001);
        QCOMPARE(m_filter->rowCount(), 10001);
        QVERIFY(m_model->row(m_model->rowOf(people.at(1).id)).checkedIn());
        m_filter->setCheckedInFilter(Filter::CheckedInFilter::Yes);
        QCOMPARE(m_filter->rowCount(), int(arrived.size()) + 2);
    }

    void filter_freeText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // in Korean name order
        QTest::addRow("whole name") << u"홍길동"_s << QStringList{u"홍길동"_s};
        QTest::addRow("initial consonants") << u"ㅎㄱㄷ"_s << QStringList{u"홍길동"_s};
        QTest::addRow("syllable then consonant") << u"홍ㄱ"_s << QStringList{u"홍길동"_s};
        QTest::addRow("latin, any case, spaces ignored") << u"alice p"_s << QStringList{u"Alice Park"_s};
        QTest::addRow("phone last digits") << u"5678"_s << QStringList{u"홍길동"_s};
        QTest::addRow("phone with dashes") << u"2222-3333"_s << QStringList{u"김민준"_s};
        QTest::addRow("email domain") << u"@gmail"_s << QStringList{u"홍길동"_s};
        QTest::addRow("affiliation") << u"카카오"_s << QStringList{u"홍길동"_s};
        QTest::addRow("nobody") << u"zzz"_s << QStringList{};
        QTest::addRow("empty shows all") << u" "_s << QStringList{u"김민준"_s, u"이서연"_s, u"홍길동"_s, u"Alice Park"_s};
    }

    void filter_freeText()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        openSmallEvent();
        m_filter->sort(Model::NameColumn);
        m_filter->setSearchText(query);
        QCOMPARE(shownNames(), expected);
    }

    void filter_ticketCode_findsItsOwner()
    {
        openSmallEvent();
        const QString code = store().attendee(idOf(u"김민준"_s))->ticketCode;
        m_filter->setSearchText(code.right(12));
        QCOMPARE(shownNames(), QStringList{u"김민준"_s});
    }

    void filter_statusCheckedInAndTicketType_combine()
    {
        openSmallEvent();
        test::checkIn(store(), m_clock, {idOf(u"홍길동"_s)});
        m_model->reload();
        m_filter->sort(Model::NameColumn);
        m_filter->setStatusFilter(Filter::StatusFilter::Cancelled);
        QCOMPARE(shownNames(), QStringList{u"이서연"_s});
        m_filter->setStatusFilter(Filter::StatusFilter::Registered);
        QCOMPARE(shownNames(), (QStringList{u"김민준"_s, u"홍길동"_s, u"Alice Park"_s}));
        m_filter->setCheckedInFilter(Filter::CheckedInFilter::Yes);
        QCOMPARE(shownNames(), QStringList{u"홍길동"_s});
        m_filter->setCheckedInFilter(Filter::CheckedInFilter::No);
        m_filter->setTicketTypeFilter(u"General"_s);
        QCOMPARE(shownNames(), (QStringList{u"김민준"_s, u"Alice Park"_s}));
        QCOMPARE(m_model->ticketTypes(), (QStringList{u"General"_s, u"Speaker"_s, u"Student"_s}));
    }

    void sort_names_koreanOrder()
    {
        m_event = test::createEvent(newPath());
        const QStringList names = {u"다현"_s, u"bob Lee"_s, u"가은"_s, u"Émile Roy"_s, u"나래"_s, u"Alice Park"_s,
                                   u"가나"_s, u"최지우"_s, u"Zoe Han"_s, u"강민"_s};
        for (const QString &name : names)
            test::addPerson(store(), name);
        makeModels();
        QAbstractItemModelTester tester(m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filter->sort(Model::NameColumn);
        const QStringList sorted = shownNames();
        QCOMPARE(sorted.size(), names.size());
        QVERIFY(sorted.indexOf(u"가나"_s) < sorted.indexOf(u"가은"_s));
        QVERIFY(sorted.indexOf(u"가은"_s) < sorted.indexOf(u"강민"_s));
        QVERIFY(sorted.indexOf(u"강민"_s) < sorted.indexOf(u"나래"_s));
        QVERIFY(sorted.indexOf(u"나래"_s) < sorted.indexOf(u"다현"_s));
        QVERIFY(sorted.indexOf(u"다현"_s) < sorted.indexOf(u"최지우"_s));
        // Latin case and accents do not split the alphabet.
        QVERIFY(sorted.indexOf(u"Alice Park"_s) < sorted.indexOf(u"bob Lee"_s));
        QVERIFY(sorted.indexOf(u"bob Lee"_s) < sorted.indexOf(u"Émile Roy"_s));
        QVERIFY(sorted.indexOf(u"Émile Roy"_s) < sorted.indexOf(u"Zoe Han"_s));
        // Hangul and Latin each stay together, in the Korean collator's order.
        int scriptChanges = 0;
        const QCollator korean(QLocale(QLocale::Korean, QLocale::SouthKorea));
        for (int i = 1; i < sorted.size(); ++i) {
            scriptChanges += isHangul(sorted.at(i)) != isHangul(sorted.at(i - 1)) ? 1 : 0;
            QVERIFY2(korean.compare(sorted.at(i - 1), sorted.at(i)) <= 0, qPrintable(sorted.at(i)));
        }
        QCOMPARE(scriptChanges, 1);
        // Descending is the exact reverse; names are shown as written.
        m_filter->sort(Model::NameColumn, Qt::DescendingOrder);
        QStringList reversed = sorted;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(shownNames(), reversed);

        // A renamed person moves to their new place.
        QVERIFY(m_model->setData(sourceIndexOf(u"최지우"_s, Model::NameColumn), u"가가"_s));
        m_filter->sort(Model::NameColumn);
        QCOMPARE(shownNames().constFirst(), u"가가"_s);
    }

    void sort_checkedIn_byTime_neverFirst()
    {
        openSmallEvent();
        FakeClock clock(test::eventDayUtc(10));
        test::checkIn(store(), clock, {idOf(u"Alice Park"_s)});
        clock.set(test::eventDayUtc(9));
        test::checkIn(store(), clock, {idOf(u"홍길동"_s)}, u"Desk 2"_s);
        m_model->reload();
        m_filter->sort(Model::CheckedInColumn);
        QCOMPARE(shownNames().mid(2), (QStringList{u"홍길동"_s, u"Alice Park"_s}));
        const QModelIndex hong = sourceIndexOf(u"홍길동"_s, Model::CheckedInColumn);
        QCOMPARE(hong.data(Model::SortRole).toDateTime(), test::eventDayUtc(9));
        QVERIFY(!hong.data().toString().isEmpty());
        QVERIFY(hong.data(Qt::ToolTipRole).toString().contains(u"Desk 2"_s));
        QVERIFY(sourceIndexOf(u"김민준"_s, Model::CheckedInColumn).data().toString().isEmpty());
    }

    void edit_badEmail_refused_storeUnchanged()
    {
        openSmallEvent();
        QSignalSpy refused(m_model.get(), &Model::editRefused);
        const QModelIndex email = sourceIndexOf(u"홍길동"_s, Model::EmailColumn);
        QVERIFY(!m_model->setData(email, u"gildong at gmail"_s));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.constFirst().constFirst().toString().contains(u"gildong at gmail"_s));
        QCOMPARE(email.data().toString(), u"gildong@gmail.com"_s);
        QCOMPARE(store().attendee(idOf(u"홍길동"_s))->email, u"gildong@gmail.com"_s);

        QVERIFY(m_model->setData(email, u"  hong@example.com "_s));
        QCOMPARE(store().attendee(idOf(u"홍길동"_s))->email, u"hong@example.com"_s);
        QVERIFY(m_model->setData(email, QString()));
        QCOMPARE(store().attendee(idOf(u"홍길동"_s))->email, QString());
        QCOMPARE(refused.count(), 1);
    }

    void edit_blankName_refused()
    {
        openSmallEvent();
        QSignalSpy refused(m_model.get(), &Model::editRefused);
        QVERIFY(!m_model->setData(sourceIndexOf(u"김민준"_s, Model::NameColumn), u"   "_s));
        QCOMPARE(refused.count(), 1);
        QVERIFY(store().attendee(idOf(u"김민준"_s)));
        // Written as typed (only the ends trimmed), never split.
        QVERIFY(m_model->setData(sourceIndexOf(u"Alice Park"_s, Model::NameColumn), u" Alice  Park-Lee "_s));
        QCOMPARE(sourceIndexOf(u"Alice  Park-Lee"_s, 0).data().toString(), u"Alice  Park-Lee"_s);
    }

    void edit_phone_normalisedOrRefused()
    {
        openSmallEvent();
        QSignalSpy refused(m_model.get(), &Model::editRefused);
        const QModelIndex phone = sourceIndexOf(u"Alice Park"_s, Model::PhoneColumn);
        QVERIFY(m_model->setData(phone, u"+82 10 9876 5432"_s));
        QCOMPARE(phone.data().toString(), u"010-9876-5432"_s);
        QCOMPARE(store().attendee(idOf(u"Alice Park"_s))->phone, u"010-9876-5432"_s);
        // The new number is searchable at once.
        m_filter->setSearchText(u"5432"_s);
        QCOMPARE(shownNames(), QStringList{u"Alice Park"_s});

        QVERIFY(!m_model->setData(phone, u"call me"_s));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(store().attendee(idOf(u"Alice Park"_s))->phone, u"010-9876-5432"_s);
    }

    void edit_consentAndAttention_toggle_persist()
    {
        openSmallEvent();
        const QModelIndex consent = sourceIndexOf(u"김민준"_s, Model::ConsentColumn);
        QVERIFY(m_model->flags(consent) & Qt::ItemIsUserCheckable);
        QCOMPARE(consent.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(m_model->setData(consent, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(store().attendee(idOf(u"김민준"_s))->consent);
        QVERIFY(m_model->setData(sourceIndexOf(u"김민준"_s, Model::AttentionColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(store().attendee(idOf(u"김민준"_s))->attention);

        makeModels(); // read back from the file
        QCOMPARE(sourceIndexOf(u"김민준"_s, Model::ConsentColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(m_model->setData(sourceIndexOf(u"김민준"_s, Model::ConsentColumn), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!store().attendee(idOf(u"김민준"_s))->consent);
        QVERIFY(store().attendee(idOf(u"김민준"_s))->attention);
    }

    void edit_readOnlyColumns_refused()
    {
        openSmallEvent();
        for (int column : {int(Model::StatusColumn), int(Model::CheckedInColumn), int(Model::TicketCodeColumn),
                           int(Model::KeywordsColumn)}) {
            const QModelIndex index = sourceIndexOf(u"홍길동"_s, column);
            QVERIFY(!(m_model->flags(index) & Qt::ItemIsEditable));
            QVERIFY(!m_model->setData(index, u"x"_s));
        }
    }

    void edit_keepsWhatAnotherDeskChanged()
    {
        openSmallEvent();
        // Another connection changes the notes after our model loaded.
        auto other = EventFile::open(m_event->path());
        Attendee hong = *other->store().attendee(idOf(u"홍길동"_s));
        hong.notes = u"wheelchair access"_s;
        other->store().write([&] { other->store().updateAttendee(hong, test::eventDayUtc(9)); });
        QVERIFY(m_model->setData(sourceIndexOf(u"홍길동"_s, Model::AffiliationColumn), u"Kakao Corp"_s));
        const Attendee stored = *store().attendee(hong.id);
        QCOMPARE(stored.affiliation, u"Kakao Corp"_s);
        QCOMPARE(stored.notes, u"wheelchair access"_s);
        QCOMPARE(sourceIndexOf(u"홍길동"_s, Model::NotesColumn).data().toString(), u"wheelchair access"_s);
    }

    void reloadInBackground_appliesOtherDesksChanges_keepsLocalEdits()
    {
        openSmallEvent();
        QAbstractItemModelTester tester(m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filter->sort(Model::NameColumn);
        QSignalSpy reloaded(m_model.get(), &Model::reloaded);
        const qint64 kim = idOf(u"김민준"_s);
        {
            auto otherDesk = EventFile::open(m_event->path());
            test::checkIn(otherDesk->store(), m_clock, {kim});
            test::addPerson(otherDesk->store(), u"가은"_s);
        }
        m_model->reloadInBackground();
        QVERIFY(m_model->isReloadingInBackground());
        // An edit here while the worker reads must not be undone by an older read.
        QVERIFY(m_model->setData(sourceIndexOf(u"홍길동"_s, Model::NotesColumn), u"VIP guest"_s));
        QTRY_VERIFY(!m_model->isReloadingInBackground());
        QCOMPARE(reloaded.count(), 1);
        QVERIFY(m_model->row(m_model->rowOf(kim)).checkedIn());
        QCOMPARE(sourceIndexOf(u"홍길동"_s, Model::NotesColumn).data().toString(), u"VIP guest"_s);
        QCOMPARE(m_filter->rowCount(), 5);
        QCOMPARE(shownNames().constFirst(), u"가은"_s);
    }

    void setStatus_storageError_changesNothing()
    {
        m_event = test::createEvent(newPath());
        test::addPeople(store(), test::crowd(3));
        const QString path = m_event->path();
        m_event = EventFile::open(path, Database::Access::ReadWrite, 100);
        makeModels();
        QSignalSpy refused(m_model.get(), &Model::editRefused);
        const QList<qint64> ids = {m_model->row(0).attendee.id, m_model->row(2).attendee.id};
        {
            auto other = EventFile::open(path);
            WriteTransaction holdsTheLock(other->database());
            QCOMPARE(m_model->setStatus(ids, AttendeeStatus::Cancelled), -1);
        }
        QCOMPARE(refused.count(), 1);
        QVERIFY(!m_model->row(0).cancelled());
        QCOMPARE(store().attendee(ids.at(0))->status, AttendeeStatus::Registered);
        QCOMPARE(store().attendee(ids.at(1))->status, AttendeeStatus::Registered);

        QCOMPARE(m_model->setStatus(ids, AttendeeStatus::Cancelled), 2);
        QCOMPARE(store().attendee(ids.at(1))->status, AttendeeStatus::Cancelled);
        QCOMPARE(m_model->setStatus(ids, AttendeeStatus::Cancelled), 0); // already
        QVERIFY(m_model->row(2).cancelled());
        QVERIFY(m_model->index(2, Model::NameColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    }
};

QTEST_MAIN(TestAttendeeTableModel)
#include "tst_attendeetablemodel.moc"
