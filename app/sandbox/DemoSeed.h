#pragma once

#include "SandboxState.h"

namespace prime::sandbox {

// A realistic account for trying the app: a dozen users with keys and
// allow-lists, completed history, one open batch per asset kind (currency:
// confirmed, partially settled, a transfer in flight; tokenized equity: waiting
// for confirmation) and unsettled trades ready for the next batch.
void seedDemo(SandboxState &state);

// A completed batch built from its own trades (never takes unsettled ones).
// legs: asset -> signed net amount.
BatchRecord &addCompletedBatch(SandboxState &state, const QString &assetKind, qint64 createdAt,
                               const QList<QPair<QString, QString>> &legs);

} // namespace prime::sandbox
