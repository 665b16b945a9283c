#pragma once

#include "ApiKey.h"
#include "ApiUser.h"
#include "PrimeError.h"
#include "PrimeTransport.h"
#include "Settlement.h"

#include <QObject>

#include <functional>
#include <optional>

namespace prime {

// The outcome of one typed call: a value, or an error; warnings (W... strings)
// may accompany a success.
template<typename T>
struct Result
{
    std::optional<T> value;
    PrimeError error;
    QStringList warnings;
    bool ok() const { return value.has_value(); }
};

// Typed access to the 13 Prime REST operations over one key's PrimeTransport.
// Every method queues one call and reports through `done` (on this object's
// thread; skipped if `context` is destroyed first) and returns an id for cancel().
class PrimeClient : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    PrimeClient(QNetworkAccessManager *nam, Credentials credentials, TransportOptions options = {},
                QObject *parent = nullptr);

    PrimeTransport *transport() const { return m_transport; }
    bool cancel(quint64 id) { return m_transport->cancel(id); }

    // API users
    quint64 listUsers(QObject *context, Callback<QList<ApiUser>> done);
    quint64 getUser(const QString &userId, QObject *context, Callback<ApiUser> done);
    quint64 createUser(const QString &name, const QString &role, QObject *context,
                       Callback<ApiUser> done);
    quint64 updateUser(const QString &userId, const std::optional<QString> &name,
                       const std::optional<QString> &status, QObject *context,
                       Callback<ApiUser> done);
    quint64 setUserRole(const QString &userId, const QString &role, QObject *context,
                        Callback<ApiUser> done);

    // API user keys
    quint64 createKey(const QString &userId, QObject *context, Callback<CreatedKey> done);
    quint64 listKeys(const QString &userId, QObject *context, Callback<QList<ApiKey>> done);
    quint64 updateKeyIps(const QString &userId, const QString &keyId, const QStringList &ips,
                         QObject *context, Callback<ApiKey> done);
    quint64 deleteKey(const QString &userId, const QString &keyId, QObject *context,
                      Callback<bool> done);

    // Settlement
    quint64 createBatch(const QString &assetKind, QObject *context, Callback<Batch> done);
    quint64 getBatch(const QString &batchId, QObject *context, Callback<Batch> done);
    quint64 listBatches(const BatchQuery &query, QObject *context, Callback<BatchPage> done);
    quint64 settleLeg(const QString &batchId, const QString &asset, QObject *context,
                      Callback<Transfer> done);

    // Any operation, for diagnostics (primectl call): the raw `result` object.
    quint64 call(const QString &operation, const QJsonObject &params, CallKind kind,
                 QObject *context, Callback<QJsonObject> done);

    static bool isMutation(const QString &operation);

private:
    template<typename T, typename Parse>
    quint64 submit(const QString &operation, const QJsonObject &params, CallKind kind,
                   QObject *context, Callback<T> done, Parse parse);

    PrimeTransport *m_transport;
};

} // namespace prime
