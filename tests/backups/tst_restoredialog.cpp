// The restore dialog (ui/exports/RestoreDialog): lists the event's snapshots newest first
// with their counts, and records the organizer's choice through seams (where to put a new
// event, confirmations), never replacing a file without a confirmation.
#include "TestSupport.h"

#include "backup/EventSnapshots.h"
#include "exports/RestoreDialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace mannam;

class TestRestoreDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_eventPath;
    QStringList m_snapshots;   // newest first
    QString m_nextPath;
    bool m_nextConfirm = false;
    QStringList m_questions;
    QStringList m_errors;
    QStringList m_askedSuggestions;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    void attachSeams(RestoreDialog &dialog)
    {
        dialog.askSavePath = [this](const QString &, const QString &suggested, const QString &) {
            m_askedSuggestions << suggested;
            return m_nextPath;
        };
        dialog.confirm = [this](const QString &, const QString &question) {
            m_questions << question;
            return m_nextConfirm;
        };
        dialog.showError = [this](const QString &, const QString &message) { m_errors << message; };
    }

    static QString text(RestoreDialog &dialog, int row, int column)
    {
        auto *table = dialog.findChild<QTableWidget *>(u"snapshotsTable"_s);
        return table && table->item(row, column) ? table->item(row, column)->text() : QString();
    }

    static void click(RestoreDialog &dialog, const QString &button)
    {
        auto *b = dialog.findChild<QPushButton *>(button);
        QVERIFY2(b, qPrintable(button));
        QVERIFY(b->isEnabled());
        QTest::mouseClick(b, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Seoul");
        ::tzset();
    }

    // Three automatic snapshots (3, 5 and 6 people; 1 checked in) and a before-restore one.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_eventPath = path(u"meetup.mannam"_s);
        m_snapshots.clear();
        m_questions.clear();
        m_errors.clear();
        m_askedSuggestions.clear();
        auto event = test::createEvent(m_eventPath, u"서울 AI 밋업"_s);
        EventSnapshots snapshots(m_eventPath);
        const auto add = [&](int count) {
            for (int i = 0; i < count; ++i)
                test::addPerson(event->store(), u"참가자%1"_s.arg(event->store().attendeeCount() + 1));
        };
        add(3);
        m_snapshots.prepend(snapshots.take(event->database(), test::eventDayUtc(9, 0)).path);
        add(2);
        m_snapshots.prepend(snapshots.take(event->database(), test::eventDayUtc(9, 5)).path);
        add(1);
        m_snapshots.prepend(snapshots.take(event->database(), test::eventDayUtc(9, 10)).path);
        m_snapshots.prepend(snapshots.take(event->database(), test::eventDayUtc(9, 12),
                                           EventSnapshot::Kind::BeforeRestore).path);
        add(1);
    }

    void cleanup()
    {
        m_dir.reset();
    }

    void lists_newestFirst_withKindsAndCounts()
    {
        RestoreDialog dialog(m_eventPath);
        QCOMPARE(dialog.snapshots().size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(dialog.snapshots().at(i).path, m_snapshots.at(i));
        QVERIFY(text(dialog, 0, 0).endsWith(u"18:12:00"_s));
        QVERIFY(text(dialog, 3, 0).endsWith(u"18:00:00"_s));
        QCOMPARE(text(dialog, 0, 1), u"Before a restore"_s);
        QCOMPARE(text(dialog, 1, 1), u"Automatic"_s);
        // Counts arrive one snapshot per event-loop turn.
        QTRY_VERIFY(dialog.countsLoaded());
        QCOMPARE(text(dialog, 0, 2), u"6"_s);
        QCOMPARE(text(dialog, 2, 2), u"5"_s);
        QCOMPARE(text(dialog, 3, 2), u"3"_s);
        QCOMPARE(text(dialog, 3, 3), u"0"_s);
        QVERIFY(text(dialog, 0, 4).contains(u"KiB"_s) || text(dialog, 0, 4).contains(u"kB"_s));
        QVERIFY(!dialog.findChild<QLabel *>(u"emptyLabel"_s)->isVisibleTo(&dialog));
    }

    void openAsNew_choiceAndRestoreHelper()
    {
        RestoreDialog dialog(m_eventPath);
        attachSeams(dialog);
        dialog.selectSnapshot(3);   // the oldest: 3 people
        m_nextPath = path(u"back-then"_s);   // typed without a suffix
        click(dialog, u"openAsNewButton"_s);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_askedSuggestions, QStringList{path(u"meetup-restored-20261128-180000.mannam"_s)});
        const RestoreDialog::Choice choice = dialog.choice();
        QCOMPARE(choice.snapshotPath, m_snapshots.at(3));
        QCOMPARE(choice.targetPath, path(u"back-then.mannam"_s));
        QVERIFY(!choice.replaceCurrent);
        QVERIFY(!choice.overwriteConfirmed);
        QCOMPARE(m_questions, QStringList());   // nothing to overwrite, nothing asked

        QString error;
        QVERIFY2(RestoreDialog::restoreAsNewEvent(choice, &error), qPrintable(error));
        QCOMPARE(EventFile::openForReading(choice.targetPath)->store().attendeeCount(), 3);
        QCOMPARE(EventFile::openForReading(m_eventPath)->store().attendeeCount(), 7);
    }

    void openAsNew_existingFile_onlyAfterConfirmation()
    {
        const QString existing = path(u"other.mannam"_s);
        test::createEvent(existing, u"다른 행사"_s).reset();
        const QByteArray before = test::fileHash(existing);
        RestoreDialog dialog(m_eventPath);
        attachSeams(dialog);
        m_nextPath = existing;
        m_nextConfirm = false;
        click(dialog, u"openAsNewButton"_s);
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.first().contains(QDir::toNativeSeparators(existing)), qPrintable(m_questions.first()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.choice().snapshotPath.isEmpty());
        QCOMPARE(test::fileHash(existing), before);

        m_nextConfirm = true;
        click(dialog, u"openAsNewButton"_s);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.choice().overwriteConfirmed);
        QString error;
        QVERIFY2(RestoreDialog::restoreAsNewEvent(dialog.choice(), &error), qPrintable(error));
        QCOMPARE(EventFile::openForReading(existing)->store().attendeeCount(), 6);
    }

    void openAsNew_ontoTheOpenEvent_refused()
    {
        const QByteArray before = test::fileHash(m_eventPath);
        RestoreDialog dialog(m_eventPath);
        attachSeams(dialog);
        m_nextPath = m_eventPath;
        m_nextConfirm = true;
        click(dialog, u"openAsNewButton"_s);
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().contains(u"Replace the Current Event"_s), qPrintable(m_errors.first()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(test::fileHash(m_eventPath), before);
    }

    void openAsNew_cancelledPathDialog_staysOpen()
    {
        RestoreDialog dialog(m_eventPath);
        attachSeams(dialog);
        m_nextPath.clear();
        click(dialog, u"openAsNewButton"_s);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.choice().snapshotPath.isEmpty());
    }

    void replaceCurrent_onlyAfterConfirmation()
    {
        RestoreDialog dialog(m_eventPath);
        attachSeams(dialog);
        dialog.selectSnapshot(1);
        m_nextConfirm = false;
        click(dialog, u"replaceButton"_s);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.first().contains(u"18:10:00"_s), qPrintable(m_questions.first()));

        m_nextConfirm = true;
        click(dialog, u"replaceButton"_s);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const RestoreDialog::Choice choice = dialog.choice();
        QVERIFY(choice.replaceCurrent);
        QVERIFY(choice.overwriteConfirmed);
        QCOMPARE(choice.snapshotPath, m_snapshots.at(1));
        QCOMPARE(choice.targetPath, m_eventPath);
        // The dialog itself changed nothing.
        QCOMPARE(EventFile::openForReading(m_eventPath)->store().attendeeCount(), 7);
    }

    void damagedSnapshot_shownAsDamaged()
    {
        QFile damaged(m_snapshots.at(2));
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("not a database");
        damaged.close();
        RestoreDialog dialog(m_eventPath);
        QTRY_VERIFY(dialog.countsLoaded());
        QCOMPARE(text(dialog, 2, 2), u"damaged"_s);
        QCOMPARE(text(dialog, 1, 2), u"6"_s);
    }

    void noSnapshots_saysSoAndOffersNothing()
    {
        RestoreDialog dialog(path(u"fresh.mannam"_s));
        QVERIFY(dialog.snapshots().isEmpty());
        QVERIFY(dialog.findChild<QLabel *>(u"emptyLabel"_s)->isVisibleTo(&dialog));
        QVERIFY(!dialog.findChild<QPushButton *>(u"openAsNewButton"_s)->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(u"replaceButton"_s)->isEnabled());
    }

    // Not a check: with MANNAM_SCREENSHOT_DIR set, saves the dialog as organizers see it.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("MANNAM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set MANNAM_SCREENSHOT_DIR to save screenshots");
        QDir().mkpath(dir);
        RestoreDialog dialog(m_eventPath);
        dialog.resize(760, 440);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.countsLoaded());
        QVERIFY(dialog.grab().save(QDir(dir).filePath(u"restore-dialog.png"_s)));
    }
};

QTEST_MAIN(TestRestoreDialog)
#include "tst_restoredialog.moc"
