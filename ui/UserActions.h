#pragma once

#include "MessageBar.h"
#include "UserDialogs.h"

#include <ApiUser.h>
#include <PrimeError.h>

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace prime {
class Session;
namespace models {
class UsersModel;
}
} // namespace prime

namespace prime::ui {

// The user mutations of the Users pane: create, rename, change role, enable or
// disable. Each opens its UserDialog; while the request is in flight the dialog
// shows progress and its button and the action stay disabled; the answer updates
// the one row it concerns. Mutations are never retried: after an ambiguous
// answer the users are re-read and the dialog says what actually happened.
// Every mutation is written to the session's audit log.
class UserActions : public QObject
{
    Q_OBJECT
public:
    UserActions(models::UsersModel *model, std::function<QString()> selectedUserId, QWidget *dialogParent);

    void setSession(Session *session);
    bool isBusy() const { return m_busy; }
    void updateEnabled();

    QAction *createAction() const { return m_create; }
    QAction *renameAction() const { return m_rename; }
    QAction *roleAction() const { return m_role; }
    QAction *enableAction() const { return m_enable; }
    QList<QAction *> actions() const { return {m_create, m_rename, m_role, m_enable}; }

    // Opens the dialog for `mode` on the selected user (none for Create); for tests.
    UserDialog *open(UserDialog::Mode mode);
    UserDialog *dialog() const { return m_dialog; }

signals:
    void failed(const QString &what, const prime::PrimeError &error);
    void notify(prime::ui::MessageBar::Kind kind, const QString &text);
    void busyChanged(bool busy);

private:
    void submit();
    void finishOk(const ApiUser &user, const QString &operation, const QString &text);
    void finishError(const QString &operation, const QString &what, const PrimeError &error);
    // After an ambiguous answer: re-read, then judge whether the change is visible.
    void rereadAfter(const QString &operation, const PrimeError &error, std::function<bool(const QList<ApiUser> &)> applied);
    void setBusy(bool busy);
    void audit(const QString &operation, const QStringList &targets, const PrimeError *error = nullptr, const QString &note = {});

    models::UsersModel *m_model;
    std::function<QString()> m_selected;
    QWidget *m_parent;
    QPointer<Session> m_session;
    QPointer<UserDialog> m_dialog;
    QString m_userId; // the user the open dialog is about
    bool m_busy = false;
    QAction *m_create;
    QAction *m_rename;
    QAction *m_role;
    QAction *m_enable;
};

} // namespace prime::ui
