#pragma once

#include "RecordTableModel.h"

#include <Settlement.h>

namespace prime::models {

// Settlement batches with their progress (legs settled of total); the assets
// column makes them findable with the text filter.
class BatchesModel : public RecordTableModel<Batch>
{
    Q_OBJECT
public:
    enum Column { Id, Status, Confirmed, AssetKind, Created, Updated, Trades, Legs, Progress, Assets, ColumnCount };
    explicit BatchesModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const Batch &batch) const override { return batch.id; }
};

} // namespace prime::models
