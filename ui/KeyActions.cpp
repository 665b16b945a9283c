#include "KeyActions.h"

#include "IpAllowListEditor.h"
#include "RevokeKeyDialog.h"
#include "RotationWizard.h"
#include "SecretRevealDialog.h"

#include <KeyIssuance.h>
#include <KeysModel.h>
#include <MutationAudit.h>
#include <PrimeClient.h>
#include <RotationRecovery.h>
#include <ProfileStore.h>
#include <SecretStore.h>
#include <Session.h>
#include <UsersModel.h>

#include <QAction>

namespace prime::ui {

namespace {
QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}
} // namespace

KeyActions::KeyActions(models::KeysModel *keys, models::UsersModel *users, SelectedKey selectedKey,
                       TargetUser targetUser, QWidget *dialogParent)
    : QObject(dialogParent), m_keys(keys), m_users(users), m_selectedKey(std::move(selectedKey)),
      m_targetUser(std::move(targetUser)), m_parent(dialogParent),
      m_issue(new QAction(tr("&Issue key…"), this)),
      //: "allow-list" = the IP addresses and ranges from which an API key may be used
      m_allowList(new QAction(tr("IP &allow-list…"), this)),
      m_rotate(new QAction(tr("R&otate…"), this)), m_revoke(new QAction(tr("Re&voke…"), this)),
      m_resume(new QAction(tr("Resume &rotation…"), this))
{
    m_issue->setObjectName(QStringLiteral("issueKeyAction"));
    // A tool button drops the mnemonic of its action's text: a real shortcut instead (active while shown).
    m_issue->setShortcut(QKeySequence::New);
    m_allowList->setObjectName(QStringLiteral("allowListAction"));
    m_rotate->setObjectName(QStringLiteral("rotateKeyAction"));
    m_revoke->setObjectName(QStringLiteral("revokeKeyAction"));
    m_resume->setObjectName(QStringLiteral("resumeRotationAction"));
    connect(m_issue, &QAction::triggered, this, &KeyActions::issueKey);
    connect(m_allowList, &QAction::triggered, this, &KeyActions::editAllowList);
    connect(m_rotate, &QAction::triggered, this, &KeyActions::rotateKey);
    connect(m_revoke, &QAction::triggered, this, &KeyActions::revokeKey);
    connect(m_resume, &QAction::triggered, this, &KeyActions::resumeRotation);
    updateEnabled();
}

SecretRevealDialog *KeyActions::secretDialog() const
{
    return m_secretDialog;
}

IpAllowListEditor *KeyActions::allowListEditor() const
{
    return m_editor;
}

RevokeKeyDialog *KeyActions::revokeDialog() const
{
    return m_revokeDialog;
}

RotationWizard *KeyActions::rotationWizard() const
{
    return m_wizard;
}

void KeyActions::setStores(SecretStore *secrets, ProfileStore *profiles, RotationJournal *journal)
{
    m_secrets = secrets;
    m_profiles = profiles;
    m_journal = journal;
    if (m_journal)
        connect(m_journal, &RotationJournal::changed, this, &KeyActions::updateEnabled, Qt::UniqueConnection);
    updateEnabled();
}

void KeyActions::setSession(Session *session)
{
    m_session = session;
    m_sessionSecrets.clear();
    updateEnabled();
    emit secretsChanged();
    const int pending = int(pendingRotations().size());
    if (pending > 0)
        emit notify(MessageBar::Kind::Warning,
                    tr("%n key rotation(s) did not finish. Use “Resume rotation…” on the Keys pane to finish "
                       "or roll back.", nullptr, pending));
}

void KeyActions::updateEnabled()
{
    const bool ready = m_session && m_secrets && m_busy == 0;
    const bool hasKey = m_selectedKey && m_selectedKey().has_value();
    const bool hasUser = m_targetUser && !m_targetUser().isEmpty();
    m_issue->setEnabled(ready && hasUser);
    m_issue->setToolTip((hasUser ? tr("Issue a new API key; its secret is stored in the keychain and shown once.")
                                 : tr("Choose a user (or one of the user's keys) first."))
                        + QStringLiteral(" (%1)").arg(m_issue->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *a : {m_allowList, m_rotate, m_revoke})
        a->setEnabled(ready && hasKey);
    const bool pending = m_session && !pendingRotations().isEmpty();
    m_resume->setVisible(pending);
    m_resume->setEnabled(ready && pending && !m_wizard);
}

ConnectionProfile KeyActions::connectionProfile() const
{
    ConnectionProfile p;
    if (m_session) {
        p.name = m_session->profile().name;
        p.baseUrl = m_session->profile().baseUrl;
    }
    return p;
}

ProfileStore *KeyActions::markerStore() const
{
    // The temporary sandbox profile is never written to settings.
    return m_session && !m_session->profile().temporary ? m_profiles : nullptr;
}

bool KeyActions::holdsSecret(const QString &userId, const QString &keyId) const
{
    if (ProfileStore *store = markerStore())
        return store->hasUserKeySecret(connectionProfile().name, userId, keyId);
    return m_sessionSecrets.contains(userId + QLatin1Char('/') + keyId);
}

void KeyActions::markSecret(const QString &userId, const QString &keyId, bool held)
{
    const QString token = userId + QLatin1Char('/') + keyId;
    if (held)
        m_sessionSecrets.insert(token);
    else
        m_sessionSecrets.remove(token);
    if (ProfileStore *store = markerStore()) {
        if (held)
            store->addUserKeySecret(connectionProfile().name, userId, keyId);
        else
            store->removeUserKeySecret(connectionProfile().name, userId, keyId);
    }
    emit secretsChanged();
}

QList<RotationRecord> KeyActions::pendingRotations() const
{
    if (!m_journal || !m_session)
        return {};
    return m_journal->pending(m_session->profile().name, SecretStore::normalizedBaseUrl(m_session->profile().baseUrl));
}

void KeyActions::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    updateEnabled();
    emit busyChanged(m_busy > 0);
}

void KeyActions::audit(const QString &operation, const QStringList &targets, const PrimeError *error,
                       const QString &note)
{
    if (m_session)
        auditMutation(m_session->auditLog(), m_session->profile().name, operation, targets, error, note);
}

void KeyActions::reloadUser(const QString &userId, std::function<void(const QList<ApiKey> &)> then)
{
    if (!m_session)
        return;
    setBusy(true);
    m_session->client()->listKeys(userId, this, [this, userId, then](const Result<QList<ApiKey>> &r) {
        setBusy(false);
        if (!r.ok()) {
            emit failed(tr("Re-reading the keys of %1").arg(m_users->userName(userId)), r.error);
            return;
        }
        m_keys->setKeysForUser(userId, *r.value);
        m_users->setKeyCount(userId, int(r.value->size()));
        if (then)
            then(*r.value);
    });
}

void KeyActions::issueKey()
{
    const QString userId = m_targetUser ? m_targetUser() : QString();
    if (!m_session || !m_secrets || userId.isEmpty() || m_busy)
        return;
    KeyIssuance::Services services{m_session->client(), m_secrets, nullptr, m_session->auditLog(),
                                   connectionProfile()};
    auto *issuance = new KeyIssuance(services, userId, this);
    connect(issuance, &KeyIssuance::finished, this, [this, issuance] {
        setBusy(false);
        onIssued(issuance);
        issuance->deleteLater();
    });
    setBusy(true);
    emit notify(MessageBar::Kind::Information, tr("Issuing a key for %1…").arg(m_users->userName(userId)));
    issuance->start();
}

void KeyActions::onIssued(KeyIssuance *issuance)
{
    const QString userId = issuance->userId();
    using Outcome = KeyIssuance::Outcome;
    switch (issuance->outcome()) {
    case Outcome::Running:
        return;
    case Outcome::Failed:
        emit failed(tr("Issuing a key for %1").arg(m_users->userName(userId)), issuance->error());
        return;
    case Outcome::OutcomeUnknown:
        if (!issuance->keysAfter().isEmpty() || !issuance->orphanKeyIds().isEmpty()) {
            m_keys->setKeysForUser(userId, issuance->keysAfter());
            m_users->setKeyCount(userId, int(issuance->keysAfter().size()));
        }
        emit notify(MessageBar::Kind::Warning, issuance->summary());
        return;
    case Outcome::Stored:
    case Outcome::NotStored:
        break;
    }
    const bool stored = issuance->outcome() == Outcome::Stored;
    ApiKey key = *issuance->key();
    key.userId = userId;
    if (stored)
        markSecret(userId, key.id, true);
    m_keys->upsert(key);
    m_users->setKeyCount(userId, int(std::count_if(m_keys->records().cbegin(), m_keys->records().cend(),
                                                   [&](const ApiKey &k) { return k.userId == userId; })));
    const SecretBytes secret = issuance->takeSecret();
    m_secretDialog = new SecretRevealDialog(key, secret, {stored, issuance->storeOutcome().message,
                                                          issuance->secretEntry()}, m_parent);
    m_secretDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_secretDialog->open();
    emit notify(stored ? MessageBar::Kind::Information : MessageBar::Kind::Warning, issuance->summary());
}

void KeyActions::editAllowList()
{
    const std::optional<ApiKey> key = m_selectedKey ? m_selectedKey() : std::nullopt;
    if (!m_session || !key || m_busy)
        return;
    m_editor = new IpAllowListEditor(key->id, key->whitelistedIps, m_parent);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &IpAllowListEditor::saveRequested, this,
            [this, key = *key](const QStringList &ips) { saveAllowList(key, ips); });
    m_editor->open();
}

void KeyActions::saveAllowList(const ApiKey &key, const QStringList &ips)
{
    if (m_editor)
        m_editor->setEnabled(false);
    setBusy(true);
    const QString op = QStringLiteral("UpdatePrimeApiUserKey");
    m_session->client()->updateKeyIps(key.userId, key.id, ips, this, [this, key, ips, op](const Result<ApiKey> &r) {
        setBusy(false);
        if (m_editor)
            m_editor->setEnabled(true);
        if (r.ok()) {
            audit(op, {key.userId, key.id});
            ApiKey updated = *r.value;
            updated.userId = key.userId;
            m_keys->upsert(updated);
            if (m_editor)
                m_editor->accept();
            emit notify(MessageBar::Kind::Information,
                        ips.isEmpty() ? tr("Key %1 now accepts requests from any address.").arg(key.id)
                                      : tr("Key %1 accepts requests from %n address(es) or range(s).", nullptr,
                                           int(ips.size())).arg(key.id));
            return;
        }
        audit(op, {key.userId, key.id}, &r.error);
        if (!r.error.outcomeUnknown)
            return emit failed(
                               //: "allow-list" = the IP addresses and ranges from which an API key may be used
                               tr("Saving the allow-list of key %1").arg(key.id), r.error);
        reloadUser(key.userId, [this, key, ips](const QList<ApiKey> &keys) {
            for (const ApiKey &k : keys)
                if (k.id == key.id && sorted(k.whitelistedIps) == sorted(ips)) {
                    if (m_editor)
                        m_editor->accept();
                    return emit notify(MessageBar::Kind::Information,
                                       //: "allow-list" = the IP addresses and ranges from which an API key may be used
                                       tr("Kraken gave no clear answer; the re-read shows the new allow-list is in place."));
                }
            emit notify(MessageBar::Kind::Warning,
                        //: "allow-list" = the IP addresses and ranges from which an API key may be used
                        tr("Kraken gave no clear answer; the re-read shows the allow-list unchanged. Save again to retry."));
        });
    });
}

void KeyActions::revokeKey()
{
    const std::optional<ApiKey> key = m_selectedKey ? m_selectedKey() : std::nullopt;
    if (!m_session || !key || m_busy)
        return;
    m_revokeDialog = new RevokeKeyDialog(key->id, m_users->userName(key->userId), holdsSecret(key->userId, key->id),
                                         m_parent);
    m_revokeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_revokeDialog, &RevokeKeyDialog::revokeRequested, this, [this, key = *key] { revoke(key); });
    m_revokeDialog->open();
}

void KeyActions::revoke(const ApiKey &key)
{
    if (m_revokeDialog)
        m_revokeDialog->setEnabled(false);
    setBusy(true);
    const QString op = QStringLiteral("DeletePrimeApiUserKey");
    auto forget = [this, key] {
        // The key is gone: its secret is useless, delete it from the keychain too.
        m_secrets->remove(connectionProfile().userKeySecretEntry(key.userId, key.id), this,
                          [this, key](const SecretStore::Outcome &o) {
                              if (o.ok())
                                  markSecret(key.userId, key.id, false);
                              else
                                  emit notify(MessageBar::Kind::Warning,
                                              tr("Key %1 is revoked, but its secret could not be deleted from the "
                                                 "keychain: %2").arg(key.id, o.message));
                          });
    };
    m_session->client()->deleteKey(key.userId, key.id, this, [this, key, op, forget](const Result<bool> &r) {
        setBusy(false);
        if (m_revokeDialog)
            m_revokeDialog->setEnabled(true);
        audit(op, {key.userId, key.id}, r.ok() ? nullptr : &r.error);
        if (!r.ok() && !r.error.outcomeUnknown)
            return emit failed(tr("Revoking key %1").arg(key.id), r.error);
        // Success or not, show the user's keys as Kraken now has them.
        reloadUser(key.userId, [this, key, forget, ambiguous = !r.ok()](const QList<ApiKey> &keys) {
            const bool gone = std::none_of(keys.cbegin(), keys.cend(), [&](const ApiKey &k) { return k.id == key.id; });
            if (!gone) {
                return emit notify(MessageBar::Kind::Warning,
                                   tr("Kraken gave no clear answer; the re-read shows key %1 still active.").arg(key.id));
            }
            if (m_revokeDialog)
                m_revokeDialog->accept();
            forget();
            emit notify(MessageBar::Kind::Information,
                        ambiguous ? tr("Kraken gave no clear answer; the re-read shows key %1 revoked.").arg(key.id)
                                  : tr("Key %1 is revoked.").arg(key.id));
        });
    });
}

void KeyActions::rotateKey()
{
    const std::optional<ApiKey> key = m_selectedKey ? m_selectedKey() : std::nullopt;
    if (!m_session || !key || m_busy || m_wizard)
        return;
    QStringList before;
    for (const ApiKey &k : m_keys->records())
        if (k.userId == key->userId)
            before << k.id;
    openWizard(new RotationWizard({m_session->client(), m_secrets, markerStore(), m_session->auditLog(), m_journal,
                                   connectionProfile()},
                                  key->userId, key->id, before, m_parent));
    m_wizard->setUserName(m_users->userName(key->userId));
}

void KeyActions::resumeRotation()
{
    const QList<RotationRecord> pending = pendingRotations();
    if (!m_session || pending.isEmpty() || m_wizard)
        return;
    openWizard(new RotationWizard({m_session->client(), m_secrets, markerStore(), m_session->auditLog(), m_journal,
                                   connectionProfile()},
                                  pending.first(), m_parent));
}

void KeyActions::openWizard(RotationWizard *wizard)
{
    m_wizard = wizard;
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &RotationWizard::keysChanged, this, [this](const QString &userId) { reloadUser(userId); });
    connect(m_wizard, &RotationWizard::resolved, this, [this, w = m_wizard.data()] {
        // The new key's secret is in the keychain, the old one's is gone.
        const QString userId = w->userId();
        const QString oldId = w->oldKeyId();
        QString newId;
        if (w->rotation() && w->rotation()->newKey())
            newId = w->rotation()->newKey()->id;
        else if (w->recovery())
            newId = w->recovery()->record().newKeyId;
        if (userId.isEmpty())
            return;
        if (!newId.isEmpty())
            markSecret(userId, newId, true);
        if (!oldId.isEmpty())
            markSecret(userId, oldId, false);
    });
    connect(m_wizard, &QObject::destroyed, this, &KeyActions::updateEnabled);
    m_wizard->open();
    updateEnabled();
}

} // namespace prime::ui
