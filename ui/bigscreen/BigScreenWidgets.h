#pragma once
// The projector's building blocks: colours, a rounded panel, a number that
// fills its box, and a painted list whose rows grow with the screen. They size
// their text from their own height, so the same window reads well on a
// 1366×768 projector and on a 4K wall.
#include <QColor>
#include <QHash>
#include <QLabel>
#include <QList>
#include <QWidget>

class QVariantAnimation;

namespace mannam {

namespace bigscreen {
// Light text on near-black: high contrast from the back of a dim room.
inline const QColor Background{0x0B, 0x0F, 0x17};
inline const QColor Panel{0x16, 0x1D, 0x2A};
inline const QColor Divider{0x26, 0x30, 0x41};
inline const QColor Text{0xF5, 0xF7, 0xFA};
inline const QColor TextSecondary{0xA9, 0xB4, 0xC4};
inline const QColor Accent{0xFF, 0xC9, 0x40};       // amber: meetings, bingos
inline const QColor AccentCool{0x5E, 0xD4, 0xF0};   // cyan: people
inline const QColor Gold{0xFF, 0xC9, 0x40};
inline const QColor Silver{0xCB, 0xD5, 0xE1};
inline const QColor Bronze{0xE3, 0x9B, 0x5B};
inline const QColor OtherRank{0x33, 0x41, 0x55};
} // namespace bigscreen

// A rounded dark card behind a group of widgets.
class BigScreenPanel : public QWidget
{
public:
    explicit BigScreenPanel(QWidget *parent = nullptr);
    void setRadius(int radius);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_radius = 24;
};

// A number as large as its box allows (text() is the number), with an
// optional smaller suffix in a quieter colour ("32" + " / 40").
class BigScreenNumberLabel : public QLabel
{
    Q_OBJECT

public:
    explicit BigScreenNumberLabel(const QColor &color, QWidget *parent = nullptr);
    void setSuffix(const QString &suffix);
    QString suffix() const { return m_suffix; }
    // Upper bound of the digits' height in pixels, so one short number does not fill a wall.
    void setMaximumDigitHeight(int pixels);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_color;
    QString m_suffix;
    int m_maxDigitHeight = 100000;
};

// A heading in Korean and English side by side: Korean in the label's colour,
// English after it in a quieter one. When the line does not fit (or always, if
// asked) English goes under Korean. English only without a Korean text.
class BigScreenHeading : public QLabel
{
    Q_OBJECT

public:
    enum class Stacking { WhenNarrow, Always };

    explicit BigScreenHeading(const QColor &color, Stacking stacking = Stacking::WhenNarrow, QWidget *parent = nullptr);
    void setTexts(const QString &korean, const QString &english);
    QString korean() const { return m_korean; }
    QString english() const { return m_english; }
    bool isStacked() const { return m_stacked; }
    // Whether the line is too long for the width as it is now.
    bool needsStacking() const { return m_needsStacking; }
    // Stacked even when it fits: headings side by side stack together.
    void setForceStacked(bool force);

signals:
    void needsStackingChanged(bool needsStacking);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();

    Stacking m_stacking;
    QString m_korean;
    QString m_english;
    bool m_stacked = false;
    bool m_needsStacking = false;
    bool m_forceStacked = false;
};

// Up to maxRows rows: an optional rank badge, a name, a detail on the right
// (a time, a count) and an optional bar (a share of the leader). A row can
// glow for a few seconds when it is new.
class BigScreenList : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        qint64 key = 0;      // the attendee: a glow stays with the person when rows move
        int rank = 0;        // a badge when > 0
        QString name;
        QString detail;
        qreal bar = -1;      // 0..1 under the name; < 0 for none
    };

    explicit BigScreenList(QWidget *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    QStringList names() const;
    void setPlaceholder(const QString &text);   // shown while there are no rows
    QString placeholder() const { return m_placeholder; }
    void setMaxRows(int rows);
    void setDetailColor(const QColor &color);

    // A new arrival: the row glows and pulses, then fades (about 6 s).
    void highlight(qint64 key);
    bool isHighlighted(qint64 key) const { return m_glow.contains(key); }
    qreal glowLevel(qint64 key) const { return m_glow.value(key, 0.0); }   // 0..1 now

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Row> m_rows;
    QString m_placeholder;
    int m_maxRows = 5;
    QColor m_detailColor = bigscreen::TextSecondary;
    QHash<qint64, qreal> m_glow;   // key → 0..1 while its animation runs
};

} // namespace mannam
