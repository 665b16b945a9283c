#include "UsersPane.h"

#include "AccountLoader.h"
#include "Icons.h"
#include "PaneHeader.h"
#include "RecordTableView.h"
#include "UserActions.h"

#include <RecordFilterModel.h>
#include <UsersModel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QSettings>
#include <QVBoxLayout>

namespace prime::ui {

using models::UsersModel;

UsersPane::UsersPane(UsersModel *model, AccountLoader *loader, QWidget *parent)
    : Pane(parent),
      m_model(model),
      m_loader(loader),
      m_proxy(new models::RecordFilterModel(this)),
      m_header(new PaneHeader(Icons::users(), tr("API users"), this)),
      m_view(new RecordTableView(this))
{
    setObjectName(QStringLiteral("usersPane"));
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setAccessibleName(tr("API users"));
    m_view->setAccessibleDescription(tr("One row per API user. Enter shows the user's keys; the Menu key or "
                                        "Shift+F10 opens the actions for the selected user."));
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(UsersModel::Name, Qt::AscendingOrder);
    QHeaderView *h = m_view->horizontalHeader();
    h->resizeSection(UsersModel::Name, 220);
    h->resizeSection(UsersModel::Id, 300);
    h->resizeSection(UsersModel::Role, 110);
    h->resizeSection(UsersModel::Status, 110);

    auto *showKeys = new QAction(Icons::keys(), tr("Show &keys"), this);
    // Enter on a row, like a double click; shown beside the action in the context menu.
    showKeys->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    showKeys->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(showKeys);
    connect(showKeys, &QAction::triggered, this, [this] {
        const QString id = selectedUserId();
        if (!id.isEmpty())
            emit showKeysRequested(id);
    });
    connect(m_view, &QAbstractItemView::doubleClicked, showKeys, &QAction::trigger);
    auto *copyId = new QAction(tr("Copy user &id"), this);
    connect(copyId, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedUserId()); });
    m_view->addContextAction(showKeys);
    m_view->addContextAction(copyId);

    m_actions = new UserActions(m_model, [this] { return selectedUserId(); }, this);
    // "New user…" plus one menu for the selected user keeps the header narrow.
    auto *create = new QToolButton(this);
    create->setDefaultAction(m_actions->createAction());
    create->setObjectName(QStringLiteral("createUserButton"));
    create->setAccessibleDescription(tr("Opens a dialog to create a new API user on the account"));
    auto *userMenu = new QMenu(this);
    // A push button draws its menu arrow beside the text, not over it.
    auto *change = new QPushButton(this);
    change->setObjectName(QStringLiteral("userMenuButton"));
    change->setText(tr("&User"));
    change->setAccessibleName(tr("User actions"));
    change->setAccessibleDescription(
        tr("Rename the selected user, change its role, or enable or disable it (disabling stops all its keys)"));
    change->setMenu(userMenu);
    m_header->addControl(create);
    m_header->addControl(change);
    // Reading order: the header's buttons sit above the table (created after it).
    setTabOrder(create, change);
    setTabOrder(change, m_view);
    for (QAction *a : m_actions->actions()) {
        if (a != m_actions->createAction())
            userMenu->addAction(a);
        m_view->addContextAction(a);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, m_actions, &UserActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::dataChanged, m_actions, &UserActions::updateEnabled);
    connect(m_actions, &UserActions::failed, this, &Pane::failed);
    connect(m_actions, &UserActions::busyChanged, this, [this] { emit busyChanged(isBusy()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);

    connect(m_loader, &AccountLoader::busyChanged, this, [this](bool busy) {
        updateSummary();
        emit busyChanged(busy);
    });
    connect(m_loader, &AccountLoader::failed, this, &Pane::failed);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &UsersPane::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPane::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersPane::updateSummary);
    updateSummary();
}

QString UsersPane::title() const
{
    return tr("Users");
}

QIcon UsersPane::icon() const
{
    return Icons::users();
}

void UsersPane::setSession(Session *session)
{
    m_session = session;
    m_actions->setSession(session);
    updateSummary();
}

void UsersPane::refresh()
{
    m_loader->reload();
}

void UsersPane::cancel()
{
    m_loader->cancel();
}

bool UsersPane::isBusy() const
{
    return m_loader->isBusy() || m_actions->isBusy();
}

bool UsersPane::selectUser(const QString &userId)
{
    const int row = m_model->rowOf(userId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_actions->updateEnabled();
    return true;
}

void UsersPane::setFilterText(const QString &text)
{
    m_proxy->setFilterText(text);
    updateSummary();
}

int UsersPane::visibleRowCount() const
{
    return m_proxy->rowCount();
}

QString UsersPane::selectedUserId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(models::IdRole).toString() : QString();
}

void UsersPane::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("panes/users/header"), m_view->saveHeaderState());
}

void UsersPane::restoreState(const QSettings &settings)
{
    m_view->restoreHeaderState(settings.value(QStringLiteral("panes/users/header")).toByteArray());
}

void UsersPane::updateSummary()
{
    const int total = m_model->rowCount();
    int disabled = 0;
    for (const ApiUser &u : m_model->records())
        disabled += u.isEnabled() ? 0 : 1;
    QString summary = tr("%n user(s)", nullptr, total);
    if (disabled > 0)
        summary += tr(", %n disabled", nullptr, disabled);
    if (m_proxy->rowCount() != total)
        summary += tr(" — %n shown", nullptr, m_proxy->rowCount());
    m_header->setSummary(m_session ? summary : QString());

    if (!m_session)
        m_view->setPlaceholderText(tr("Not connected."));
    else if (m_loader->isBusy() && total == 0)
        m_view->setPlaceholderText(tr("Loading API users…"));
    else if (total == 0)
        m_view->setPlaceholderText(m_loader->hasLoaded()
                                       ? tr("This account has no API users yet.")
                                       : tr("Press Refresh (F5) to load the API users."));
    else
        m_view->setPlaceholderText(tr("No user matches “%1”.").arg(m_proxy->filterText()));
}

} // namespace prime::ui
