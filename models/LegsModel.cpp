#include "LegsModel.h"

#include "Format.h"

#include <AssetAmount.h>

namespace prime::models {

LegsModel::LegsModel(QObject *parent) : RecordTableModel<Leg>(parent) {}

int LegsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void LegsModel::showBatch(const QString &batchId, const QList<Leg> &legs)
{
    if (batchId != m_batchId) {
        m_batchId = batchId;
        resetRecords(legs);
    } else {
        setRecords(legs);
    }
}

QVariant LegsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Leg &l = record(index.row());
    if (role == IdRole)
        return l.asset;
    const bool sort = role == SortRole;
    if (role == Qt::DisplayRole || sort || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Asset:
            return l.asset;
        case Direction:
            return sort ? l.direction : formatStatus(l.direction);
        case Amount:
            // Decimal strings end to end: shown with the asset's precision (padded,
            // never rounded), sorted by a digit key, never through double.
            if (sort)
                return decimalSortKey(l.amount);
            if (role == Qt::ToolTipRole)
                return tr("Exactly %1 %2, as Kraken sent it").arg(l.amount, l.asset);
            return formatAmount(l.amount, l.asset);
        case Status:
            return sort ? l.status : formatStatus(l.status);
        case CanSettle:
            if (sort)
                return l.canSettle;
            return l.canSettle ? tr("Yes") : tr("No");
        case SettledAt:
            return sort ? QVariant(l.settledAt.value_or(0)) : QVariant(formatTime(l.settledAt));
        case Transfer:
            if (l.latestTransfer.isEmpty())
                return QString();
            if (sort)
                return l.latestTransfer.status;
            return tr("%1 (%2)").arg(l.latestTransfer.id, formatStatus(l.latestTransfer.status));
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LegsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Asset:
        return tr("Asset");
    case Direction:
        return tr("Direction");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    case CanSettle:
        //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        return tr("Can settle");
    case SettledAt:
        //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        return tr("Settled at");
    case Transfer:
        return tr("Latest transfer");
    }
    return {};
}

} // namespace prime::models
