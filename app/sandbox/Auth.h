#pragma once

#include "SandboxState.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace prime::sandbox {

// Kraken's REST authentication, checked in Kraken's order: lockout, key, body,
// signature, nonce. Repeated failures (invalid key, signature or nonce) for one
// API-Key value lock it out for a while (sandbox clock).
class Authenticator
{
public:
    struct Limits
    {
        int failureThreshold = 8;     // failures within the window that trigger a lockout
        qint64 windowMs = 60000;
        qint64 lockoutMs = 15 * 60000; // Kraken support: "about 15 minutes"
    };
    struct Outcome
    {
        KeyRecord *key = nullptr; // set on success
        QString error;            // the Kraken error string otherwise
        QJsonObject params;       // the parsed body on success
    };

    explicit Authenticator(Limits limits) : m_limits(limits) {}
    Outcome check(SandboxState &state, QByteArrayView uriPath, const QByteArray &apiKey,
                  const QByteArray &apiSign, const QByteArray &body);

    // The digits of the top-level "nonce" member exactly as written (QJsonDocument
    // would round large integers through double). nullopt unless it occurs once
    // as a plain unsigned integer.
    static std::optional<QByteArray> rawNonce(const QByteArray &json);

private:
    struct Failures { int count = 0; qint64 windowStart = 0; qint64 lockedUntil = 0; };
    QString fail(const QByteArray &apiKey, qint64 now, const char *error);

    Limits m_limits;
    QHash<QByteArray, Failures> m_failures;
};

} // namespace prime::sandbox
