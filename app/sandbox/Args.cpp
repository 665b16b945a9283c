#include "Args.h"

#include <QJsonArray>

#include <cmath>

namespace prime::sandbox {

Args::Args(const QJsonObject &params, std::initializer_list<const char *> allowed) : m_params(params)
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (it.key() == QLatin1String("otp"))
            continue;
        bool known = false;
        for (const char *a : allowed)
            known = known || it.key() == QLatin1String(a);
        if (!known) {
            m_error = QStringLiteral("EGeneral:Invalid arguments:") + it.key().left(64);
            return;
        }
    }
}

void Args::fail(const char *name)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("EGeneral:Invalid arguments:") + QLatin1String(name);
}

bool Args::has(const char *name) const
{
    return m_params.contains(QLatin1String(name));
}

std::optional<QString> Args::string(const char *name, bool required, int maxLength)
{
    const QJsonValue v = m_params.value(QLatin1String(name));
    if (v.isUndefined() && !required)
        return std::nullopt;
    const QString s = v.toString();
    if (!v.isString() || s.trimmed().isEmpty() || s.size() > maxLength) {
        fail(name);
        return std::nullopt;
    }
    return s;
}

std::optional<QString> Args::enumValue(const char *name, const QStringList &allowed, bool required)
{
    auto s = string(name, required);
    if (s && !allowed.contains(*s)) {
        fail(name);
        return std::nullopt;
    }
    return s;
}

std::optional<QStringList> Args::stringList(const char *name, bool required, int maxCount)
{
    const QJsonValue v = m_params.value(QLatin1String(name));
    if (v.isUndefined() && !required)
        return std::nullopt;
    if (!v.isArray() || v.toArray().size() > maxCount) {
        fail(name);
        return std::nullopt;
    }
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString() || e.toString().size() > 128) {
            fail(name);
            return std::nullopt;
        }
        out.append(e.toString());
    }
    return out;
}

std::optional<qint64> Args::integer(const char *name, qint64 min, qint64 max)
{
    const QJsonValue v = m_params.value(QLatin1String(name));
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble();
    // Integers only: 1.5 or 1e3 written as fractions/exponents of non-integers are refused.
    if (!v.isDouble() || std::trunc(d) != d || d < double(min) || d > double(max)) {
        fail(name);
        return std::nullopt;
    }
    return v.toInteger();
}

} // namespace prime::sandbox
