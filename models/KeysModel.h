#pragma once

#include "RecordTableModel.h"

#include <ApiKey.h>

namespace prime::models {

// API keys of one or all users, keyed by user and key id. Keys arrive one user
// at a time (ListPrimeApiUserKeys takes a user id), so updates are per user.
class KeysModel : public RecordTableModel<ApiKey>
{
    Q_OBJECT
public:
    enum Column { KeyId, User, PublicKey, Permissions, AllowList, Updated, ColumnCount };
    enum { UserIdRole = IdRole + 1 };
    explicit KeysModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Replaces the keys of `userId` (fine-grained) and leaves other users' keys alone.
    void setKeysForUser(const QString &userId, const QList<ApiKey> &keys);
    // Drops the keys of users no longer in `userIds`.
    void retainUsers(const QStringList &userIds);
    // Display names for the User column; ids are shown where a name is unknown.
    void setUserNames(const QHash<QString, QString> &names);

protected:
    QString keyOf(const ApiKey &key) const override;

private:
    QHash<QString, QString> m_userNames;
};

} // namespace prime::models
