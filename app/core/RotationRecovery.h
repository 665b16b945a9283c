#pragma once

#include "ApiKey.h"
#include "ConnectionProfile.h"
#include "PrimeError.h"
#include "RotationJournal.h"

#include <QObject>
#include <QPointer>

namespace prime {

class AuditLog;
class PrimeClient;
class ProfileStore;
class SecretStore;

// Finishes or undoes a rotation that RotationJournal kept because it did not
// complete (a crash, a failure, an ambiguous answer). It first re-reads the
// user's keys and checks the keychain (assess), then on request either resumes
// (the new secret is safe: copy the allow-list, revoke the old key, forget the
// old secret) or rolls back (revoke the new key and any key left behind, forget
// the new secret; the old key stays). Nothing is retried: after a failed step
// the state is assessed again and shown before the user decides.
class RotationRecovery : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        PrimeClient *client = nullptr;
        SecretStore *secrets = nullptr;
        ProfileStore *profiles = nullptr; // null: no keychain markers to update
        AuditLog *audit = nullptr;
        RotationJournal *journal = nullptr;
        ConnectionProfile profile;
    };

    struct Assessment
    {
        bool valid = false;           // false until a re-read succeeded
        std::optional<ApiKey> oldKey; // still active
        std::optional<ApiKey> newKey; // present on the server
        bool newSecretStored = false; // the keychain holds the new key's secret
        QStringList leftovers;        // keys created by the rotation whose secret is lost
        bool canResume() const { return valid && newKey && newSecretStored; }
        bool canRollBack() const { return valid && oldKey.has_value(); }
    };

    RotationRecovery(Services services, RotationRecord record, QObject *parent = nullptr);

    const RotationRecord &record() const { return m_record; }
    const Assessment &assessment() const { return m_assessment; }
    const PrimeError &error() const { return m_error; }
    bool isBusy() const { return m_busy; }
    // What the assessment means, in words.
    QString describe() const;

    void assess();
    void resume();
    void rollBack();

signals:
    void progress(const QString &text);
    void assessed();
    // ok: the rotation is resolved and its journal record removed.
    void finished(bool ok);

private:
    using Next = std::function<void()>;
    void assessThen(Next next);
    void revokeEach(QStringList ids, Next next);
    void forget(const QString &keyId, Next next);
    void stopAfter(const PrimeError &error, const QString &what);
    void resolve(const QString &how);
    void audit(const QString &operation, const QStringList &targets, const PrimeError *error);

    Services m_services;
    QPointer<PrimeClient> m_client;
    RotationRecord m_record;
    Assessment m_assessment;
    PrimeError m_error;
    bool m_busy = false;
};

} // namespace prime
