#include "PlayerPanel.h"

#include "KioskPhraseLabel.h"
#include "BingoCardView.h"
#include "KioskLanguage.h"
#include "KioskStyle.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mannam {

PlayerPanel::PlayerPanel(const KioskLanguage &language, const QString &role, QWidget *parent)
    : QFrame(parent),
      m_name(new QLabel),
      m_stats(new KioskPhraseLabel(language, role + u"StatsLabel"_s, 17, 15, QFont::Medium,
                                 KioskPhraseLabel::Arrangement::Inline)),
      m_gain(new KioskPhraseLabel(language, role + u"GainLabel"_s, 17, 15, QFont::Bold,
                                KioskPhraseLabel::Arrangement::Inline)),
      m_card(new BingoCardView)
{
    setObjectName(role + u"PlayerPanel"_s);
    applyStyle();
    m_name->setObjectName(role + u"NameLabel"_s);
    m_name->setAlignment(Qt::AlignCenter);
    m_name->setTextFormat(Qt::PlainText);
    KioskStyle::setFontPx(m_name, 34, QFont::Bold);
    m_card->setObjectName(role + u"CardView"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 14);
    layout->setSpacing(4);
    layout->addWidget(m_name);
    layout->addWidget(m_stats, 0, Qt::AlignHCenter);
    layout->addWidget(m_gain, 0, Qt::AlignHCenter);
    layout->addWidget(m_card, 1);
}

void PlayerPanel::showPlayer(const BingoPlayer &player, const QHash<qint64, BingoKeyword> &keywords, int linesToWin,
                             bool showGain)
{
    m_name->setText(player.attendee.name);
    if (player.winnerRank > 0)
        m_stats->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "People met: %1 · Bingo! (winner #%2)"),
                                       {QString::number(player.peopleMet), QString::number(player.winnerRank)}));
    else
        m_stats->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "People met: %1 · Lines: %2 of %3"),
                                       {QString::number(player.peopleMet), QString::number(player.card.lines),
                                        QString::number(linesToWin)}));
    m_gain->setVisible(showGain);
    if (showGain)
        m_gain->setPhrase(kioskPhrase(QT_TRANSLATE_NOOP("mannam::KioskWindow", "New squares: %1"),
                                      {QString::number(player.justFilled.size())}));
    m_card->setCard(player.card, keywords, player.justFilled, showGain);
}

void PlayerPanel::setCelebrated(bool celebrated)
{
    if (celebrated == m_celebrated)
        return; // style sheets are re-applied only when the look changes
    m_celebrated = celebrated;
    applyStyle();
}

void PlayerPanel::applyStyle()
{
    setStyleSheet(u"#%1 { background: %2; border-radius: 18px; border: %3; }"
                  "#%1 QLabel { color: %4; }"
                  "#%5 QLabel { color: %6; }"_s
                          .arg(objectName(), KioskStyle::css(m_celebrated ? QColor(0xff, 0xf8, 0xe1) : KioskStyle::Surface),
                               m_celebrated ? u"4px solid "_s + KioskStyle::css(KioskStyle::Gold)
                                            : u"1px solid "_s + KioskStyle::css(KioskStyle::Line),
                               KioskStyle::css(KioskStyle::Ink), m_gain->objectName(),
                               KioskStyle::css(KioskStyle::Green)));
}

void PlayerPanel::clear()
{
    m_name->clear();
    m_stats->clear();
    m_gain->clear();
    m_card->clear();
}

QString PlayerPanel::name() const
{
    return m_name->text();
}

} // namespace mannam
