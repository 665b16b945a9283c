#pragma once

#include <QString>

namespace prime {

// The last line of defence between log text and the log file: removes anything
// that looks like a secret. Code never logs secrets on purpose; this catches
// the accidents (a header dump, a JSON body, a pasted secret in an error text).
namespace Redaction {

inline constexpr QLatin1StringView marker{"[redacted]"};

// Replaces API-Sign header values, values of secret-like keys (api_secret,
// secret, signature, password, private_key, API-Sign) and base64 runs of 40 or
// more characters with the marker.
QString redact(const QString &text);

} // namespace Redaction
} // namespace prime
