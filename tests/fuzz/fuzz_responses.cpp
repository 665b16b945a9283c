// Fuzz entry (libFuzzer target and corpus replay test): everything the client reads from the network. Any bytes, as a
// 200 or 5xx answer to a read or a mutation, then every typed parser on the result.
#include "ApiKey.h"
#include "ApiUser.h"
#include "ResponseEnvelope.h"
#include "Settlement.h"

#include <cstddef>
#include <cstdint>

using namespace prime;

void fuzzResponses(const QByteArray &bytes)
{
    for (const int status : {200, 502}) {
        for (const bool mutation : {false, true}) {
            const ResponseEnvelope envelope = ResponseEnvelope::parse(status, bytes, mutation);
            (void)envelope.error.message();
            (void)envelope.error.details();
            if (envelope.error.isError())
                continue;
            const QJsonObject &r = envelope.result;
            QString error;
            (void)ApiUser::fromResult(r, &error);
            (void)ApiUser::listFromResult(r, &error);
            (void)ApiKey::listFromResult(r, &error);
            (void)ApiKey::fromJson(r, &error);
            (void)CreatedKey::fromResult(r, &error);
            if (auto b = Batch::fromResult(r, &error))
                (void)Batch::fromJson(b->toJson());
            if (auto page = BatchPage::fromResult(r, &error))
                for (const Batch &b : page->batches)
                    (void)b.settledLegCount();
            std::optional<Leg> leg;
            (void)transferFromSettleResult(r, &error, &leg);
        }
    }
}

#ifdef PRIME_LIBFUZZER
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzResponses(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
#endif
