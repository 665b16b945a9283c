#include "KeysModel.h"

#include "Format.h"

#include <QFont>
#include <QSet>

namespace prime::models {

KeysModel::KeysModel(QObject *parent) : RecordTableModel<ApiKey>(parent) {}

QString KeysModel::keyOf(const ApiKey &key) const
{
    return key.userId + QLatin1Char('/') + key.id;
}

int KeysModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void KeysModel::setKeysForUser(const QString &userId, const QList<ApiKey> &keys)
{
    QSet<QString> incoming;
    for (ApiKey k : keys) {
        if (k.userId.isEmpty())
            k.userId = userId;
        incoming.insert(keyOf(k));
    }
    for (int row = rowCount() - 1; row >= 0; --row) {
        const ApiKey &k = record(row);
        if (k.userId == userId && !incoming.contains(keyOf(k)))
            removeRecordAt(row);
    }
    for (ApiKey k : keys) {
        if (k.userId.isEmpty())
            k.userId = userId;
        upsert(k);
    }
}

void KeysModel::retainUsers(const QStringList &userIds)
{
    const QSet<QString> keep(userIds.cbegin(), userIds.cend());
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (!keep.contains(record(row).userId))
            removeRecordAt(row);
    }
}

void KeysModel::setUserNames(const QHash<QString, QString> &names)
{
    if (names == m_userNames)
        return;
    m_userNames = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, User), index(rowCount() - 1, User));
}

void KeysModel::setKeysWithSecret(const QSet<QString> &ids)
{
    const QSet<QString> old = std::exchange(m_withSecret, ids);
    for (int row = 0; row < rowCount(); ++row) {
        const QString key = keyOf(record(row));
        if (old.contains(key) != ids.contains(key))
            emit dataChanged(index(row, Secret), index(row, Secret));
    }
}

QVariant KeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKey &k = record(index.row());
    if (role == IdRole)
        return keyOf(k);
    if (role == UserIdRole)
        return k.userId;
    const bool display = role == Qt::DisplayRole;
    if (display || role == SortRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KeyId:
            return k.id;
        case User: {
            const QString name = m_userNames.value(k.userId);
            if (role == Qt::ToolTipRole)
                return k.userId;
            return name.isEmpty() ? k.userId : name;
        }
        case PublicKey:
            return display ? elideMiddle(k.publicKey) : k.publicKey;
        case Permissions:
            return display ? k.permissions.join(QStringLiteral(", "))
                           : k.permissions.join(QLatin1Char('\n'));
        case AllowList:
            if (role == Qt::ToolTipRole)
                return k.whitelistedIps.isEmpty() ? allowListSummary({})
                                                  : k.whitelistedIps.join(QLatin1Char('\n'));
            if (role == SortRole)
                return int(k.whitelistedIps.size());
            return allowListSummary(k.whitelistedIps);
        case Updated:
            if (role == SortRole)
                return k.updatedAt.value_or(0);
            return formatTime(k.updatedAt);
        case Secret: {
            const bool held = m_withSecret.contains(keyOf(k));
            if (role == SortRole)
                return held ? 1 : 0;
            if (role == Qt::ToolTipRole)
                return held ? tr("This computer's keychain holds the secret of this key.")
                            : tr("The secret of this key is not in this keychain.");
            return held ? tr("✔ in keychain") : tr("—");
        }
        }
    }
    // Screen readers say the secret marker in words, not as a check mark or a dash.
    if (role == Qt::AccessibleTextRole && index.column() == Secret)
        return m_withSecret.contains(keyOf(k)) ? tr("Secret in this keychain") : tr("Secret not in this keychain");
    if (role == Qt::FontRole && index.column() == PublicKey) {
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        return mono;
    }
    return {};
}

QVariant KeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyId:
        return tr("Key id");
    case User:
        return tr("User");
    case PublicKey:
        return tr("Public key");
    case Permissions:
        return tr("Permissions");
    case AllowList:
        //: "allow-list" = the IP addresses and ranges from which an API key may be used
        return tr("IP allow-list");
    case Updated:
        return tr("Updated");
    case Secret:
        return tr("Secret");
    }
    return {};
}

} // namespace prime::models
