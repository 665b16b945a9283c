#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Small strict readers shared by the record parsers. Each sets *error to the
// offending field name on failure so callers can report "Invalid arguments:field"
// or "unexpected answer: field".
namespace prime::json {

std::optional<QString> requiredString(const QJsonObject &o, QLatin1StringView key, QString *error);
QString optionalString(const QJsonObject &o, QLatin1StringView key);
std::optional<QStringList> stringList(const QJsonObject &o, QLatin1StringView key, bool required,
                                      QString *error);
// Integers written as JSON numbers (or decimal strings); never accepts fractions.
std::optional<qint64> optionalInt(const QJsonObject &o, QLatin1StringView key, QString *error);
// A decimal amount: a JSON string of digits with optional sign and point (numbers
// are accepted only when the server sends them as integers: never through double).
std::optional<QString> decimalString(const QJsonObject &o, QLatin1StringView key, QString *error);
bool isDecimalString(const QString &s);
void setError(QString *error, QLatin1StringView key);

} // namespace prime::json
