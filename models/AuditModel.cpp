#include "AuditModel.h"

#include "Format.h"

#include "RecordTableModel.h"

namespace prime::models {

AuditModel::AuditModel(QObject *parent) : QAbstractTableModel(parent) {}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AuditModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AuditModel::append(const AuditEntry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == IdRole)
        return index.row();
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        if (role == SortRole)
            return e.time.toMSecsSinceEpoch();
        return formatTime(e.time.toMSecsSinceEpoch());
    case Profile:
        return e.profile;
    case Operation:
        return e.operation;
    case Targets:
        return e.targets.join(QStringLiteral(", "));
    case Outcome:
        switch (e.outcome) {
        case AuditEntry::Outcome::Succeeded:
            return tr("Succeeded");
        case AuditEntry::Outcome::Failed:
            return tr("Failed");
        case AuditEntry::Outcome::Unknown:
            return tr("Unknown: re-read");
        }
        return {};
    case Detail:
        return e.detail;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Profile:
        return tr("Profile");
    case Operation:
        return tr("Operation");
    case Targets:
        return tr("Targets");
    case Outcome:
        return tr("Outcome");
    case Detail:
        return tr("Detail");
    }
    return {};
}

} // namespace prime::models
