#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace prime::sandbox {

// Strict reading of a request's parameters. The first problem wins and becomes
// "EGeneral:Invalid arguments:<field>"; unknown members are refused too (except
// `otp`), so a client's misspelt field never passes silently.
class Args
{
public:
    Args(const QJsonObject &params, std::initializer_list<const char *> allowed);

    bool has(const char *name) const;
    // Absent optional fields give nullopt; present fields must have the right type.
    std::optional<QString> string(const char *name, bool required, int maxLength = 128);
    std::optional<QString> enumValue(const char *name, const QStringList &allowed, bool required);
    std::optional<QStringList> stringList(const char *name, bool required, int maxCount = 100);
    std::optional<qint64> integer(const char *name, qint64 min, qint64 max);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const char *name);

private:
    QJsonObject m_params;
    QString m_error;
};

} // namespace prime::sandbox
