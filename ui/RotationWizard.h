#pragma once

#include <ConnectionProfile.h>
#include <KeyRotation.h>
#include <RotationJournal.h>
#include <RotationRecovery.h> // QPointer<RotationRecovery> converts in an inline accessor

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace prime {
class AuditLog;
class PrimeClient;
class ProfileStore;
class RotationRecovery;
class SecretStore;
} // namespace prime

namespace prime::ui {

class SecretRevealDialog;

// Rotates one key with prime::KeyRotation and shows each step with its state:
// create the new key → store and verify its secret (and show it once) → copy
// the allow-list → revoke the old key → delete the old secret. The progress is
// journaled (RotationJournal) so a crash or failure can be resumed or rolled
// back; opened on a journal record, the wizard starts in that recovery mode.
// Every mutation lands in the audit log.
class RotationWizard : public QDialog
{
    Q_OBJECT
public:
    struct Services
    {
        PrimeClient *client = nullptr;
        SecretStore *secrets = nullptr;
        ProfileStore *profiles = nullptr; // null for temporary profiles: no keychain markers
        AuditLog *audit = nullptr;
        RotationJournal *journal = nullptr;
        ConnectionProfile profile;
    };

    // A new rotation of `oldKeyId`; `keyIdsBefore` are the user's keys as listed now.
    RotationWizard(Services services, const QString &userId, const QString &oldKeyId,
                   const QStringList &keyIdsBefore, QWidget *parent = nullptr);
    // Recovery of an unfinished rotation.
    RotationWizard(Services services, const RotationRecord &record, QWidget *parent = nullptr);
    ~RotationWizard() override;

    void start();
    // Names the user in the texts (the id is used until then).
    void setUserName(const QString &name);
    const QString &userId() const { return m_userId; }
    const QString &oldKeyId() const { return m_oldKeyId; }
    KeyRotation *rotation() const { return m_rotation; }
    RotationRecovery *recovery() const { return m_recovery; }
    SecretRevealDialog *secretDialog() const { return m_secretDialog; }
    // "waiting", "running", "done", "failed", "skipped" per KeyRotation::Step.
    QString stepState(KeyRotation::Step step) const;
    bool isRunning() const;
    bool isResolved() const { return m_resolved; }

signals:
    // Something changed on the server (keys created, revoked, allow-lists): reload.
    void keysChanged(const QString &userId);
    // The rotation completed or was resolved by resume/roll-back.
    void resolved();

private:
    void build();
    void setStepState(KeyRotation::Step step, const QString &state);
    void appendLog(const QString &text, bool ok = true);
    void keepSecret(const CreatedKey &created, KeyRotation::Report done);
    void forgetOldSecret(const ApiKey &oldKey, KeyRotation::Report done);
    void onStep(KeyRotation::Step step);
    void onFinished(KeyRotation::Outcome outcome);
    void auditStep(KeyRotation::Step step, const PrimeError *error);
    void startRecovery(const RotationRecord &record);
    void updateButtons();

    Services m_services;
    QString m_userId;
    QString m_oldKeyId;
    QStringList m_keyIdsBefore;
    QPointer<KeyRotation> m_rotation;
    QPointer<RotationRecovery> m_recovery;
    QPointer<SecretRevealDialog> m_secretDialog;
    KeyRotation::Step m_lastStep = KeyRotation::Step::Idle;
    bool m_resolved = false;
    bool m_rollingBack = false;

    QString m_userName;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_steps = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_recoveryText = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_rollBack = nullptr;
    QPushButton *m_checkAgain = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace prime::ui
