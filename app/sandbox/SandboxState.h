#pragma once

#include "Decimal.h"
#include "SandboxClock.h"

#include "ApiKey.h"
#include "ApiUser.h"
#include "RequestSigner.h"
#include "SecretBytes.h"
#include "Settlement.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace prime::sandbox {

struct UserRecord
{
    QString id, name, status, role;
    ApiUser toApi() const { return ApiUser{id, name, status, {role}}; }
};

struct KeyRecord
{
    enum class Kind { Admin, AdminReadOnly, User };
    Kind kind = Kind::User;
    QString id, publicKey, userId;
    QStringList permissions, whitelistedIps;
    qint64 updatedAt = 0;
    // Verifying an HMAC needs the secret itself (a hash cannot do it), so it is
    // held in memory; the state file keeps only a SHA-256 fingerprint of user
    // key secrets (admin secrets are the sandbox's own credentials and persist).
    SecretBytes secret;
    QByteArray secretSha256;
    std::shared_ptr<RequestSigner> signer;
    quint64 lastNonce = 0;

    ApiKey toApi() const
    {
        return ApiKey{id, publicKey, userId, permissions, whitelistedIps, updatedAt};
    }
};

struct TradeRecord
{
    QString id, asset, amount, assetKind, batchId; // amount signed: + client receives
    qint64 at = 0;
};

struct TransferRecord
{
    QString id, batchId, asset, amount, status; // pending -> completed
    qint64 createdAt = 0, dueAt = 0;
    Transfer toApi() const { return Transfer{id, status, amount, asset}; }
};

struct LegRecord
{
    QString asset, amount, direction; // amount positive
    qint64 settledAt = 0;             // 0: not settled
    QString transferId;               // latest transfer
};

struct BatchRecord
{
    QString id, assetKind;
    qint64 createdAt = 0, updatedAt = 0, confirmAt = 0, settledAt = 0;
    bool confirmed = false, completed = false;
    QStringList tradeIds;
    QList<LegRecord> legs;
    QString status() const;
};

// All state of the sandbox account. Plain data plus the rules that move it in
// time; request handlers read and change it, the server persists it.
class SandboxState
{
public:
    struct Delays { qint64 confirm = 5000, transfer = 8000, complete = 5000; };
    SandboxState(SandboxClock *clock, Delays delays);

    qint64 now() const { return m_clock->nowMs(); }
    const Delays &delays() const { return m_delays; }

    QList<UserRecord> users;
    QList<std::shared_ptr<KeyRecord>> keys;
    QList<TradeRecord> trades;
    QList<BatchRecord> batches; // creation order
    QHash<QString, TransferRecord> transfers;

    UserRecord *user(const QString &id);
    KeyRecord *keyByPublic(const QString &publicKey);
    KeyRecord *keyById(const QString &id);
    BatchRecord *batch(const QString &id);
    const BatchRecord *activeBatch(const QString &assetKind) const;

    // New records. addKey returns the record; *secretOut receives the base64 secret.
    UserRecord &addUser(const QString &name, const QString &role, const QString &status = QStringLiteral("Enabled"));
    KeyRecord &addKey(KeyRecord::Kind kind, const QString &userId, SecretBytes *secretOut);
    TradeRecord &addTrade(const QString &asset, const Decimal &amount, const QString &assetKind, qint64 at);
    // Snapshots the unsettled trades of that kind; nullptr when there are none.
    BatchRecord *createBatch(const QString &assetKind, qint64 at);
    TransferRecord &startTransfer(BatchRecord &b, LegRecord &leg, qint64 at);

    bool canSettle(const BatchRecord &b, const LegRecord &leg) const;
    Batch toApi(const BatchRecord &b) const;
    Leg legToApi(const BatchRecord &b, const LegRecord &leg) const;

    // Applies confirmations, finished transfers and completions due by `nowMs`.
    // Returns true when something changed.
    bool process(qint64 nowMs);

    QJsonObject save() const;
    bool load(const QJsonObject &o, QString *error);

    QString newId(int length);

private:
    SandboxClock *m_clock;
    Delays m_delays;
    quint64 m_nextTransfer = 1000;
};

} // namespace prime::sandbox
