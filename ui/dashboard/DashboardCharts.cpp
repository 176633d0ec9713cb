#include "DashboardCharts.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mannam {

namespace {

const QColor SliceColor(0x42, 0x85, 0xf4);
const QColor TotalColor(0xe6, 0x6a, 0x00);
const QColor CheckedInColor(0x2e, 0x7d, 0x32);
const QColor NoShowColor(0xbd, 0xbd, 0xbd);
const QColor BingoColor(0xf9, 0xa8, 0x25);
const QColor KeywordColor(0x7e, 0x57, 0xc2);
const QColor NetworkColor(0x00, 0x89, 0x7b);

// Counts from 0 to a round number past `highest`, in steps of 1, 2 or 5 × 10^k.
void setCountRange(QValueAxis *axis, int highest)
{
    const int top = std::max(1, highest);
    int step = 1;
    for (int magnitude = 1; top / step > 5; ) {
        if (step == magnitude)
            step = 2 * magnitude;
        else if (step == 2 * magnitude)
            step = 5 * magnitude;
        else
            step = magnitude *= 10;
    }
    const int end = (top + step - 1) / step * step;
    axis->setRange(0, end);
    axis->setTickCount(end / step + 1);
    axis->setLabelFormat(u"%d"_s);
}

QBarSet *barSet(const QString &name, const QColor &color, const QList<qreal> &values)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color.darker(115));
    set->append(values);
    return set;
}

// Category names must differ; a second equal label gets a number.
QStringList distinct(const QStringList &labels)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &label : labels) {
        QString unique = label;
        for (int n = 2; seen.contains(unique); ++n)
            unique = label + u" ("_s + QString::number(n) + u')';
        seen.insert(unique);
        result << unique;
    }
    return result;
}

// A bar series with its category axis on one edge and its count axis on another.
void addBarSeries(QChart *chart, QAbstractBarSeries *series, QBarCategoryAxis *categories, Qt::Alignment categoryEdge,
                  QValueAxis *counts, Qt::Alignment countEdge)
{
    chart->addSeries(series);
    categories->setTruncateLabels(false); // "…" says nothing: the axis takes the room it needs
    chart->addAxis(categories, categoryEdge);
    chart->addAxis(counts, countEdge);
    series->attachAxis(categories);
    series->attachAxis(counts);
}

} // namespace

// --- TimelineChart -----------------------------------------------------------

TimelineChart::TimelineChart(const QString &objectName, const QString &fileStem, QWidget *parent)
    : ChartPanel(objectName, fileStem, parent)
{
    m_sliceLine = new QLineSeries(this);
    m_slices = new QAreaSeries(m_sliceLine);
    m_slices->setColor(QColor(SliceColor.red(), SliceColor.green(), SliceColor.blue(), 150));
    m_slices->setBorderColor(SliceColor);
    m_total = new QLineSeries;
    QPen totalPen(TotalColor);
    totalPen.setWidthF(2.5);
    m_total->setPen(totalPen);
    chart()->addSeries(m_slices);
    chart()->addSeries(m_total);

    m_timeAxis = new QDateTimeAxis;
    m_sliceAxis = new QValueAxis;
    m_totalAxis = new QValueAxis;
    m_sliceAxis->setTitleBrush(SliceColor.darker(130));
    m_totalAxis->setTitleBrush(TotalColor);
    m_totalAxis->setGridLineVisible(false);
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_sliceAxis, Qt::AlignLeft);
    chart()->addAxis(m_totalAxis, Qt::AlignRight);
    m_slices->attachAxis(m_timeAxis);
    m_slices->attachAxis(m_sliceAxis);
    m_total->attachAxis(m_timeAxis);
    m_total->attachAxis(m_totalAxis);
    applyFonts();
}

void TimelineChart::setTexts(const QString &title, const QString &perSliceName, const QString &totalName)
{
    chart()->setTitle(title);
    m_slices->setName(perSliceName);
    m_total->setName(totalName);
    // Short axis titles (the legend names the series in full): a long one is cut.
    m_sliceAxis->setTitleText(tr("Per 5 minutes"));
    m_totalAxis->setTitleText(tr("Total"));
}

void TimelineChart::display(const QList<TimeBucket> &buckets, const QDateTime &nowUtc)
{
    constexpr qint64 MinuteMs = 60'000;
    QList<QPointF> total = DashboardSeries::runningTotal(buckets);
    qint64 start = 0;
    qint64 end = 0;
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    if (buckets.isEmpty()) {
        start = now - 60 * MinuteMs;
        end = now;
    } else {
        start = buckets.first().startUtc.toMSecsSinceEpoch();
        end = buckets.last().endUtc().toMSecsSinceEpoch();
        // Still going on: the total stays flat up to now (not past a day's end).
        if (now > end && now - end < 12 * 60 * MinuteMs) {
            total << QPointF(double(now), total.last().y());
            end = now;
        }
    }
    m_sliceLine->replace(DashboardSeries::steps(buckets));
    m_total->replace(total);

    // Ticks on round local times: at most 8 intervals of 5, 10, 15, 30 minutes, 1, 2, 3... hours.
    static const int StepMinutes[] = {5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440};
    qint64 step = StepMinutes[0] * MinuteMs;
    for (const int minutes : StepMinutes) {
        step = minutes * MinuteMs;
        if ((end - start) / step < 8)
            break;
    }
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(start).offsetFromUtc()) * 1000;
    const qint64 first = (start + offset) / step * step - offset;
    const qint64 last = std::max(first + step, ((end + offset + step - 1) / step) * step - offset);
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    m_timeAxis->setTickCount(int((last - first) / step) + 1);
    m_timeAxis->setFormat(last - first > 20 * 60 * MinuteMs ? u"M/d HH:mm"_s : u"HH:mm"_s);

    setCountRange(m_sliceAxis, DashboardSeries::peak(buckets));
    setCountRange(m_totalAxis, total.isEmpty() ? 0 : int(total.last().y()));
}

int TimelineChart::pointCount() const
{
    return int(m_sliceLine->count());
}

// --- TicketTypesChart --------------------------------------------------------

TicketTypesChart::TicketTypesChart(QWidget *parent)
    : ChartPanel(u"ticketTypesChart"_s, u"ticket-types"_s, parent)
{
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    m_series = series;
    m_typeAxis = new QBarCategoryAxis;
    m_countAxis = new QValueAxis;
    addBarSeries(chart(), m_series, m_typeAxis, Qt::AlignLeft, m_countAxis, Qt::AlignBottom);
    chart()->setTitle(tr("Checked in / registered by ticket type"));
    m_countAxis->setTitleText(tr("People"));
    applyFonts();
}

void TicketTypesChart::display(const QList<TicketTypeFigures> &types)
{
    QStringList categories;
    QList<qreal> checkedIn;
    QList<qreal> noShows;
    int widest = 0;
    // Horizontal bars run bottom to top: the most registered type goes last.
    for (auto it = types.crbegin(); it != types.crend(); ++it) {
        const QString name = it->ticketType.isEmpty() ? tr("(no ticket type)") : it->ticketType;
        categories << tr("%1  %2 / %3", "ticket type, checked in / registered")
                              .arg(name, QLocale().toString(it->checkedIn), QLocale().toString(it->registered));
        checkedIn << it->checkedIn;
        noShows << it->noShows;
        widest = std::max(widest, it->checkedIn + it->noShows);
    }
    m_series->clear();
    m_typeAxis->clear();
    m_typeAxis->append(distinct(categories));
    m_series->append(barSet(tr("Checked in"), CheckedInColor, checkedIn));
    m_series->append(barSet(tr("No-shows"), NoShowColor, noShows));
    setCountRange(m_countAxis, widest);
}

// --- BingoProgressChart ------------------------------------------------------

BingoProgressChart::BingoProgressChart(QWidget *parent)
    : ChartPanel(u"bingoProgressChart"_s, u"bingo-progress"_s, parent)
{
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    m_series = series;
    m_filledAxis = new QBarCategoryAxis;
    m_cardAxis = new QValueAxis;
    addBarSeries(chart(), m_series, m_filledAxis, Qt::AlignBottom, m_cardAxis, Qt::AlignLeft);
    chart()->setTitle(tr("Bingo progress: cards by squares filled"));
    m_cardAxis->setTitleText(tr("Cards"));
    applyFonts();
}

void BingoProgressChart::display(const DashboardSnapshot &snapshot)
{
    QStringList categories;
    QList<qreal> playing;
    QList<qreal> won;
    int highest = 0;
    for (int filled = 0; filled < snapshot.cardsWithoutBingoByFilled.size(); ++filled) {
        categories << QLocale().toString(filled);
        const int without = snapshot.cardsWithoutBingoByFilled.at(filled);
        const int with = snapshot.cardsWithBingoByFilled.value(filled);
        playing << without;
        won << with;
        highest = std::max(highest, without + with);
    }
    m_series->clear();
    m_filledAxis->clear();
    m_filledAxis->append(categories);
    m_series->append(barSet(tr("No bingo yet"), SliceColor, playing));
    m_series->append(barSet(tr("Bingo"), BingoColor, won));
    setCountRange(m_cardAxis, highest);
    if (snapshot.cards == 0) {
        m_filledAxis->setTitleText(tr("No cards dealt yet"));
    } else {
        m_filledAxis->setTitleText(
                tr("Squares filled (of %1) · %2 cards, %3 with a bingo · lines to win: %4")
                        .arg(QLocale().toString(snapshot.cardSize * snapshot.cardSize),
                             QLocale().toString(snapshot.cards), QLocale().toString(snapshot.winners),
                             QLocale().toString(snapshot.linesToWin)));
    }
}

// --- KeywordsChart -----------------------------------------------------------

KeywordsChart::KeywordsChart(QWidget *parent) : ChartPanel(u"keywordsChart"_s, u"keywords"_s, parent)
{
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_series = series;
    m_keywordAxis = new QBarCategoryAxis;
    m_countAxis = new QValueAxis;
    addBarSeries(chart(), m_series, m_keywordAxis, Qt::AlignLeft, m_countAxis, Qt::AlignBottom);
    chart()->legend()->hide();
    chart()->setTitle(tr("Keyword popularity"));
    m_countAxis->setTitleText(tr("People who chose it as one of their keywords"));
    applyFonts();
}

void KeywordsChart::display(const QList<KeywordPopularity> &keywords)
{
    QStringList labels;
    QList<qreal> counts;
    for (const KeywordPopularity &keyword : keywords) {
        if (keyword.chosenBy == 0 || labels.size() == Shown)
            break; // most chosen first
        labels << keyword.keyword.label();
        counts << keyword.chosenBy;
    }
    std::reverse(labels.begin(), labels.end()); // the most chosen on top
    std::reverse(counts.begin(), counts.end());
    m_series->clear();
    m_keywordAxis->clear();
    m_keywordAxis->append(distinct(labels));
    QBarSet *set = barSet(tr("People who chose it"), KeywordColor, counts);
    set->setLabelColor(Qt::white);
    m_series->append(set);
    setCountRange(m_countAxis, counts.isEmpty() ? 0 : int(*std::max_element(counts.cbegin(), counts.cend())));
}

// --- NetworkChart ------------------------------------------------------------

NetworkChart::NetworkChart(QWidget *parent) : ChartPanel(u"networkChart"_s, u"meetings-per-attendee"_s, parent)
{
    auto *series = new QBarSeries;
    series->setBarWidth(0.8);
    m_series = series;
    m_metAxis = new QBarCategoryAxis;
    m_peopleAxis = new QValueAxis;
    addBarSeries(chart(), m_series, m_metAxis, Qt::AlignBottom, m_peopleAxis, Qt::AlignLeft);
    chart()->legend()->hide();
    chart()->setTitle(tr("Meetings per attendee (checked in)"));
    m_peopleAxis->setTitleText(tr("Attendees"));
    applyFonts();
}

void NetworkChart::display(const NetworkFigures &network)
{
    QStringList categories;
    QList<qreal> people;
    const int columns = std::min(int(network.checkedInByPeopleMet.size()), LastColumn + 1);
    for (int met = 0; met < columns; ++met) {
        const bool gathers = met == LastColumn && network.checkedInByPeopleMet.size() > LastColumn + 1;
        int count = network.checkedInByPeopleMet.at(met);
        if (gathers) {
            for (qsizetype more = met + 1; more < network.checkedInByPeopleMet.size(); ++more)
                count += network.checkedInByPeopleMet.at(more);
        }
        categories << (gathers ? tr("%1+").arg(QLocale().toString(met)) : QLocale().toString(met));
        people << count;
    }
    m_series->clear();
    m_metAxis->clear();
    m_metAxis->append(categories);
    m_series->append(barSet(tr("Checked-in attendees"), NetworkColor, people));
    setCountRange(m_peopleAxis, people.isEmpty() ? 0 : int(*std::max_element(people.cbegin(), people.cend())));
    m_metAxis->setTitleText(tr("People met · mean %1 · median %2 · met nobody: %3 (%4 of %5)")
                                    .arg(QLocale().toString(network.meanPeopleMet, 'f', 1),
                                         QLocale().toString(network.medianPeopleMet, 'g', 3),
                                         tr("%1%", "a percentage").arg(QLocale().toString(network.metNobodyShare() * 100.0, 'f', 0)), QLocale().toString(network.metNobody),
                                         QLocale().toString(network.checkedIn)));
}

} // namespace mannam
