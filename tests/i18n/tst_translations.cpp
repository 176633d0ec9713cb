// The Korean UI is complete: every screen is opened with the Korean
// translation installed, and each string the app asks Qt to translate must
// have a Korean translation. The .ts file must have nothing unfinished.
#include "bigscreen/BigScreenWindow.h"
#include "cli/CommandLine.h"
#include "common/AppSettings.h"
#include "common/Translations.h"
#include "demo/DemoEvent.h"
#include "desk/DeskWindow.h"
#include "exports/RestoreDialog.h"
#include "importing/ImportWizard.h"
#include "kiosk/KioskWindow.h"
#include "main/MainWindow.h"
#include "setup/EventSetupDialog.h"
#include "storage/EventFile.h"

#include <QAbstractButton>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

// Sits in front of the Korean translation and notes every string of Mannam's
// own contexts that it cannot translate.
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        const QString translated = Translations::korean()->translate(context, sourceText, disambiguation, n);
        const QByteArray ctx(context);
        const bool ours = ctx.startsWith("mannam") || ctx == "main";
        if (ours && translated.isEmpty() && QByteArray(sourceText).trimmed().size() > 0)
            missing.insert(QString::fromUtf8(ctx + " | " + sourceText));
        return translated;
    }
    bool isEmpty() const override { return false; }

    mutable QSet<QString> missing;
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    RecordingTranslator m_recorder;
    QTemporaryDir m_dir;

    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::korean());
        AppSettings::setValue(AppSettings::Key::Language, u"ko"_s);
        Translations::install(*QCoreApplication::instance());
        QCoreApplication::installTranslator(&m_recorder); // asked first
        QCOMPARE(QLocale().language(), QLocale::Korean);
    }

    void cleanupTestCase()
    {
        AppSettings::setValue(AppSettings::Key::Language, QString());
    }

    void tsFile_hasNothingUnfinished()
    {
        QFile ts(QStringLiteral(MANNAM_TS_FILE));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        QCOMPARE(text.count(u"type=\"unfinished\""_s), 0);
        QVERIFY(text.contains(u"language=\"ko_KR\""_s) || text.contains(u"language=\"ko\""_s));
    }

    // Every tr() string in the sources is in the .ts file and translated: lupdate
    // run over the sources into a copy of the .ts adds nothing unfinished.
    void everyStringInTheSources_isInTheTsFile()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"mannam_ko.ts"_s);
        QVERIFY(QFile::copy(QStringLiteral(MANNAM_TS_FILE), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(MANNAM_LUPDATE),
                      {u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-silent"_s,
                       QStringLiteral(MANNAM_SOURCE_DIR "/app"), QStringLiteral(MANNAM_SOURCE_DIR "/ui"),
                       u"-ts"_s, copy});
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        QFile ts(copy);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        QStringList missing;
        const QRegularExpression unfinished(
                u"<source>([^<]*)</source>\\s*(?:<comment>[^<]*</comment>\\s*)?<translation type=\"unfinished\""_s);
        for (auto it = unfinished.globalMatch(text); it.hasNext();)
            missing << it.next().captured(1);
        if (!missing.isEmpty())
            QFAIL(qPrintable(u"%1 strings in the sources are not translated (run the update_translations target, "
                             "then translate them in resources/translations/mannam_ko.ts):\n"_s.arg(missing.size())
                             + missing.join(u'\n')));
    }

    void everyScreen_isTranslated()
    {
        const QString eventPath = DemoEvent::ensure(m_dir.filePath(u"demo.mannam"_s));
        const QString csv = m_dir.filePath(u"people.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("이름,이메일,휴대폰번호,소속\n김하늘,sky@example.com,010-1234-5678,서울대\n,nobody@example.com,,\n");
        }

        MainWindow window;
        window.runDialog = [](QDialog &dialog) { dialog.show(); settle(); };
        window.askForKioskPin = [] { return u"2468"_s; };
        window.resize(1366, 768);
        window.show();
        settle();
        QVERIFY(window.openEvent(eventPath));
        const QList<MainWindow::OrganizerTab> tabs = {MainWindow::OrganizerTab::Overview,
                                                      MainWindow::OrganizerTab::Attendees,
                                                      MainWindow::OrganizerTab::Dashboard};
        for (MainWindow::OrganizerTab tab : tabs) {
            window.showOrganizer(tab);
            settle();
        }
        QVERIFY(window.showDesk(MainWindow::FrameSource::None));
        settle();
        QVERIFY(window.showBigScreen());
        settle();

        EventSetupDialog setup(*window.event(), u"Desk 1"_s);
        setup.show();
        for (auto tab : {EventSetupDialog::EventTab, EventSetupDialog::KioskTab, EventSetupDialog::BingoTab}) {
            setup.showTab(tab);
            settle();
        }

        ImportWizard wizard(*window.event(), csv);
        wizard.show();
        settle();
        wizard.next();
        settle();
        wizard.next();
        settle();

        RestoreDialog restore(eventPath);
        restore.show();
        settle();

        // Menus are built up front; open each so that menus filled on demand are too.
        const QList<QMenu *> menus = window.findChildren<QMenu *>();
        for (QMenu *menu : menus)
            emit menu->aboutToShow();
        QVERIFY(!CommandLine::usage().isEmpty());

        KioskWindow *kiosk = window.showKiosk(MainWindow::FrameSource::None);
        QVERIFY(kiosk);
        settle();

        QStringList missing(m_recorder.missing.cbegin(), m_recorder.missing.cend());
        missing.sort();
        if (!missing.isEmpty())
            QFAIL(qPrintable(u"%1 strings have no Korean translation (run the update_translations target, "
                             "then translate them in resources/translations/mannam_ko.ts):\n"_s.arg(missing.size())
                             + missing.join(u'\n')));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
