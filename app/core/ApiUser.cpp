#include "ApiUser.h"

#include "JsonRead.h"

#include <QJsonArray>

namespace prime {

bool isValidRole(const QString &role)
{
    return role == QLatin1String("Viewer") || role == QLatin1String("Trader");
}

bool isValidUserStatus(const QString &status)
{
    return status == QLatin1String("Enabled") || status == QLatin1String("Disabled");
}

std::optional<ApiUser> ApiUser::fromJson(const QJsonObject &o, QString *error)
{
    ApiUser u;
    auto id = json::requiredString(o, QLatin1StringView("id"), error);
    if (!id)
        return std::nullopt;
    u.id = *id;
    u.name = json::optionalString(o, QLatin1StringView("name"));
    u.status = json::optionalString(o, QLatin1StringView("status"));
    auto roles = json::stringList(o, QLatin1StringView("roles"), false, error);
    if (!roles)
        return std::nullopt;
    u.roles = *roles;
    if (u.roles.isEmpty() && o.value(QLatin1StringView("role")).isString())
        u.roles = QStringList{o.value(QLatin1StringView("role")).toString()};
    return u;
}

std::optional<ApiUser> ApiUser::fromResult(const QJsonObject &result, QString *error)
{
    const QJsonValue data = result.value(QLatin1StringView("data"));
    if (data.isObject())
        return fromJson(data.toObject(), error);
    return fromJson(result, error);
}

std::optional<QList<ApiUser>> ApiUser::listFromResult(const QJsonObject &result, QString *error)
{
    const QJsonValue data = result.value(QLatin1StringView("data"));
    if (!data.isArray()) {
        json::setError(error, QLatin1StringView("data"));
        return std::nullopt;
    }
    const QJsonArray a = data.toArray();
    QList<ApiUser> users;
    users.reserve(a.size());
    for (const QJsonValue &v : a) {
        if (!v.isObject()) {
            json::setError(error, QLatin1StringView("data"));
            return std::nullopt;
        }
        auto u = fromJson(v.toObject(), error);
        if (!u)
            return std::nullopt;
        users.append(std::move(*u));
    }
    return users;
}

QJsonObject ApiUser::toJson() const
{
    return QJsonObject{{QLatin1String("id"), id},
                       {QLatin1String("name"), name},
                       {QLatin1String("status"), status},
                       {QLatin1String("roles"), QJsonArray::fromStringList(roles)}};
}

} // namespace prime
