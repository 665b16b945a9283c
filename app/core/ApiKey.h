#pragma once

#include "SecretBytes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace prime {

// A Prime API user key (reference 4.2). The public key arrives as `api_key`
// (Create/Update) or `key` (List): both are read.
struct ApiKey
{
    QString id;
    QString publicKey;
    QString userId;
    QStringList permissions;
    QStringList whitelistedIps;
    std::optional<qint64> updatedAt;

    enum class PublicKeyField { ApiKey, Key };

    static std::optional<ApiKey> fromJson(const QJsonObject &o, QString *error = nullptr);
    static std::optional<QList<ApiKey>> listFromResult(const QJsonObject &result,
                                                       QString *error = nullptr);
    QJsonObject toJson(PublicKeyField field = PublicKeyField::ApiKey) const;

    friend bool operator==(const ApiKey &, const ApiKey &) = default;
};

// The answer of CreatePrimeApiUserKey: the key plus its one-time secret.
struct CreatedKey
{
    ApiKey key;
    SecretBytes secret; // base64 as Kraken returns it

    static std::optional<CreatedKey> fromResult(const QJsonObject &result, QString *error = nullptr);
};

} // namespace prime
