#pragma once

#include "Pane.h"

class QComboBox;

namespace prime::models {
class KeysModel;
class RecordFilterModel;
class UsersModel;
} // namespace prime::models

namespace prime::ui {

class AccountLoader;
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
    RecordTableView *view() const { return m_view; }

private:
    void rebuildUserChoices();
    void updateSummary();

    models::KeysModel *m_keys;
    models::UsersModel *m_users;
    AccountLoader *m_loader;
    models::RecordFilterModel *m_proxy;
    PaneHeader *m_header;
    QComboBox *m_userChoice;
    RecordTableView *m_view;
    Session *m_session = nullptr;
};

} // namespace prime::ui
