#pragma once

#include "bingo/Bingo.h"

#include <QHash>
#include <QVariantAnimation>
#include <QWidget>

namespace mannam {

// Paints one bingo card: keyword squares (Korean and English label), filled
// squares green, the squares this meeting filled growing into green, the
// completed lines struck through in gold, the free centre marked with a star.
class BingoCardView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int FillAnimationMs = 1400;

    explicit BingoCardView(QWidget *parent = nullptr);

    // `keywords` by id (the event's pool); `justFilled` are positions that
    // this meeting filled: animated when `animate`, marked in any case.
    void setCard(const BingoCard &card, const QHash<qint64, BingoKeyword> &keywords,
                 const QList<int> &justFilled = {}, bool animate = false);
    void clear();

    const BingoCard &card() const { return m_card; }
    const QList<int> &justFilled() const { return m_justFilled; }
    bool isAnimating() const { return m_fill.state() == QAbstractAnimation::Running; }
    // Squares on completed lines (for the gold outline).
    const QList<int> &squaresOnLines() const { return m_onLines; }

    QSize sizeHint() const override { return {420, 420}; }
    QSize minimumSizeHint() const override { return {180, 180}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

signals:
    // A paint finished: the kiosk measures "scan → both cards on screen" with it.
    void painted();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF boardRect() const;
    QRectF squareRect(const QRectF &board, int position) const;

    BingoCard m_card;
    QHash<qint64, BingoKeyword> m_keywords;
    QList<int> m_justFilled;
    QList<int> m_onLines;
    QList<QList<int>> m_completedLines;
    QVariantAnimation m_fill;
    qreal m_progress = 1.0; // 0 → 1 while the just-filled squares grow in
};

} // namespace mannam
