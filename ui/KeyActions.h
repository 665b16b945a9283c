#pragma once

#include "MessageBar.h"

#include <ApiKey.h>
#include <ConnectionProfile.h>
#include <PrimeError.h>
#include <RotationJournal.h>

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace prime {
class KeyIssuance;
class ProfileStore;
class SecretStore;
class Session;
namespace models {
class KeysModel;
class UsersModel;
} // namespace models
} // namespace prime

namespace prime::ui {

class IpAllowListEditor;
class RevokeKeyDialog;
class RotationWizard;
class SecretRevealDialog;

// The key mutations of the Keys pane: issue (KeyIssuance, then the show-once
// dialog), edit the IP allow-list, revoke (type-to-confirm, then the keychain
// entry is deleted), rotate (RotationWizard), and resume an unfinished rotation
// found in the journal. Busy state disables the actions; answers update the
// affected user's rows; ambiguous answers re-read that user's keys before
// anything else; every mutation is audited.
class KeyActions : public QObject
{
    Q_OBJECT
public:
    using SelectedKey = std::function<std::optional<ApiKey>()>;
    using TargetUser = std::function<QString()>;

    KeyActions(models::KeysModel *keys, models::UsersModel *users, SelectedKey selectedKey, TargetUser targetUser,
               QWidget *dialogParent);

    // Where secrets and markers live; `journal` keeps unfinished rotations.
    void setStores(SecretStore *secrets, ProfileStore *profiles, RotationJournal *journal);
    void setSession(Session *session);
    bool isBusy() const { return m_busy > 0; }
    void updateEnabled();

    // Whether this keychain holds the secret of a key (saved profiles: the profile's
    // record; the temporary sandbox profile: keys issued in this session).
    bool holdsSecret(const QString &userId, const QString &keyId) const;
    QList<RotationRecord> pendingRotations() const;

    QList<QAction *> actions() const { return {m_issue, m_allowList, m_rotate, m_revoke, m_resume}; }
    QAction *issueAction() const { return m_issue; }
    QAction *allowListAction() const { return m_allowList; }
    QAction *rotateAction() const { return m_rotate; }
    QAction *revokeAction() const { return m_revoke; }
    QAction *resumeAction() const { return m_resume; }

    // The dialog each action opened last (tests, screenshots).
    SecretRevealDialog *secretDialog() const;
    IpAllowListEditor *allowListEditor() const;
    RevokeKeyDialog *revokeDialog() const;
    RotationWizard *rotationWizard() const;

    void issueKey();
    void editAllowList();
    void revokeKey();
    void rotateKey();
    void resumeRotation();

signals:
    void failed(const QString &what, const prime::PrimeError &error);
    void notify(prime::ui::MessageBar::Kind kind, const QString &text);
    void busyChanged(bool busy);
    void secretsChanged();

private:
    ConnectionProfile connectionProfile() const;
    ProfileStore *markerStore() const;
    void markSecret(const QString &userId, const QString &keyId, bool held);
    void reloadUser(const QString &userId, std::function<void(const QList<ApiKey> &)> then = {});
    void setBusy(bool busy);
    void audit(const QString &operation, const QStringList &targets, const PrimeError *error = nullptr, const QString &note = {});
    void onIssued(KeyIssuance *issuance);
    void saveAllowList(const ApiKey &key, const QStringList &ips);
    void revoke(const ApiKey &key);
    void openWizard(RotationWizard *wizard);

    models::KeysModel *m_keys;
    models::UsersModel *m_users;
    SelectedKey m_selectedKey;
    TargetUser m_targetUser;
    QWidget *m_parent;
    QPointer<Session> m_session;
    SecretStore *m_secrets = nullptr;
    ProfileStore *m_profiles = nullptr;
    RotationJournal *m_journal = nullptr;
    QSet<QString> m_sessionSecrets; // "user/key" issued in a temporary session
    int m_busy = 0;
    QPointer<SecretRevealDialog> m_secretDialog;
    QPointer<IpAllowListEditor> m_editor;
    QPointer<RevokeKeyDialog> m_revokeDialog;
    QPointer<RotationWizard> m_wizard;
    QAction *m_issue;
    QAction *m_allowList;
    QAction *m_rotate;
    QAction *m_revoke;
    QAction *m_resume;
};

} // namespace prime::ui
