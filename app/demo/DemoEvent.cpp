#include "DemoEvent.h"

#include "bingo/BingoService.h"
#include "checkin/CheckInService.h"
#include "codes/TicketCode.h"
#include "storage/EventFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

const QStringList KoreanFamilyNames = {u"김"_s, u"이"_s, u"박"_s, u"최"_s, u"정"_s, u"강"_s, u"조"_s,
                                       u"윤"_s, u"장"_s, u"임"_s, u"한"_s, u"오"_s, u"서"_s, u"신"_s};
const QStringList KoreanGivenNames = {u"민준"_s, u"서연"_s, u"지훈"_s, u"하은"_s, u"도윤"_s, u"지우"_s,
                                      u"예준"_s, u"수아"_s, u"시우"_s, u"지민"_s, u"현우"_s, u"채원"_s,
                                      u"길동"_s, u"유진"_s, u"승민"_s, u"다은"_s, u"준서"_s, u"소율"_s};
const QStringList EnglishFirstNames = {u"Alice"_s, u"Ben"_s, u"Chloe"_s, u"David"_s, u"Emma"_s, u"Felix"_s,
                                       u"Grace"_s, u"Hannah"_s, u"Isaac"_s, u"Julia"_s, u"Liam"_s, u"Maya"_s};
const QStringList EnglishLastNames = {u"Park"_s, u"Smith"_s, u"Nguyen"_s, u"Garcia"_s, u"Müller"_s,
                                      u"Tanaka"_s, u"Brown"_s, u"Wilson"_s, u"Kim"_s, u"Lee"_s};
const QStringList Affiliations = {u"네이버"_s, u"카카오"_s, u"서울대학교"_s, u"KAIST"_s, u"Upstage"_s,
                                  u"LG AI연구원"_s, u"Freelance"_s, u"당근"_s, u"토스"_s, u"Google"_s,
                                  u"스타트업"_s, u"PyTorch KR"_s};
const QStringList TicketTypes = {u"일반"_s, u"일반"_s, u"일반"_s, u"학생"_s, u"Speaker"_s, u"Staff"_s};

// The demo's bingo pool: what an AI/dev meetup talks about. Attendees' "my
// keywords" are picked from it, some written in English, some in Korean.
struct PoolEntry { const char16_t *ko; const char16_t *en; const char16_t *category; };
const PoolEntry BingoPool[] = {
    {u"대규모 언어 모델", u"LLM", u"AI"},            {u"검색 증강 생성", u"RAG", u"AI"},
    {u"컴퓨터 비전", u"Computer Vision", u"AI"},     {u"강화학습", u"Reinforcement Learning", u"AI"},
    {u"에이전트", u"Agents", u"AI"},                 {u"파인튜닝", u"Fine-tuning", u"AI"},
    {u"프롬프트 엔지니어링", u"Prompt Engineering", u"AI"}, {u"멀티모달", u"Multimodal", u"AI"},
    {u"음성 인식", u"Speech Recognition", u"AI"},    {u"추천 시스템", u"Recommender Systems", u"AI"},
    {u"AI 윤리", u"AI Ethics", u"AI"},               {u"온디바이스 AI", u"On-device AI", u"AI"},
    {u"엠엘옵스", u"MLOps", u"Dev"},                 {u"쿠버네티스", u"Kubernetes", u"Dev"},
    {u"러스트", u"Rust", u"Dev"},                    {u"파이썬", u"Python", u"Dev"},
    {u"파이토치", u"PyTorch", u"Dev"},               {u"GPU 최적화", u"GPU Optimization", u"Dev"},
    {u"프론트엔드", u"Frontend", u"Dev"},            {u"보안", u"Security", u"Dev"},
    {u"데이터 엔지니어링", u"Data Engineering", u"Data"}, {u"벡터 데이터베이스", u"Vector Databases", u"Data"},
    {u"데이터 시각화", u"Data Visualization", u"Data"},   {u"통계", u"Statistics", u"Data"},
    {u"오픈소스", u"Open Source", u"Community"},     {u"스타트업", u"Startups", u"Community"},
    {u"연구", u"Research", u"Community"},            {u"교육", u"Teaching", u"Community"},
    {u"커리어", u"Careers", u"Community"},           {u"글쓰기", u"Tech Writing", u"Community"},
};

QList<BingoKeyword> demoPool()
{
    QList<BingoKeyword> pool;
    for (const PoolEntry &entry : BingoPool)
        pool << BingoKeyword{0, QString::fromUtf16(entry.ko), QString::fromUtf16(entry.en),
                             QString::fromUtf16(entry.category)};
    return pool;
}

} // namespace

QString DemoEvent::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo.mannam"_s);
}

QString DemoEvent::ensure(const QString &path)
{
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(QFileInfo(path).absolutePath());

    // A fixed seed: the same people every time, so screenshots and docs match.
    QRandomGenerator random(20261128);
    const auto pick = [&random](const QStringList &list) { return list.at(random.bounded(int(list.size()))); };

    EventInfo info;
    info.name = tr("AI Community Meetup (demo)");
    info.venue = tr("Seoul, Gangnam-gu · Hall B");
    // The demo is always under way: it started half an hour ago.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    info.startsAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 300 * 300 - 30 * 60, Qt::UTC);
    info.endsAt = info.startsAt.addSecs(3 * 3600);
    info.desks = QStringList{u"Desk 1"_s, u"Desk 2"_s};
    auto event = EventFile::create(path, info);
    EventStore &store = event->store();
    const QString tag = store.eventInfo().codeTag;

    QList<Attendee> people;
    QSet<QString> taken;
    store.write([&] {
        for (int i = 0; i < AttendeeCount; ++i) {
            Attendee a;
            const bool korean = i % 4 != 3;
            a.name = korean ? QString(pick(KoreanFamilyNames) + pick(KoreanGivenNames))
                            : QString(pick(EnglishFirstNames) + u' ' + pick(EnglishLastNames));
            a.email = u"guest%1@example.com"_s.arg(i + 1, 3, 10, QChar(u'0'));
            a.phone = u"010-%1-%2"_s.arg(2000 + i * 37 % 8000, 4, 10, QChar(u'0')).arg(1000 + i * 53 % 9000, 4, 10, QChar(u'0'));
            a.affiliation = pick(Affiliations);
            a.ticketType = pick(TicketTypes);
            a.status = i % 40 == 39 ? AttendeeStatus::Cancelled : AttendeeStatus::Registered;
            if (i % 25 == 7) {
                a.attention = true;
                a.notes = tr("Wheelchair access: seat near the aisle");
            }
            // Three different keywords, in the language the person would type.
            const QList<BingoKeyword> pool = demoPool();
            while (a.keywords.size() < Attendee::MaxKeywords) {
                const BingoKeyword &keyword = pool.at(random.bounded(int(pool.size())));
                const QString label = korean ? keyword.labelKo : keyword.labelEn;
                if (!a.keywords.contains(label))
                    a.keywords << label;
            }
            a.consent = i % 3 != 0;
            a.source = AttendeeSource::Demo;
            a.externalId = u"DEMO-%1"_s.arg(i + 1, 4, 10, QChar(u'0'));
            a.ticketCode = TicketCode::generate(tag, taken);
            taken.insert(a.ticketCode);
            a.badgeCode = TicketCode::generate(tag, taken);
            taken.insert(a.badgeCode);
            store.insertAttendee(a, now);
            people << a;
        }
    });

    // About a third arrived in the 40 minutes before now, at two desks.
    FakeClock clock(now.addSecs(-40 * 60));
    CheckInService service(store, clock);
    for (int i = 0; i < people.size(); i += 3) {
        clock.advanceMs(30'000 + random.bounded(60'000));
        service.scan(people.at(i).ticketCode, info.desks.at(i % 2));
    }

    // The bingo: 5×5 cards with a free centre, one line wins, kiosk PIN 1234.
    // Those who came in have been meeting each other for twenty minutes.
    BingoService bingo(store, clock);
    BingoSettings rules;
    rules.cardSize = 5;
    rules.linesToWin = 1;
    rules.freeCentre = true;
    bingo.configure(rules, demoPool());
    bingo.setKioskPin(QString::fromUtf16(DemoKioskPin));
    QList<Attendee> arrived;
    for (int i = 0; i < people.size(); i += 3) {
        if (people.at(i).status == AttendeeStatus::Registered)
            arrived << people.at(i);
    }
    clock.set(now.addSecs(-20 * 60));
    for (int meeting = 0; meeting < DemoMeetings; ++meeting) {
        clock.advanceMs(5'000 + random.bounded(5'000));
        const Attendee &a = arrived.at(random.bounded(int(arrived.size())));
        const Attendee &b = arrived.at(random.bounded(int(arrived.size())));
        bingo.meet(a.badgeCode, b.badgeCode, meeting % 3 ? u"Kiosk 1"_s : u"Kiosk 2"_s); // refusals are fine
    }
    return path;
}

} // namespace mannam
