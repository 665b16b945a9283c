#pragma once

#include <PrimeError.h>

#include <QObject>
#include <QPointer>
#include <QSet>

namespace prime {
class Session;
namespace models {
class KeysModel;
class UsersModel;
} // namespace models
} // namespace prime

namespace prime::ui {

// Reads the API users and then each user's keys into the shared users and keys
// models; the Users and Keys panes both refresh through it. Reads can be
// cancelled; a cancelled read leaves the models as they were.
class AccountLoader : public QObject
{
    Q_OBJECT
public:
    AccountLoader(models::UsersModel *users, models::KeysModel *keys, QObject *parent = nullptr);

    void setSession(Session *session);
    void reload();
    void cancel();
    bool isBusy() const { return !m_pending.isEmpty(); }
    bool hasLoaded() const { return m_loaded; }

signals:
    void busyChanged(bool busy);
    void failed(const QString &what, const prime::PrimeError &error);
    void loaded();

private:
    void track(quint64 id);
    void finish(quint64 id);
    void loadKeys(const QString &userId);

    models::UsersModel *m_users;
    models::KeysModel *m_keys;
    QPointer<Session> m_session;
    QSet<quint64> m_pending;
    bool m_loaded = false;
    bool m_failed = false;
};

} // namespace prime::ui
