// Fuzz entry (libFuzzer target and corpus replay test): the sandbox's request
// handling. Any bytes go through authentication (unknown key, and the admin key
// with a valid signature whenever the bytes carry a nonce), then, as JSON
// parameters, to the operation chosen by the first byte, on a demo account.
#include "Auth.h"
#include "DemoSeed.h"
#include "Handlers.h"
#include "RequestSigner.h"
#include "SandboxClock.h"
#include "SandboxState.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace prime;
using namespace prime::sandbox;

void fuzzSandboxRequest(const QByteArray &bytes)
{
    SandboxClock clock(1700000000000LL, 1.0);
    clock.setFrozen(true);
    SandboxState state(&clock, {});
    seedDemo(state);
    SecretBytes secret;
    KeyRecord &admin = state.addKey(KeyRecord::Kind::Admin, QString(), &secret);
    const QByteArray publicKey = admin.publicKey.toLatin1();

    Authenticator auth({});
    const QByteArray path = "/0/private/ListPrimeApiUsers";
    (void)auth.check(state, path, "unknown-key", "c2ln", bytes);
    (void)auth.check(state, path, publicKey, "c2ln", bytes);
    if (const auto nonce = Authenticator::rawNonce(bytes)) {
        const RequestSigner signer(secret);
        const auto outcome = auth.check(state, path, publicKey, signer.sign(path, *nonce, bytes), bytes);
        if (outcome.key)
            (void)listUsers(state, outcome.params);
    }

    if (bytes.isEmpty())
        return;
    const QList<Operation> &ops = privateOperations();
    const Operation &op = ops.at(uchar(bytes.at(0)) % ops.size());
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(1));
    if (!doc.isObject())
        return;
    const Reply reply = op.handler(state, doc.object());
    (void)QJsonDocument(reply.result).toJson(QJsonDocument::Compact);
    state.process(clock.nowMs() + 60000);
    (void)state.save();
}

#ifdef PRIME_LIBFUZZER
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzSandboxRequest(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
#endif
