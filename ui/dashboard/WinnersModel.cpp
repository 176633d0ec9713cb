#include "WinnersModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mannam {

WinnersModel::WinnersModel(QObject *parent) : QAbstractTableModel(parent) {}

void WinnersModel::setWinners(const QList<BingoWinner> &winners)
{
    bool samePeople = winners.size() == m_winners.size();
    for (qsizetype row = 0; samePeople && row < winners.size(); ++row)
        samePeople = winners.at(row).attendeeId == m_winners.at(row).attendeeId;
    if (samePeople) {
        m_winners = winners;
        if (!m_winners.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_winners = winners;
    endResetModel();
}

int WinnersModel::rowOf(qint64 attendeeId) const
{
    for (qsizetype row = 0; row < m_winners.size(); ++row) {
        if (m_winners.at(row).attendeeId == attendeeId)
            return int(row);
    }
    return -1;
}

int WinnersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_winners.size());
}

int WinnersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WinnersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BingoWinner &winner = m_winners.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn: return QLocale().toString(winner.rank);
        case NameColumn: return winner.name;
        case AffiliationColumn: return winner.affiliation;
        case WonAtColumn: return localTime(winner.wonAt);
        case PeopleMetColumn: return QLocale().toString(winner.peopleMet);
        case PrizeColumn:
            return winner.prizeGivenAt.isValid() ? handoverText(winner.prizeGivenAt, winner.prizeGivenBy)
                                                 : tr("Not yet");
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RankColumn || index.column() == PeopleMetColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == PrizeColumn && !winner.prizeGivenAt.isValid())
            return QBrush(QColor(0xc6, 0x28, 0x28)); // still to hand over
        break;
    case AttendeeIdRole:
        return winner.attendeeId;
    default:
        break;
    }
    return {};
}

QVariant WinnersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn: return tr("Rank");
    case NameColumn: return tr("Name");
    case AffiliationColumn: return tr("Affiliation");
    case WonAtColumn: return tr("Won at");
    case PeopleMetColumn: return tr("People met");
    case PrizeColumn: return tr("Prize given");
    }
    return {};
}

QString WinnersModel::handoverText(const QDateTime &atUtc, const QString &givenBy)
{
    return tr("%1 · %2", "prize given at (time) · by (desk)").arg(localTime(atUtc), givenBy);
}

QString WinnersModel::localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat) : QString();
}

} // namespace mannam
