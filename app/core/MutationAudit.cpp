#include "MutationAudit.h"

#include "AuditLog.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMutationAudit, "prime.core.audit")

namespace prime {

bool auditMutation(AuditLog *log, const QString &profile, const QString &operation,
                   const QStringList &targets, const PrimeError *error, const QString &note)
{
    if (!log)
        return true;
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.profile = profile;
    entry.operation = operation;
    entry.targets = targets;
    entry.detail = note;
    if (error && error->isError()) {
        entry.outcome = error->outcomeUnknown ? AuditEntry::Outcome::Unknown : AuditEntry::Outcome::Failed;
        QString why = error->categoryName();
        if (!error->krakenErrors.isEmpty())
            why += QLatin1Char(' ') + error->krakenErrors.join(QStringLiteral(", "));
        entry.detail = note.isEmpty() ? why : note + QStringLiteral(": ") + why;
    }
    QString problem;
    if (!log->append(entry, &problem)) {
        qCWarning(lcMutationAudit) << "audit log not written:" << problem;
        return false;
    }
    return true;
}

} // namespace prime
