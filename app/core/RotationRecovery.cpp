#include "RotationRecovery.h"

#include "MutationAudit.h"
#include "PrimeClient.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRecovery, "prime.core.rotationrecovery")

namespace prime {

namespace {
std::optional<ApiKey> findKey(const QList<ApiKey> &keys, const QString &id)
{
    if (id.isEmpty())
        return std::nullopt;
    for (const ApiKey &k : keys)
        if (k.id == id)
            return k;
    return std::nullopt;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}
} // namespace

RotationRecovery::RotationRecovery(Services services, RotationRecord record, QObject *parent)
    : QObject(parent), m_services(std::move(services)), m_client(m_services.client), m_record(std::move(record))
{
}

QString RotationRecovery::describe() const
{
    const Assessment &a = m_assessment;
    if (!a.valid)
        return tr("The keys of user %1 could not be read: %2").arg(m_record.userId, m_error.message());
    QStringList parts;
    parts << (a.oldKey ? tr("The old key %1 is still active.").arg(m_record.oldKeyId)
                       : tr("The old key %1 is revoked.").arg(m_record.oldKeyId));
    if (a.newKey)
        parts << (a.newSecretStored ? tr("The new key %1 exists and its secret is in the keychain.").arg(a.newKey->id)
                                    : tr("The new key %1 exists but its secret was never stored.").arg(a.newKey->id));
    else
        parts << tr("No new key is in use.");
    if (!a.leftovers.isEmpty())
        parts << tr("Key(s) left behind without a known secret: %1.").arg(a.leftovers.join(QStringLiteral(", ")));
    if (a.canResume())
        parts << tr("Resume finishes the rotation.");
    else if (a.canRollBack())
        parts << tr("Roll back revokes what the rotation created; the old key keeps working.");
    return parts.join(QLatin1Char(' '));
}

void RotationRecovery::assess()
{
    assessThen([this] { m_busy = false; });
}

void RotationRecovery::assessThen(Next next)
{
    m_busy = true;
    emit progress(tr("Re-reading the keys of user %1…").arg(m_record.userId));
    m_client->listKeys(m_record.userId, this, [this, next](const Result<QList<ApiKey>> &r) {
        m_assessment = {};
        if (!r.ok()) {
            m_error = r.error;
            next();
            emit assessed();
            return;
        }
        const QList<ApiKey> &keys = *r.value;
        Assessment a;
        a.valid = true;
        a.oldKey = findKey(keys, m_record.oldKeyId);
        a.newKey = findKey(keys, m_record.newKeyId);
        // Without the list of keys from before, only keys the rotation named are suspects.
        for (const ApiKey &k : keys) {
            if (k.id == m_record.oldKeyId || k.id == m_record.newKeyId)
                continue;
            if (m_record.keyIdsBefore.isEmpty() ? m_record.orphanKeyIds.contains(k.id)
                                                : !m_record.keyIdsBefore.contains(k.id))
                a.leftovers << k.id;
        }
        if (!a.newKey) {
            m_assessment = a;
            next();
            emit assessed();
            return;
        }
        m_services.secrets->read(m_services.profile.userKeySecretEntry(m_record.userId, a.newKey->id), this,
                                 [this, a, next](const SecretStore::Outcome &o, const SecretBytes &s) mutable {
                                     a.newSecretStored = o.ok() && !s.isEmpty();
                                     if (!a.newSecretStored)
                                         a.leftovers.prepend(a.newKey->id);
                                     m_assessment = a;
                                     next();
                                     emit assessed();
                                 });
    });
}

void RotationRecovery::audit(const QString &operation, const QStringList &targets, const PrimeError *error)
{
    auditMutation(m_services.audit, m_services.profile.name, operation, targets, error,
                  QStringLiteral("rotation recovery"));
}

void RotationRecovery::stopAfter(const PrimeError &error, const QString &what)
{
    m_error = error;
    emit progress(what + QStringLiteral(": ") + error.message());
    // Never retry: show what the server now has and let the user decide.
    assessThen([this] {
        m_busy = false;
        emit finished(false);
    });
}

void RotationRecovery::revokeEach(QStringList ids, Next next)
{
    if (ids.isEmpty())
        return next();
    const QString id = ids.takeFirst();
    emit progress(tr("Revoking key %1…").arg(id));
    m_client->deleteKey(m_record.userId, id, this, [this, id, ids, next](const Result<bool> &r) {
        audit(QStringLiteral("DeletePrimeApiUserKey"), {m_record.userId, id}, r.ok() ? nullptr : &r.error);
        if (!r.ok())
            return stopAfter(r.error, tr("Revoking key %1 failed").arg(id));
        forget(id, [this, ids, next] { revokeEach(ids, next); });
    });
}

void RotationRecovery::forget(const QString &keyId, Next next)
{
    m_services.secrets->remove(m_services.profile.userKeySecretEntry(m_record.userId, keyId), this,
                               [this, keyId, next](const SecretStore::Outcome &o) {
                                   if (o.ok() && m_services.profiles)
                                       m_services.profiles->removeUserKeySecret(m_services.profile.name,
                                                                                m_record.userId, keyId);
                                   // The key is revoked: a leftover secret is useless, so only warn.
                                   if (!o.ok())
                                       emit progress(tr("Could not remove the secret of key %1: %2")
                                                         .arg(keyId, o.message));
                                   next();
                               });
}

void RotationRecovery::resolve(const QString &how)
{
    if (m_services.journal)
        m_services.journal->remove(m_record.id());
    qCInfo(lcRecovery) << "rotation of" << m_record.oldKeyId << how;
    emit progress(how);
    m_busy = false;
    emit finished(true);
}

void RotationRecovery::resume()
{
    if (m_busy || !m_assessment.canResume())
        return;
    m_busy = true;
    const Assessment a = m_assessment;
    auto finish = [this, a] {
        revokeEach(a.leftovers, [this] { resolve(tr("The rotation is complete.")); });
    };
    auto revokeOld = [this, a, finish] {
        if (!a.oldKey)
            return forget(m_record.oldKeyId, finish);
        emit progress(tr("Revoking the old key %1…").arg(m_record.oldKeyId));
        m_client->deleteKey(m_record.userId, m_record.oldKeyId, this, [this, finish](const Result<bool> &r) {
            audit(QStringLiteral("DeletePrimeApiUserKey"), {m_record.userId, m_record.oldKeyId},
                  r.ok() ? nullptr : &r.error);
            if (!r.ok())
                return stopAfter(r.error, tr("Revoking the old key failed"));
            forget(m_record.oldKeyId, finish);
        });
    };
    if (!a.oldKey || sorted(a.oldKey->whitelistedIps) == sorted(a.newKey->whitelistedIps))
        return revokeOld();
    const QStringList ips = a.oldKey->whitelistedIps;
    //: "allow-list" = the IP addresses and ranges from which an API key may be used
    emit progress(tr("Copying the allow-list to the new key…"));
    m_client->updateKeyIps(m_record.userId, a.newKey->id, ips, this, [this, a, revokeOld](const Result<ApiKey> &r) {
        audit(QStringLiteral("UpdatePrimeApiUserKey"), {m_record.userId, a.newKey->id}, r.ok() ? nullptr : &r.error);
        if (!r.ok())
            return stopAfter(r.error,
                             //: "allow-list" = the IP addresses and ranges from which an API key may be used
                             tr("Copying the allow-list failed"));
        revokeOld();
    });
}

void RotationRecovery::rollBack()
{
    if (m_busy || !m_assessment.canRollBack())
        return;
    m_busy = true;
    QStringList ids = m_assessment.leftovers;
    if (m_assessment.newKey && !ids.contains(m_assessment.newKey->id))
        ids.prepend(m_assessment.newKey->id);
    revokeEach(ids, [this] { resolve(tr("The rotation was rolled back; the old key keeps working.")); });
}

} // namespace prime
