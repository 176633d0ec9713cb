// Every export of the organizer's Export menu, driven through ExportActions with its seams
// (no modal dialog ever opens): the content of each CSV read back, the contacts of
// consenting pairs only, a selection of the attendee table, the tickets folder, the badge
// sheet PDF (pages and embedded Hangul font checked with poppler), the progress dialog and
// Cancel, and an unwritable path.
#include "BingoTestSupport.h"

#include "exports/ExportActions.h"
#include "storage/BingoStore.h"
#include "tickets/BadgeSheet.h"
#include "transfer/CsvReader.h"
#include "transfer/CsvWriter.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

const QString FormulaName = u"=HYPERLINK(\"http://evil.example\",\"클릭\")"_s;

struct Table
{
    QByteArray bytes;
    QStringList header;
    QList<QStringList> rows;
    QString problem;

    QString cell(int row, const QString &column) const
    {
        const qsizetype c = header.indexOf(column);
        return c < 0 ? u"<no column %1>"_s.arg(column) : rows.value(row).value(c);
    }
    QStringList column(const QString &name) const
    {
        QStringList values;
        for (int r = 0; r < rows.size(); ++r)
            values << cell(r, name);
        return values;
    }
};

Table readCsv(const QString &path)
{
    Table table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        table.problem = u"cannot read "_s + path;
        return table;
    }
    table.bytes = file.readAll();
    if (!table.bytes.startsWith("\xEF\xBB\xBF")) {
        table.problem = u"no UTF-8 BOM"_s;
        return table;
    }
    const CsvTable csv = parseCsv(QString::fromUtf8(table.bytes.mid(3)));
    if (!csv.ok() || csv.records.isEmpty()) {
        table.problem = csv.error.isEmpty() ? u"empty"_s : csv.error;
        return table;
    }
    table.header = csv.records.constFirst().fields;
    for (qsizetype i = 1; i < csv.records.size(); ++i)
        table.rows << csv.records.at(i).fields;
    return table;
}

// Runs a poppler tool; empty when it is not installed or fails.
QString runTool(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    return pages.match(runTool(u"pdfinfo"_s, {path})).captured(1).toInt();
}

} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventFile> m_event;
    std::unique_ptr<QWidget> m_window;
    ExportActions *m_actions = nullptr;
    FakeClock m_clock{test::eventDayUtc(10, 0)};
    QString m_nextSavePath;
    QString m_nextFolder;
    QStringList m_askedTitles;
    QStringList m_messages;
    QStringList m_errors;
    QMap<QString, Attendee> m_people;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    EventStore &store() { return m_event->store(); }

    // A person with contact details, consenting or not.
    Attendee addContact(const QString &name, bool consent, const QString &email, const QString &affiliation)
    {
        Attendee a = test::addPlayer(store(), name, {u"K01"_s, u"K02"_s});
        a.consent = consent;
        a.email = email;
        a.phone = u"010-1234-%1"_s.arg(m_people.size() + 1000);
        a.affiliation = affiliation;
        store().write([&] { store().updateAttendee(a, m_clock.nowUtc()); });
        m_people.insert(name, a);
        return a;
    }

    void meet(const QString &a, const QString &b)
    {
        m_clock.advanceMs(60 * 1000);
        const BingoOutcome outcome =
                BingoService(store(), m_clock).meet(m_people[a].badgeCode, m_people[b].badgeCode, u"Kiosk 1"_s);
        QVERIFY2(outcome.ok(), qPrintable(outcome.reason()));
    }

    QAction *action(const QString &objectName) const
    {
        const QList<QAction *> actions = m_actions->actions();
        for (QAction *a : actions) {
            if (a->objectName() == objectName)
                return a;
        }
        return nullptr;
    }

    // Triggers an export and waits for it; the path it reported.
    bool runExport(const std::function<void()> &trigger, bool *ok = nullptr)
    {
        QSignalSpy finished(m_actions, &ExportActions::finished);
        trigger();
        if (finished.isEmpty() && !finished.wait(60000))
            return false;
        if (ok)
            *ok = finished.at(0).at(0).toBool();
        return true;
    }

    static void pressCancel(QProgressDialog *dialog)
    {
        auto *button = dialog->findChild<QPushButton *>();
        QVERIFY(button);
        QCOMPARE(button->text(), u"Cancel"_s);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    bool exportVia(const QString &actionName, const QString &file)
    {
        m_nextSavePath = path(file);
        QAction *a = action(actionName);
        if (!a)
            return false;
        bool ok = false;
        return runExport([a] { a->trigger(); }, &ok) && ok;
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Seoul");   // exported local times show +09:00
        ::tzset();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.set(test::eventDayUtc(10, 0));   // 19:00 in Seoul
        m_event = test::createEvent(path(u"meetup.mannam"_s), u"서울 AI 밋업"_s);
        test::setUpBingo(store(), 3, 8, false, 9);
        m_people.clear();
        addContact(u"김민준"_s, true, u"minjun@example.org"_s, u"만남, 커뮤니티"_s);
        addContact(u"Alice Park"_s, true, u"alice@example.org"_s, u"Analytical Engines"_s);
        addContact(u"이서연"_s, false, u"seoyeon@example.org"_s, u"비공개 회사"_s);
        addContact(FormulaName, true, u"evil@example.org"_s, u"@SUM(1)"_s);
        meet(u"김민준"_s, u"Alice Park"_s);
        meet(u"김민준"_s, u"이서연"_s);
        meet(u"이서연"_s, u"Alice Park"_s);
        meet(FormulaName, u"Alice Park"_s);

        m_window = std::make_unique<QWidget>();
        m_window->resize(1000, 700);
        m_actions = new ExportActions(*m_event, m_window.get());
        m_askedTitles.clear();
        m_messages.clear();
        m_errors.clear();
        m_nextFolder.clear();
        m_actions->askSavePath = [this](const QString &title, const QString &suggested, const QString &) {
            m_askedTitles << title;
            Q_UNUSED(suggested)
            return m_nextSavePath;
        };
        m_actions->askFolder = [this](const QString &title) {
            m_askedTitles << title;
            return m_nextFolder;
        };
        m_actions->showMessage = [this](const QString &, const QString &message) { m_messages << message; };
        m_actions->showError = [this](const QString &, const QString &message) { m_errors << message; };
    }

    void cleanup()
    {
        m_window.reset();   // the actions with it
        m_actions = nullptr;
        m_event.reset();
        m_dir.reset();
    }

    void addTo_menuHasEveryExport()
    {
        QMenu menu;
        m_actions->addTo(&menu);
        QStringList texts;
        const QList<QAction *> actions = menu.actions();
        for (QAction *a : actions)
            texts << (a->isSeparator() ? u"--"_s : a->text().remove(u'&'));
        QCOMPARE(texts, QStringList({u"Attendance…"_s, u"Scan Log…"_s, u"Meetings…"_s, u"Winners…"_s,
                                     u"Contacts (consenting pairs)…"_s, u"--"_s,
                                     u"Tickets (QR PNGs + PDF + mail-merge CSV)…"_s, u"Badge Sheet (PDF)…"_s}));
    }

    void attendance_everyoneWithConsentAndCheckIn()
    {
        QVERIFY(exportVia(u"exportAttendanceAction"_s, u"attendance.csv"_s));
        const Table table = readCsv(path(u"attendance.csv"_s));
        QVERIFY2(table.problem.isEmpty(), qPrintable(table.problem));
        QCOMPARE(table.header.first(), u"name"_s);
        QCOMPARE(table.column(u"name"_s), QStringList({u"김민준"_s, u"Alice Park"_s, u"이서연"_s, u'\'' + FormulaName}));
        QCOMPARE(table.column(u"consent"_s), QStringList({u"yes"_s, u"yes"_s, u"no"_s, u"yes"_s}));
        QCOMPARE(table.column(u"checked_in"_s), QStringList({u"yes"_s, u"yes"_s, u"yes"_s, u"yes"_s}));
        QCOMPARE(table.cell(0, u"affiliation"_s), u"만남, 커뮤니티"_s);
        QCOMPARE(m_errors, QStringList());
        QCOMPARE(m_messages.size(), 1);
        QVERIFY2(m_messages.first().contains(u"4 row(s)"_s) && m_messages.first().contains(path(u"attendance.csv"_s)),
                 qPrintable(m_messages.first()));
        QCOMPARE(m_askedTitles, QStringList{u"Export Attendance"_s});
    }

    void scans_oneRowPerLogEntry()
    {
        QVERIFY(exportVia(u"exportScansAction"_s, u"scans.csv"_s));
        const Table table = readCsv(path(u"scans.csv"_s));
        QVERIFY2(table.problem.isEmpty(), qPrintable(table.problem));
        QCOMPARE(table.rows.size(), 4);   // each person admitted once
        QCOMPARE(table.column(u"result"_s), QStringList(4, u"admitted"_s));
        QCOMPARE(table.cell(0, u"attendee"_s), u"김민준"_s);
        QCOMPARE(table.cell(3, u"attendee"_s), u'\'' + FormulaName);
        QCOMPARE(table.cell(0, u"time"_s), u"2026-11-28T18:00:00.000+09:00"_s);
    }

    void meetings_everyMeetingWhateverTheConsent()
    {
        QVERIFY(exportVia(u"exportMeetingsAction"_s, u"meetings.csv"_s));
        const Table table = readCsv(path(u"meetings.csv"_s));
        QVERIFY2(table.problem.isEmpty(), qPrintable(table.problem));
        QCOMPARE(table.rows.size(), 4);
        QCOMPARE(table.cell(1, u"b_name"_s), u"이서연"_s);
        QCOMPARE(table.column(u"kiosk"_s), QStringList(4, u"Kiosk 1"_s));
    }

    void winners_asTheStoreRanksThem()
    {
        QVERIFY(exportVia(u"exportWinnersAction"_s, u"winners.csv"_s));
        const Table table = readCsv(path(u"winners.csv"_s));
        QVERIFY2(table.problem.isEmpty(), qPrintable(table.problem));
        QCOMPARE(table.header, QStringList({u"rank"_s, u"name"_s, u"affiliation"_s, u"won_at"_s, u"lines"_s,
                                            u"people_met"_s, u"prize_given_at"_s, u"prize_given_by"_s}));
        // Who won depends on the random deal; the export lists exactly the store's winners.
        const QList<BingoWinner> winners = BingoStore(store()).winners();
        QCOMPARE(table.rows.size(), winners.size());
        for (int i = 0; i < winners.size(); ++i)
            QCOMPARE(table.cell(i, u"name"_s), CsvWriter::neutralised(winners.at(i).name));
    }

    void contacts_onlyPairsWhoBothConsented()
    {
        QVERIFY(exportVia(u"exportContactsAction"_s, u"contacts.csv"_s));
        const Table table = readCsv(path(u"contacts.csv"_s));
        QVERIFY2(table.problem.isEmpty(), qPrintable(table.problem));
        QCOMPARE(table.header, QStringList({u"met_at"_s, u"a_name"_s, u"a_affiliation"_s, u"a_email"_s, u"a_phone"_s,
                                            u"b_name"_s, u"b_affiliation"_s, u"b_email"_s, u"b_phone"_s}));
        // 김민준–Alice and Alice–(formula) consented; both meetings with 이서연 are left out.
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.cell(0, u"a_name"_s), u"김민준"_s);
        QCOMPARE(table.cell(0, u"a_affiliation"_s), u"만남, 커뮤니티"_s);
        QCOMPARE(table.cell(0, u"a_email"_s), u"minjun@example.org"_s);
        QCOMPARE(table.cell(0, u"a_phone"_s), m_people[u"김민준"_s].phone);
        QCOMPARE(table.cell(0, u"b_name"_s), u"Alice Park"_s);
        QCOMPARE(table.cell(0, u"b_email"_s), u"alice@example.org"_s);
        QCOMPARE(table.cell(0, u"met_at"_s), u"2026-11-28T19:01:00.000+09:00"_s);
        // Formula-looking cells neutralised.
        QCOMPARE(table.cell(1, u"a_name"_s), u"Alice Park"_s);
        QCOMPARE(table.cell(1, u"b_name"_s), u'\'' + FormulaName);
        QCOMPARE(table.cell(1, u"b_affiliation"_s), u"'@SUM(1)"_s);
        // The person who did not consent appears nowhere, not even her company.
        const QString text = QString::fromUtf8(table.bytes);
        QVERIFY(!text.contains(u"이서연"_s));
        QVERIFY(!text.contains(u"seoyeon"_s));
        QVERIFY(!text.contains(u"비공개"_s));
        QVERIFY2(m_messages.value(0).contains(u"2 row(s)"_s), qPrintable(m_messages.value(0)));
    }

    void contacts_consentWithdrawnByCancelling()
    {
        Attendee alice = m_people[u"Alice Park"_s];
        alice.status = AttendeeStatus::Cancelled;
        store().write([&] { store().updateAttendee(alice, m_clock.nowUtc()); });
        QVERIFY(exportVia(u"exportContactsAction"_s, u"contacts.csv"_s));
        const Table table = readCsv(path(u"contacts.csv"_s));
        QVERIFY2(table.problem.isEmpty(), qPrintable(table.problem));
        QCOMPARE(table.rows.size(), 0);
        QCOMPARE(table.header.size(), 9);
    }

    void selection_attendanceColumnsOfThosePeople()
    {
        m_nextSavePath = path(u"selected"_s);   // no suffix typed: .csv is added
        const QList<Attendee> selection = {m_people[u"이서연"_s], m_people[u"김민준"_s]};
        bool ok = false;
        QVERIFY(runExport([&] { m_actions->exportAttendees(selection); }, &ok));
        QVERIFY(ok);
        const Table table = readCsv(path(u"selected.csv"_s));
        QVERIFY2(table.problem.isEmpty(), qPrintable(table.problem));
        QCOMPARE(table.header.size(), 13);
        QCOMPARE(table.column(u"name"_s), QStringList({u"김민준"_s, u"이서연"_s}));   // event order
        QCOMPARE(table.column(u"email"_s), QStringList({u"minjun@example.org"_s, u"seoyeon@example.org"_s}));
    }

    void tickets_folderWithPdfCsvAndPngs()
    {
        m_nextFolder = path(u"tickets"_s);
        QTest::failOnWarning(QRegularExpression(u"thread"_s, QRegularExpression::CaseInsensitiveOption));
        bool ok = false;
        QVERIFY(runExport([this] { action(u"exportTicketsAction"_s)->trigger(); }, &ok));
        QVERIFY2(ok, qPrintable(m_errors.join(u'\n')));
        QDir folder(m_nextFolder);
        QVERIFY(folder.exists(u"tickets.pdf"_s));
        QVERIFY(folder.exists(u"mail-merge.csv"_s));
        QCOMPARE(QDir(folder.filePath(u"png"_s)).entryList(QDir::Files).size(), 4);
        const Table merge = readCsv(folder.filePath(u"mail-merge.csv"_s));
        QCOMPARE(merge.rows.size(), 4);
        QVERIFY2(m_messages.value(0).contains(u"4 ticket(s)"_s), qPrintable(m_messages.value(0)));
        if (!QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QCOMPARE(pdfPages(folder.filePath(u"tickets.pdf"_s)), 4);
    }

    void badgeSheet_everyoneRegistered_tenPerA4Page_hangulEmbedded()
    {
        for (int i = 0; i < 8; ++i)
            test::addPerson(store(), u"참가자%1"_s.arg(i));
        Attendee cancelled = test::addPerson(store(), u"취소한사람"_s, AttendeeStatus::Cancelled);
        Q_UNUSED(cancelled)
        QTest::failOnWarning(QRegularExpression(u"thread"_s, QRegularExpression::CaseInsensitiveOption));
        QVERIFY(exportVia(u"exportBadgeSheetAction"_s, u"badges.pdf"_s));
        const QString pdf = path(u"badges.pdf"_s);
        QVERIFY(QFile(pdf).size() > 1000);
        QVERIFY2(m_messages.value(0).contains(u"12 badge(s)"_s) && m_messages.value(0).contains(u"2 page(s)"_s),
                 qPrintable(m_messages.value(0)));
        if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        QCOMPARE(pdfPages(pdf), 2);   // 12 registered, 10 per page; the cancelled one left out
        const QString info = runTool(u"pdfinfo"_s, {pdf});
        static const QRegularExpression a4(u"Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts"_s);
        QVERIFY2(a4.match(info).hasMatch(), qPrintable(info));
        const QString fonts = runTool(u"pdffonts"_s, {pdf});
        bool cjkEmbedded = false;
        for (const QString &line : fonts.split(u'\n')) {
            if (line.contains(u"CJK"_s, Qt::CaseInsensitive) && line.contains(QRegularExpression(u"\\byes\\b"_s)))
                cjkEmbedded = true;
        }
        QVERIFY2(cjkEmbedded, qPrintable(fonts));
        const QString text = runTool(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY2(text.contains(u"김민준"_s) && text.contains(u"참가자7"_s), qPrintable(text.left(400)));
        QVERIFY(!text.contains(u"취소한사람"_s));
        // No temporary file left beside it.
        for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden))
            QVERIFY2(name == u"badges.pdf"_s || name.startsWith(u"meetup.mannam"_s), qPrintable(name));
    }

    void badgeSheet_selection_inTheOrderGiven()
    {
        m_nextSavePath = path(u"two.pdf"_s);
        bool ok = false;
        QVERIFY(runExport([this] {
            m_actions->printBadgeSheet({m_people[u"이서연"_s], m_people[u"Alice Park"_s]});
        }, &ok));
        QVERIFY2(ok, qPrintable(m_errors.join(u'\n')));
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QCOMPARE(pdfPages(m_nextSavePath), 1);
        const QString text = runTool(u"pdftotext"_s, {m_nextSavePath, u"-"_s});
        QVERIFY2(text.indexOf(u"이서연"_s) >= 0 && text.indexOf(u"이서연"_s) < text.indexOf(u"Alice Park"_s),
                 qPrintable(text));
    }

    void progressDialog_showsWhileWorking_cancelWritesNothing()
    {
        for (int i = 0; i < 25; ++i)
            test::addPerson(store(), u"참가자%1"_s.arg(i));
        QSemaphore gate;
        m_actions->workerGate = [&gate] { gate.acquire(); };
        m_actions->setProgressDelay(0);
        m_nextSavePath = path(u"cancelled.pdf"_s);
        QSignalSpy finished(m_actions, &ExportActions::finished);
        action(u"exportBadgeSheetAction"_s)->trigger();

        QVERIFY(m_actions->isBusy());
        QPointer<QProgressDialog> dialog = m_actions->progressDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->objectName(), u"exportProgressDialog"_s);
        QVERIFY(!action(u"exportAttendanceAction"_s)->isEnabled());   // one export at a time
        pressCancel(dialog);
        gate.release();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!QFileInfo::exists(m_nextSavePath));
        QCOMPARE(m_errors, QStringList());   // the user's own cancel is not an error
        QTRY_VERIFY(!dialog);
        QVERIFY(action(u"exportAttendanceAction"_s)->isEnabled());
        QVERIFY(!m_actions->isBusy());
    }

    void progressDialog_csvCancelled_keepsTheOldFile()
    {
        const QString target = path(u"scans.csv"_s);
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QSemaphore gate;
        m_actions->workerGate = [&gate] { gate.acquire(); };
        m_actions->setProgressDelay(0);
        m_nextSavePath = target;
        QSignalSpy finished(m_actions, &ExportActions::finished);
        action(u"exportScansAction"_s)->trigger();
        QPointer<QProgressDialog> dialog = m_actions->progressDialog();
        QTRY_VERIFY(dialog && dialog->isVisible());
        pressCancel(dialog);
        gate.release();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
    }

    void unwritablePath_clearErrorAndNoFile()
    {
        const QString target = path(u"no/such/folder/attendance.csv"_s);
        m_nextSavePath = target;
        bool ok = true;
        QVERIFY(runExport([this] { action(u"exportAttendanceAction"_s)->trigger(); }, &ok));
        QVERIFY(!ok);
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().contains(u"Cannot write"_s) && m_errors.first().contains(target),
                 qPrintable(m_errors.first()));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(m_messages, QStringList());

        // The same for a PDF.
        m_errors.clear();
        m_nextSavePath = path(u"no/such/folder/badges.pdf"_s);
        QVERIFY(runExport([this] { action(u"exportBadgeSheetAction"_s)->trigger(); }, &ok));
        QVERIFY(!ok);
        QVERIFY2(m_errors.value(0).contains(u"Cannot write"_s), qPrintable(m_errors.value(0)));
    }

    void cancelledPathDialog_doesNothing()
    {
        m_nextSavePath.clear();
        QSignalSpy finished(m_actions, &ExportActions::finished);
        action(u"exportMeetingsAction"_s)->trigger();
        QVERIFY(!m_actions->isBusy());
        QCOMPARE(finished.count(), 0);
        QCOMPARE(m_errors, QStringList());
    }

    void ontoTheEventFile_refused()
    {
        const QByteArray before = test::fileHash(path(u"meetup.mannam"_s));
        m_nextSavePath = path(u"meetup.mannam"_s);
        action(u"exportScansAction"_s)->trigger();
        QVERIFY(!m_actions->isBusy());
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(test::fileHash(path(u"meetup.mannam"_s)), before);
    }
};

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
