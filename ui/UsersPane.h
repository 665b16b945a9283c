#pragma once

#include "Pane.h"

namespace prime::models {
class RecordFilterModel;
class UsersModel;
} // namespace prime::models

namespace prime::ui {

class AccountLoader;
class UserActions;
class PaneHeader;
class RecordTableView;

// The API users of the account: name, id, role, status, number of keys.
class UsersPane : public Pane
{
    Q_OBJECT
public:
    UsersPane(models::UsersModel *model, AccountLoader *loader, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("users"); }
    void setSession(Session *session) override;
    void refresh() override;
    void cancel() override;
    bool isBusy() const override;
    void setFilterText(const QString &text) override;
    int visibleRowCount() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;

    RecordTableView *view() const { return m_view; }
    QString selectedUserId() const;
    // Makes `userId` the current row (if shown); false when it is not in the list.
    bool selectUser(const QString &userId);
    UserActions *actions() const { return m_actions; }

signals:
    void showKeysRequested(const QString &userId);

private:
    void updateSummary();

    models::UsersModel *m_model;
    AccountLoader *m_loader;
    models::RecordFilterModel *m_proxy;
    PaneHeader *m_header;
    RecordTableView *m_view;
    UserActions *m_actions;
    Session *m_session = nullptr;
};

} // namespace prime::ui
