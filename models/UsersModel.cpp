#include "UsersModel.h"

#include "Format.h"

#include <QBrush>
#include <QPalette>

namespace prime::models {

UsersModel::UsersModel(QObject *parent) : RecordTableModel<ApiUser>(parent) {}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsersModel::userName(const QString &userId) const
{
    const int row = rowOf(userId);
    return row < 0 ? QString() : record(row).name;
}

void UsersModel::setKeyCount(const QString &userId, int count)
{
    if (m_keyCounts.value(userId, -1) == count)
        return;
    m_keyCounts.insert(userId, count);
    const int row = rowOf(userId);
    if (row >= 0)
        emit dataChanged(index(row, Keys), index(row, Keys));
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!isRecordIndex(index))
        return {};
    const ApiUser &u = record(index.row());
    if (role == IdRole)
        return u.id;
    if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return u.name;
        case Id:
            return u.id;
        case Role:
            return u.roles.join(QStringLiteral(", "));
        case Status:
            return role == SortRole ? QVariant(u.status) : QVariant(formatStatus(u.status));
        case Keys: {
            // Looked up here only: sorting and filtering call data() for every cell.
            const int keys = m_keyCounts.value(u.id, -1);
            if (role == SortRole)
                return keys;
            return keys < 0 ? QString() : QString::number(keys);
        }
        }
    }
    // Disabled users read as such at a glance.
    if (role == Qt::ForegroundRole && !u.isEnabled())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Id:
        return tr("User id");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Keys:
        return tr("Keys");
    }
    return {};
}

} // namespace prime::models
