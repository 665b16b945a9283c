#pragma once

#include "ApiKey.h"
#include "ConnectionProfile.h"
#include "PrimeError.h"
#include "SecretStore.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace prime {

class AuditLog;
class PrimeClient;
class ProfileStore;

// Issues a new API key for a user in the order that never loses its secret:
//   read the user's keys → create the key → write its secret to the keychain
//   and read it back → hand the secret over once (takeSecret()).
// If the keychain write fails the secret is still handed over (Kraken will never
// return it again) with Outcome::NotStored so the UI can warn. Creating is never
// retried: after an ambiguous answer the keys are re-read and keys that appeared
// without their secret ever arriving are reported as orphans to revoke.
class KeyIssuance : public QObject
{
    Q_OBJECT
public:
    enum class Step { Idle, ReadKeys, CreateKey, StoreSecret, Finished };
    Q_ENUM(Step)
    enum class Outcome { Running, Stored, NotStored, Failed, OutcomeUnknown };
    Q_ENUM(Outcome)

    struct Services
    {
        PrimeClient *client = nullptr;
        SecretStore *secrets = nullptr;
        ProfileStore *profiles = nullptr; // null: do not record the keychain marker
        AuditLog *audit = nullptr;        // null: no audit line
        ConnectionProfile profile;        // names the keychain entry
    };

    KeyIssuance(Services services, QString userId, QObject *parent = nullptr);
    ~KeyIssuance() override;

    void start();

    Step step() const { return m_step; }
    Outcome outcome() const { return m_outcome; }
    const QString &userId() const { return m_userId; }
    // The created key (set once CreateKey succeeded).
    const std::optional<ApiKey> &key() const { return m_key; }
    // Moves the secret out; later calls return an empty value. Show it once.
    SecretBytes takeSecret();
    bool hasSecret() const { return !m_secret.isEmpty(); }
    // Why the keychain did not keep the secret (Outcome::NotStored).
    const SecretStore::Outcome &storeOutcome() const { return m_store; }
    const PrimeError &error() const { return m_error; }
    // Keys that appeared after an ambiguous create; their secrets were never seen.
    const QStringList &orphanKeyIds() const { return m_orphans; }
    // The keys as re-read after an ambiguous create (what actually happened).
    const QList<ApiKey> &keysAfter() const { return m_keysAfter; }
    QString secretEntry() const;
    // One sentence for the message bar or the dialog.
    QString summary() const;

signals:
    void stepChanged(prime::KeyIssuance::Step step);
    void finished(prime::KeyIssuance::Outcome outcome);

private:
    void enter(Step step);
    void finish(Outcome outcome);
    void createKey();
    void storeSecret();
    void afterAmbiguousCreate();
    void audit(const PrimeError *error, const QString &note = {});

    Services m_services;
    QPointer<PrimeClient> m_client;
    QString m_userId;
    Step m_step = Step::Idle;
    Outcome m_outcome = Outcome::Running;
    QSet<QString> m_before;
    std::optional<ApiKey> m_key;
    SecretBytes m_secret;
    SecretStore::Outcome m_store;
    PrimeError m_error;
    QStringList m_orphans;
    QList<ApiKey> m_keysAfter;
};

} // namespace prime
