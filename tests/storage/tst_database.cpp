// The event file: schema, pragmas, migrations, and refusing files that are not
// ours, too new, damaged, read-only or locked without touching them.
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/EventFile.h"
#include "storage/StorageError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {

// A plain QSQLITE connection, to prepare files the way another program would.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql))
            qWarning() << sql << query.lastError().text();
        return query.next() ? query.value(0) : QVariant();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }

private:
    QString m_name;
};

QStringList schemaOf(const QString &path)
{
    RawConnection raw(path);
    QSqlQuery query(raw.db());
    query.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
    QStringList rows;
    while (query.next()) {
        QString sql = query.value(3).toString().simplified();
        rows << query.value(0).toString() + u'|' + query.value(1).toString() + u'|' + query.value(2).toString()
                        + u'|' + sql;
    }
    return rows;
}

// An event file as Mannam wrote it at schema version 1, with one attendee.
bool writeVersion1File(const QString &path)
{
    QFile fixture(test::dataPath(u"schema-v1.sql"_s));
    if (!fixture.open(QIODevice::ReadOnly))
        return false;
    RawConnection raw(path);
    bool ok = raw.exec(u"PRAGMA journal_mode=WAL"_s)
            && raw.exec(u"PRAGMA application_id=%1"_s.arg(Database::ApplicationId));
    const QStringList statements = Database::splitStatements(QString::fromUtf8(fixture.readAll()));
    for (const QString &statement : statements)
        ok = ok && raw.exec(statement);
    ok = ok && raw.exec(u"PRAGMA user_version=1"_s)
            && raw.exec(u"INSERT INTO attendees (name, created_at, updated_at) VALUES ('홍길동', 'x', 'x')"_s);
    raw.scalar(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return ok;
}

StorageError::Kind openFailure(const QString &path, Database::Access access = Database::Access::ReadWrite,
                               QString *message = nullptr, int busyTimeoutMs = 200)
{
    try {
        Database::open(path, access, busyTimeoutMs);
    } catch (const StorageError &error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    return StorageError::Kind::Generic;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void create_newFile_marksItOursWithWalAndCurrentVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"event.mannam"_s);
        test::createEvent(path);
        RawConnection raw(path);
        QCOMPARE(raw.scalar(u"PRAGMA application_id"_s).toInt(), Database::ApplicationId);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), Database::SchemaVersion);
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    }

    void create_existingPath_refusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"event.mannam"_s);
        test::createEvent(path);
        const QByteArray before = test::fileHash(path);
        QVERIFY_THROWS_EXCEPTION(StorageError, test::createEvent(path));
        QCOMPARE(test::fileHash(path), before);
    }

    void open_everyConnection_hasSafetyPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"event.mannam"_s);
        test::createEvent(path);
        auto db = Database::open(path);
        QCOMPARE(db->scalar(u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(db->scalar(u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(db->scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    }

    void open_missingFile_saysThereIsNone()
    {
        QTemporaryDir dir;
        QString message;
        QCOMPARE(openFailure(dir.filePath(u"nope.mannam"_s), Database::Access::ReadWrite, &message),
                 StorageError::Kind::NotFound);
        QVERIFY(message.contains(u"nope.mannam"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"nope.mannam"_s)));
    }

    void open_foreignFile_refusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("text") << QByteArray("name,email\nKim,kim@example.com\n");
        QTest::addRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        QTest::addRow("sqlite header only") << QByteArray("SQLite format 3\0", 16);
    }

    void open_foreignFile_refusedAndUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"foreign.mannam"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString message;
        QCOMPARE(openFailure(path, Database::Access::ReadWrite, &message), StorageError::Kind::NotOurs);
        QVERIFY(message.contains(u"not a Mannam event file"_s));
        QCOMPARE(QFile(path).size(), content.size());
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void open_someoneElsesSqliteDatabase_refusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.db"_s);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"CREATE TABLE notes (text TEXT)"_s));
        }
        const QByteArray before = test::fileHash(path);
        QCOMPARE(openFailure(path), StorageError::Kind::NotOurs);
        QCOMPARE(test::fileHash(path), before);
    }

    void open_fileFromNewerVersion_refusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.mannam"_s);
        test::createEvent(path);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"PRAGMA user_version=%1"_s.arg(Database::SchemaVersion + 1)));
            raw.scalar(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        const QByteArray before = test::fileHash(path);
        QString message;
        QCOMPARE(openFailure(path, Database::Access::ReadWrite, &message), StorageError::Kind::TooNew);
        QVERIFY(message.contains(u"newer version"_s));
        QCOMPARE(test::fileHash(path), before);
    }

    void open_damagedFile_refusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"damaged.mannam"_s);
        {
            auto event = test::createEvent(path);
            for (int i = 0; i < 200; ++i)
                test::addPerson(event->store(), u"Person %1"_s.arg(i));
            event->database().scalar(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        // Scribble over the pages after the header and the schema page.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 3 * 4096);
        file.seek(2 * 4096);
        file.write(QByteArray(file.size() - 2 * 4096, '\xA5'));
        file.close();
        const QByteArray before = test::fileHash(path);
        QString message;
        QCOMPARE(openFailure(path, Database::Access::ReadWrite, &message), StorageError::Kind::Corrupt);
        QVERIFY(message.contains(u"damaged"_s));
        QCOMPARE(test::fileHash(path), before);
    }

    void open_readOnlyFile_refusedForWritingButReadable()
    {
        if (!test::permissionsAreEnforced())
            QSKIP("running as root: file permissions are not enforced");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"readonly.mannam"_s);
        test::createEvent(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser);
        const QByteArray before = test::fileHash(path);
        QString message;
        QCOMPARE(openFailure(path, Database::Access::ReadWrite, &message), StorageError::Kind::ReadOnly);
        QVERIFY(message.contains(u"read-only"_s));
        QCOMPARE(test::fileHash(path), before);
        auto db = Database::open(path, Database::Access::ReadOnly);
        QCOMPARE(db->userVersion(), Database::SchemaVersion);
    }

    void open_whileAnotherProgramWrites_reportsLockedQuickly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"busy.mannam"_s);
        test::createEvent(path);
        RawConnection other(path);
        QVERIFY(other.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(other.exec(u"INSERT INTO event_settings (key, value) VALUES ('x', 'y')"_s));
        QElapsedTimer timer;
        timer.start();
        QString message;
        QCOMPARE(openFailure(path, Database::Access::ReadWrite, &message, 200), StorageError::Kind::Locked);
        QVERIFY(message.contains(u"locked"_s));
        QVERIFY2(timer.elapsed() < 5000, "a lock that cannot be taken is reported, not hung on");
        QVERIFY(other.exec(u"ROLLBACK"_s));
        QVERIFY(Database::open(path));
    }

    void migrate_fromVersion1_equalsFreshSchemaAndKeepsData()
    {
        QTemporaryDir dir;
        const QString oldPath = dir.filePath(u"v1.mannam"_s);
        QVERIFY(writeVersion1File(oldPath));
        const QString freshPath = dir.filePath(u"fresh.mannam"_s);
        test::createEvent(freshPath);

        {
            auto migrated = EventFile::open(oldPath);
            QCOMPARE(migrated->database().userVersion(), Database::SchemaVersion);
            QCOMPARE(migrated->store().attendees().value(0).name, u"홍길동"_s);
        }
        QCOMPARE(schemaOf(oldPath), schemaOf(freshPath));
    }

    void openForReading_olderFile_readsAnUpgradedCopyAndLeavesTheFileAlone()
    {
        QTemporaryDir dir;
        const QString oldPath = dir.filePath(u"v1.mannam"_s);
        QVERIFY(writeVersion1File(oldPath));
        const QByteArray before = test::fileHash(oldPath);
        QCOMPARE(openFailure(oldPath, Database::Access::ReadOnly), StorageError::Kind::NeedsUpgrade);
        {
            auto event = EventFile::openForReading(oldPath);
            QCOMPARE(event->store().attendeeCount(), 1);
            QCOMPARE(event->store().stats().meetings, 0); // a table version 1 did not have
            QVERIFY(event->path() != oldPath);
        }
        QCOMPARE(test::fileHash(oldPath), before);
    }

    void checkInLog_rowsCannotBeChangedOrDeleted()
    {
        QTemporaryDir dir;
        auto event = test::createEvent(dir.filePath(u"e.mannam"_s));
        LogEntry entry;
        entry.nonce = u"n1"_s;
        entry.at = test::eventDayUtc();
        entry.desk = u"Desk 1"_s;
        entry.scannedCode = u"garbage"_s;
        event->store().write([&] { event->store().appendLog(entry); });
        Database &db = event->database();
        QVERIFY_THROWS_EXCEPTION(StorageError, db.query(u"UPDATE checkin_log SET desk = 'X'"_s).exec());
        QVERIFY_THROWS_EXCEPTION(StorageError, db.query(u"DELETE FROM checkin_log"_s).exec());
        QCOMPARE(db.scalar(u"SELECT desk FROM checkin_log"_s).toString(), u"Desk 1"_s);
    }

    void writeTransaction_exceptionInside_rollsEverythingBack()
    {
        QTemporaryDir dir;
        auto event = test::createEvent(dir.filePath(u"e.mannam"_s));
        EventStore &store = event->store();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, store.write([&] {
            store.setSetting(u"venue"_s, u"Busan"_s);
            throw std::runtime_error("power cut");
        }));
        QCOMPARE(store.setting(u"venue"_s), u"Seoul"_s);
    }

    void splitStatements_keepsTriggerBodiesWhole()
    {
        const QString script = u"-- comment\nCREATE TABLE a (x);\n\nCREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n"
                               "    SELECT RAISE(ABORT, 'no');\nEND;\nCREATE INDEX i ON a (x);\n"_s;
        const QStringList statements = Database::splitStatements(script);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(u"CREATE TRIGGER"_s));
        QVERIFY(statements.at(1).endsWith(u"END;"_s));
    }

    void snapshotTo_copiesTheWholeEvent()
    {
        QTemporaryDir dir;
        auto event = test::createEvent(dir.filePath(u"e.mannam"_s));
        test::addPerson(event->store(), u"김민준"_s);
        const QString copy = dir.filePath(u"snapshot.mannam"_s);
        event->database().snapshotTo(copy);
        auto reopened = EventFile::open(copy);
        QCOMPARE(reopened->store().attendeeCount(), 1);
        QCOMPARE(reopened->store().eventInfo().name, u"Test Meetup"_s);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
