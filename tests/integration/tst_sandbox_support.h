// Helpers shared by the sandbox integration suites (tst_sandbox_*.cpp).
#pragma once

#include "PrimeClient.h"
#include "SandboxServer.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

namespace sandboxtest {

template<typename T>
struct Waiter
{
    std::optional<prime::Result<T>> result;
    typename prime::PrimeClient::Callback<T> callback()
    {
        return [this](const prime::Result<T> &r) { result = r; };
    }
    bool wait(int ms = 15000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

// A started in-process sandbox with a frozen clock: time moves only by advanceClock().
inline std::unique_ptr<prime::sandbox::SandboxServer> startSandbox(prime::sandbox::SandboxServer::Options o = {})
{
    auto s = std::make_unique<prime::sandbox::SandboxServer>(o);
    s->setClockFrozen(true);
    QString error;
    if (!s->start(&error)) {
        qWarning("sandbox did not start: %s", qPrintable(error));
        return nullptr;
    }
    return s;
}

inline prime::sandbox::SandboxServer::Options emptySeed()
{
    prime::sandbox::SandboxServer::Options o;
    o.seed = prime::sandbox::SandboxServer::Options::Seed::Empty;
    return o;
}

inline prime::TransportOptions testTransport(int timeoutMs = 10000)
{
    prime::TransportOptions t;
    t.nonceStatePath = QStringLiteral("-");
    t.timeoutMs = timeoutMs;
    t.maxReadAttempts = 1; // every answer reaches the test as it came
    t.rateTier = prime::RateLimiter::Tier::unlimited();
    t.rateLimitPauseMs = 10;
    t.lockoutPauseMs = 10;
    return t;
}

// Runs one client call and waits for its result.
#define SANDBOX_CALL(T, var, expr)                                                                 \
    sandboxtest::Waiter<T> var;                                                                    \
    expr;                                                                                          \
    QVERIFY2(var.wait(), "no answer from the sandbox")

} // namespace sandboxtest
