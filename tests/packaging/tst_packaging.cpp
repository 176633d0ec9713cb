// The packaging's files describe one app: the .desktop file, the AppStream
// metadata and the MIME package use the same id, icon and MIME type; the MIME
// type recognises a Mannam event by name and, renamed, by its SQLite header's
// application_id; a plain SQLite database is not taken for an event.
// (The installed package itself is checked by install-deb.sh.)
#include "TestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

const QString AppId = u"io.github.mannam.Mannam"_s;
const QString EventMimeType = u"application/x-mannam-event"_s;

QString packagingFile(const QString &name)
{
    return QStringLiteral(MANNAM_PACKAGING_DIR) + u'/' + name;
}

// The [Desktop Entry] group's keys (localized keys keep their [ll] suffix).
QMap<QString, QString> desktopEntry(const QString &path)
{
    QMap<QString, QString> entry;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'['))
            inMainGroup = line == u"[Desktop Entry]";
        else if (inMainGroup && line.contains(u'='))
            entry.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
    }
    return entry;
}

// Text of every element with this name (attribute filter optional), in document order.
QStringList elementTexts(const QString &path, const QString &element, const QString &attribute = {},
                         const QString &value = {})
{
    QStringList texts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == element
            && (attribute.isEmpty() || xml.attributes().value(attribute) == value))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return texts;
}

QString attributeOf(const QString &path, const QString &element, const QString &attribute)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == element)
            return xml.attributes().value(attribute).toString();
    }
    return {};
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir; // the only XDG data folder: a MIME database with our package

private slots:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        // A MIME database built the way an installed package gets it: shared-mime-info's
        // update-mime-database over freedesktop.org.xml and our package, and nothing else.
        const QString updater = QStandardPaths::findExecutable(u"update-mime-database"_s);
        const QString freedesktop = u"/usr/share/mime/packages/freedesktop.org.xml"_s;
        if (updater.isEmpty() || !QFile::exists(freedesktop))
            QSKIP("needs shared-mime-info (update-mime-database, freedesktop.org.xml)");
        const QString mimeDir = m_dataDir.filePath(u"mime"_s);
        QVERIFY(QDir().mkpath(mimeDir + u"/packages"_s));
        QVERIFY(QFile::copy(freedesktop, mimeDir + u"/packages/freedesktop.org.xml"_s));
        QVERIFY(QFile::copy(packagingFile(AppId + u".mime.xml"_s), mimeDir + u"/packages/"_s + AppId + u".xml"_s));
        QProcess update;
        update.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_DIRS"_s, m_dataDir.path()); // else it notes the folder is not searched
        environment.insert(u"PKGSYSTEM_ENABLE_FSYNC"_s, u"0"_s);   // a throwaway database
        update.setProcessEnvironment(environment);
        update.start(updater, {mimeDir});
        QVERIFY(update.waitForFinished(60000));
        QVERIFY2(update.exitCode() == 0 && update.readAll().trimmed().isEmpty(), "update-mime-database complained");
        qputenv("XDG_DATA_DIRS", m_dataDir.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_dataDir.filePath(u"home"_s).toUtf8());
    }

    void desktopFile_namesTheAppItsIconAndMimeType()
    {
        const auto entry = desktopEntry(packagingFile(AppId + u".desktop"_s));
        QCOMPARE(entry.value(u"Name"_s), u"Mannam"_s);
        QCOMPARE(entry.value(u"Name[ko]"_s), u"만남"_s);
        QVERIFY(!entry.value(u"Comment[ko]"_s).isEmpty());
        QVERIFY(!entry.value(u"Keywords[ko]"_s).isEmpty());
        QCOMPARE(entry.value(u"Icon"_s), AppId);
        QCOMPARE(entry.value(u"Exec"_s), u"mannam %f"_s);
        QCOMPARE(entry.value(u"MimeType"_s), EventMimeType + u';');
        QVERIFY(entry.value(u"Categories"_s).split(u';').contains(u"Office"_s));
    }

    void metainfo_agreesWithTheDesktopFile()
    {
        const QString metainfo = packagingFile(AppId + u".metainfo.xml"_s);
        QCOMPARE(elementTexts(metainfo, u"id"_s), QStringList{AppId});
        QCOMPARE(elementTexts(metainfo, u"launchable"_s), QStringList{AppId + u".desktop"_s});
        QCOMPARE(elementTexts(metainfo, u"icon"_s), QStringList{AppId});
        QCOMPARE(elementTexts(metainfo, u"mediatype"_s), QStringList{EventMimeType});
        QCOMPARE(elementTexts(metainfo, u"binary"_s), QStringList{u"mannam"_s});
        QCOMPARE(elementTexts(metainfo, u"name"_s, u"xml:lang"_s, u"ko"_s), QStringList{u"만남"_s});
        QCOMPARE(elementTexts(metainfo, u"summary"_s, u"xml:lang"_s, u"ko"_s).size(), 1);
        QCOMPARE(attributeOf(metainfo, u"release"_s, u"version"_s), QStringLiteral(MANNAM_VERSION));
    }

    void mimePackage_matchesTheApplicationIdStorageWrites()
    {
        const QString package = packagingFile(AppId + u".mime.xml"_s);
        QCOMPARE(attributeOf(package, u"mime-type"_s, u"type"_s), EventMimeType);
        QFile file(package);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString magic = u"type=\"big32\" value=\"0x%1\" offset=\"68\""_s.arg(
            qulonglong(quint32(Database::ApplicationId)), 8, 16, QChar(u'0'));
        QVERIFY2(QString::fromUtf8(file.readAll()).contains(magic, Qt::CaseInsensitive), qPrintable(magic));
    }

    void mimeType_byFileName()
    {
        QMimeDatabase mime;
        QCOMPARE(mime.mimeTypeForFile(u"/nowhere/meetup.mannam"_s, QMimeDatabase::MatchExtension).name(),
                 EventMimeType);
        QVERIFY(mime.mimeTypeForName(EventMimeType).inherits(u"application/vnd.sqlite3"_s));
    }

    void mimeType_renamedEventFile_isKnownByItsHeader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"renamed-event"_s);
        test::createEvent(path).reset(); // closed: the header is in the main file
        QCOMPARE(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), EventMimeType);
    }

    void mimeType_plainSqliteFile_isNotAnEvent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite3"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery create(db);
            QVERIFY(create.exec(u"CREATE TABLE t (x INTEGER)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"plain"_s);
        const QString type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name();
        QCOMPARE(type, u"application/vnd.sqlite3"_s);
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
