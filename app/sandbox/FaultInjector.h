#pragma once

#include "SandboxServer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace prime::sandbox {

// Faults armed for the next N calls of an operation ("*": any operation).
class FaultInjector
{
public:
    using Fault = SandboxServer::Fault;
    struct Armed { Fault fault; int remaining; qint64 delayMs; };

    void arm(const QString &operation, Fault fault, int count, qint64 delayMs);
    void clear() { m_armed.clear(); }
    // Consumes one use of the first fault armed for `operation` (or "*").
    std::optional<Armed> take(const QString &operation);

    static QString name(Fault fault);
    static std::optional<Fault> fromName(const QString &name);
    // Whether the operation runs before the fault spoils the answer.
    static bool appliesChange(Fault fault);

private:
    QHash<QString, QList<Armed>> m_armed;
};

} // namespace prime::sandbox
