#include "KioskPhraseLabel.h"

#include "KioskLanguage.h"
#include "KioskStyle.h"

#include <QBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {
QLabel *line(const QString &objectName, int px, QFont::Weight weight)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    KioskStyle::setFontPx(label, px, weight);
    return label;
}
} // namespace

KioskPhraseLabel::KioskPhraseLabel(const KioskLanguage &language, const QString &objectName, int koreanPx,
                               int englishPx, QFont::Weight weight, Arrangement arrangement, QWidget *parent)
    : QWidget(parent), m_language(language)
{
    setObjectName(objectName);
    const QString stem = objectName.endsWith(u"Label"_s) ? objectName.chopped(5) : objectName;
    m_korean = line(stem + u"KoreanLabel"_s, koreanPx, weight);
    // English a step lighter, so the eye finds its own language's line.
    m_english = line(stem + u"EnglishLabel"_s, englishPx,
                     arrangement == Arrangement::Stacked ? QFont::Weight(std::max(int(QFont::Normal), int(weight) - 100))
                                                         : weight);
    QBoxLayout *layout = arrangement == Arrangement::Stacked ? static_cast<QBoxLayout *>(new QVBoxLayout(this))
                                                             : static_cast<QBoxLayout *>(new QHBoxLayout(this));
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(arrangement == Arrangement::Stacked ? 2 : 14);
    layout->addWidget(m_korean);
    layout->addWidget(m_english);
    if (arrangement == Arrangement::Inline) {
        m_korean->setWordWrap(false);
        m_english->setWordWrap(false);
    }
    connect(&language, &KioskLanguage::changed, this, &KioskPhraseLabel::render);
}

void KioskPhraseLabel::setPhrase(const Phrase &phrase)
{
    m_phrase = phrase;
    render();
}

void KioskPhraseLabel::clear()
{
    setPhrase(Phrase());
}

QString KioskPhraseLabel::koreanText() const
{
    return m_korean->isHidden() ? QString() : m_korean->text();
}

QString KioskPhraseLabel::englishText() const
{
    return m_english->text();
}

void KioskPhraseLabel::setAlignment(Qt::Alignment alignment)
{
    m_korean->setAlignment(alignment);
    m_english->setAlignment(alignment);
}

void KioskPhraseLabel::render()
{
    const QString korean = m_language.korean(m_phrase);
    m_korean->setText(korean);
    m_korean->setVisible(!korean.isEmpty());
    m_english->setText(m_language.english(m_phrase));
}

} // namespace mannam
