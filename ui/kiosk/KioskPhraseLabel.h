#pragma once

#include "common/Phrase.h"

#include <QFont>
#include <QWidget>

class QBoxLayout;
class QLabel;

namespace mannam {

class KioskLanguage;

// One kiosk sentence in Korean and English: Korean first, English under it
// (Stacked) or after it on the same line (Inline). English alone when there
// is no Korean for it.
class KioskPhraseLabel : public QWidget
{
    Q_OBJECT

public:
    enum class Arrangement { Stacked, Inline };

    // `objectName` names this widget; the two lines are <name minus "Label">KoreanLabel
    // and …EnglishLabel (instructionLabel → instructionKoreanLabel, instructionEnglishLabel).
    KioskPhraseLabel(const KioskLanguage &language, const QString &objectName, int koreanPx, int englishPx,
                   QFont::Weight weight = QFont::DemiBold, Arrangement arrangement = Arrangement::Stacked,
                   QWidget *parent = nullptr);

    void setPhrase(const Phrase &phrase);
    void clear();
    const Phrase &phrase() const { return m_phrase; }
    QString koreanText() const;
    QString englishText() const;
    void setAlignment(Qt::Alignment alignment);

private:
    void render();

    const KioskLanguage &m_language;
    Phrase m_phrase;
    QLabel *m_korean;
    QLabel *m_english;
};

} // namespace mannam
