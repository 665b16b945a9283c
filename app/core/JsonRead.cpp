#include "JsonRead.h"

namespace prime::json {

void setError(QString *error, QLatin1StringView key)
{
    if (error && error->isEmpty())
        *error = QString(key);
}

std::optional<QString> requiredString(const QJsonObject &o, QLatin1StringView key, QString *error)
{
    const QJsonValue v = o.value(key);
    if (!v.isString()) {
        setError(error, key);
        return std::nullopt;
    }
    return v.toString();
}

QString optionalString(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

std::optional<QStringList> stringList(const QJsonObject &o, QLatin1StringView key, bool required,
                                      QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            setError(error, key);
            return std::nullopt;
        }
        return QStringList();
    }
    if (!v.isArray()) {
        setError(error, key);
        return std::nullopt;
    }
    QStringList out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &item : a) {
        if (!item.isString()) {
            setError(error, key);
            return std::nullopt;
        }
        out.append(item.toString());
    }
    return out;
}

std::optional<qint64> optionalInt(const QJsonObject &o, QLatin1StringView key, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        if (i == std::numeric_limits<qint64>::min() && d != double(i)) {
            setError(error, key);
            return std::nullopt;
        }
        return i;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 i = v.toString().toLongLong(&ok);
        if (ok)
            return i;
    }
    setError(error, key);
    return std::nullopt;
}

bool isDecimalString(const QString &s)
{
    qsizetype i = 0;
    if (i < s.size() && (s[i] == QLatin1Char('-') || s[i] == QLatin1Char('+')))
        ++i;
    bool digits = false;
    bool point = false;
    for (; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits = true;
        else if (c == QLatin1Char('.') && !point)
            point = true;
        else
            return false;
    }
    return digits;
}

std::optional<QString> decimalString(const QJsonObject &o, QLatin1StringView key, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isString()) {
        QString s = v.toString(); // each toString() is a fresh copy: take one
        if (isDecimalString(s))
            return s;
    } else if (v.isDouble()) {
        // Only integral numbers are exact; fractions would have passed through double.
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        if (i != std::numeric_limits<qint64>::min())
            return QString::number(i);
    }
    setError(error, key);
    return std::nullopt;
}

} // namespace prime::json
