#include "SandboxState.h"

#include <QCryptographicHash>
#include <QMap>
#include <QRandomGenerator>
#include <QUuid>

namespace prime::sandbox {

QString BatchRecord::status() const
{
    if (completed)
        return QStringLiteral("completed");
    if (settledAt != 0)
        return QStringLiteral("settled");
    for (const LegRecord &l : legs) {
        if (l.settledAt != 0)
            return QStringLiteral("partially_settled");
    }
    return QStringLiteral("unsettled");
}

SandboxState::SandboxState(SandboxClock *clock, Delays delays) : m_clock(clock), m_delays(delays) {}

QString SandboxState::newId(int length)
{
    // Kraken-looking ids (e.g. 2T0RXL9B8K5D6); not secret, so the global generator is enough.
    static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    QString id;
    for (int i = 0; i < length; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return id;
}

UserRecord *SandboxState::user(const QString &id)
{
    for (UserRecord &u : users) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

KeyRecord *SandboxState::keyByPublic(const QString &publicKey)
{
    for (const auto &k : keys) {
        if (k->publicKey == publicKey)
            return k.get();
    }
    return nullptr;
}

KeyRecord *SandboxState::keyById(const QString &id)
{
    for (const auto &k : keys) {
        if (k->id == id)
            return k.get();
    }
    return nullptr;
}

BatchRecord *SandboxState::batch(const QString &id)
{
    for (BatchRecord &b : batches) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

const BatchRecord *SandboxState::activeBatch(const QString &assetKind) const
{
    for (const BatchRecord &b : batches) {
        if (b.assetKind == assetKind && !b.completed)
            return &b;
    }
    return nullptr;
}

UserRecord &SandboxState::addUser(const QString &name, const QString &role, const QString &status)
{
    users.append(UserRecord{newId(13), name, status, role});
    return users.last();
}

KeyRecord &SandboxState::addKey(KeyRecord::Kind kind, const QString &userId, SecretBytes *secretOut)
{
    auto k = std::make_shared<KeyRecord>();
    k->kind = kind;
    k->id = newId(13);
    k->publicKey = QStringLiteral("KRA") + newId(9);
    k->userId = userId;
    switch (kind) {
    case KeyRecord::Kind::Admin:
        k->permissions = {QStringLiteral("prime::admin")};
        break;
    case KeyRecord::Kind::AdminReadOnly:
        k->permissions = {QStringLiteral("prime::read")};
        break;
    case KeyRecord::Kind::User: {
        const UserRecord *u = user(userId);
        k->permissions = {QStringLiteral("read::marketdata")};
        if (u && u->role == QLatin1String("Trader"))
            k->permissions.append(QStringLiteral("trade::orders"));
        break;
    }
    }
    k->updatedAt = now();
    // Secret: base64 of 64 bytes from the system CSPRNG, as Kraken issues them.
    QByteArray raw(64, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    QByteArray b64 = raw.toBase64();
    wipe(raw);
    k->secretSha256 = QCryptographicHash::hash(b64, QCryptographicHash::Sha256).toHex();
    k->secret = SecretBytes::adopt(b64);
    k->signer = std::make_shared<RequestSigner>(k->secret);
    if (secretOut)
        *secretOut = k->secret;
    keys.append(k);
    return *keys.last();
}

TradeRecord &SandboxState::addTrade(const QString &asset, const Decimal &amount, const QString &assetKind,
                                    qint64 at)
{
    trades.append(TradeRecord{QUuid::createUuid().toString(QUuid::WithoutBraces), asset,
                              amount.toString(), assetKind, QString(), at});
    return trades.last();
}

BatchRecord *SandboxState::createBatch(const QString &assetKind, qint64 at)
{
    QMap<QString, Decimal> net; // sorted by asset: stable leg order
    BatchRecord b;
    b.id = QStringLiteral("B_") + newId(8);
    for (TradeRecord &t : trades) {
        if (!t.batchId.isEmpty() || t.assetKind != assetKind)
            continue;
        net[t.asset] += Decimal::fromString(t.amount);
        b.tradeIds.append(t.id);
    }
    if (b.tradeIds.isEmpty())
        return nullptr;
    for (TradeRecord &t : trades) {
        if (t.batchId.isEmpty() && t.assetKind == assetKind)
            t.batchId = b.id;
    }
    for (auto it = net.cbegin(); it != net.cend(); ++it) {
        if (it.value().isZero())
            continue; // a flat position needs no transfer
        b.legs.append(LegRecord{it.key(), it.value().abs().toString(),
                                it.value().isNegative() ? QStringLiteral("outgoing") : QStringLiteral("incoming"),
                                0, QString()});
    }
    b.assetKind = assetKind;
    b.createdAt = b.updatedAt = at;
    b.confirmAt = at + m_delays.confirm;
    batches.append(b);
    return &batches.last();
}

TransferRecord &SandboxState::startTransfer(BatchRecord &b, LegRecord &leg, qint64 at)
{
    TransferRecord t{QString::number(m_nextTransfer++), b.id, leg.asset, leg.amount,
                     QStringLiteral("pending"), at, at + m_delays.transfer};
    leg.transferId = t.id;
    b.updatedAt = at;
    transfers.insert(t.id, t);
    return transfers[t.id];
}

bool SandboxState::canSettle(const BatchRecord &b, const LegRecord &leg) const
{
    // An unsettled leg of a confirmed batch, with no transfer already in flight
    // (so a second settle of the same leg is refused, never double-submitted).
    if (!b.confirmed || leg.settledAt != 0)
        return false;
    const auto t = transfers.constFind(leg.transferId);
    return t == transfers.cend() || t->status != QLatin1String("pending");
}

Leg SandboxState::legToApi(const BatchRecord &b, const LegRecord &leg) const
{
    Leg l;
    l.asset = leg.asset;
    l.amount = leg.amount;
    l.direction = leg.direction;
    l.status = leg.settledAt != 0 ? QStringLiteral("settled") : QStringLiteral("unsettled");
    l.canSettle = canSettle(b, leg);
    if (leg.settledAt != 0)
        l.settledAt = leg.settledAt;
    if (const auto t = transfers.constFind(leg.transferId); t != transfers.cend())
        l.latestTransfer = t->toApi();
    return l;
}

Batch SandboxState::toApi(const BatchRecord &b) const
{
    Batch out;
    out.id = b.id;
    out.status = b.status();
    out.confirmed = b.confirmed;
    out.createdAt = b.createdAt;
    out.updatedAt = b.updatedAt;
    out.tradeCount = int(b.tradeIds.size());
    out.assetKind = b.assetKind;
    for (const LegRecord &l : b.legs)
        out.legs.append(legToApi(b, l));
    out.tradeIds = b.tradeIds;
    return out;
}

bool SandboxState::process(qint64 nowMs)
{
    bool changed = false;
    for (BatchRecord &b : batches) {
        if (b.completed)
            continue;
        if (!b.confirmed && nowMs >= b.confirmAt) {
            b.confirmed = true;
            b.updatedAt = qMax(b.updatedAt, b.confirmAt);
            changed = true;
        }
        for (LegRecord &l : b.legs) {
            auto t = transfers.find(l.transferId);
            if (t == transfers.end() || t->status != QLatin1String("pending") || nowMs < t->dueAt)
                continue;
            t->status = QStringLiteral("completed");
            l.settledAt = t->dueAt;
            b.updatedAt = qMax(b.updatedAt, t->dueAt);
            changed = true;
        }
        if (b.confirmed && b.settledAt == 0
            && std::all_of(b.legs.cbegin(), b.legs.cend(), [](const LegRecord &l) { return l.settledAt != 0; })) {
            b.settledAt = qMax(b.confirmAt, b.updatedAt);
            b.updatedAt = b.settledAt;
            changed = true;
        }
        if (b.settledAt != 0 && nowMs >= b.settledAt + m_delays.complete) {
            b.completed = true;
            b.updatedAt = b.settledAt + m_delays.complete;
            changed = true;
        }
    }
    return changed;
}

} // namespace prime::sandbox
