#include "BatchesModel.h"

#include "Format.h"

namespace prime::models {

BatchesModel::BatchesModel(QObject *parent) : RecordTableModel<Batch>(parent) {}

int BatchesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchesModel::data(const QModelIndex &index, int role) const
{
    if (!isRecordIndex(index))
        return {};
    const Batch &b = record(index.row());
    if (role == IdRole)
        return b.id;
    const bool sort = role == SortRole;
    if (role == Qt::DisplayRole || sort || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Id:
            return b.id;
        case Status:
            return sort ? b.status : formatStatus(b.status);
        case Confirmed:
            if (sort)
                return b.confirmed;
            return b.confirmed ? tr("Yes") : tr("Not yet");
        case AssetKind:
            return formatStatus(b.assetKind);
        case Created:
            return sort ? QVariant(b.createdAt) : QVariant(formatTime(b.createdAt));
        case Updated:
            return sort ? QVariant(b.updatedAt) : QVariant(formatTime(b.updatedAt));
        case Trades:
            return sort ? QVariant(b.tradeCount) : QVariant(QString::number(b.tradeCount));
        case Legs:
            if (sort || role == Qt::DisplayRole)
                return sort ? QVariant(int(b.legs.size())) : QVariant(QString::number(b.legs.size()));
            [[fallthrough]];
        case Assets: {
            QStringList assets;
            for (const Leg &leg : b.legs)
                assets.append(leg.asset);
            return assets.join(QStringLiteral(", "));
        }
        case Progress:
            if (sort)
                return b.legs.isEmpty() ? 1.0 : double(b.settledLegCount()) / double(b.legs.size());
            //: Settled legs of all legs of the batch, e.g. "2 / 5"
            return tr("%1 / %2").arg(b.settledLegCount()).arg(b.legs.size());
        }
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == Trades || index.column() == Legs))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    // "2 / 5" read aloud says little: screen readers get it in words.
    if (role == Qt::AccessibleTextRole && index.column() == Progress)
        //: Read by screen readers for the "Settled" column, e.g. "2 of 5 legs settled" ("leg" = one asset's part of a settlement batch)
        return tr("%1 of %n leg(s) settled", nullptr, int(b.legs.size())).arg(b.settledLegCount());
    return {};
}

QVariant BatchesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
        return tr("Batch id");
    case Status:
        return tr("Status");
    case Confirmed:
        return tr("Confirmed");
    case AssetKind:
        return tr("Asset kind");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case Trades:
        return tr("Trades");
    case Legs:
        //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing)
        return tr("Legs");
    case Progress:
        //: Column header: how many of the batch's legs are settled, shown as "2 / 5" ("leg" = one asset's part of a settlement batch)
        return tr("Settled");
    case Assets:
        return tr("Assets");
    }
    return {};
}

} // namespace prime::models
