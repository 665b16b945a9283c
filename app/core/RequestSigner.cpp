#include "RequestSigner.h"

#include <QCoreApplication>

#include <cstdio>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

namespace prime {

struct RequestSigner::MacContext
{
    EVP_MAC *mac = nullptr;
    EVP_MAC_CTX *keyed = nullptr;
    EVP_MD *sha256 = nullptr;
    ~MacContext()
    {
        EVP_MD_free(sha256);
        EVP_MAC_CTX_free(keyed);
        EVP_MAC_free(mac);
    }
};

RequestSigner::RequestSigner(const SecretBytes &base64Secret)
{
    const SecretBytes trimmed = base64Secret.trimmed();
    if (trimmed.isEmpty()) {
        m_error = QCoreApplication::translate("RequestSigner", "The API secret is empty.");
        return;
    }
    const SecretBytes key = trimmed.fromBase64();
    if (key.isEmpty()) {
        m_error = QCoreApplication::translate(
            "RequestSigner",
            "The API secret is not valid base64. Copy the secret exactly as Kraken showed it.");
        return;
    }
    auto ctx = std::make_unique<MacContext>();
    ctx->mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (ctx->mac)
        ctx->keyed = EVP_MAC_CTX_new(ctx->mac);
    ctx->sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (!ctx->keyed || !ctx->sha256) {
        m_error = QCoreApplication::translate("RequestSigner", "OpenSSL has no HMAC implementation.");
        return;
    }
    char digest[] = "SHA512";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                           OSSL_PARAM_construct_end()};
    if (EVP_MAC_init(ctx->keyed, reinterpret_cast<const unsigned char *>(key.constData()),
                     size_t(key.size()), params)
        != 1) {
        m_error = QCoreApplication::translate("RequestSigner", "OpenSSL could not key the HMAC.");
        return;
    }
    m_ctx = ctx.release();
}

RequestSigner::~RequestSigner()
{
    delete m_ctx;
}

QByteArray RequestSigner::sign(QByteArrayView uriPath, quint64 nonce, QByteArrayView body) const
{
    char digits[24];
    const int n = std::snprintf(digits, sizeof digits, "%llu", static_cast<unsigned long long>(nonce));
    return sign(uriPath, QByteArrayView(digits, n), body);
}

QByteArray RequestSigner::sign(QByteArrayView uriPath, QByteArrayView nonceDigits,
                               QByteArrayView body) const
{
    if (!m_ctx)
        return {};
    unsigned char sha[SHA256_DIGEST_LENGTH];
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    const bool hashed = md && EVP_DigestInit_ex2(md, m_ctx->sha256, nullptr) == 1
                        && EVP_DigestUpdate(md, nonceDigits.data(), size_t(nonceDigits.size())) == 1
                        && EVP_DigestUpdate(md, body.data(), size_t(body.size())) == 1
                        && EVP_DigestFinal_ex(md, sha, nullptr) == 1;
    EVP_MD_CTX_free(md);
    if (!hashed)
        return {};

    EVP_MAC_CTX *ctx = EVP_MAC_CTX_dup(m_ctx->keyed);
    if (!ctx)
        return {};
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outLen = 0;
    const bool ok = EVP_MAC_update(ctx, reinterpret_cast<const unsigned char *>(uriPath.data()),
                                   size_t(uriPath.size())) == 1
                    && EVP_MAC_update(ctx, sha, sizeof sha) == 1
                    && EVP_MAC_final(ctx, out, &outLen, sizeof out) == 1;
    EVP_MAC_CTX_free(ctx);
    if (!ok)
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(outLen)).toBase64();
}

bool RequestSigner::verify(QByteArrayView uriPath, QByteArrayView nonceDigits, QByteArrayView body,
                           QByteArrayView apiSign) const
{
    const QByteArray expected = sign(uriPath, nonceDigits, body);
    if (expected.isEmpty() || expected.size() != apiSign.size())
        return false;
    return CRYPTO_memcmp(expected.constData(), apiSign.data(), size_t(expected.size())) == 0;
}

} // namespace prime
