#include "SandboxSession.h"

#include <Session.h>

#include <QCoreApplication>
#include <QLoggingCategory>

namespace prime::shell {

Q_LOGGING_CATEGORY(lcShell, "prime.shell")

Session *startSandboxSession(QString *error, sandbox::SandboxOptions options, TransportOptions transport)
{
    options.port = 0;
    options.allowRemote = false;
    auto server = std::make_unique<sandbox::SandboxServer>(options);
    QString why;
    if (!server->start(&why)) {
        qCWarning(lcShell) << "sandbox did not start:" << why;
        if (error)
            *error = why;
        return nullptr;
    }
    SessionProfile profile;
    profile.name = QCoreApplication::translate("prime::shell", "Sandbox");
    profile.baseUrl = server->url();
    profile.temporary = true;
    profile.production = false;
    // The sandbox's keys live only as long as this process: keep their nonces in memory.
    transport.nonceStatePath = QStringLiteral("-");
    // The sandbox has no call counter: pacing calls for it would only slow the demo.
    transport.rateTier = RateLimiter::Tier::unlimited();
    auto *session = new Session(profile, server->adminCredentials(), transport);
    server->setParent(session);
    server.release();
    qCInfo(lcShell) << "sandbox session on" << profile.baseUrl.toDisplayString();
    return session;
}

sandbox::SandboxServer *sandboxOf(Session *session)
{
    return session ? session->findChild<sandbox::SandboxServer *>(QString(), Qt::FindDirectChildrenOnly)
                   : nullptr;
}

} // namespace prime::shell
