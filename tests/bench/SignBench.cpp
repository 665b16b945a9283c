#include "Benches.h"

#include "BenchRunner.h"
#include "PrimeTransport.h"
#include "RequestSigner.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <openssl/core_names.h>
#include <openssl/evp.h>

namespace {
const QByteArray kSecret =
    "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

struct Request
{
    QByteArray path;
    quint64 nonce;
    QByteArray body;
};

QList<Request> typicalRequests()
{
    using prime::PrimeTransport;
    const quint64 n = 1764000000000000ULL;
    return {
        {"/0/private/ListPrimeApiUsers", n, PrimeTransport::buildBody(n, {})},
        {"/0/private/ListPrimeApiUserKeys", n + 1,
         PrimeTransport::buildBody(n + 1, {{QStringLiteral("user_id"), QStringLiteral("2T0RXL9B8K5D6")}})},
        {"/0/private/UpdatePrimeApiUserKey", n + 2,
         PrimeTransport::buildBody(n + 2, {{QStringLiteral("user_id"), QStringLiteral("2T0RXL9B8K5D6")},
                                           {QStringLiteral("key_id"), QStringLiteral("3RM9K4ZTC0C00")},
                                           {QStringLiteral("whitelisted_ips"),
                                            QJsonArray{QStringLiteral("192.168.1.1"), QStringLiteral("10.0.0.0/8")}}})},
        {"/0/private/ListPrimeSettlementBatches", n + 3,
         PrimeTransport::buildBody(n + 3, {{QStringLiteral("limit"), 200}, {QStringLiteral("offset"), 400}})},
    };
}

// The fastest plain OpenSSL recipe: a pre-fetched digest and a keyed MAC context
// duplicated per request, base64 by EVP_EncodeBlock.
class FloorSigner
{
public:
    FloorSigner()
    {
        const QByteArray key = QByteArray::fromBase64(kSecret);
        m_md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        m_mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        m_ctx = EVP_MAC_CTX_new(m_mac);
        char digest[] = "SHA512";
        OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                               OSSL_PARAM_construct_end()};
        EVP_MAC_init(m_ctx, reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()), params);
        m_mdctx = EVP_MD_CTX_new();
    }
    ~FloorSigner()
    {
        EVP_MD_CTX_free(m_mdctx);
        EVP_MAC_CTX_free(m_ctx);
        EVP_MAC_free(m_mac);
        EVP_MD_free(m_md);
    }
    size_t sign(const Request &r, unsigned char *out64)
    {
        char digits[24];
        const int nd = std::snprintf(digits, sizeof digits, "%llu", static_cast<unsigned long long>(r.nonce));
        unsigned char sha[32];
        EVP_DigestInit_ex2(m_mdctx, m_md, nullptr);
        EVP_DigestUpdate(m_mdctx, digits, size_t(nd));
        EVP_DigestUpdate(m_mdctx, r.body.constData(), size_t(r.body.size()));
        EVP_DigestFinal_ex(m_mdctx, sha, nullptr);
        EVP_MAC_CTX *c = EVP_MAC_CTX_dup(m_ctx);
        EVP_MAC_update(c, reinterpret_cast<const unsigned char *>(r.path.constData()), size_t(r.path.size()));
        EVP_MAC_update(c, sha, sizeof sha);
        unsigned char mac[64];
        size_t len = 0;
        EVP_MAC_final(c, mac, &len, sizeof mac);
        EVP_MAC_CTX_free(c);
        return size_t(EVP_EncodeBlock(out64, mac, int(len)));
    }

private:
    EVP_MD *m_md = nullptr;
    EVP_MAC *m_mac = nullptr;
    EVP_MAC_CTX *m_ctx = nullptr;
    EVP_MD_CTX *m_mdctx = nullptr;
};
} // namespace

BenchResult benchSigning(bool quick)
{
    const QList<Request> requests = typicalRequests();
    const int perRep = quick ? 20000 : 100000;
    FloorSigner floor;
    const prime::RequestSigner ours{prime::SecretBytes(kSecret)};
    // Both must produce Kraken's signature, or the comparison means nothing.
    unsigned char check[100];
    const size_t n = floor.sign(requests[0], check);
    if (QByteArray(reinterpret_cast<const char *>(check), qsizetype(n))
        != ours.sign(requests[0].path, requests[0].nonce, requests[0].body))
        qFatal("floor and RequestSigner disagree");
    size_t sink = 0;
    auto run = [&](auto &&signOne) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < perRep; ++i)
            sink += signOne(requests[i % requests.size()]);
        return double(t.nsecsElapsed()) / perRep;
    };
    BenchResult r = runInterleaved(
        QStringLiteral("signing"), QStringLiteral("ns/signature"), quick ? 5 : 15,
        [&] { return run([&](const Request &q) { unsigned char out[100]; return floor.sign(q, out); }); },
        [&] { return run([&](const Request &q) { return size_t(ours.sign(q.path, q.nonce, q.body).size()); }); });
    if (sink == 0)
        qFatal("nothing signed");
    return r;
}
