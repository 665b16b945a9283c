#include "KeyRotation.h"

#include "PrimeClient.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRotation, "prime.core.rotation")

namespace prime {

namespace {
const ApiKey *findKey(const QList<ApiKey> &keys, const QString &id)
{
    for (const ApiKey &k : keys)
        if (k.id == id)
            return &k;
    return nullptr;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}
} // namespace

KeyRotation::KeyRotation(PrimeClient *client, QString userId, QString oldKeyId, SecretKeeper keep,
                         SecretForgetter forget, QObject *parent)
    : QObject(parent), m_client(client), m_userId(std::move(userId)), m_oldKeyId(std::move(oldKeyId)),
      m_keep(std::move(keep)), m_forget(std::move(forget))
{
}

QString KeyRotation::stepName(Step step)
{
    switch (step) {
    case Step::Idle: return QStringLiteral("idle");
    case Step::ReadOldKey: return QStringLiteral("read_old_key");
    case Step::CreateKey: return QStringLiteral("create_key");
    case Step::KeepSecret: return QStringLiteral("keep_secret");
    case Step::CopyAllowList: return QStringLiteral("copy_allow_list");
    case Step::RevokeOldKey: return QStringLiteral("revoke_old_key");
    case Step::ForgetOldSecret: return QStringLiteral("forget_old_secret");
    case Step::Finished: return QStringLiteral("finished");
    }
    return {};
}

void KeyRotation::start()
{
    if (m_step != Step::Idle)
        return;
    readOldKey();
}

void KeyRotation::enter(Step step)
{
    m_step = step;
    emit stepChanged(step);
}

void KeyRotation::log(bool ok, const QString &text)
{
    JournalEntry e{QDateTime::currentDateTimeUtc(), m_step, ok, text};
    qCInfo(lcRotation) << stepName(m_step) << (ok ? "ok:" : "failed:") << text;
    m_journal.append(e);
    emit journalAppended(e);
}

void KeyRotation::fail(const PrimeError &error, const QString &text)
{
    m_error = error;
    log(false, text + QStringLiteral(": ") + error.message()
                   + (error.details().isEmpty() ? QString() : QStringLiteral(" [") + error.details() + QLatin1Char(']')));
    m_outcome = error.outcomeUnknown ? Outcome::OutcomeUnknown : Outcome::Failed;
    enter(Step::Finished);
    emit finished(m_outcome);
}

void KeyRotation::stopUnknown(const QString &text)
{
    m_error.outcomeUnknown = true;
    log(false, text);
    m_outcome = Outcome::OutcomeUnknown;
    enter(Step::Finished);
    emit finished(m_outcome);
}

void KeyRotation::complete()
{
    m_outcome = Outcome::Completed;
    enter(Step::Finished);
    emit finished(m_outcome);
}

void KeyRotation::rereadKeys(const QString &why, std::function<void(const QList<ApiKey> &)> next)
{
    log(false, why + tr(": re-reading the keys of user %1").arg(m_userId));
    m_client->listKeys(m_userId, this, [this, next = std::move(next)](const Result<QList<ApiKey>> &r) {
        if (!r.ok()) {
            PrimeError e = r.error;
            e.outcomeUnknown = true;
            fail(e, tr("re-reading the keys failed; the last change may or may not have been applied"));
            return;
        }
        next(*r.value);
    });
}

void KeyRotation::readOldKey()
{
    enter(Step::ReadOldKey);
    m_client->listKeys(m_userId, this, [this](const Result<QList<ApiKey>> &r) {
        if (!r.ok())
            return fail(r.error, tr("reading the keys of user %1 failed").arg(m_userId));
        const ApiKey *old = findKey(*r.value, m_oldKeyId);
        if (!old) {
            return fail(PrimeError::make(PrimeError::Category::InvalidArguments, QStringLiteral("key_id")),
                        tr("user %1 has no key %2").arg(m_userId, m_oldKeyId));
        }
        m_oldKey = *old;
        for (const ApiKey &k : *r.value)
            m_keyIdsBefore.insert(k.id);
        log(true, tr("old key %1 (%2) has %n allowed IP(s)", nullptr, int(old->whitelistedIps.size()))
                      .arg(old->id, old->publicKey));
        createKey();
    });
}

void KeyRotation::createKey()
{
    enter(Step::CreateKey);
    m_client->createKey(m_userId, this, [this](const Result<CreatedKey> &r) {
        if (r.ok()) {
            m_newKey = r.value->key;
            log(true, tr("created new key %1 (%2)").arg(r.value->key.id, r.value->key.publicKey));
            keepSecret(*r.value);
            return;
        }
        if (!r.error.outcomeUnknown)
            return fail(r.error, tr("creating the new key failed; the old key is untouched"));
        m_error = r.error;
        afterAmbiguousCreate();
    });
}

void KeyRotation::afterAmbiguousCreate()
{
    rereadKeys(tr("creating the new key got no clear answer"), [this](const QList<ApiKey> &keys) {
        for (const ApiKey &k : keys)
            if (!m_keyIdsBefore.contains(k.id))
                m_orphans << k.id;
        stopUnknown(m_orphans.isEmpty()
                        ? tr("no new key appeared; the old key is untouched. Rotate again.")
                        : tr("key(s) %1 appeared but their secret never arrived: revoke them; the old key is untouched")
                              .arg(m_orphans.join(QStringLiteral(", "))));
    });
}

void KeyRotation::keepSecret(CreatedKey created)
{
    enter(Step::KeepSecret);
    if (!m_keep) {
        created.secret.clear();
        return fail(PrimeError::make(PrimeError::Category::Other, QStringLiteral("no secret keeper")),
                    tr("nothing keeps the new secret; the old key is untouched"));
    }
    QPointer<KeyRotation> self(this);
    m_keep(created, [self](const QString &error) {
        if (!self)
            return;
        if (!error.isEmpty()) {
            return self->fail(PrimeError::make(PrimeError::Category::Other, error),
                              tr("keeping the new secret failed; the old key is untouched. Revoke new key %1")
                                  .arg(self->m_newKey->id));
        }
        self->log(true, tr("new secret kept"));
        self->copyAllowList();
    });
    created.secret.clear();
}

void KeyRotation::copyAllowList()
{
    enter(Step::CopyAllowList);
    const QStringList ips = m_oldKey->whitelistedIps;
    if (ips.isEmpty() && m_newKey->whitelistedIps.isEmpty()) {
        //: "allow-list" = the IP addresses and ranges from which an API key may be used
        log(true, tr("the old key has no allow-list; nothing to copy"));
        return revokeOldKey();
    }
    m_client->updateKeyIps(m_userId, m_newKey->id, ips, this, [this, ips](const Result<ApiKey> &r) {
        if (r.ok()) {
            m_newKey = *r.value;
            //: "allow-list" = the IP addresses and ranges from which an API key may be used
            log(true, tr("copied the allow-list (%1) to the new key").arg(ips.join(QStringLiteral(", "))));
            return revokeOldKey();
        }
        if (!r.error.outcomeUnknown)
            return fail(r.error,
                        //: "allow-list" = the IP addresses and ranges from which an API key may be used
                        tr("copying the allow-list failed; the old key is untouched"));
        m_error = r.error;
        //: "allow-list" = the IP addresses and ranges from which an API key may be used
        rereadKeys(tr("copying the allow-list got no clear answer"), [this, ips](const QList<ApiKey> &keys) {
            const ApiKey *k = findKey(keys, m_newKey->id);
            if (k && sorted(k->whitelistedIps) == sorted(ips)) {
                m_newKey = *k;
                //: "allow-list" = the IP addresses and ranges from which an API key may be used
                log(true, tr("re-read: the new key has the allow-list"));
                return revokeOldKey();
            }
            //: "allow-list" = the IP addresses and ranges from which an API key may be used
            stopUnknown(tr("re-read: the new key does not have the allow-list; the old key is untouched"));
        });
    });
}

void KeyRotation::revokeOldKey()
{
    enter(Step::RevokeOldKey);
    m_client->deleteKey(m_userId, m_oldKeyId, this, [this](const Result<bool> &r) {
        if (r.ok()) {
            m_oldRevoked = true;
            log(true, tr("revoked the old key %1").arg(m_oldKeyId));
            return forgetOldSecret();
        }
        if (!r.error.outcomeUnknown)
            return fail(r.error, tr("revoking the old key failed; both keys are active"));
        m_error = r.error;
        rereadKeys(tr("revoking the old key got no clear answer"), [this](const QList<ApiKey> &keys) {
            if (!findKey(keys, m_oldKeyId)) {
                m_oldRevoked = true;
                log(true, tr("re-read: the old key is gone"));
                return forgetOldSecret();
            }
            stopUnknown(tr("re-read: the old key %1 is still active; revoke it").arg(m_oldKeyId));
        });
    });
}

void KeyRotation::forgetOldSecret()
{
    enter(Step::ForgetOldSecret);
    m_error = PrimeError();
    if (!m_forget) {
        log(true, tr("no stored secret to forget"));
        return complete();
    }
    QPointer<KeyRotation> self(this);
    m_forget(*m_oldKey, [self](const QString &error) {
        if (!self)
            return;
        // The old key is revoked: a leftover secret is useless, so this only warns.
        self->log(error.isEmpty(), error.isEmpty() ? tr("forgot the old secret")
                                                   : tr("could not remove the old secret: %1").arg(error));
        self->complete();
    });
}

} // namespace prime
