#pragma once

#include "ChartPanel.h"
#include "dashboard/DashboardSnapshot.h"

class QAreaSeries;
class QBarCategoryAxis;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QAbstractBarSeries;

namespace mannam {

// Something happening over the day: how many per 5 minutes (a filled
// histogram, left axis) and the running total (a line, right axis), in local time.
class TimelineChart : public ChartPanel
{
    Q_OBJECT

public:
    TimelineChart(const QString &objectName, const QString &fileStem, QWidget *parent = nullptr);

    // `title`, `perSliceName` and `totalName` are already translated.
    void setTexts(const QString &title, const QString &perSliceName, const QString &totalName);
    // `now` stretches the total to the present when the last slice is over.
    void display(const QList<TimeBucket> &buckets, const QDateTime &nowUtc);

    int pointCount() const;   // for tests: the histogram's points

private:
    QLineSeries *m_sliceLine = nullptr;   // the upper edge of the histogram
    QAreaSeries *m_slices = nullptr;
    QLineSeries *m_total = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_sliceAxis = nullptr;
    QValueAxis *m_totalAxis = nullptr;
};

// Checked in and no-shows per ticket type, stacked, most registered on top.
class TicketTypesChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit TicketTypesChart(QWidget *parent = nullptr);
    void display(const QList<TicketTypeFigures> &types);

private:
    void retranslate();

    QAbstractBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_typeAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
};

// Bingo progress: how many cards have how many squares filled, the ones with
// a bingo stacked on top, so the organizer sees how close the room is.
class BingoProgressChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit BingoProgressChart(QWidget *parent = nullptr);
    void display(const DashboardSnapshot &snapshot);

private:
    QAbstractBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_filledAxis = nullptr;
    QValueAxis *m_cardAxis = nullptr;
};

// The most chosen "my keywords" of the pool.
class KeywordsChart : public ChartPanel
{
    Q_OBJECT

public:
    static constexpr int Shown = 8; // more bars than this and the axis drops every other label

    explicit KeywordsChart(QWidget *parent = nullptr);
    void display(const QList<KeywordPopularity> &keywords);

private:
    QAbstractBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_keywordAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
};

// Meetings per attendee among those checked in: how many met 0, 1, 2… people,
// with the mean, the median and the share who met nobody.
class NetworkChart : public ChartPanel
{
    Q_OBJECT

public:
    static constexpr int LastColumn = 15; // "15+" gathers the most connected

    explicit NetworkChart(QWidget *parent = nullptr);
    void display(const NetworkFigures &network);

private:
    QAbstractBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_metAxis = nullptr;
    QValueAxis *m_peopleAxis = nullptr;
};

} // namespace mannam
