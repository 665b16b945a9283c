#pragma once

#include "Pane.h"

#include <ApiKey.h>

#include <optional>

class QComboBox;

namespace prime {
class ProfileStore;
class RotationJournal;
class SecretStore;
} // namespace prime

namespace prime::models {
class KeysModel;
class RecordFilterModel;
class UsersModel;
} // namespace prime::models

namespace prime::ui {

class AccountLoader;
class KeyActions;
class PaneHeader;
class RecordTableView;

// The API keys of all users or of one: key id, user, public key, permissions,
// IP allow-list, last update.
class KeysPane : public Pane
{
    Q_OBJECT
public:
    KeysPane(models::KeysModel *keys, models::UsersModel *users, AccountLoader *loader,
             QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("keys"); }
    void setSession(Session *session) override;
    void refresh() override;
    void cancel() override;
    bool isBusy() const override;
    void setFilterText(const QString &text) override;
    int visibleRowCount() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;

    // Limits the list to one user; an empty id shows every user's keys.
    void showUser(const QString &userId);
    QString shownUser() const;
    // Makes the key the current row (if shown); false when it is not in the list.
    bool selectKey(const QString &userId, const QString &keyId);
    KeyActions *actions() const { return m_actions; }
    // Where key secrets are kept and unfinished rotations are journaled.
    void setStores(SecretStore *secrets, ProfileStore *profiles, RotationJournal *journal);
    RecordTableView *view() const { return m_view; }

private:
    void rebuildUserChoices();
    void updateSummary();
    void updateSecretMarkers();
    std::optional<ApiKey> selectedKey() const;

    models::KeysModel *m_keys;
    models::UsersModel *m_users;
    AccountLoader *m_loader;
    models::RecordFilterModel *m_proxy;
    PaneHeader *m_header;
    QComboBox *m_userChoice;
    RecordTableView *m_view;
    KeyActions *m_actions;
    Session *m_session = nullptr;
};

} // namespace prime::ui
