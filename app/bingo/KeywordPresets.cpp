#include "KeywordPresets.h"

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

struct Entry { const char16_t *ko; const char16_t *en; const char16_t *category; };

// Each set: about 25 topics and tools people would call "theirs", a few roles
// (so juniors and researchers find each other) and a few everyday icebreakers,
// because a card full of jargon fills slowly for newcomers.
const Entry AiMl[] = {
    {u"대규모 언어 모델", u"LLM", u"AI"},
    {u"검색 증강 생성", u"RAG", u"AI"},
    {u"AI 에이전트", u"AI agents", u"AI"},
    {u"파인튜닝", u"Fine-tuning", u"AI"},
    {u"프롬프트 엔지니어링", u"Prompt engineering", u"AI"},
    {u"멀티모달", u"Multimodal", u"AI"},
    {u"컴퓨터 비전", u"Computer vision", u"AI"},
    {u"자연어 처리", u"NLP", u"AI"},
    {u"음성 인식", u"Speech recognition", u"AI"},
    {u"추천 시스템", u"Recommender systems", u"AI"},
    {u"강화학습", u"Reinforcement learning", u"AI"},
    {u"이미지 생성", u"Image generation", u"AI"},
    {u"온디바이스 AI", u"On-device AI", u"AI"},
    {u"AI 윤리", u"AI ethics", u"AI"},
    {u"모델 평가", u"Model evaluation", u"AI"},
    {u"한국어 LLM", u"Korean LLMs", u"AI"},
    {u"논문 읽기", u"Reading papers", u"AI"},
    {u"벡터 데이터베이스", u"Vector databases", u"Tools"},
    {u"파이토치", u"PyTorch", u"Tools"},
    {u"허깅페이스", u"Hugging Face", u"Tools"},
    {u"주피터 노트북", u"Jupyter", u"Tools"},
    {u"캐글", u"Kaggle", u"Tools"},
    {u"GPU 최적화", u"GPU optimization", u"Tools"},
    {u"엠엘옵스", u"MLOps", u"Tools"},
    {u"랭체인", u"LangChain", u"Tools"},
    {u"파이썬", u"Python", u"Tools"},
    {u"연구자", u"Researcher", u"Role"},
    {u"ML 엔지니어", u"ML engineer", u"Role"},
    {u"데이터 사이언티스트", u"Data scientist", u"Role"},
    {u"대학원생", u"Grad student", u"Role"},
    {u"AI 스타트업", u"AI startup", u"Role"},
    {u"프로덕트 매니저", u"Product manager", u"Role"},
    {u"AI 입문자", u"New to AI", u"Role"},
    {u"스터디 모임", u"Study groups", u"Life"},
    {u"커피", u"Coffee", u"Life"},
    {u"보드게임", u"Board games", u"Life"},
    {u"등산", u"Hiking", u"Life"},
    {u"고양이", u"Cats", u"Life"},
};

const Entry DevOpenSource[] = {
    {u"오픈소스 기여", u"Open source contributing", u"Open source"},
    {u"메인테이너", u"Maintainer", u"Open source"},
    {u"깃허브", u"GitHub", u"Open source"},
    {u"코드 리뷰", u"Code review", u"Open source"},
    {u"기술 문서", u"Documentation", u"Open source"},
    {u"리눅스", u"Linux", u"Open source"},
    {u"러스트", u"Rust", u"Languages"},
    {u"Go 언어", u"Go", u"Languages"},
    {u"파이썬", u"Python", u"Languages"},
    {u"타입스크립트", u"TypeScript", u"Languages"},
    {u"자바", u"Java", u"Languages"},
    {u"코틀린", u"Kotlin", u"Languages"},
    {u"C++", u"C++", u"Languages"},
    {u"프론트엔드", u"Frontend", u"Dev"},
    {u"백엔드", u"Backend", u"Dev"},
    {u"모바일 앱", u"Mobile apps", u"Dev"},
    {u"게임 개발", u"Game development", u"Dev"},
    {u"임베디드", u"Embedded", u"Dev"},
    {u"보안", u"Security", u"Dev"},
    {u"데브옵스", u"DevOps", u"Dev"},
    {u"테스트 자동화", u"Test automation", u"Dev"},
    {u"CI/CD", u"CI/CD", u"Dev"},
    {u"웹어셈블리", u"WebAssembly", u"Dev"},
    {u"기술 블로그", u"Tech blogging", u"Community"},
    {u"컨퍼런스 발표", u"Conference talks", u"Community"},
    {u"사이드 프로젝트", u"Side projects", u"Community"},
    {u"주니어 개발자", u"Junior developer", u"Role"},
    {u"시니어 개발자", u"Senior developer", u"Role"},
    {u"취업 준비", u"Job hunting", u"Role"},
    {u"스타트업", u"Startups", u"Role"},
    {u"프리랜서", u"Freelancer", u"Role"},
    {u"Vim 사용자", u"Vim user", u"Life"},
    {u"기계식 키보드", u"Mechanical keyboards", u"Life"},
    {u"커피", u"Coffee", u"Life"},
    {u"러닝", u"Running", u"Life"},
    {u"반려동물", u"Pets", u"Life"},
    {u"여행", u"Travel", u"Life"},
};

const Entry DataCloud[] = {
    {u"데이터 엔지니어링", u"Data engineering", u"Data"},
    {u"데이터 분석", u"Data analysis", u"Data"},
    {u"데이터 시각화", u"Data visualization", u"Data"},
    {u"SQL", u"SQL", u"Data"},
    {u"데이터 웨어하우스", u"Data warehouse", u"Data"},
    {u"데이터 레이크", u"Data lakes", u"Data"},
    {u"스트리밍 처리", u"Stream processing", u"Data"},
    {u"카프카", u"Kafka", u"Data"},
    {u"스파크", u"Spark", u"Data"},
    {u"에어플로우", u"Airflow", u"Data"},
    {u"dbt", u"dbt", u"Data"},
    {u"통계", u"Statistics", u"Data"},
    {u"A/B 테스트", u"A/B testing", u"Data"},
    {u"BI 대시보드", u"BI dashboards", u"Data"},
    {u"데이터 거버넌스", u"Data governance", u"Data"},
    {u"개인정보 보호", u"Data privacy", u"Data"},
    {u"데이터베이스 튜닝", u"Database tuning", u"Data"},
    {u"AWS", u"AWS", u"Cloud"},
    {u"구글 클라우드", u"Google Cloud", u"Cloud"},
    {u"애저", u"Azure", u"Cloud"},
    {u"쿠버네티스", u"Kubernetes", u"Cloud"},
    {u"도커", u"Docker", u"Cloud"},
    {u"서버리스", u"Serverless", u"Cloud"},
    {u"테라폼", u"Terraform", u"Cloud"},
    {u"관측 가능성", u"Observability", u"Cloud"},
    {u"클라우드 비용 최적화", u"Cloud cost (FinOps)", u"Cloud"},
    {u"SRE", u"SRE", u"Cloud"},
    {u"멀티 클라우드", u"Multi-cloud", u"Cloud"},
    {u"분석가", u"Analyst", u"Role"},
    {u"데이터 사이언티스트", u"Data scientist", u"Role"},
    {u"클라우드 엔지니어", u"Cloud engineer", u"Role"},
    {u"스타트업", u"Startups", u"Role"},
    {u"자격증 공부", u"Certification prep", u"Life"},
    {u"커피", u"Coffee", u"Life"},
    {u"캠핑", u"Camping", u"Life"},
    {u"야구", u"Baseball", u"Life"},
    {u"맛집 탐방", u"Food trips", u"Life"},
};

template<std::size_t N>
QList<BingoKeyword> keywordsOf(const Entry (&entries)[N])
{
    QList<BingoKeyword> keywords;
    keywords.reserve(qsizetype(N));
    for (const Entry &entry : entries)
        keywords << BingoKeyword{0, QString::fromUtf16(entry.ko), QString::fromUtf16(entry.en),
                                 QString::fromUtf16(entry.category)};
    return keywords;
}

} // namespace

QList<KeywordPreset> KeywordPresets::all()
{
    return {
        {u"ai-ml"_s, tr("AI / ML meetup"), keywordsOf(AiMl)},
        {u"dev-open-source"_s, tr("Developers & open source"), keywordsOf(DevOpenSource)},
        {u"data-cloud"_s, tr("Data & cloud"), keywordsOf(DataCloud)},
    };
}

KeywordPreset KeywordPresets::byId(const QString &id)
{
    for (const KeywordPreset &preset : all()) {
        if (preset.id == id)
            return preset;
    }
    return {};
}

} // namespace mannam
