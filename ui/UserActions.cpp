#include "UserActions.h"

#include <MutationAudit.h>
#include <PrimeClient.h>
#include <Session.h>
#include <UsersModel.h>

#include <QAction>
#include <QSet>

namespace prime::ui {

UserActions::UserActions(models::UsersModel *model, std::function<QString()> selectedUserId, QWidget *dialogParent)
    : QObject(dialogParent), m_model(model), m_selected(std::move(selectedUserId)), m_parent(dialogParent),
      m_create(new QAction(tr("&New user…"), this)), m_rename(new QAction(tr("Re&name…"), this)),
      m_role(new QAction(tr("Change &role…"), this)), m_enable(new QAction(tr("&Disable…"), this))
{
    m_create->setObjectName(QStringLiteral("createUserAction"));
    // A tool button drops the mnemonic of its action's text: a real shortcut instead (active while shown).
    m_create->setShortcut(QKeySequence::New);
    m_create->setToolTip(tr("Create a new API user (%1)").arg(m_create->shortcut().toString(QKeySequence::NativeText)));
    m_rename->setObjectName(QStringLiteral("renameUserAction"));
    m_role->setObjectName(QStringLiteral("changeRoleAction"));
    m_enable->setObjectName(QStringLiteral("enableUserAction"));
    connect(m_create, &QAction::triggered, this, [this] { open(UserDialog::Mode::Create); });
    connect(m_rename, &QAction::triggered, this, [this] { open(UserDialog::Mode::Rename); });
    connect(m_role, &QAction::triggered, this, [this] { open(UserDialog::Mode::ChangeRole); });
    connect(m_enable, &QAction::triggered, this, [this] {
        const int row = m_model->rowOf(m_selected());
        if (row >= 0)
            open(m_model->record(row).isEnabled() ? UserDialog::Mode::Disable : UserDialog::Mode::Enable);
    });
    updateEnabled();
}

void UserActions::setSession(Session *session)
{
    m_session = session;
    if (m_dialog)
        m_dialog->reject();
    updateEnabled();
}

void UserActions::updateEnabled()
{
    const bool ready = m_session && !m_busy;
    const int row = m_model->rowOf(m_selected());
    m_create->setEnabled(ready);
    for (QAction *a : {m_rename, m_role, m_enable})
        a->setEnabled(ready && row >= 0);
    m_enable->setText(row >= 0 && !m_model->record(row).isEnabled() ? tr("&Enable…") : tr("&Disable…"));
}

UserDialog *UserActions::open(UserDialog::Mode mode)
{
    if (!m_session || m_busy)
        return nullptr;
    if (m_dialog)
        m_dialog->reject();
    ApiUser user;
    if (mode != UserDialog::Mode::Create) {
        const int row = m_model->rowOf(m_selected());
        if (row < 0)
            return nullptr;
        user = m_model->record(row);
    }
    m_userId = user.id;
    m_dialog = new UserDialog(mode, user.name.isEmpty() ? user.id : user.name, user.role(), m_parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &UserDialog::submitted, this, &UserActions::submit);
    m_dialog->open();
    return m_dialog;
}

void UserActions::setBusy(bool busy)
{
    m_busy = busy;
    if (m_dialog)
        m_dialog->setBusy(busy);
    updateEnabled();
    emit busyChanged(busy);
}

void UserActions::audit(const QString &operation, const QStringList &targets, const PrimeError *error,
                        const QString &note)
{
    if (m_session)
        auditMutation(m_session->auditLog(), m_session->profile().name, operation, targets, error, note);
}

void UserActions::submit()
{
    if (!m_session || !m_dialog || m_busy)
        return;
    PrimeClient *client = m_session->client();
    const UserDialog::Mode mode = m_dialog->mode();
    const QString id = m_userId;
    const QString name = m_dialog->name();
    const QString role = m_dialog->role();
    setBusy(true);
    switch (mode) {
    case UserDialog::Mode::Create: {
        QSet<QString> before;
        for (const ApiUser &u : m_model->records())
            before.insert(u.id);
        client->createUser(name, role, this, [this, name, role, before](const Result<ApiUser> &r) {
            const QString op = QStringLiteral("CreatePrimeApiUser");
            if (r.ok())
                return finishOk(*r.value, op, tr("User %1 created as %2.").arg(r.value->name, r.value->role()));
            if (!r.error.outcomeUnknown)
                return finishError(op, tr("Creating user %1").arg(name), r.error);
            rereadAfter(op, r.error, [name, before](const QList<ApiUser> &users) {
                return std::any_of(users.cbegin(), users.cend(),
                                   [&](const ApiUser &u) { return !before.contains(u.id) && u.name == name; });
            });
        });
        return;
    }
    case UserDialog::Mode::Rename:
    case UserDialog::Mode::Disable:
    case UserDialog::Mode::Enable: {
        std::optional<QString> newName, status;
        if (mode == UserDialog::Mode::Rename)
            newName = name;
        else
            status = mode == UserDialog::Mode::Disable ? QStringLiteral("Disabled") : QStringLiteral("Enabled");
        client->updateUser(id, newName, status, this, [this, id, newName, status](const Result<ApiUser> &r) {
            const QString op = QStringLiteral("UpdatePrimeApiUser");
            if (r.ok()) {
                const QString text = newName ? tr("User renamed to %1.").arg(r.value->name)
                                     : r.value->isEnabled() ? tr("%1 is enabled; its keys work again.").arg(r.value->name)
                                                            : tr("%1 is disabled; its keys stop working.").arg(r.value->name);
                return finishOk(*r.value, op, text);
            }
            if (!r.error.outcomeUnknown)
                return finishError(op, tr("Changing user %1").arg(id), r.error);
            rereadAfter(op, r.error, [id, newName, status](const QList<ApiUser> &users) {
                for (const ApiUser &u : users)
                    if (u.id == id)
                        return newName ? u.name == *newName : u.status == *status;
                return false;
            });
        });
        return;
    }
    case UserDialog::Mode::ChangeRole:
        client->setUserRole(id, role, this, [this, id, role](const Result<ApiUser> &r) {
            const QString op = QStringLiteral("UpdatePrimeApiUserRoles");
            if (r.ok())
                return finishOk(*r.value, op, tr("%1 is now a %2.").arg(r.value->name, r.value->role()));
            if (!r.error.outcomeUnknown)
                return finishError(op, tr("Changing the role of %1").arg(id), r.error);
            rereadAfter(op, r.error, [id, role](const QList<ApiUser> &users) {
                for (const ApiUser &u : users)
                    if (u.id == id)
                        return u.role() == role;
                return false;
            });
        });
        return;
    }
}

void UserActions::finishOk(const ApiUser &user, const QString &operation, const QString &text)
{
    audit(operation, {user.id});
    m_model->upsert(user); // one row changes, or one is inserted
    setBusy(false);
    if (m_dialog)
        m_dialog->accept();
    emit notify(MessageBar::Kind::Information, text);
}

void UserActions::finishError(const QString &operation, const QString &what, const PrimeError &error)
{
    audit(operation, m_userId.isEmpty() ? QStringList() : QStringList{m_userId}, &error);
    setBusy(false);
    if (m_dialog)
        m_dialog->showError(error.message());
    emit failed(what, error);
}

void UserActions::rereadAfter(const QString &operation, const PrimeError &error,
                              std::function<bool(const QList<ApiUser> &)> applied)
{
    if (m_dialog)
        m_dialog->showError(tr("Kraken gave no clear answer (%1). Re-reading the users to see what happened…")
                                .arg(error.message()));
    m_session->client()->listUsers(this, [this, operation, error, applied](const Result<QList<ApiUser>> &r) {
        if (!r.ok()) {
            audit(operation, {m_userId}, &error, QStringLiteral("re-read failed"));
            setBusy(false);
            const QString text = tr("Kraken gave no clear answer and the users could not be re-read; "
                                    "check the list before trying again.");
            if (m_dialog)
                m_dialog->showError(text);
            emit notify(MessageBar::Kind::Warning, text);
            return;
        }
        m_model->setRecords(*r.value);
        const bool done = applied(*r.value);
        audit(operation, {m_userId}, &error, done ? QStringLiteral("re-read: applied") : QStringLiteral("re-read: not applied"));
        setBusy(false);
        const QString text = done ? tr("Kraken gave no clear answer, but the re-read list shows the change was applied.")
                                  : tr("Kraken gave no clear answer and the re-read list shows no change; "
                                       "you can try again.");
        if (done && m_dialog)
            m_dialog->accept();
        else if (m_dialog)
            m_dialog->showError(text);
        emit notify(done ? MessageBar::Kind::Information : MessageBar::Kind::Warning, text);
    });
}

} // namespace prime::ui
