#pragma once

#include "SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace prime {

// The one place that computes Kraken's API-Sign:
//   base64(HMAC-SHA512(base64decode(secret), uri_path + SHA256(nonce_digits + body)))
// The secret is decoded once and kept in a keyed OpenSSL MAC context; each
// signature duplicates that context, so signing costs one HMAC update, not a rekey.
class RequestSigner
{
public:
    explicit RequestSigner(const SecretBytes &base64Secret);
    ~RequestSigner();
    RequestSigner(const RequestSigner &) = delete;
    RequestSigner &operator=(const RequestSigner &) = delete;

    bool isValid() const { return m_ctx != nullptr; }
    // Why the signer is not valid (invalid base64 secret, OpenSSL failure).
    QString errorString() const { return m_error; }

    // Returns the base64 API-Sign for exactly these bytes; empty if !isValid().
    QByteArray sign(QByteArrayView uriPath, quint64 nonce, QByteArrayView body) const;
    // Same, with the nonce as given in the request (its decimal digits).
    QByteArray sign(QByteArrayView uriPath, QByteArrayView nonceDigits, QByteArrayView body) const;

    // Constant-time comparison of a received API-Sign against the expected one.
    bool verify(QByteArrayView uriPath, QByteArrayView nonceDigits, QByteArrayView body,
                QByteArrayView apiSign) const;

private:
    struct MacContext;
    MacContext *m_ctx = nullptr;
    QString m_error;
};

} // namespace prime
