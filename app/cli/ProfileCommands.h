#pragma once

#include <QStringList>

class QTextStream;

namespace prime::cli {

// `primectl profile add|list|remove|test`: the connection profiles shared with
// prime-admin, their secrets in the OS keychain. Secrets come from stdin only.
// Returns the process exit code (see ExitCodes.h).
int runProfile(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace prime::cli
