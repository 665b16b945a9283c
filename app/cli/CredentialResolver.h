#pragma once

#include "Credentials.h"

#include <QString>

namespace prime::cli {

// Where primectl's credentials come from. A secret is never taken from the
// command line: it comes from the keychain (--profile), from the file named by
// PRIME_API_SECRET_FILE, or from the first line of stdin (--secret-stdin).
struct CredentialRequest
{
    QString profile;   // --profile NAME
    QString url;       // --url, overrides the profile's or the default base URL
    bool secretStdin = false;
};

struct ResolvedCredentials
{
    Credentials credentials;
    QString error; // empty on success
};

// The environment-and-stdin path (no --profile): PRIME_API_KEY, PRIME_API_URL or
// --url, and the secret from --secret-stdin or PRIME_API_SECRET_FILE.
ResolvedCredentials credentialsFromEnvironment(const CredentialRequest &request);

} // namespace prime::cli
