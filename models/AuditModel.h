#pragma once

#include <AuditLog.h>

#include <QAbstractTableModel>

namespace prime::models {

// The audit log for viewing: entries only ever get appended.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Profile, Operation, Targets, Outcome, Detail, ColumnCount };
    explicit AuditModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setEntries(const QList<AuditEntry> &entries);
    void append(const AuditEntry &entry);

private:
    QList<AuditEntry> m_entries;
};

} // namespace prime::models
