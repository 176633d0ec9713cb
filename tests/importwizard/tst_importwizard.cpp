// The import wizard on the offscreen platform: a CP949 export with Korean
// headers through preview, mapping and dry run to imported rows; cancel and
// close while importing leave the event as it was.
#include "TestSupport.h"

#include "importing/ImportColumnsPage.h"
#include "importing/ImportDryRunPage.h"
#include "importing/ImportFilePage.h"
#include "importing/ImportLinesModel.h"
#include "importing/ImportRunPage.h"
#include "importing/ImportWizard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

const QString KoreanExport = u"importwizard/attendees-korean-cp949.csv"_s;
const QString UpdatedKoreanExport = u"importwizard/attendees-korean-updated-cp949.csv"_s;

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

bool nextEnabled(ImportWizard &wizard)
{
    QAbstractButton *next = wizard.currentId() == ImportWizard::DryRunPageId ? wizard.button(QWizard::CommitButton)
                                                                              : wizard.button(QWizard::NextButton);
    return next->isVisible() && next->isEnabled();
}

void selectField(QComboBox *combo, AttendeeField field)
{
    combo->setCurrentIndex(combo->findData(int(field)));
}

AttendeeField shownField(ImportColumnsPage *page, int column)
{
    return AttendeeField(page->fieldCombo(column)->currentData().toInt());
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventFile> m_event;
    int m_fileNo = 0;
    FakeClock m_clock{test::eventDayUtc(8)};

    EventStore &store() { return m_event->store(); }

    std::unique_ptr<ImportWizard> makeWizard(const QString &file = {})
    {
        auto wizard = std::make_unique<ImportWizard>(*m_event, file);
        wizard->setClock(m_clock);
        wizard->askOpenPath = [] {
            qWarning("unexpected file dialog");
            return QString();
        };
        wizard->show();
        return wizard;
    }

    // File page → dry run, with the guessed columns; waits for the plan.
    static bool toDryRun(ImportWizard &wizard)
    {
        if (!nextEnabled(wizard))
            return false;
        wizard.next();
        if (wizard.currentId() != ImportWizard::ColumnsPageId || !nextEnabled(wizard))
            return false;
        wizard.next();
        return QTest::qWaitFor([&] { return !wizard.dryRunPage()->isPlanning(); });
    }

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"input%1.csv"_s.arg(++m_fileNo));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Many people, so that an import runs long enough to be cancelled.
    QString writeLargeExport(int rows)
    {
        QString text = u"이름,이메일,휴대폰번호,소속\r\n"_s;
        text.reserve(rows * 60);
        for (int i = 0; i < rows; ++i)
            text += u"참가자%1,person%1@example.com,010-%2-%3,\"회사 %1, 서울\"\r\n"_s.arg(i).arg(2000 + i / 10000).arg(i % 10000, 4, 10, QChar(u'0'));
        return writeFile(text.toUtf8());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_event = test::createEvent(m_dir.filePath(u"e%1.mannam"_s.arg(++m_fileNo)));
    }

    void cleanup()
    {
        m_event.reset();
    }

    void wizard_cp949KoreanHeaders_throughToImportedRows()
    {
        auto wizard = makeWizard();
        QSignalSpy imported(wizard.get(), &ImportWizard::imported);
        QVERIFY(!nextEnabled(*wizard));  // no file yet

        // Step 1: the file through the "Choose…" seam; CP949 detected, Hangul previewed.
        wizard->askOpenPath = [] { return test::dataPath(KoreanExport); };
        QTest::mouseClick(child<QPushButton>(wizard.get(), u"chooseFileButton"_s), Qt::LeftButton);
        auto *encoding = child<QComboBox>(wizard.get(), u"encodingComboBox"_s);
        QCOMPARE(encoding->currentText(), u"Automatic (CP949 detected)"_s);
        auto *preview = child<QTableWidget>(wizard.get(), u"previewTable"_s);
        QCOMPARE(preview->columnCount(), 7);
        QCOMPARE(preview->rowCount(), 5);
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), u"이름"_s);
        QCOMPARE(preview->horizontalHeaderItem(2)->text(), u"휴대폰번호"_s);
        QCOMPARE(preview->item(0, 0)->text(), u"홍길동"_s);
        QCOMPARE(preview->item(0, 3)->text(), u"카카오, 판교"_s);  // a quoted comma stays in its cell
        QCOMPARE(preview->verticalHeaderItem(0)->text(), u"2"_s);  // the line in the file
        auto *message = child<QLabel>(wizard.get(), u"fileMessageLabel"_s);
        QVERIFY2(message->text().startsWith(u"Rows: 5 · Columns: 7 · Encoding: CP949."_s), qPrintable(message->text()));
        QVERIFY(nextEnabled(*wizard));

        // The wrong encoding says so, shows the garbling, and blocks Next.
        encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Utf8)));
        QVERIFY(message->property("isError").toBool());
        QVERIFY2(message->text().contains(u"UTF-8"_s), qPrintable(message->text()));
        QVERIFY(!nextEnabled(*wizard));
        QVERIFY(preview->rowCount() > 0);
        QVERIFY(preview->item(0, 0)->text().contains(QChar(0xFFFD)));
        encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Cp949)));
        QCOMPARE(preview->item(0, 0)->text(), u"홍길동"_s);
        QVERIFY(nextEnabled(*wizard));
        encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Auto)));
        QCOMPARE(encoding->currentText(), u"Automatic (CP949 detected)"_s);
        QVERIFY(!message->property("isError").toBool());
        QVERIFY(nextEnabled(*wizard));

        // Step 2: guessed fields; one column ignored; a missing name is caught.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::ColumnsPageId));
        ImportColumnsPage *columns = wizard->columnsPage();
        const QList<AttendeeField> expected{AttendeeField::Name, AttendeeField::Email, AttendeeField::Phone,
                                            AttendeeField::Affiliation, AttendeeField::TicketType,
                                            AttendeeField::Consent, AttendeeField::Keywords};
        for (int column = 0; column < expected.size(); ++column)
            QCOMPARE(shownField(columns, column), expected.at(column));
        auto *columnsTable = child<QTableWidget>(wizard.get(), u"columnsTable"_s);
        QCOMPARE(columnsTable->item(3, ImportColumnsPage::SamplesColumn)->text(), u"카카오, 판교  ·  네이버  ·  서울대학교"_s);
        auto *noName = child<QLabel>(wizard.get(), u"noNameWarningLabel"_s);
        QVERIFY(noName->isHidden());
        selectField(columns->fieldCombo(0), AttendeeField::Ignore);
        QVERIFY(noName->isVisible());
        QVERIFY(!nextEnabled(*wizard));
        selectField(columns->fieldCombo(0), AttendeeField::Name);
        QVERIFY(noName->isHidden());
        QVERIFY(nextEnabled(*wizard));
        selectField(columns->fieldCombo(6), AttendeeField::Ignore);  // keywords: not from this file
        // A field comes from one column: giving Email to another column frees the first.
        selectField(columns->fieldCombo(4), AttendeeField::Email);
        QCOMPARE(shownField(columns, 1), AttendeeField::Ignore);
        selectField(columns->fieldCombo(1), AttendeeField::Email);
        QCOMPARE(shownField(columns, 4), AttendeeField::Ignore);
        selectField(columns->fieldCombo(4), AttendeeField::TicketType);

        // Step 3: the dry run, on a worker thread.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::DryRunPageId));
        ImportDryRunPage *dryRun = wizard->dryRunPage();
        QTRY_VERIFY(!dryRun->isPlanning());
        QVERIFY2(dryRun->plan().ok(), qPrintable(dryRun->plan().error));
        QCOMPARE(child<QLabel>(wizard.get(), u"addedCountLabel"_s)->property("count").toInt(), 4);
        QCOMPARE(child<QLabel>(wizard.get(), u"updatedCountLabel"_s)->property("count").toInt(), 0);
        QCOMPARE(child<QLabel>(wizard.get(), u"unchangedCountLabel"_s)->property("count").toInt(), 0);
        QCOMPARE(child<QLabel>(wizard.get(), u"skippedCountLabel"_s)->property("count").toInt(), 1);
        QAbstractItemModelTester tester(dryRun->linesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *lines = child<QTableView>(wizard.get(), u"linesTableView"_s);
        QCOMPARE(lines->model()->rowCount(), 1);
        const auto cell = [&](int column) { return lines->model()->index(0, column).data().toString(); };
        QCOMPARE(cell(ImportLinesModel::LineColumn), u"5"_s);
        QCOMPARE(cell(ImportLinesModel::NameColumn), u"(no name)"_s);
        QCOMPARE(cell(ImportLinesModel::OutcomeColumn), u"Skip"_s);
        QCOMPARE(cell(ImportLinesModel::DetailColumn), u"no name"_s);
        auto *warnings = child<QListWidget>(wizard.get(), u"warningsListWidget"_s);
        QCOMPARE(warnings->count(), 1);
        QVERIFY2(warnings->item(0)->text().contains(u"line 4"_s) && warnings->item(0)->text().contains(u"not-an-email"_s),
                 qPrintable(warnings->item(0)->text()));
        QCOMPARE(store().attendeeCount(), 0);  // a dry run writes nothing
        QVERIFY(nextEnabled(*wizard));

        // Step 4: the import, on a worker thread with its own connection.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ImportWizard::RunPageId));
        QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
        QTRY_VERIFY(wizard->runPage()->hasSucceeded());
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.at(0).at(0).toInt(), 4);
        QCOMPARE(imported.at(0).at(1).toInt(), 0);
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
        QVERIFY(child<QLabel>(wizard.get(), u"importSummaryLabel"_s)->text().contains(u"Added 4"_s));

        const QList<Attendee> people = store().attendees();
        QCOMPARE(people.size(), 4);
        QCOMPARE(people.at(0).name, u"홍길동"_s);
        QCOMPARE(people.at(0).phone, u"010-1234-5678"_s);
        QCOMPARE(people.at(0).affiliation, u"카카오, 판교"_s);
        QCOMPARE(people.at(0).ticketType, u"일반"_s);
        QVERIFY(people.at(0).consent);
        QVERIFY(people.at(0).keywords.isEmpty());  // the ignored column
        QCOMPARE(people.at(1).name, u"김서연"_s);
        QCOMPARE(people.at(1).phone, u"010-2222-3333"_s);
        QVERIFY(!people.at(1).consent);  // 아니오
        QCOMPARE(people.at(2).name, u"박지훈"_s);
        QCOMPARE(people.at(2).phone, u"010-3333-4444"_s);
        QVERIFY(people.at(2).consent);  // 네
        QCOMPARE(people.at(3).name, u"이민준"_s);
        QCOMPARE(people.at(3).affiliation, u"라인, 플러스"_s);
        QVERIFY(people.at(3).consent);  // 동의
        for (const Attendee &a : people)
            QCOMPARE(a.source, AttendeeSource::Import);

        wizard->accept();
        QCOMPARE(imported.size(), 1);
    }

    void wizard_updatedExport_updatesAndAddsWithoutDuplicates()
    {
        {
            auto first = makeWizard(test::dataPath(KoreanExport));
            QVERIFY(toDryRun(*first));
            first->next();
            QTRY_VERIFY(first->runPage()->hasSucceeded());
        }
        QCOMPARE(store().attendeeCount(), 4);
        const Attendee hong = store().attendees().at(0);

        auto wizard = makeWizard(test::dataPath(UpdatedKoreanExport));
        QSignalSpy imported(wizard.get(), &ImportWizard::imported);
        QVERIFY(toDryRun(*wizard));
        const ImportPlan &plan = wizard->dryRunPage()->plan();
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(child<QLabel>(wizard.get(), u"addedCountLabel"_s)->property("count").toInt(), 1);
        QCOMPARE(child<QLabel>(wizard.get(), u"updatedCountLabel"_s)->property("count").toInt(), 1);
        QCOMPARE(child<QLabel>(wizard.get(), u"unchangedCountLabel"_s)->property("count").toInt(), 3);
        QCOMPARE(child<QLabel>(wizard.get(), u"skippedCountLabel"_s)->property("count").toInt(), 1);
        // Skipped first, then the update with the field that changes, then the unchanged.
        const QAbstractItemModel *lines = child<QTableView>(wizard.get(), u"linesTableView"_s)->model();
        QCOMPARE(lines->rowCount(), 5);
        QCOMPARE(lines->index(1, ImportLinesModel::LineColumn).data().toInt(), 2);
        QCOMPARE(lines->index(1, ImportLinesModel::NameColumn).data().toString(), u"홍길동"_s);
        QCOMPARE(lines->index(1, ImportLinesModel::OutcomeColumn).data().toString(), u"Update"_s);
        QCOMPARE(lines->index(1, ImportLinesModel::DetailColumn).data().toString(), u"Affiliation"_s);
        QCOMPARE(lines->index(2, ImportLinesModel::OutcomeColumn).data().toString(), u"Unchanged"_s);

        wizard->next();
        QTRY_VERIFY(wizard->runPage()->hasSucceeded());
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.at(0).at(0).toInt(), 1);
        QCOMPARE(imported.at(0).at(1).toInt(), 1);
        const QList<Attendee> people = store().attendees();
        QCOMPARE(people.size(), 5);
        QCOMPARE(people.at(0).affiliation, u"카카오엔터프라이즈, 판교"_s);
        QCOMPARE(people.at(0).ticketCode, hong.ticketCode);  // same person, same codes
        QCOMPARE(people.at(4).name, u"최유나"_s);
        QCOMPARE(people.at(4).keywords, (QStringList{u"디자인"_s, u"UI/UX"_s}));
    }

    void wizard_nothingNew_cannotImport()
    {
        QFile file(test::dataPath(KoreanExport));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(AttendeeImporter(store(), m_clock).import(file.readAll(), {}).ok());
        auto wizard = makeWizard(test::dataPath(KoreanExport));
        QVERIFY(toDryRun(*wizard));
        QVERIFY(wizard->dryRunPage()->plan().ok());
        QCOMPARE(child<QLabel>(wizard.get(), u"unchangedCountLabel"_s)->property("count").toInt(), 4);
        QVERIFY(!nextEnabled(*wizard));
        QVERIFY(child<QLabel>(wizard.get(), u"dryRunStatusLabel"_s)->text().contains(u"Nothing to import"_s));
    }

    void wizard_planError_shownAndBlocksImport()
    {
        // A comma in an unquoted field: more cells than headers.
        const QString path = writeFile(u"이름,이메일\n홍길동,hong@example.com\n김서연,카카오, 판교,seo@example.com\n"_s.toUtf8());
        auto wizard = makeWizard(path);
        QVERIFY(toDryRun(*wizard));
        QVERIFY(!wizard->dryRunPage()->plan().ok());
        auto *error = child<QLabel>(wizard.get(), u"planErrorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Line 3"_s), qPrintable(error->text()));
        QVERIFY(!nextEnabled(*wizard));
        QCOMPARE(store().attendeeCount(), 0);
    }

    void filePage_unusableFiles_saySoAndBlockNext_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << QByteArray() << u"empty"_s;
        QTest::addRow("blank lines") << QByteArray("\r\n\r\n") << u"empty"_s;
        QTest::addRow("header only") << u"이름,이메일\r\n"_s.toUtf8() << u"no attendees"_s;
        QTest::addRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, '\x01') << u"not a CSV file"_s;
        QByteArray binary;
        for (int i = 0; i < 512; ++i)
            binary.append(char((i * 37 + 11) % 256));
        QTest::addRow("binary") << binary << u"neither UTF-8 nor CP949"_s;
        QTest::addRow("NUL bytes") << QByteArray("name\nA\0B\n", 9) << u"cannot be read as a CSV"_s;
        QTest::addRow("unclosed quote") << QByteArray("name\n\"Kim\n") << u"cannot be read as a CSV"_s;
    }

    void filePage_unusableFiles_saySoAndBlockNext()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto wizard = makeWizard(writeFile(bytes));
        auto *message = child<QLabel>(wizard.get(), u"fileMessageLabel"_s);
        QVERIFY(message->property("isError").toBool());
        QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
        QVERIFY(!nextEnabled(*wizard));
    }

    void filePage_missingAndOversizedFiles_refused()
    {
        auto wizard = makeWizard();
        auto *path = child<QLineEdit>(wizard.get(), u"filePathLineEdit"_s);
        auto *message = child<QLabel>(wizard.get(), u"fileMessageLabel"_s);
        path->setText(m_dir.filePath(u"nowhere.csv"_s));
        emit path->editingFinished();
        QVERIFY2(message->text().contains(u"There is no file"_s), qPrintable(message->text()));
        QVERIFY(!nextEnabled(*wizard));

        const QString big = m_dir.filePath(u"big.csv"_s);
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ImportDraft::MaxFileBytes + 1));
        file.close();
        path->setText(big);
        emit path->editingFinished();
        QVERIFY2(message->text().contains(u"10 MB"_s), qPrintable(message->text()));
        QVERIFY(!nextEnabled(*wizard));

        // Typing a good path fixes it.
        path->setText(test::dataPath(KoreanExport));
        emit path->editingFinished();
        QVERIFY(nextEnabled(*wizard));
    }

    void filePage_droppedFile_isOpened()
    {
        auto wizard = makeWizard();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(test::dataPath(KoreanExport))});
        ImportFilePage *page = wizard->filePage();
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page, &drop);
        QCOMPARE(child<QTableWidget>(wizard.get(), u"previewTable"_s)->item(1, 0)->text(), u"김서연"_s);
        QVERIFY(nextEnabled(*wizard));
    }

    void importPage_cancelButton_importsNothing()
    {
        auto wizard = makeWizard(writeLargeExport(20000));
        QSignalSpy imported(wizard.get(), &ImportWizard::imported);
        QVERIFY(toDryRun(*wizard));
        QVERIFY2(wizard->dryRunPage()->plan().ok(), qPrintable(wizard->dryRunPage()->plan().error));
        QCOMPARE(wizard->dryRunPage()->plan().count(ImportLine::Outcome::Added), 20000);

        ImportRunPage *run = wizard->runPage();
        auto *cancel = child<QPushButton>(wizard.get(), u"cancelImportButton"_s);
        bool backDisabledWhileRunning = false;
        bool finishDisabledWhileRunning = false;
        int progressSeen = 0;
        // Cancel on the first count the worker reports: it has written nothing yet.
        connect(run, &ImportRunPage::progressed, cancel, [&] {
            if (++progressSeen > 1)
                return;
            backDisabledWhileRunning = !wizard->button(QWizard::BackButton)->isEnabled();
            finishDisabledWhileRunning = !wizard->button(QWizard::FinishButton)->isEnabled();
            QVERIFY(run->isRunning());
            QTest::mouseClick(cancel, Qt::LeftButton);
        });
        wizard->next();
        QTRY_VERIFY(progressSeen > 0);
        QTRY_VERIFY(!run->isRunning());
        QVERIFY(backDisabledWhileRunning);
        QVERIFY(finishDisabledWhileRunning);
        QVERIFY(!run->hasSucceeded());
        const QString summary = child<QLabel>(wizard.get(), u"importSummaryLabel"_s)->text();
        QCOMPARE(summary, u"Import cancelled; nothing was imported."_s);
        QVERIFY(child<QPushButton>(wizard.get(), u"retryImportButton"_s)->isVisible());
        QCOMPARE(store().attendeeCount(), 0);
        QCOMPARE(imported.size(), 0);
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());  // closing is allowed now
    }

    void importPage_closedWhileImporting_cancelsAndWaits()
    {
        auto wizard = makeWizard(writeLargeExport(20000));
        QVERIFY(toDryRun(*wizard));
        bool rejected = false;
        connect(wizard->runPage(), &ImportRunPage::progressed, wizard.get(), [&] {
            if (rejected)
                return;
            rejected = true;
            wizard->close();  // returns once the worker has rolled back
        });
        wizard->next();
        QTRY_VERIFY(rejected);
        QVERIFY(wizard->isHidden());
        QCOMPARE(store().attendeeCount(), 0);
        wizard.reset();  // the page's job is gone, nothing left running
        QCOMPARE(store().attendeeCount(), 0);
    }

    void importPage_retryAfterCancel_imports()
    {
        auto wizard = makeWizard(test::dataPath(KoreanExport));
        QVERIFY(toDryRun(*wizard));
        ImportRunPage *run = wizard->runPage();
        bool cancelled = false;
        const auto connection = connect(run, &ImportRunPage::progressed, run, [&] {
            if (!cancelled) {
                cancelled = true;
                run->cancel();
            }
        });
        wizard->next();
        QTRY_VERIFY(cancelled && !run->isRunning());
        QCOMPARE(store().attendeeCount(), 0);
        disconnect(connection);
        QTest::mouseClick(child<QPushButton>(wizard.get(), u"retryImportButton"_s), Qt::LeftButton);
        QTRY_VERIFY(run->hasSucceeded());
        QCOMPARE(store().attendeeCount(), 4);
    }

    void dryRun_tenThousandRows_planReady()
    {
        const QString path = writeLargeExport(10000);
        QElapsedTimer timer;
        timer.start();
        auto wizard = makeWizard(path);
        // Read, decoded and previewed on the GUI thread: it must stay quick.
        qInfo("file page with 10,000 lines: %lld ms", timer.restart());
        wizard->next();
        wizard->next();
        // The page is up at once: planning happens on the worker.
        QVERIFY(wizard->dryRunPage()->isPlanning());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->dryRunPage()->isPlanning(), 30000);
        qInfo("dry run of 10,000 lines: %lld ms", timer.elapsed());
        QCOMPARE(wizard->dryRunPage()->plan().count(ImportLine::Outcome::Added), 10000);
    }

    // Not a check: with MANNAM_SCREENSHOT_DIR set, saves the wizard's pages at
    // laptop size.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MANNAM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set MANNAM_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(dir);
        {
            auto first = makeWizard(test::dataPath(KoreanExport));
            QVERIFY(toDryRun(*first));
            first->next();
            QTRY_VERIFY(first->runPage()->hasSucceeded());
        }
        auto wizard = makeWizard(test::dataPath(UpdatedKoreanExport));
        wizard->resize(1000, 650);
        const auto shoot = [&](const QString &name) {
            QCoreApplication::processEvents();
            QVERIFY(wizard->grab().save(QDir(dir).filePath(name)));
        };
        shoot(u"import-preview-1366.png"_s);
        wizard->next();
        shoot(u"import-mapping-1366.png"_s);
        wizard->next();
        QTRY_VERIFY(!wizard->dryRunPage()->isPlanning());
        shoot(u"import-dryrun-1366.png"_s);
        wizard->next();
        QTRY_VERIFY(wizard->runPage()->hasSucceeded());
        shoot(u"import-done-1366.png"_s);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
