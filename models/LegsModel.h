#pragma once

#include "RecordTableModel.h"

#include <Settlement.h>

namespace prime::models {

// The per-asset legs of one batch, keyed by asset.
class LegsModel : public RecordTableModel<Leg>
{
    Q_OBJECT
public:
    enum Column { Asset, Direction, Amount, Status, CanSettle, SettledAt, Transfer, ColumnCount };
    explicit LegsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Shows the legs of `batchId`: a different batch is a full reload, the
    // same batch is updated in place.
    void showBatch(const QString &batchId, const QList<Leg> &legs);
    const QString &batchId() const { return m_batchId; }

protected:
    QString keyOf(const Leg &leg) const override { return leg.asset; }

private:
    QString m_batchId;
};

} // namespace prime::models
