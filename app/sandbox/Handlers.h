#pragma once

#include "SandboxState.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace prime::sandbox {

// The answer of one private operation: a result object or one Kraken error string.
struct Reply
{
    QJsonObject result;
    QString error;
    static Reply fail(const QString &error) { return Reply{{}, error}; }
};

struct Operation
{
    QString name;
    Reply (*handler)(SandboxState &state, const QJsonObject &params);
    bool mutation; // read-only admin keys may not call it
};

// The 13 documented operations, served under /0/private/<name>.
const QList<Operation> &privateOperations();
const Operation *findOperation(QStringView name);

// Handlers per endpoint group (UserHandlers.cpp, KeyHandlers.cpp, SettlementHandlers.cpp).
Reply createUser(SandboxState &, const QJsonObject &);
Reply getUser(SandboxState &, const QJsonObject &);
Reply listUsers(SandboxState &, const QJsonObject &);
Reply updateUser(SandboxState &, const QJsonObject &);
Reply updateUserRoles(SandboxState &, const QJsonObject &);
Reply createKey(SandboxState &, const QJsonObject &);
Reply listKeys(SandboxState &, const QJsonObject &);
Reply updateKey(SandboxState &, const QJsonObject &);
Reply deleteKey(SandboxState &, const QJsonObject &);
Reply createBatch(SandboxState &, const QJsonObject &);
Reply getBatch(SandboxState &, const QJsonObject &);
Reply listBatches(SandboxState &, const QJsonObject &);
Reply settleAsset(SandboxState &, const QJsonObject &);

// IPv4, IPv6 (no zone) or either with a /prefix.
bool isValidAllowListEntry(const QString &entry);

} // namespace prime::sandbox
