#pragma once

#include "PrimeError.h"

// primectl's exit codes are a contract with scripts (documented in README.md):
// add new ones, never renumber.
namespace prime::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,          // anything not covered below (unreadable answer, local I/O)
    ExitUsage = 2,            // bad command line, missing confirmation without a terminal
    ExitAuthentication = 3,   // key/signature/nonce/lockout, or no usable credentials
    ExitPermission = 4,       // the key lacks the permission
    ExitInvalidArguments = 5, // Kraken refused the arguments (EGeneral:Invalid arguments)
    ExitTransient = 6,        // service unavailable, rate limit, network, timeout of a read
    ExitOutcomeUnknown = 7,   // a mutation may or may not have been applied: state was re-read
    ExitWaitTimeout = 8,      // `batches wait` gave up before every leg was settled
    ExitDeclined = 9,         // the user answered "no" at a confirmation prompt
    ExitInterrupted = 130,    // SIGINT/SIGTERM with no change in flight (one in flight: 7)
};

// The exit code for a failed Prime call.
inline int exitCodeFor(const PrimeError &e)
{
    using C = PrimeError::Category;
    if (e.outcomeUnknown)
        return ExitOutcomeUnknown;
    switch (e.category) {
    case C::None: return ExitOk;
    case C::Authentication:
    case C::Nonce:
    case C::Lockout:
    case C::Configuration: return ExitAuthentication;
    case C::Permission: return ExitPermission;
    case C::InvalidArguments: return ExitInvalidArguments;
    case C::RateLimit:
    case C::ServiceUnavailable:
    case C::ServerError:
    case C::Network:
    case C::Timeout: return ExitTransient;
    default: return ExitFailure; // protocol, TLS, cancelled, unknown E... strings
    }
}

} // namespace prime::cli
