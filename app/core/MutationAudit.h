#pragma once

#include "PrimeError.h"

#include <QString>
#include <QStringList>

namespace prime {

class AuditLog;

// Records one mutation performed by the desktop app in the audit log: succeeded
// (error null or not an error), failed, or unknown (an ambiguous answer).
// `log` may be null (no audit log configured). Returns false when the line
// could not be written.
bool auditMutation(AuditLog *log, const QString &profile, const QString &operation,
                   const QStringList &targets, const PrimeError *error = nullptr,
                   const QString &note = {});

} // namespace prime
