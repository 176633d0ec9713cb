#pragma once

#include "bingo/Bingo.h"

#include <QAbstractTableModel>

namespace mannam {

// The bingo winners in rank order for the dashboard's table: rank, name,
// affiliation, when they won (local time), people met, and the prize handover.
class WinnersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, NameColumn, AffiliationColumn, WonAtColumn, PeopleMetColumn, PrizeColumn, ColumnCount };
    static constexpr int AttendeeIdRole = Qt::UserRole + 1;

    explicit WinnersModel(QObject *parent = nullptr);

    // Same people in the same order: the rows are updated in place (selection
    // kept); otherwise the model is reset.
    void setWinners(const QList<BingoWinner> &winners);
    const QList<BingoWinner> &winners() const { return m_winners; }
    int rowOf(qint64 attendeeId) const;   // -1 when not a winner

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "18:42 · Desk 1", or empty when the prize has not been given.
    static QString handoverText(const QDateTime &atUtc, const QString &givenBy);
    static QString localTime(const QDateTime &utc);

private:
    QList<BingoWinner> m_winners;
};

} // namespace mannam
