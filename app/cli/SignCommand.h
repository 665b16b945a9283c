#pragma once

#include <QStringList>

class QTextStream;

namespace prime::cli {

// `primectl sign --path P --nonce N --body B`: reads the secret from the first
// line of stdin and prints only the API-Sign. Returns the process exit code.
int runSign(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace prime::cli
