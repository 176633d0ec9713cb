#include "DashboardSnapshot.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace mannam {

void NetworkFigures::summarise()
{
    checkedIn = 0;
    qint64 peopleMetTotal = 0;
    for (int met = 0; met < checkedInByPeopleMet.size(); ++met) {
        checkedIn += checkedInByPeopleMet.at(met);
        peopleMetTotal += qint64(met) * checkedInByPeopleMet.at(met);
    }
    metNobody = checkedInByPeopleMet.value(0);
    meanPeopleMet = checkedIn > 0 ? double(peopleMetTotal) / checkedIn : 0.0;

    // The median from the distribution: the middle one (or the mean of the two
    // middle ones) of everybody's count, lined up from low to high.
    const auto valueAt = [this](int position) {
        int seen = 0;
        for (int met = 0; met < checkedInByPeopleMet.size(); ++met) {
            seen += checkedInByPeopleMet.at(met);
            if (position < seen)
                return met;
        }
        return 0;
    };
    medianPeopleMet = checkedIn > 0 ? (valueAt((checkedIn - 1) / 2) + valueAt(checkedIn / 2)) / 2.0 : 0.0;
}

QList<KeywordPopularity> tallyKeywordChoices(const QList<BingoKeyword> &pool,
                                             const QList<std::pair<QString, int>> &choices)
{
    QList<KeywordPopularity> tally;
    tally.reserve(pool.size());
    // Case-folded labels (either language) → the pool entries they name.
    QHash<QString, QList<int>> byLabel;
    for (int i = 0; i < pool.size(); ++i) {
        tally << KeywordPopularity{pool.at(i), 0};
        for (const QString &label : {pool.at(i).labelKo, pool.at(i).labelEn}) {
            const QString key = label.toCaseFolded();
            if (!key.isEmpty() && !byLabel.value(key).contains(i))
                byLabel[key] << i;
        }
    }
    for (const auto &[label, count] : choices) {
        for (const int i : byLabel.value(label.trimmed().toCaseFolded()))
            tally[i].chosenBy += count;
    }
    std::stable_sort(tally.begin(), tally.end(),
                     [](const KeywordPopularity &a, const KeywordPopularity &b) { return a.chosenBy > b.chosenBy; });
    return tally;
}

namespace DashboardSeries {

QList<QPointF> steps(const QList<TimeBucket> &buckets)
{
    QList<QPointF> points;
    std::optional<qint64> raisedUntil; // the end of the previous slice while the line is up there
    for (const TimeBucket &bucket : buckets) {
        const qint64 start = bucket.startUtc.toMSecsSinceEpoch();
        const qint64 end = bucket.endUtc().toMSecsSinceEpoch();
        if (raisedUntil != start) {
            if (raisedUntil)
                points << QPointF(double(*raisedUntil), 0);
            points << QPointF(double(start), 0);
        }
        points << QPointF(double(start), bucket.count) << QPointF(double(end), bucket.count);
        raisedUntil = end;
    }
    if (raisedUntil)
        points << QPointF(double(*raisedUntil), 0);
    return points;
}

QList<QPointF> runningTotal(const QList<TimeBucket> &buckets)
{
    QList<QPointF> points;
    qint64 total = 0;
    std::optional<qint64> lastEnd;
    for (const TimeBucket &bucket : buckets) {
        const qint64 start = bucket.startUtc.toMSecsSinceEpoch();
        if (lastEnd != start)
            points << QPointF(double(start), double(total)); // flat across a quiet stretch
        total += bucket.count;
        lastEnd = bucket.endUtc().toMSecsSinceEpoch();
        points << QPointF(double(*lastEnd), double(total));
    }
    return points;
}

int peak(const QList<TimeBucket> &buckets)
{
    int highest = 0;
    for (const TimeBucket &bucket : buckets)
        highest = std::max(highest, bucket.count);
    return highest;
}

} // namespace DashboardSeries

} // namespace mannam
