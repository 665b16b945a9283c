#include "Workspace.h"

#include "AccountLoader.h"
#include "KeysPane.h"
#include "SettlementPane.h"
#include "UsersPane.h"

#include <KeysModel.h>
#include <UsersModel.h>

#include <QAction>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace prime::ui {

Workspace::Workspace(QWidget *parent)
    : QWidget(parent),
      m_users(new models::UsersModel(this)),
      m_keys(new models::KeysModel(this)),
      m_loader(new AccountLoader(m_users, m_keys, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_navigation(new QListWidget(m_splitter)),
      m_stack(new QStackedWidget(m_splitter))
{
    setObjectName(QStringLiteral("workspace"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setAccessibleDescription(tr("Chooses the view shown beside the list (Ctrl+1, Ctrl+2, Ctrl+3)"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(150);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({170, 1100});
    m_splitter->setChildrenCollapsible(false);

    auto *users = new UsersPane(m_users, m_loader, m_stack);
    auto *keys = new KeysPane(m_keys, m_users, m_loader, m_stack);
    addPane(users);
    addPane(keys);
    addPane(new SettlementPane(m_stack));
    connect(users, &UsersPane::showKeysRequested, this, [this, keys](const QString &userId) {
        keys->showUser(userId);
        setCurrentPane(keys->key());
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        emit currentPaneChanged();
    });
    m_navigation->setCurrentRow(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 4);
    layout->addWidget(m_splitter);
}

void Workspace::addPane(Pane *pane)
{
    const int index = int(m_panes.size());
    m_panes.append(pane);
    m_stack->addWidget(pane);
    auto *item = new QListWidgetItem(pane->icon(), pane->title(), m_navigation);
    item->setSizeHint(QSize(0, 38));
    auto *show = new QAction(pane->icon(), pane->title(), this);
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    item->setToolTip(show->shortcut().toString(QKeySequence::NativeText));
    connect(show, &QAction::triggered, this, [this, index] { m_navigation->setCurrentRow(index); });
    m_paneActions.append(show);
    connect(pane, &Pane::busyChanged, this, &Workspace::busyChanged);
    connect(pane, &Pane::failed, this, &Workspace::failed);
}

Pane *Workspace::currentPane() const
{
    return m_panes.value(m_navigation->currentRow());
}

Pane *Workspace::pane(const QString &key) const
{
    for (Pane *p : m_panes)
        if (p->key() == key)
            return p;
    return nullptr;
}

void Workspace::setCurrentPane(const QString &key)
{
    for (int i = 0; i < m_panes.size(); ++i)
        if (m_panes.at(i)->key() == key)
            m_navigation->setCurrentRow(i);
}

void Workspace::setSession(Session *session)
{
    m_loader->setSession(session);
    for (Pane *pane : std::as_const(m_panes))
        pane->setSession(session);
}

void Workspace::refreshAll()
{
    m_loader->reload(); // users and keys
    if (Pane *settlement = pane(QStringLiteral("settlement")))
        settlement->refresh();
}

void Workspace::cancelAll()
{
    for (Pane *p : std::as_const(m_panes))
        p->cancel();
}

bool Workspace::isBusy() const
{
    return std::any_of(m_panes.cbegin(), m_panes.cend(), [](const Pane *p) { return p->isBusy(); });
}

void Workspace::setFilterText(const QString &text)
{
    if (Pane *p = currentPane()) {
        m_filters.insert(p, text);
        p->setFilterText(text);
    }
}

QString Workspace::filterText() const
{
    return m_filters.value(currentPane());
}

void Workspace::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    if (const Pane *p = currentPane())
        settings.setValue(QStringLiteral("window/pane"), p->key());
    for (const Pane *p : m_panes)
        p->saveState(settings);
}

void Workspace::restoreState(const QSettings &settings)
{
    const QByteArray splitter = settings.value(QStringLiteral("window/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    setCurrentPane(settings.value(QStringLiteral("window/pane")).toString());
    for (Pane *p : std::as_const(m_panes))
        p->restoreState(settings);
}

} // namespace prime::ui
