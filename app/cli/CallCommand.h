#pragma once

#include <QStringList>

namespace prime::cli {

class CliContext;

// `primectl call OPERATION [--body JSON]`: one raw, signed call for diagnostics.
void runCall(CliContext &ctx, QStringList args);

} // namespace prime::cli
