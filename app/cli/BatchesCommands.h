#pragma once

#include <QStringList>

namespace prime::cli {

class CliContext;

// `primectl batches list|get|create|settle|settle-all|wait|export ...`
void runBatches(CliContext &ctx, QStringList args);
QString batchesUsage();

// In BatchSettleCommands.cpp and BatchWaitCommand.cpp.
void batchesSettle(CliContext &ctx, const QStringList &args);
void batchesSettleAll(CliContext &ctx, const QStringList &args);
void batchesWait(CliContext &ctx, const QStringList &args);

} // namespace prime::cli
