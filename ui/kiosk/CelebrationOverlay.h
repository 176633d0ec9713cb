#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QVariantAnimation>
#include <QWidget>

namespace mannam {

// Confetti over the meeting screen when somebody completes a bingo. Passes
// every mouse event through and hides itself when the shower is over.
class CelebrationOverlay : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DurationMs = 4000;

    explicit CelebrationOverlay(QWidget *parent);

    void celebrate();
    void stop();
    bool isCelebrating() const { return m_shower.state() == QAbstractAnimation::Running; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Piece
    {
        QPointF start;   // in units of the widget's size; y starts above the top
        qreal fallSpeed; // heights per shower
        qreal drift;     // widths per shower
        qreal spin;      // turns per shower
        qreal size;      // in units of the height
        QColor colour;
    };

    QList<Piece> m_pieces;
    QVariantAnimation m_shower;
    qreal m_t = 0;
};

} // namespace mannam
