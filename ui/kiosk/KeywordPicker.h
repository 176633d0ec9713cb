#pragma once

#include "bingo/Bingo.h"

#include <QAbstractButton>
#include <QWidget>

class QGridLayout;

namespace mannam {

// A square of the pool to pick: the Korean and English label, wrapped, big
// enough to touch. Checked = chosen.
class KeywordButton : public QAbstractButton
{
    Q_OBJECT

public:
    KeywordButton(const BingoKeyword &keyword, QWidget *parent = nullptr);
    qint64 keywordId() const { return m_keyword.id; }
    QSize sizeHint() const override { return {150, 64}; }
    QSize minimumSizeHint() const override { return {90, 44}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    BingoKeyword m_keyword;
};

// The keyword pool as a grid of buttons; up to a limit can be chosen (the
// others are disabled once the limit is reached). Buttons are named
// keyword<ID>Button.
class KeywordPicker : public QWidget
{
    Q_OBJECT

public:
    explicit KeywordPicker(QWidget *parent = nullptr);

    void setKeywords(const QList<BingoKeyword> &pool, int maxChoices);
    QList<qint64> chosen() const; // in the order they were chosen
    int maxChoices() const { return m_maxChoices; }

signals:
    void chosenChanged(int count);

private:
    void toggled(KeywordButton *button, bool on);

    QGridLayout *m_grid;
    QList<KeywordButton *> m_buttons;
    QList<qint64> m_chosen;
    int m_maxChoices = 3;
};

} // namespace mannam
