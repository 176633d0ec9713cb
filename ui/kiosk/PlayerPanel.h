#pragma once

#include "bingo/BingoService.h"

#include <QFrame>

class QLabel;

namespace mannam {

class KioskPhraseLabel;
class BingoCardView;
class KioskLanguage;

// One person at the kiosk: name, people met and lines, what this meeting
// added, and their card. Child names start with `role` ("first", "second"):
// firstNameLabel, firstStatsLabel, firstGainLabel, firstCardView.
class PlayerPanel : public QFrame
{
    Q_OBJECT

public:
    PlayerPanel(const KioskLanguage &language, const QString &role, QWidget *parent = nullptr);

    // `showGain`: after a meeting, how many squares it filled here.
    void showPlayer(const BingoPlayer &player, const QHash<qint64, BingoKeyword> &keywords, int linesToWin,
                    bool showGain);
    void clear();
    // A gold frame: this person just completed a bingo.
    void setCelebrated(bool celebrated);

    BingoCardView *cardView() const { return m_card; }
    QString name() const;

private:
    void applyStyle();

    bool m_celebrated = false;
    QLabel *m_name;
    KioskPhraseLabel *m_stats;
    KioskPhraseLabel *m_gain;
    BingoCardView *m_card;
};

} // namespace mannam
