#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace prime {

// A Prime API user (reference 4.1). Unknown status/role values are kept as text.
struct ApiUser
{
    QString id;
    QString name;
    QString status; // "Enabled", "Disabled" or whatever the server sends
    QStringList roles;

    bool isEnabled() const { return status == QLatin1String("Enabled"); }
    QString role() const { return roles.value(0); }

    // Reads a bare user object.
    static std::optional<ApiUser> fromJson(const QJsonObject &o, QString *error = nullptr);
    // Reads a result that is either the user or {"data": user} (reference 8.12).
    static std::optional<ApiUser> fromResult(const QJsonObject &result, QString *error = nullptr);
    static std::optional<QList<ApiUser>> listFromResult(const QJsonObject &result,
                                                        QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const ApiUser &, const ApiUser &) = default;
};

bool isValidRole(const QString &role);
bool isValidUserStatus(const QString &status);

} // namespace prime
