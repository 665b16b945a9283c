// API Users (reference 6.1-6.5). Get/List wrap in "data"; Create/Update return the user bare.
#include "Args.h"
#include "Handlers.h"

#include <QJsonArray>

namespace prime::sandbox {

namespace {
const QStringList kRoles{QStringLiteral("Trader"), QStringLiteral("Viewer")};
const QStringList kStatuses{QStringLiteral("Enabled"), QStringLiteral("Disabled")};
const QString kInvalid = QStringLiteral("EGeneral:Invalid arguments");
} // namespace

const QList<Operation> &privateOperations()
{
    static const QList<Operation> ops{
        {QStringLiteral("CreatePrimeApiUser"), createUser, true},
        {QStringLiteral("GetPrimeApiUser"), getUser, false},
        {QStringLiteral("ListPrimeApiUsers"), listUsers, false},
        {QStringLiteral("UpdatePrimeApiUser"), updateUser, true},
        {QStringLiteral("UpdatePrimeApiUserRoles"), updateUserRoles, true},
        {QStringLiteral("CreatePrimeApiUserKey"), createKey, true},
        {QStringLiteral("ListPrimeApiUserKeys"), listKeys, false},
        {QStringLiteral("UpdatePrimeApiUserKey"), updateKey, true},
        {QStringLiteral("DeletePrimeApiUserKey"), deleteKey, true},
        {QStringLiteral("CreatePrimeSettlementBatch"), createBatch, true},
        {QStringLiteral("GetPrimeSettlementBatch"), getBatch, false},
        {QStringLiteral("ListPrimeSettlementBatches"), listBatches, false},
        {QStringLiteral("SettlePrimeSettlementBatchAsset"), settleAsset, true},
    };
    return ops;
}

const Operation *findOperation(QStringView name)
{
    for (const Operation &op : privateOperations()) {
        if (op.name == name)
            return &op;
    }
    return nullptr;
}

Reply createUser(SandboxState &state, const QJsonObject &params)
{
    Args a(params, {"name", "role"});
    const auto name = a.string("name", true);
    const auto role = a.enumValue("role", kRoles, true);
    if (!a.ok())
        return Reply::fail(a.error());
    return Reply{state.addUser(name->trimmed(), *role).toApi().toJson(), {}};
}

Reply getUser(SandboxState &state, const QJsonObject &params)
{
    Args a(params, {"user_id"});
    const auto id = a.string("user_id", true);
    const UserRecord *u = a.ok() ? state.user(*id) : nullptr;
    if (a.ok() && !u)
        a.fail("user_id");
    if (!a.ok())
        return Reply::fail(a.error());
    return Reply{QJsonObject{{QLatin1String("data"), u->toApi().toJson()}}, {}};
}

Reply listUsers(SandboxState &state, const QJsonObject &params)
{
    Args a(params, {});
    if (!a.ok())
        return Reply::fail(a.error());
    QJsonArray data;
    for (const UserRecord &u : state.users)
        data.append(u.toApi().toJson());
    return Reply{QJsonObject{{QLatin1String("data"), data}}, {}};
}

Reply updateUser(SandboxState &state, const QJsonObject &params)
{
    Args a(params, {"user_id", "name", "status"});
    const auto id = a.string("user_id", true);
    const auto name = a.string("name", false);
    const auto status = a.enumValue("status", kStatuses, false);
    UserRecord *u = a.ok() ? state.user(*id) : nullptr;
    if (a.ok() && !u)
        a.fail("user_id");
    if (!a.ok())
        return Reply::fail(a.error());
    if (!name && !status) // sandbox decision: an update must change something
        return Reply::fail(kInvalid);
    if (name)
        u->name = name->trimmed();
    if (status)
        u->status = *status;
    return Reply{u->toApi().toJson(), {}};
}

Reply updateUserRoles(SandboxState &state, const QJsonObject &params)
{
    Args a(params, {"user_id", "role"});
    const auto id = a.string("user_id", true);
    const auto role = a.enumValue("role", kRoles, true);
    UserRecord *u = a.ok() ? state.user(*id) : nullptr;
    if (a.ok() && !u)
        a.fail("user_id");
    if (!a.ok())
        return Reply::fail(a.error());
    u->role = *role;
    return Reply{u->toApi().toJson(), {}};
}

} // namespace prime::sandbox
