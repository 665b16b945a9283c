#include "Auth.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace prime::sandbox {

std::optional<QByteArray> Authenticator::rawNonce(const QByteArray &json)
{
    // Called only on text QJsonDocument accepted as an object, so a small scanner
    // that tracks strings and nesting depth is enough.
    std::optional<QByteArray> found;
    int depth = 0;
    bool expectKey = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype start = ++i;
            while (i < json.size() && json[i] != '"')
                i += json[i] == '\\' ? 2 : 1;
            if (depth == 1 && expectKey) {
                const QByteArray key = json.mid(start, i - start);
                expectKey = false;
                if (key != "nonce")
                    continue;
                qsizetype j = json.indexOf(':', i) + 1;
                while (j < json.size() && (json[j] == ' ' || json[j] == '\t' || json[j] == '\n' || json[j] == '\r'))
                    ++j;
                qsizetype end = j;
                while (end < json.size() && json[end] >= '0' && json[end] <= '9')
                    ++end;
                const QByteArray digits = json.mid(j, end - j);
                const char next = end < json.size() ? json[end] : '\0';
                bool ok = false;
                digits.toULongLong(&ok);
                const bool plain = ok && !digits.isEmpty() && (digits.size() == 1 || digits[0] != '0')
                                   && next != '.' && next != 'e' && next != 'E';
                if (found || !plain)
                    return std::nullopt;
                found = digits;
            }
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return found;
}

QString Authenticator::fail(const QByteArray &apiKey, qint64 now, const char *error)
{
    // Unknown keys are tracked too; forget stale ones so a flood of made-up keys
    // cannot grow the table without bound.
    if (m_failures.size() > 4096) {
        m_failures.removeIf([&](const auto &it) {
            return it.value().lockedUntil <= now && now - it.value().windowStart > m_limits.windowMs;
        });
    }
    Failures &f = m_failures[apiKey.left(128)];
    if (now - f.windowStart > m_limits.windowMs) {
        f.windowStart = now;
        f.count = 0;
    }
    if (++f.count >= m_limits.failureThreshold) {
        f.lockedUntil = now + m_limits.lockoutMs;
        f.count = 0;
    }
    return QString::fromLatin1(error);
}

Authenticator::Outcome Authenticator::check(SandboxState &state, QByteArrayView uriPath,
                                            const QByteArray &apiKey, const QByteArray &apiSign,
                                            const QByteArray &body)
{
    Outcome out;
    const qint64 now = state.now();
    if (auto it = m_failures.constFind(apiKey.left(128)); it != m_failures.cend() && now < it->lockedUntil) {
        out.error = QStringLiteral("EGeneral:Temporary lockout");
        return out;
    }
    KeyRecord *key = apiKey.isEmpty() ? nullptr : state.keyByPublic(QString::fromLatin1(apiKey));
    if (!key) {
        out.error = fail(apiKey, now, "EAPI:Invalid key");
        return out;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = QStringLiteral("EGeneral:Invalid arguments");
        return out;
    }
    const auto nonce = rawNonce(body);
    if (!nonce) {
        out.error = QStringLiteral("EGeneral:Invalid arguments:nonce");
        return out;
    }
    if (!key->signer || !key->signer->verify(uriPath, *nonce, body, apiSign)) {
        out.error = fail(apiKey, now, "EAPI:Invalid signature");
        return out;
    }
    const quint64 value = nonce->toULongLong();
    if (value <= key->lastNonce) {
        out.error = fail(apiKey, now, "EAPI:Invalid nonce");
        return out;
    }
    key->lastNonce = value;
    out.key = key;
    out.params = doc.object();
    out.params.remove(QStringLiteral("nonce"));
    return out;
}

} // namespace prime::sandbox
