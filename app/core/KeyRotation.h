#pragma once

#include "ApiKey.h"
#include "PrimeError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace prime {

class PrimeClient;

// Replaces one API key of a user by a new one in the only safe order:
//   read the old key → create the new key → keep its secret (keychain write and
//   read-back, or showing it once) → copy the old allow-list to the new key →
//   revoke the old key → forget the old secret.
// The old key is never revoked before the new secret is kept. Mutations are
// never retried: after an ambiguous answer the keys are re-read, and the
// rotation either continues (the change is visible) or stops with
// Outcome::OutcomeUnknown, saying what it saw. Every step lands in a journal
// (no secrets in it) that the GUI shows and primectl prints.
class KeyRotation : public QObject
{
    Q_OBJECT
public:
    enum class Step { Idle, ReadOldKey, CreateKey, KeepSecret, CopyAllowList, RevokeOldKey,
                      ForgetOldSecret, Finished };
    Q_ENUM(Step)
    enum class Outcome { Running, Completed, Failed, OutcomeUnknown };
    Q_ENUM(Outcome)

    struct JournalEntry
    {
        QDateTime at;
        Step step = Step::Idle;
        bool ok = true;
        QString text;
    };

    // Report an empty string for success, else why the step failed.
    using Report = std::function<void(const QString &error)>;
    // Must keep the new secret durably (or hand it to the user) before reporting success.
    using SecretKeeper = std::function<void(const CreatedKey &key, Report done)>;
    // Removes the old key's stored secret, if any; optional.
    using SecretForgetter = std::function<void(const ApiKey &oldKey, Report done)>;

    KeyRotation(PrimeClient *client, QString userId, QString oldKeyId, SecretKeeper keep,
                SecretForgetter forget = {}, QObject *parent = nullptr);

    void start();

    Step step() const { return m_step; }
    Outcome outcome() const { return m_outcome; }
    const QList<JournalEntry> &journal() const { return m_journal; }
    // The failure that stopped the rotation (a Prime error, or Other with detail).
    const PrimeError &error() const { return m_error; }
    const std::optional<ApiKey> &oldKey() const { return m_oldKey; }
    const std::optional<ApiKey> &newKey() const { return m_newKey; }
    // Keys that appeared after an ambiguous create: their secrets were never seen.
    const QStringList &orphanKeyIds() const { return m_orphans; }
    // True once the old key is known to be revoked.
    bool oldKeyRevoked() const { return m_oldRevoked; }

    static QString stepName(Step step);

signals:
    void stepChanged(prime::KeyRotation::Step step);
    void journalAppended(const prime::KeyRotation::JournalEntry &entry);
    void finished(prime::KeyRotation::Outcome outcome);

private:
    void enter(Step step);
    void log(bool ok, const QString &text);
    void fail(const PrimeError &error, const QString &text);
    void stopUnknown(const QString &text);
    void complete();

    void readOldKey();
    void createKey();
    void afterAmbiguousCreate();
    void keepSecret(CreatedKey created);
    void copyAllowList();
    void revokeOldKey();
    void forgetOldSecret();
    // Lists the user's keys and hands them on; a failed read stops the rotation.
    void rereadKeys(const QString &why, std::function<void(const QList<ApiKey> &)> next);

    QPointer<PrimeClient> m_client;
    QString m_userId;
    QString m_oldKeyId;
    SecretKeeper m_keep;
    SecretForgetter m_forget;
    Step m_step = Step::Idle;
    Outcome m_outcome = Outcome::Running;
    QList<JournalEntry> m_journal;
    PrimeError m_error;
    std::optional<ApiKey> m_oldKey;
    std::optional<ApiKey> m_newKey;
    QSet<QString> m_keyIdsBefore;
    QStringList m_orphans;
    bool m_oldRevoked = false;
};

} // namespace prime
