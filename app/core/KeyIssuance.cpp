#include "KeyIssuance.h"

#include "MutationAudit.h"
#include "PrimeClient.h"
#include "ProfileCredentials.h"
#include "ProfileStore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcIssuance, "prime.core.issuance")

namespace prime {

namespace {
const QString kCreateOp = QStringLiteral("CreatePrimeApiUserKey");
}

KeyIssuance::KeyIssuance(Services services, QString userId, QObject *parent)
    : QObject(parent), m_services(std::move(services)), m_client(m_services.client), m_userId(std::move(userId))
{
}

KeyIssuance::~KeyIssuance() = default; // SecretBytes wipes an untaken secret

void KeyIssuance::start()
{
    if (m_step != Step::Idle)
        return;
    // The keys before the create tell an ambiguous answer's new key apart from old ones.
    enter(Step::ReadKeys);
    m_client->listKeys(m_userId, this, [this](const Result<QList<ApiKey>> &r) {
        if (!r.ok()) {
            m_error = r.error;
            return finish(Outcome::Failed);
        }
        for (const ApiKey &k : *r.value)
            m_before.insert(k.id);
        createKey();
    });
}

SecretBytes KeyIssuance::takeSecret()
{
    SecretBytes out = std::move(m_secret);
    m_secret.clear();
    return out;
}

QString KeyIssuance::secretEntry() const
{
    return m_key ? m_services.profile.userKeySecretEntry(m_userId, m_key->id) : QString();
}

QString KeyIssuance::summary() const
{
    switch (m_outcome) {
    case Outcome::Running:
        return tr("Issuing a key for %1…").arg(m_userId);
    case Outcome::Stored:
        return tr("Key %1 issued; its secret is stored in the keychain.").arg(m_key->id);
    case Outcome::NotStored:
        return tr("Key %1 issued, but the keychain did not keep its secret: %2")
            .arg(m_key->id, m_store.message);
    case Outcome::Failed:
        return tr("Issuing a key failed: %1").arg(m_error.message());
    case Outcome::OutcomeUnknown:
        if (m_orphans.isEmpty())
            return tr("Kraken gave no clear answer; the keys were re-read and no new key appeared.");
        return tr("Kraken gave no clear answer; key(s) %1 appeared but their secret never arrived: revoke them.")
            .arg(m_orphans.join(QStringLiteral(", ")));
    }
    return {};
}

void KeyIssuance::enter(Step step)
{
    m_step = step;
    emit stepChanged(step);
}

void KeyIssuance::finish(Outcome outcome)
{
    m_outcome = outcome;
    qCInfo(lcIssuance) << "issuing a key for" << m_userId << "ended:" << outcome;
    enter(Step::Finished);
    emit finished(outcome);
}

void KeyIssuance::audit(const PrimeError *error, const QString &note)
{
    QStringList targets{m_userId};
    if (m_key)
        targets << m_key->id;
    auditMutation(m_services.audit, m_services.profile.name, kCreateOp, targets, error, note);
}

void KeyIssuance::createKey()
{
    enter(Step::CreateKey);
    m_client->createKey(m_userId, this, [this](const Result<CreatedKey> &r) {
        if (r.ok()) {
            m_key = r.value->key;
            m_secret = r.value->secret;
            audit(nullptr);
            return storeSecret();
        }
        m_error = r.error;
        if (!r.error.outcomeUnknown) {
            audit(&m_error);
            return finish(Outcome::Failed);
        }
        afterAmbiguousCreate();
    });
}

void KeyIssuance::afterAmbiguousCreate()
{
    m_client->listKeys(m_userId, this, [this](const Result<QList<ApiKey>> &r) {
        if (!r.ok()) {
            audit(&m_error, QStringLiteral("re-reading the keys failed"));
            return finish(Outcome::OutcomeUnknown);
        }
        m_keysAfter = *r.value;
        for (const ApiKey &k : std::as_const(m_keysAfter))
            if (!m_before.contains(k.id))
                m_orphans << k.id;
        audit(&m_error, m_orphans.isEmpty() ? QStringLiteral("re-read: no new key")
                                            : QStringLiteral("re-read: orphan key(s) ") + m_orphans.join(QLatin1Char(',')));
        finish(Outcome::OutcomeUnknown);
    });
}

void KeyIssuance::storeSecret()
{
    enter(Step::StoreSecret);
    auto done = [this](const SecretStore::Outcome &o) {
        m_store = o;
        finish(o.ok() ? Outcome::Stored : Outcome::NotStored);
    };
    // SecretStore::write reads the entry back and compares before it reports Ok.
    if (m_services.profiles) {
        storeUserKeySecret(*m_services.profiles, *m_services.secrets, m_services.profile, m_userId, m_key->id,
                           m_secret, this, done);
    } else {
        m_services.secrets->write(secretEntry(), m_secret, this, done);
    }
}

} // namespace prime
