// Desk search: 초성, partial names, last phone digits, email, codes; ranking;
// and speed at 10,000 people (figures printed, not asserted).
#include "search/AttendeeSearch.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mannam;

namespace {
Attendee person(qint64 id, const QString &name, const QString &email = {}, const QString &phone = {},
                const QString &affiliation = {})
{
    Attendee a;
    a.id = id;
    a.name = name;
    a.email = email;
    a.phone = phone;
    a.affiliation = affiliation;
    a.ticketCode = u"T%1"_s.arg(id, 6, 10, QChar(u'0'));
    return a;
}

QStringList names(const QList<Attendee> &people)
{
    QStringList out;
    for (const Attendee &a : people)
        out << a.name;
    return out;
}
} // namespace

class TestAttendeeSearch : public QObject
{
    Q_OBJECT

private:
    AttendeeSearch m_search;

private slots:
    void initTestCase()
    {
        m_search.setAttendees({
                person(1, u"홍길동"_s, u"hong@example.com"_s, u"010-1234-5678"_s, u"카카오"_s),
                person(2, u"황금동"_s, u"gold@example.com"_s, u"010-2222-9999"_s, u"네이버"_s),
                person(3, u"Alice Park"_s, u"alice@example.com"_s, u"010-3333-5678"_s, u"LG AI연구원"_s),
                person(4, u"박지민"_s, u"jimin@corp.kr"_s, u"010-4444-0000"_s, u"토스"_s),
                person(5, u"김홍길"_s, u"kim@example.com"_s, u"010-5555-1111"_s, u"Freelance"_s),
        });
    }

    void find_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("initial consonants") << u"ㅎㄱㄷ"_s << QStringList{u"홍길동"_s, u"황금동"_s};
        QTest::addRow("syllable then initials") << u"홍ㄱ"_s << QStringList{u"홍길동"_s, u"김홍길"_s};
        QTest::addRow("prefix ranks first") << u"홍길"_s << QStringList{u"홍길동"_s, u"김홍길"_s};
        QTest::addRow("latin, any case") << u"aLiCe"_s << QStringList{u"Alice Park"_s};
        QTest::addRow("spaces ignored") << u"alice p"_s << QStringList{u"Alice Park"_s};
        QTest::addRow("last four phone digits") << u"5678"_s << QStringList{u"홍길동"_s, u"Alice Park"_s};
        QTest::addRow("email") << u"corp.kr"_s << QStringList{u"박지민"_s};
        QTest::addRow("affiliation with spaces") << u"lg ai"_s << QStringList{u"Alice Park"_s};
        QTest::addRow("ticket code") << u"T000004"_s << QStringList{u"박지민"_s};
        QTest::addRow("nothing") << u"zzz"_s << QStringList{};
        QTest::addRow("empty") << u"  "_s << QStringList{};
        QTest::addRow("two digits do not search phones") << u"56"_s << QStringList{};
    }

    void find()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(names(m_search.find(query)), expected);
    }

    void initialConsonants_keepsOtherCharacters()
    {
        QCOMPARE(AttendeeSearch::initialConsonants(u"홍길동"_s), u"ㅎㄱㄷ"_s);
        QCOMPARE(AttendeeSearch::initialConsonants(u"Kim 민수"_s), u"kim ㅁㅅ"_s);
        QCOMPARE(AttendeeSearch::initialConsonants(u"까치"_s), u"ㄲㅊ"_s);
    }

    void upsert_walkInIsFoundAtOnce()
    {
        AttendeeSearch search;
        search.setAttendees({person(1, u"A"_s)});
        search.upsert(person(2, u"정하은"_s));
        QCOMPARE(names(search.find(u"ㅈㅎ"_s)), QStringList{u"정하은"_s});
        search.upsert(person(2, u"정하윤"_s));
        QCOMPARE(search.size(), 2);
        QCOMPARE(names(search.find(u"하윤"_s)), QStringList{u"정하윤"_s});
    }

    void find_limitIsRespected()
    {
        AttendeeSearch search;
        QList<Attendee> many;
        for (int i = 0; i < 200; ++i)
            many << person(i + 1, u"김민준%1"_s.arg(i));
        search.setAttendees(many);
        QCOMPARE(search.find(u"ㄱㅁㅈ"_s, 20).size(), 20);
    }

    void find_tenThousandPeople_printsTimePerKeystroke()
    {
        const QStringList family = {u"김"_s, u"이"_s, u"박"_s, u"최"_s, u"정"_s, u"강"_s, u"조"_s, u"윤"_s};
        const QStringList given = {u"민준"_s, u"서연"_s, u"지훈"_s, u"하은"_s, u"도윤"_s, u"지우"_s, u"길동"_s};
        QList<Attendee> people;
        for (int i = 0; i < 10000; ++i)
            people << person(i + 1, family.at(i % family.size()) + given.at(i / 8 % given.size()) + QString::number(i),
                             u"guest%1@example.com"_s.arg(i), u"010-%1-%2"_s.arg(1000 + i % 9000).arg(2000 + i % 7000));
        AttendeeSearch search;
        search.setAttendees(people);
        const QStringList keystrokes = {u"ㄱ"_s, u"ㄱㄷ"_s, u"길동"_s, u"1234"_s, u"guest99"_s, u"박지"_s};
        qint64 worstNs = 0;
        for (const QString &query : keystrokes) {
            QElapsedTimer timer;
            timer.start();
            const auto found = search.find(query);
            worstNs = std::max(worstNs, timer.nsecsElapsed());
            QVERIFY2(!found.isEmpty(), qPrintable(query));
        }
        qInfo("search over 10,000 attendees: slowest keystroke %.2f ms", worstNs / 1e6);
    }
};

QTEST_GUILESS_MAIN(TestAttendeeSearch)
#include "tst_attendeesearch.moc"
