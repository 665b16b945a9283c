// prime_shell: what prime-admin needs besides its window: the in-process sandbox
// session. A library so that the GUI tests use exactly what the app runs.
#pragma once

#include <PrimeTransport.h>
#include <SandboxServer.h>

#include <QString>

namespace prime {
class Session;
}

namespace prime::shell {

// Starts the built-in Prime sandbox with demo data on a free loopback port and
// returns a session on it with a temporary profile ("Sandbox") that is never
// saved to settings or the keychain. The server is a child of the session and
// stops with it. nullptr and `error` when the server cannot listen.
// `transport` lets tests shorten timeouts and backoff; its nonce state is
// always kept in memory.
Session *startSandboxSession(QString *error, sandbox::SandboxOptions options = {},
                             TransportOptions transport = {});

// The sandbox server behind a session from startSandboxSession(), else nullptr.
sandbox::SandboxServer *sandboxOf(Session *session);

} // namespace prime::shell
