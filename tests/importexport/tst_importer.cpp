// AttendeeImporter: registration-platform exports in, never a duplicate, never a
// touched check-in, all or nothing.
#include "TestSupport.h"

#include "checkin/CheckInService.h"
#include "transfer/AttendeeImporter.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {
QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}
QByteArray cp949(const QString &text)
{
    QStringEncoder encoder("CP949");
    return encoder.encode(text);
}
} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventFile> m_event;
    int m_fileNo = 0;
    EventStore &store() { return m_event->store(); }
    ImportPlan import(const QByteArray &bytes, const ImportOptions &options = {})
    {
        return AttendeeImporter(store()).import(bytes, options);
    }

private slots:
    void init()
    {
        m_event = test::createEvent(m_dir.filePath(u"e%1.mannam"_s.arg(++m_fileNo)));
    }

    void import_koreanHeadersCp949_detectedAndMapped()
    {
        const QByteArray bytes = cp949(u"성명,이메일 주소,휴대폰 번호,소속(회사/학교),티켓 종류\r\n"
                                       "홍길동,hong@example.com,010 1234 5678,카카오,일반\r\n"
                                       "김서연,seo@example.com,+82 10-2222-3333,네이버,학생\r\n"_s);
        const ImportPlan plan = import(bytes);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.encoding, TextEncoding::Cp949);
        QCOMPARE(plan.count(ImportLine::Outcome::Added), 2);
        const QList<Attendee> people = store().attendees();
        QCOMPARE(people.at(0).name, u"홍길동"_s);
        QCOMPARE(people.at(0).phone, u"010-1234-5678"_s);
        QCOMPARE(people.at(1).phone, u"010-2222-3333"_s);
        QCOMPARE(people.at(1).affiliation, u"네이버"_s);
        QCOMPARE(people.at(1).ticketType, u"학생"_s);
        QCOMPARE(TicketCode::classify(people.at(0).ticketCode, store().eventInfo().codeTag), TicketCode::Shape::Ours);
        QVERIFY(people.at(0).badgeCode != people.at(0).ticketCode);
    }

    void import_sameFileTwice_changesNothing()
    {
        const QByteArray bytes = utf8(u"\uFEFFName,Email,Phone\nAlice Park,alice@example.com,010-1111-2222\n"
                                      "\"Lee, Min\",min@example.com,\n"_s);
        QCOMPARE(import(bytes).count(ImportLine::Outcome::Added), 2);
        const QList<Attendee> before = store().attendees();
        const ImportPlan again = import(bytes);
        QCOMPARE(again.count(ImportLine::Outcome::Added), 0);
        QCOMPARE(again.count(ImportLine::Outcome::Unchanged), 2);
        const QList<Attendee> after = store().attendees();
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(1).name, u"Lee, Min"_s);
        QCOMPARE(after.at(0).ticketCode, before.at(0).ticketCode);
    }

    void import_updatedExport_addsNewAndUpdatesChanged_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("expectedPhone");
        QTest::addRow("matched by external id, email changed")
                << u"id,name,email,phone\nE1,Kim,kim@old.com,010-1111-1111\n"_s
                << u"id,name,email,phone\nE1,Kim,kim@new.com,010-9999-9999\nE2,Lee,lee@x.com,\n"_s
                << u"010-9999-9999"_s;
        QTest::addRow("matched by email, case differs")
                << u"name,email,phone\nKim,Kim@Example.com,010-1111-1111\n"_s
                << u"name,email,phone\nKim,kim@example.com,010-9999-9999\nLee,lee@x.com,\n"_s
                << u"010-9999-9999"_s;
        QTest::addRow("matched by phone in another format")
                << u"name,phone,company\nKim,010-1111-1111,A\n"_s
                << u"name,phone,company\nKim,+82 10 1111 1111,B\nLee,010-2222-2222,C\n"_s
                << u"010-1111-1111"_s;
    }

    void import_updatedExport_addsNewAndUpdatesChanged()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, expectedPhone);
        QVERIFY(import(utf8(first)).ok());
        const ImportPlan plan = import(utf8(second));
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.count(ImportLine::Outcome::Added), 1);
        QCOMPARE(plan.count(ImportLine::Outcome::Updated), 1);
        const QList<Attendee> people = store().attendees();
        QCOMPARE(people.size(), 2);
        QCOMPARE(people.at(0).name, u"Kim"_s);
        QCOMPARE(people.at(0).phone, expectedPhone);
    }

    void import_sharedBuyerEmailWithDifferentIds_keepsBothPeople()
    {
        const QString csv = u"Attendee #,First Name,Last Name,Email\n1001,Alice,Park,buyer@example.com\n"
                            "1002,Ben,Park,buyer@example.com\n"_s;
        const ImportPlan plan = import(utf8(csv));
        QCOMPARE(plan.count(ImportLine::Outcome::Added), 2);
        QCOMPARE(store().attendees().at(1).name, u"Ben Park"_s);
        QCOMPARE(import(utf8(csv)).count(ImportLine::Outcome::Unchanged), 2);
    }

    void import_separateKoreanNameParts_joinedFamilyNameFirst()
    {
        ImportOptions options;
        options.explicitMapping = {{u"성"_s, u"last_name"_s}, {u"이름"_s, u"first_name"_s}};
        const ImportPlan plan = import(utf8(u"성,이름\n홍,길동\nPark,Alice\n"_s), options);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(store().attendees().value(0).name, u"홍길동"_s);
        QCOMPARE(store().attendees().value(1).name, u"Alice Park"_s);
    }

    void import_neverTouchesCheckIns()
    {
        import(utf8(u"id,name,email\nE1,Kim,kim@x.com\n"_s));
        const Attendee kim = store().attendees().at(0);
        CheckInService(store()).scan(kim.ticketCode, u"Desk 1"_s);
        const ImportPlan plan = import(utf8(u"id,name,email,status\nE1,Kim Minsu,kim@x.com,cancelled\n"_s));
        QCOMPARE(plan.count(ImportLine::Outcome::Updated), 1);
        QCOMPARE(store().stats().checkedIn, 1);
        QCOMPARE(store().logFor(kim.id).size(), 1);
        QCOMPARE(store().attendee(kim.id)->status, AttendeeStatus::Cancelled);
    }

    void import_brokenFile_importsNothingAndNamesTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mustMention");
        QTest::addRow("unterminated quote") << utf8(u"name,email\nA,a@x.com\nB,b@x.com\n\"C,c@x.com\n"_s) << u"4"_s;
        QTest::addRow("too many fields") << utf8(u"name,email\nA,a@x.com\nB,b@x.com,extra\n"_s) << u"3"_s;
        QTest::addRow("no name column") << utf8(u"email,phone\na@x.com,010\n"_s) << u"name"_s;
        QTest::addRow("empty") << QByteArray() << u"empty"_s;
        QTest::addRow("binary") << QByteArray("\xff\xfe\x00\x01garbage\x00\x80", 14) << QString();
    }

    void import_brokenFile_importsNothingAndNamesTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mustMention);
        const ImportPlan plan = import(bytes);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error.contains(mustMention), qPrintable(plan.error));
        QCOMPARE(store().attendeeCount(), 0);
    }

    void import_skipsLinesWithReasons()
    {
        const QString csv = u"id,name,email\nE1,Kim,kim@x.com\nE2,,nobody@x.com\nE1,Kim again,kim@x.com\n"_s;
        const ImportPlan plan = import(utf8(csv));
        QCOMPARE(plan.count(ImportLine::Outcome::Added), 1);
        QCOMPARE(plan.count(ImportLine::Outcome::Skipped), 2);
        QCOMPARE(plan.lines.at(1).line, 3);
        QVERIFY(plan.lines.at(1).detail.contains(u"no name"_s));
        QCOMPARE(plan.lines.at(2).line, 4);
        QVERIFY(plan.lines.at(2).detail.contains(u"line 2"_s));
    }

    void plan_dryRun_writesNothing()
    {
        const ImportPlan plan = AttendeeImporter(store()).plan(utf8(u"name\nA\nB\n"_s), {});
        QCOMPARE(plan.count(ImportLine::Outcome::Added), 2);
        QCOMPARE(store().attendeeCount(), 0);
        const QString report = AttendeeImporter::report(plan, true, true);
        QVERIFY2(report.contains(u"Would add 2"_s), qPrintable(report));
        QVERIFY(report.contains(u"line 3: add B"_s));
    }

    void import_explicitMapping_overridesGuess()
    {
        ImportOptions options;
        options.explicitMapping = {{u"참가자 성함"_s, u"name"_s}, {u"Company"_s, u"ignore"_s}};
        const ImportPlan plan = import(utf8(u"참가자 성함,Company\n박지민,토스\n"_s), options);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(store().attendees().at(0).name, u"박지민"_s);
        QCOMPARE(store().attendees().at(0).affiliation, QString());
    }

    void import_explicitMappingErrors_areClear_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mustMention");
        QTest::addRow("unknown column") << u"Nope"_s << u"name"_s << u"Nope"_s;
        QTest::addRow("unknown field") << u"Name"_s << u"shoe_size"_s << u"shoe_size"_s;
    }

    void import_explicitMappingErrors_areClear()
    {
        QFETCH(QString, column);
        QFETCH(QString, field);
        QFETCH(QString, mustMention);
        ImportOptions options;
        options.explicitMapping = {{column, field}};
        const ImportPlan plan = import(utf8(u"Name\nA\n"_s), options);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error.contains(mustMention), qPrintable(plan.error));
        QCOMPARE(store().attendeeCount(), 0);
    }

    void import_platformCodes_keptAsTheyAreAndMatched()
    {
        import(utf8(u"name,ticket code\nKim,EVT-AB12\n"_s));
        QCOMPARE(store().attendees().at(0).ticketCode, u"EVT-AB12"_s);
        const ImportPlan again = import(utf8(u"name,ticket code,company\nKim Minsu,EVT-AB12,Acme\n"_s));
        QCOMPARE(again.count(ImportLine::Outcome::Updated), 1);
        QCOMPARE(store().attendeeCount(), 1);
    }

    void import_keywordsConsentAndStatusColumns()
    {
        const QString csv = u"name,키워드,정보공유동의,상태\nKim,LLM; RAG; Rust; Go,예,참가\nLee,,아니오,취소\n"_s;
        const ImportPlan plan = import(utf8(csv));
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        const QList<Attendee> people = store().attendees();
        QCOMPARE(people.at(0).keywords, (QStringList{u"LLM"_s, u"RAG"_s, u"Rust"_s}));
        QVERIFY(people.at(0).consent);
        QVERIFY(!people.at(1).consent);
        QCOMPARE(people.at(1).status, AttendeeStatus::Cancelled);
        QVERIFY(!plan.warnings.isEmpty()); // the fourth keyword was dropped, and said so
    }

    // The attendee's "my keywords" for the bingo: a column called keywords or
    // 키워드 (any case, CP949 too), separated by ',' or ';'.
    void import_keywordColumn_setsEachAttendeesKeywords_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("keywords, commas inside quotes")
                << utf8(u"name,keywords\nKim,\"LLM, RAG, Rust\"\n"_s)
                << QStringList{u"LLM"_s, u"RAG"_s, u"Rust"_s};
        QTest::addRow("키워드, semicolons")
                << utf8(u"이름,키워드\n김민지,파이썬; 보안;통계\n"_s) << QStringList{u"파이썬"_s, u"보안"_s, u"통계"_s};
        QTest::addRow("Keywords, CP949, CRLF")
                << cp949(u"성명,Keywords\r\n홍길동,러스트;Go;대규모 언어 모델\r\n"_s)
                << QStringList{u"러스트"_s, u"Go"_s, u"대규모 언어 모델"_s};
        QTest::addRow("키워드 with a BOM, mixed separators")
                << utf8(u"\uFEFF이름,키워드\n이서준,\"컴퓨터 비전, LLM; 연구\"\n"_s)
                << QStringList{u"컴퓨터 비전"_s, u"LLM"_s, u"연구"_s};
        QTest::addRow("hashtags and repeats dropped")
                << utf8(u"name,keywords\nLee,\"#LLM, #llm; RAG\"\n"_s) << QStringList{u"LLM"_s, u"RAG"_s};
        QTest::addRow("empty cell") << utf8(u"name,keywords\nPark,\n"_s) << QStringList();
    }

    void import_keywordColumn_setsEachAttendeesKeywords()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        const ImportPlan plan = import(bytes);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.fields.value(1), AttendeeField::Keywords);
        QCOMPARE(store().attendees().size(), 1);
        QCOMPARE(store().attendees().at(0).keywords, expected);
    }

    // An updated export replaces a person's keywords; an empty cell keeps them.
    void import_keywordColumn_reimportReplacesButEmptyCellKeeps()
    {
        QVERIFY(import(utf8(u"id,name,keywords\nE1,Kim,LLM;RAG\nE2,Lee,Rust\n"_s)).ok());
        const ImportPlan plan = import(utf8(u"id,name,keywords\nE1,Kim,\"Go, 통계\"\nE2,Lee,\n"_s));
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.count(ImportLine::Outcome::Updated), 1);
        QCOMPARE(plan.count(ImportLine::Outcome::Unchanged), 1);
        QVERIFY2(plan.lines.at(0).detail.contains(u"keywords"_s), qPrintable(plan.lines.at(0).detail));
        const QList<Attendee> people = store().attendees();
        QCOMPARE(people.at(0).keywords, (QStringList{u"Go"_s, u"통계"_s}));
        QCOMPARE(people.at(1).keywords, QStringList{u"Rust"_s});
    }

    void import_progress_increasesAndEndsAtTheNumberWritten()
    {
        QVERIFY(import(manyPeople(0, 150)).ok());
        // 150 people again, 100 of them with a new affiliation, and 300 new ones.
        QList<QPair<int, int>> calls;
        const ImportPlan plan = AttendeeImporter(store()).import(manyPeople(50, 450, u"Naver"_s), {},
                                                                [&](int done, int total) {
                                                                    calls.append({done, total});
                                                                    return true;
                                                                });
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.count(ImportLine::Outcome::Added), 300);
        QCOMPARE(plan.count(ImportLine::Outcome::Updated), 100);
        QVERIFY(calls.size() >= 3);
        QCOMPARE(calls.first(), qMakePair(0, 400));
        QCOMPARE(calls.last(), qMakePair(400, 400));
        for (int i = 1; i < calls.size(); ++i) {
            QVERIFY2(calls.at(i).first > calls.at(i - 1).first, "done only grows");
            QCOMPARE(calls.at(i).second, 400);
        }
        QCOMPARE(store().attendeeCount(), 450);
    }

    void import_cancelledByProgress_writesNothing_data()
    {
        QTest::addColumn<int>("stopAt");
        QTest::addRow("before the first write") << 0;
        QTest::addRow("half way") << 200;
        QTest::addRow("before the commit") << 400;
    }

    void import_cancelledByProgress_writesNothing()
    {
        QFETCH(int, stopAt);
        QVERIFY(import(manyPeople(0, 150)).ok());
        const QList<Attendee> before = store().attendees();
        const ImportPlan plan = AttendeeImporter(store()).import(manyPeople(50, 450, u"Naver"_s), {},
                                                                [&](int done, int) { return done < stopAt; });
        QVERIFY(!plan.ok());
        QVERIFY(plan.cancelled);
        QCOMPARE(plan.error, u"Import cancelled; nothing was imported."_s);
        for (const Attendee &a : plan.toAdd)
            QCOMPARE(a.id, 0);
        const QList<Attendee> after = store().attendees();
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).affiliation, before.at(i).affiliation);
            QCOMPARE(after.at(i).ticketCode, before.at(i).ticketCode);
        }
        // The same import, not stopped, goes through: the store was left usable.
        QCOMPARE(import(manyPeople(50, 450, u"Naver"_s)).count(ImportLine::Outcome::Added), 300);
    }

    void plan_progress_countsLinesAndCanStop()
    {
        QList<int> done;
        const ImportPlan plan = AttendeeImporter(store()).plan(manyPeople(0, 450), {}, [&](int d, int total) {
            done.append(d);
            return total == 450;
        });
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(done.first(), 0);
        QCOMPARE(done.last(), 450);
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));

        const ImportPlan stopped = AttendeeImporter(store()).plan(manyPeople(0, 450), {}, [](int d, int) { return d == 0; });
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.toAdd.isEmpty());
        QCOMPARE(store().attendeeCount(), 0);
    }

    // The wizard names every column; two form questions with the same text are
    // told apart by order, and naming a column again overrides the first choice.
    void import_explicitMapping_sameHeaderTwice_goesByOrder()
    {
        ImportOptions options;
        options.explicitMapping = {{u"name"_s, u"ignore"_s}, {u"Answer"_s, u"email"_s},
                                   {u"answer"_s, u"affiliation"_s}, {u"name"_s, u"name"_s}};
        const ImportPlan plan = import(utf8(u"name,answer,answer\nKim,kim@example.com,Kakao\n"_s), options);
        QVERIFY2(plan.ok(), qPrintable(plan.error));
        QCOMPARE(plan.fields, (QList<AttendeeField>{AttendeeField::Name, AttendeeField::Email, AttendeeField::Affiliation}));
        const Attendee kim = store().attendees().at(0);
        QCOMPARE(kim.name, u"Kim"_s);
        QCOMPARE(kim.email, u"kim@example.com"_s);
        QCOMPARE(kim.affiliation, u"Kakao"_s);
    }

private:
    // People number `from` .. `to`-1 with an email each (the match key).
    static QByteArray manyPeople(int from, int to, const QString &affiliation = u"Kakao"_s)
    {
        QString text = u"name,email,affiliation\n"_s;
        for (int i = from; i < to; ++i)
            text += u"Person %1,p%1@example.com,%2\n"_s.arg(i).arg(affiliation);
        return text.toUtf8();
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
