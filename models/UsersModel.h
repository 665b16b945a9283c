#pragma once

#include "RecordTableModel.h"

#include <ApiUser.h>

namespace prime::models {

// API users: name, id, role, status and how many keys each has.
class UsersModel : public RecordTableModel<ApiUser>
{
    Q_OBJECT
public:
    enum Column { Name, Id, Role, Status, Keys, ColumnCount };
    explicit UsersModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The key count is learnt from a separate call; -1 means not known yet.
    void setKeyCount(const QString &userId, int count);
    int keyCount(const QString &userId) const { return m_keyCounts.value(userId, -1); }
    QString userName(const QString &userId) const;

protected:
    QString keyOf(const ApiUser &user) const override { return user.id; }

private:
    QHash<QString, int> m_keyCounts;
};

} // namespace prime::models
