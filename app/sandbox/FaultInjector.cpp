#include "FaultInjector.h"

namespace prime::sandbox {

namespace {
struct Named { SandboxServer::Fault fault; const char *name; };
constexpr Named kNames[] = {
    {SandboxServer::Fault::Http500, "http500"},
    {SandboxServer::Fault::Http502Html, "http502_html"},
    {SandboxServer::Fault::Delay, "delay"},
    {SandboxServer::Fault::DropAfterApply, "drop_after_apply"},
    {SandboxServer::Fault::RateLimit, "rate_limit"},
    {SandboxServer::Fault::ServiceUnavailable, "service_unavailable"},
    {SandboxServer::Fault::Busy, "busy"},
    {SandboxServer::Fault::TruncatedBody, "truncated_body"},
    {SandboxServer::Fault::NonJsonBody, "non_json_body"},
    {SandboxServer::Fault::InvalidNonce, "invalid_nonce"},
};
} // namespace

void FaultInjector::arm(const QString &operation, Fault fault, int count, qint64 delayMs)
{
    if (count > 0)
        m_armed[operation].append(Armed{fault, count, delayMs});
}

std::optional<FaultInjector::Armed> FaultInjector::take(const QString &operation)
{
    for (const QString &key : {operation, QStringLiteral("*")}) {
        auto it = m_armed.find(key);
        if (it == m_armed.end() || it->isEmpty())
            continue;
        Armed a = it->first();
        if (--it->first().remaining <= 0)
            it->removeFirst();
        return a;
    }
    return std::nullopt;
}

QString FaultInjector::name(Fault fault)
{
    for (const Named &n : kNames) {
        if (n.fault == fault)
            return QLatin1String(n.name);
    }
    return {};
}

std::optional<FaultInjector::Fault> FaultInjector::fromName(const QString &name)
{
    for (const Named &n : kNames) {
        if (name == QLatin1String(n.name))
            return n.fault;
    }
    return std::nullopt;
}

bool FaultInjector::appliesChange(Fault fault)
{
    // A slow answer, a cut connection or a cut body happen after the server did
    // the work; the other faults replace the answer before anything happens.
    return fault == Fault::Delay || fault == Fault::DropAfterApply || fault == Fault::TruncatedBody;
}

} // namespace prime::sandbox
