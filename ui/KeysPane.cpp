#include "KeysPane.h"

#include "AccountLoader.h"
#include "KeyActions.h"
#include "Icons.h"
#include "PaneHeader.h"
#include "RecordTableView.h"

#include <Format.h>
#include <KeysModel.h>
#include <RecordFilterModel.h>
#include <UsersModel.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace prime::ui {

using models::KeysModel;

KeysPane::KeysPane(KeysModel *keys, models::UsersModel *users, AccountLoader *loader, QWidget *parent)
    : Pane(parent),
      m_keys(keys),
      m_users(users),
      m_loader(loader),
      m_proxy(new models::RecordFilterModel(this)),
      m_header(new PaneHeader(Icons::keys(), tr("API keys"), this)),
      m_userChoice(new QComboBox(this)),
      m_view(new RecordTableView(this))
{
    setObjectName(QStringLiteral("keysPane"));
    m_view->setObjectName(QStringLiteral("keysView"));
    m_view->setAccessibleName(tr("API keys"));
    m_view->setAccessibleDescription(
        tr("One row per API key. The Menu key or Shift+F10 opens the actions for the selected key."));
    m_userChoice->setObjectName(QStringLiteral("keysUserChoice"));
    m_userChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_userChoice->setMinimumContentsLength(18);
    m_userChoice->setAccessibleDescription(tr("Shows only the keys of this user; new keys are issued for this user"));
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_userChoice);
    m_header->addControl(userLabel);
    m_header->addControl(m_userChoice);

    m_proxy->setSourceModel(m_keys);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(KeysModel::User, Qt::AscendingOrder);
    QHeaderView *h = m_view->horizontalHeader();
    h->resizeSection(KeysModel::KeyId, 160);
    h->resizeSection(KeysModel::User, 190);
    h->resizeSection(KeysModel::PublicKey, 150);
    h->resizeSection(KeysModel::Permissions, 230);
    h->resizeSection(KeysModel::AllowList, 190);
    h->resizeSection(KeysModel::Secret, 120);
    m_view->fitTimeColumn(KeysModel::Updated);

    auto *copyPublic = new QAction(tr("Copy &public key"), this);
    connect(copyPublic, &QAction::triggered, this, [this] {
        const QModelIndex cur = m_view->currentIndex();
        if (cur.isValid())
            QApplication::clipboard()->setText(
                cur.siblingAtColumn(KeysModel::PublicKey).data(Qt::ToolTipRole).toString());
    });
    auto *copyId = new QAction(tr("Copy key &id"), this);
    connect(copyId, &QAction::triggered, this, [this] {
        const QModelIndex cur = m_view->currentIndex();
        if (cur.isValid())
            QApplication::clipboard()->setText(cur.siblingAtColumn(KeysModel::KeyId).data().toString());
    });
    m_view->addContextAction(copyId);
    m_view->addContextAction(copyPublic);

    m_actions = new KeyActions(m_keys, m_users, [this] { return selectedKey(); },
                               [this] {
                                   const QString shown = shownUser();
                                   const std::optional<ApiKey> key = selectedKey();
                                   return !shown.isEmpty() ? shown : key ? key->userId : QString();
                               },
                               this);
    // "Issue key…" plus one menu for the selected key keeps the header narrow; "Resume
    // rotation…" shows only while the journal holds an unfinished rotation.
    auto *issue = new QToolButton(this);
    issue->setDefaultAction(m_actions->issueAction());
    issue->setObjectName(QStringLiteral("issueKeyButton"));
    issue->setAccessibleDescription(
        tr("Issues a new API key for the chosen user; its secret is stored in the keychain and shown once"));
    auto *keyMenu = new QMenu(this);
    // A push button draws its menu arrow beside the text, not over it.
    auto *change = new QPushButton(this);
    change->setObjectName(QStringLiteral("keyMenuButton"));
    change->setText(tr("&Key"));
    change->setAccessibleName(tr("Key actions"));
    //: "allow-list" = the IP addresses a key may be used from
    change->setAccessibleDescription(tr("Edit the IP allow-list of the selected key, rotate it, or revoke it "
                                        "(revoking cannot be undone)"));
    change->setMenu(keyMenu);
    auto *resume = new QToolButton(this);
    resume->setDefaultAction(m_actions->resumeAction());
    resume->setObjectName(QStringLiteral("resumeRotationButton"));
    resume->setAccessibleDescription(tr("Finishes or rolls back a key rotation that was interrupted"));
    resume->setVisible(m_actions->resumeAction()->isVisible());
    connect(m_actions->resumeAction(), &QAction::changed, resume,
            [this, resume] { resume->setVisible(m_actions->resumeAction()->isVisible()); });
    m_header->addControl(resume);
    m_header->addControl(issue);
    m_header->addControl(change);
    // Reading order: the header's controls sit above the table (created after it).
    setTabOrder(m_userChoice, resume);
    setTabOrder(resume, issue);
    setTabOrder(issue, change);
    setTabOrder(change, m_view);
    for (QAction *a : {m_actions->allowListAction(), m_actions->rotateAction(), m_actions->revokeAction()})
        keyMenu->addAction(a);
    for (QAction *a : m_actions->actions())
        m_view->addContextAction(a);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, m_actions, &KeyActions::updateEnabled);
    connect(m_actions, &KeyActions::failed, this, &Pane::failed);
    connect(m_actions, &KeyActions::busyChanged, this, [this] { emit busyChanged(isBusy()); });
    connect(m_actions, &KeyActions::secretsChanged, this, &KeysPane::updateSecretMarkers);
    connect(m_keys, &QAbstractItemModel::rowsInserted, this, &KeysPane::updateSecretMarkers);
    connect(m_keys, &QAbstractItemModel::modelReset, this, &KeysPane::updateSecretMarkers);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);

    connect(m_userChoice, &QComboBox::currentIndexChanged, this, [this] {
        const QString userId = m_userChoice->currentData().toString();
        m_proxy->setRequiredValue(KeysModel::UserIdRole, userId.isEmpty() ? QVariant() : QVariant(userId));
        updateSummary();
        m_actions->updateEnabled();
    });
    connect(m_loader, &AccountLoader::busyChanged, this, [this](bool busy) {
        updateSummary();
        emit busyChanged(busy);
    });
    // The loader is shared with the Users pane, which reports its failures: once is enough.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_users, signal, this, &KeysPane::rebuildUserChoices);
    connect(m_users, &QAbstractItemModel::modelReset, this, &KeysPane::rebuildUserChoices);
    connect(m_users, &QAbstractItemModel::dataChanged, this, &KeysPane::rebuildUserChoices);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &KeysPane::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &KeysPane::updateSummary);
    rebuildUserChoices();
}

QString KeysPane::title() const
{
    return tr("Keys");
}

QIcon KeysPane::icon() const
{
    return Icons::keys();
}

void KeysPane::setSession(Session *session)
{
    m_session = session;
    m_actions->setSession(session);
    updateSummary();
}

void KeysPane::refresh()
{
    m_loader->reload();
}

void KeysPane::cancel()
{
    m_loader->cancel();
}

bool KeysPane::isBusy() const
{
    return m_loader->isBusy() || m_actions->isBusy();
}

void KeysPane::setStores(SecretStore *secrets, ProfileStore *profiles, RotationJournal *journal)
{
    m_actions->setStores(secrets, profiles, journal);
}

std::optional<ApiKey> KeysPane::selectedKey() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_keys->record(current.row());
}

bool KeysPane::selectKey(const QString &userId, const QString &keyId)
{
    const int row = m_keys->rowOf(userId + QLatin1Char('/') + keyId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_keys->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_actions->updateEnabled();
    return true;
}

void KeysPane::updateSecretMarkers()
{
    QSet<QString> held;
    for (const ApiKey &k : m_keys->records())
        if (m_actions->holdsSecret(k.userId, k.id))
            held.insert(k.userId + QLatin1Char('/') + k.id);
    m_keys->setKeysWithSecret(held);
}

void KeysPane::setFilterText(const QString &text)
{
    m_proxy->setFilterText(text);
    updateSummary();
}

int KeysPane::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void KeysPane::showUser(const QString &userId)
{
    const int i = m_userChoice->findData(userId);
    m_userChoice->setCurrentIndex(i < 0 ? 0 : i);
}

QString KeysPane::shownUser() const
{
    return m_userChoice->currentData().toString();
}

void KeysPane::rebuildUserChoices()
{
    const QString current = shownUser();
    QList<QPair<QString, QString>> entries; // name, id
    for (const ApiUser &u : m_users->records())
        entries.append({u.name.isEmpty() ? u.id : u.name, u.id});
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    const QSignalBlocker block(m_userChoice);
    m_userChoice->clear();
    m_userChoice->addItem(tr("All users"), QString());
    for (const auto &[name, id] : std::as_const(entries))
        m_userChoice->addItem(name, id);
    const int i = m_userChoice->findData(current);
    m_userChoice->setCurrentIndex(i < 0 ? 0 : i);
    if (i < 0 && !current.isEmpty())
        m_proxy->setRequiredValue(KeysModel::UserIdRole, QVariant());
}

void KeysPane::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("panes/keys/header"), m_view->saveHeaderState());
}

void KeysPane::restoreState(const QSettings &settings)
{
    m_view->restoreHeaderState(settings.value(QStringLiteral("panes/keys/header")).toByteArray());
}

void KeysPane::updateSummary()
{
    const int shown = m_proxy->rowCount();
    const QString user = m_userChoice->currentIndex() > 0 ? m_userChoice->currentText() : QString();
    QString summary = user.isEmpty() ? tr("%n key(s)", nullptr, m_keys->rowCount())
                                     : tr("%n key(s) of %1", nullptr, shown).arg(user);
    if (user.isEmpty() && shown != m_keys->rowCount())
        summary += tr(" — %n shown", nullptr, shown);
    m_header->setSummary(m_session ? summary : QString());

    if (!m_session)
        m_view->setPlaceholderText(tr("Not connected."));
    else if (m_loader->isBusy() && m_keys->rowCount() == 0)
        m_view->setPlaceholderText(tr("Loading API keys…"));
    else if (!m_loader->hasLoaded() && m_keys->rowCount() == 0)
        m_view->setPlaceholderText(tr("Press Refresh (F5) to load the API keys."));
    else if (!m_proxy->filterText().isEmpty())
        m_view->setPlaceholderText(tr("No key matches “%1”.").arg(m_proxy->filterText()));
    else if (!user.isEmpty())
        m_view->setPlaceholderText(tr("%1 has no API keys.").arg(user));
    else
        m_view->setPlaceholderText(tr("No API keys yet."));
}

} // namespace prime::ui
