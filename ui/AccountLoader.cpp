#include "AccountLoader.h"

#include <KeysModel.h>
#include <PrimeClient.h>
#include <Session.h>
#include <UsersModel.h>

#include <QLoggingCategory>

namespace prime::ui {

Q_LOGGING_CATEGORY(lcLoader, "prime.ui.loader")

AccountLoader::AccountLoader(models::UsersModel *users, models::KeysModel *keys, QObject *parent)
    : QObject(parent), m_users(users), m_keys(keys)
{
}

void AccountLoader::setSession(Session *session)
{
    cancel();
    m_session = session;
    m_loaded = false;
    m_users->resetRecords({});
    m_keys->resetRecords({});
}

void AccountLoader::track(quint64 id)
{
    const bool wasBusy = isBusy();
    m_pending.insert(id);
    if (!wasBusy)
        emit busyChanged(true);
}

void AccountLoader::finish(quint64 id)
{
    if (!m_pending.remove(id))
        return;
    if (isBusy())
        return;
    emit busyChanged(false);
    if (!m_failed) {
        m_loaded = true;
        emit loaded();
    }
}

void AccountLoader::reload()
{
    if (!m_session)
        return;
    cancel();
    m_failed = false;
    auto id = std::make_shared<quint64>(0);
    *id = m_session->client()->listUsers(this, [this, id](const Result<QList<ApiUser>> &r) {
        if (!r.ok()) {
            if (r.error.category != PrimeError::Category::Cancelled) {
                m_failed = true;
                emit failed(tr("Loading API users"), r.error);
            }
            finish(*id);
            return;
        }
        const QList<ApiUser> &users = *r.value;
        QStringList ids;
        QHash<QString, QString> names;
        for (const ApiUser &u : users) {
            ids.append(u.id);
            names.insert(u.id, u.name);
        }
        m_users->setRecords(users);
        m_keys->retainUsers(ids);
        m_keys->setUserNames(names);
        qCDebug(lcLoader) << "loaded" << users.size() << "users";
        for (const QString &userId : std::as_const(ids))
            loadKeys(userId);
        finish(*id);
    });
    track(*id);
}

void AccountLoader::loadKeys(const QString &userId)
{
    auto id = std::make_shared<quint64>(0);
    *id = m_session->client()->listKeys(userId, this, [this, id, userId](const Result<QList<ApiKey>> &r) {
        if (r.ok()) {
            m_keys->setKeysForUser(userId, *r.value);
            m_users->setKeyCount(userId, int(r.value->size()));
        } else if (r.error.category != PrimeError::Category::Cancelled) {
            m_failed = true;
            emit failed(tr("Loading the keys of %1").arg(m_users->userName(userId)), r.error);
        }
        finish(*id);
    });
    track(*id);
}

void AccountLoader::cancel()
{
    if (!m_session)
        return;
    if (!m_pending.isEmpty())
        m_failed = true; // an interrupted load is not a completed one
    const QList<quint64> ids = m_pending.values();
    for (quint64 id : ids)
        m_session->client()->cancel(id);
    // Calls that could not be cancelled still report to finish(); drop them so
    // the busy state ends now and a late answer is not mistaken for this load.
    if (!m_pending.isEmpty()) {
        m_pending.clear();
        emit busyChanged(false);
    }
}

} // namespace prime::ui
