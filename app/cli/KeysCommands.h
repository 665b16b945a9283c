#pragma once

#include <QStringList>

namespace prime::cli {

class CliContext;

// `primectl keys list|create|set-ips|revoke|rotate ...`
void runKeys(CliContext &ctx, QStringList args);
QString keysUsage();

} // namespace prime::cli
