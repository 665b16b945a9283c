#include "ApiKey.h"

#include "JsonRead.h"

#include <QJsonArray>

namespace prime {

std::optional<ApiKey> ApiKey::fromJson(const QJsonObject &o, QString *error)
{
    ApiKey k;
    auto id = json::requiredString(o, QLatin1StringView("id"), error);
    if (!id)
        return std::nullopt;
    k.id = *id;
    k.publicKey = json::optionalString(o, QLatin1StringView("api_key"));
    if (k.publicKey.isEmpty())
        k.publicKey = json::optionalString(o, QLatin1StringView("key"));
    k.userId = json::optionalString(o, QLatin1StringView("user_id"));
    auto permissions = json::stringList(o, QLatin1StringView("permissions"), false, error);
    auto ips = json::stringList(o, QLatin1StringView("whitelisted_ips"), false, error);
    if (!permissions || !ips)
        return std::nullopt;
    k.permissions = *permissions;
    k.whitelistedIps = *ips;
    QString intError;
    k.updatedAt = json::optionalInt(o, QLatin1StringView("updated_at"), &intError);
    if (!intError.isEmpty()) {
        json::setError(error, QLatin1StringView("updated_at"));
        return std::nullopt;
    }
    return k;
}

std::optional<QList<ApiKey>> ApiKey::listFromResult(const QJsonObject &result, QString *error)
{
    const QJsonValue data = result.value(QLatin1StringView("data"));
    if (!data.isArray()) {
        json::setError(error, QLatin1StringView("data"));
        return std::nullopt;
    }
    QList<ApiKey> keys;
    for (const QJsonValue &v : data.toArray()) {
        auto k = v.isObject() ? fromJson(v.toObject(), error) : std::nullopt;
        if (!k) {
            json::setError(error, QLatin1StringView("data"));
            return std::nullopt;
        }
        keys.append(std::move(*k));
    }
    return keys;
}

QJsonObject ApiKey::toJson(PublicKeyField field) const
{
    QJsonObject o{{QLatin1String("id"), id},
                  {field == PublicKeyField::Key ? QLatin1String("key") : QLatin1String("api_key"),
                   publicKey},
                  {QLatin1String("user_id"), userId},
                  {QLatin1String("permissions"), QJsonArray::fromStringList(permissions)},
                  {QLatin1String("whitelisted_ips"), QJsonArray::fromStringList(whitelistedIps)}};
    if (updatedAt)
        o.insert(QLatin1String("updated_at"), *updatedAt);
    return o;
}

std::optional<CreatedKey> CreatedKey::fromResult(const QJsonObject &result, QString *error)
{
    auto key = ApiKey::fromJson(result, error);
    if (!key)
        return std::nullopt;
    const QJsonValue secret = result.value(QLatin1StringView("api_secret"));
    if (!secret.isString() || secret.toString().isEmpty()) {
        json::setError(error, QLatin1StringView("api_secret"));
        return std::nullopt;
    }
    QByteArray bytes = secret.toString().toLatin1();
    return CreatedKey{std::move(*key), SecretBytes::adopt(bytes)};
}

} // namespace prime
