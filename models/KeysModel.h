#pragma once

#include "RecordTableModel.h"

#include <ApiKey.h>

#include <QSet>

namespace prime::models {

// API keys of one or all users, keyed by user and key id. Keys arrive one user
// at a time (ListPrimeApiUserKeys takes a user id), so updates are per user.
class KeysModel : public RecordTableModel<ApiKey>
{
    Q_OBJECT
public:
    enum Column { KeyId, User, PublicKey, Permissions, AllowList, Updated, Secret, ColumnCount };
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
    // Which keys this keychain holds the secret of, as "<user id>/<key id>" (the IdRole
    // value); only rows whose marker changes emit dataChanged.
    void setKeysWithSecret(const QSet<QString> &ids);
    bool holdsSecret(int row) const { return m_withSecret.contains(keyOf(record(row))); }

protected:
    QString keyOf(const ApiKey &key) const override;

private:
    QHash<QString, QString> m_userNames;
    QSet<QString> m_withSecret;
};

} // namespace prime::models
