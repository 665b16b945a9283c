// Persistence of SandboxState (--state FILE): one JSON document.
#include "SandboxState.h"

#include <QJsonArray>

namespace prime::sandbox {

namespace {
QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1StringView(key)).toString(); }
qint64 num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toInteger();
}
QJsonArray strings(const QStringList &l) { return QJsonArray::fromStringList(l); }
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}
const char *kindName(KeyRecord::Kind k)
{
    return k == KeyRecord::Kind::Admin ? "admin" : k == KeyRecord::Kind::AdminReadOnly ? "admin_read_only" : "user";
}
} // namespace

QJsonObject SandboxState::save() const
{
    QJsonArray u, k, t, b, x;
    for (const UserRecord &r : users)
        u.append(QJsonObject{{QLatin1String("id"), r.id}, {QLatin1String("name"), r.name},
                             {QLatin1String("status"), r.status}, {QLatin1String("role"), r.role}});
    for (const auto &r : keys) {
        QJsonObject o{{QLatin1String("kind"), QLatin1String(kindName(r->kind))},
                      {QLatin1String("id"), r->id}, {QLatin1String("public_key"), r->publicKey},
                      {QLatin1String("user_id"), r->userId}, {QLatin1String("permissions"), strings(r->permissions)},
                      {QLatin1String("whitelisted_ips"), strings(r->whitelistedIps)},
                      {QLatin1String("updated_at"), r->updatedAt},
                      {QLatin1String("secret_sha256"), QString::fromLatin1(r->secretSha256)},
                      // The nonce high-water mark survives restarts, as on Kraken.
                      {QLatin1String("last_nonce"), QString::number(r->lastNonce)}};
        if (r->kind != KeyRecord::Kind::User)
            o.insert(QLatin1String("secret"), QString::fromLatin1(r->secret.view()));
        k.append(o);
    }
    for (const TradeRecord &r : trades)
        t.append(QJsonObject{{QLatin1String("id"), r.id}, {QLatin1String("asset"), r.asset},
                             {QLatin1String("amount"), r.amount}, {QLatin1String("asset_kind"), r.assetKind},
                             {QLatin1String("batch_id"), r.batchId}, {QLatin1String("at"), r.at}});
    for (const BatchRecord &r : batches) {
        QJsonArray legs;
        for (const LegRecord &l : r.legs)
            legs.append(QJsonObject{{QLatin1String("asset"), l.asset}, {QLatin1String("amount"), l.amount},
                                    {QLatin1String("direction"), l.direction},
                                    {QLatin1String("settled_at"), l.settledAt},
                                    {QLatin1String("transfer_id"), l.transferId}});
        b.append(QJsonObject{{QLatin1String("id"), r.id}, {QLatin1String("asset_kind"), r.assetKind},
                             {QLatin1String("created_at"), r.createdAt}, {QLatin1String("updated_at"), r.updatedAt},
                             {QLatin1String("confirm_at"), r.confirmAt}, {QLatin1String("settled_at"), r.settledAt},
                             {QLatin1String("confirmed"), r.confirmed}, {QLatin1String("completed"), r.completed},
                             {QLatin1String("trade_ids"), strings(r.tradeIds)}, {QLatin1String("legs"), legs}});
    }
    for (const TransferRecord &r : transfers)
        x.append(QJsonObject{{QLatin1String("id"), r.id}, {QLatin1String("batch_id"), r.batchId},
                             {QLatin1String("asset"), r.asset}, {QLatin1String("amount"), r.amount},
                             {QLatin1String("status"), r.status}, {QLatin1String("created_at"), r.createdAt},
                             {QLatin1String("due_at"), r.dueAt}});
    return QJsonObject{{QLatin1String("format"), 1},
                       {QLatin1String("now"), now()},
                       {QLatin1String("next_transfer"), QString::number(m_nextTransfer)},
                       {QLatin1String("users"), u}, {QLatin1String("keys"), k}, {QLatin1String("trades"), t},
                       {QLatin1String("batches"), b}, {QLatin1String("transfers"), x}};
}

bool SandboxState::load(const QJsonObject &o, QString *error)
{
    if (o.value(QLatin1StringView("format")).toInt() != 1) {
        if (error)
            *error = QStringLiteral("unknown state file format");
        return false;
    }
    users.clear();
    keys.clear();
    trades.clear();
    batches.clear();
    transfers.clear();
    for (const QJsonValue &v : o.value(QLatin1StringView("users")).toArray()) {
        const QJsonObject r = v.toObject();
        users.append(UserRecord{str(r, "id"), str(r, "name"), str(r, "status"), str(r, "role")});
    }
    for (const QJsonValue &v : o.value(QLatin1StringView("keys")).toArray()) {
        const QJsonObject r = v.toObject();
        auto k = std::make_shared<KeyRecord>();
        const QString kind = str(r, "kind");
        k->kind = kind == QLatin1String("admin") ? KeyRecord::Kind::Admin
                  : kind == QLatin1String("admin_read_only") ? KeyRecord::Kind::AdminReadOnly
                                                              : KeyRecord::Kind::User;
        k->id = str(r, "id");
        k->publicKey = str(r, "public_key");
        k->userId = str(r, "user_id");
        k->permissions = strings(r.value(QLatin1StringView("permissions")));
        k->whitelistedIps = strings(r.value(QLatin1StringView("whitelisted_ips")));
        k->updatedAt = num(r, "updated_at");
        k->secretSha256 = str(r, "secret_sha256").toLatin1();
        k->lastNonce = str(r, "last_nonce").toULongLong();
        QByteArray secret = str(r, "secret").toLatin1();
        k->secret = SecretBytes::adopt(secret);
        if (!k->secret.isEmpty())
            k->signer = std::make_shared<RequestSigner>(k->secret);
        keys.append(k);
    }
    for (const QJsonValue &v : o.value(QLatin1StringView("trades")).toArray()) {
        const QJsonObject r = v.toObject();
        trades.append(TradeRecord{str(r, "id"), str(r, "asset"), str(r, "amount"), str(r, "asset_kind"),
                                  str(r, "batch_id"), num(r, "at")});
    }
    for (const QJsonValue &v : o.value(QLatin1StringView("batches")).toArray()) {
        const QJsonObject r = v.toObject();
        BatchRecord b;
        b.id = str(r, "id");
        b.assetKind = str(r, "asset_kind");
        b.createdAt = num(r, "created_at");
        b.updatedAt = num(r, "updated_at");
        b.confirmAt = num(r, "confirm_at");
        b.settledAt = num(r, "settled_at");
        b.confirmed = r.value(QLatin1StringView("confirmed")).toBool();
        b.completed = r.value(QLatin1StringView("completed")).toBool();
        b.tradeIds = strings(r.value(QLatin1StringView("trade_ids")));
        for (const QJsonValue &lv : r.value(QLatin1StringView("legs")).toArray()) {
            const QJsonObject l = lv.toObject();
            b.legs.append(LegRecord{str(l, "asset"), str(l, "amount"), str(l, "direction"), num(l, "settled_at"),
                                    str(l, "transfer_id")});
        }
        batches.append(b);
    }
    for (const QJsonValue &v : o.value(QLatin1StringView("transfers")).toArray()) {
        const QJsonObject r = v.toObject();
        transfers.insert(str(r, "id"), TransferRecord{str(r, "id"), str(r, "batch_id"), str(r, "asset"),
                                                      str(r, "amount"), str(r, "status"), num(r, "created_at"),
                                                      num(r, "due_at")});
    }
    m_nextTransfer = qMax<quint64>(1000, str(o, "next_transfer").toULongLong());
    m_clock->reset(num(o, "now"));
    return true;
}

} // namespace prime::sandbox
