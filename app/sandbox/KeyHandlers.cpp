// API User Keys (reference 6.6-6.9). The public key is `api_key` in Create/Update
// and `key` in List; the secret appears only in the Create answer.
#include "Args.h"
#include "Handlers.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

namespace prime::sandbox {

bool isValidAllowListEntry(const QString &entry)
{
    static const QRegularExpression ipv4(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const qsizetype slash = entry.indexOf(u'/');
    const QString host = slash < 0 ? entry : entry.left(slash);
    if (host.contains(u'%') || host.contains(u' ') || host.isEmpty())
        return false;
    QHostAddress address;
    if (host.contains(u':')) {
        if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return false;
    } else {
        // QHostAddress also takes "10.1" style shorthands; Kraken lists dotted quads.
        const auto m = ipv4.match(host);
        if (!m.hasMatch())
            return false;
        for (int i = 1; i <= 4; ++i) {
            if (m.captured(i).toInt() > 255 || (m.captured(i).size() > 1 && m.captured(i).startsWith(u'0')))
                return false;
        }
        address.setAddress(host);
    }
    if (slash < 0)
        return true;
    bool ok = false;
    const int prefix = entry.mid(slash + 1).toInt(&ok);
    const int max = address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
    return ok && prefix >= 0 && prefix <= max && entry.mid(slash + 1) == QString::number(prefix);
}

namespace {
KeyRecord *userKey(SandboxState &state, Args &a, UserRecord **userOut = nullptr)
{
    const auto userId = a.string("user_id", true);
    const auto keyId = a.string("key_id", true);
    if (!a.ok())
        return nullptr;
    UserRecord *u = state.user(*userId);
    if (!u) {
        a.fail("user_id");
        return nullptr;
    }
    KeyRecord *k = state.keyById(*keyId);
    if (!k || k->kind != KeyRecord::Kind::User || k->userId != u->id) {
        a.fail("key_id");
        return nullptr;
    }
    if (userOut)
        *userOut = u;
    return k;
}
} // namespace

Reply createKey(SandboxState &state, const QJsonObject &params)
{
    Args a(params, {"user_id"});
    const auto userId = a.string("user_id", true);
    if (a.ok() && !state.user(*userId))
        a.fail("user_id");
    if (!a.ok())
        return Reply::fail(a.error());
    SecretBytes secret;
    const KeyRecord &k = state.addKey(KeyRecord::Kind::User, *userId, &secret);
    ApiKey api = k.toApi();
    api.updatedAt.reset(); // the documented Create answer has no updated_at
    QJsonObject o = api.toJson(ApiKey::PublicKeyField::ApiKey);
    o.insert(QLatin1String("api_secret"), QString::fromLatin1(secret.view()));
    return Reply{o, {}};
}

Reply listKeys(SandboxState &state, const QJsonObject &params)
{
    Args a(params, {"user_id"});
    const auto userId = a.string("user_id", true);
    if (a.ok() && !state.user(*userId))
        a.fail("user_id");
    if (!a.ok())
        return Reply::fail(a.error());
    QJsonArray data;
    for (const auto &k : state.keys) {
        if (k->kind == KeyRecord::Kind::User && k->userId == *userId)
            data.append(k->toApi().toJson(ApiKey::PublicKeyField::Key));
    }
    return Reply{QJsonObject{{QLatin1String("data"), data}}, {}};
}

Reply updateKey(SandboxState &state, const QJsonObject &params)
{
    Args a(params, {"user_id", "key_id", "whitelisted_ips"});
    KeyRecord *k = userKey(state, a);
    const auto ips = a.stringList("whitelisted_ips", false);
    if (ips) {
        for (const QString &ip : *ips) {
            if (!isValidAllowListEntry(ip))
                a.fail("whitelisted_ips");
        }
    }
    if (!a.ok())
        return Reply::fail(a.error());
    if (ips) { // omitted: unchanged; []: no restriction
        k->whitelistedIps.clear();
        for (const QString &ip : *ips) {
            if (!k->whitelistedIps.contains(ip))
                k->whitelistedIps.append(ip);
        }
    }
    k->updatedAt = state.now();
    return Reply{k->toApi().toJson(ApiKey::PublicKeyField::ApiKey), {}};
}

Reply deleteKey(SandboxState &state, const QJsonObject &params)
{
    Args a(params, {"user_id", "key_id"});
    KeyRecord *k = userKey(state, a);
    if (!a.ok())
        return Reply::fail(a.error());
    state.keys.removeIf([k](const std::shared_ptr<KeyRecord> &r) { return r.get() == k; });
    return Reply{QJsonObject{{QLatin1String("deleted"), true}}, {}};
}

} // namespace prime::sandbox
