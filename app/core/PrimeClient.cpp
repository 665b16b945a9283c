#include "PrimeClient.h"

#include <QJsonArray>

namespace prime {

namespace {
QString op(const char *name)
{
    return QString::fromLatin1(name);
}
} // namespace

PrimeClient::PrimeClient(QNetworkAccessManager *nam, Credentials credentials,
                         TransportOptions options, QObject *parent)
    : QObject(parent),
      m_transport(new PrimeTransport(nam, std::move(credentials), std::move(options), this))
{
}

bool PrimeClient::isMutation(const QString &operation)
{
    return !(operation.startsWith(QLatin1StringView("List"))
             || operation.startsWith(QLatin1StringView("Get")));
}

template<typename T, typename Parse>
quint64 PrimeClient::submit(const QString &operation, const QJsonObject &params, CallKind kind,
                            QObject *context, Callback<T> done, Parse parse)
{
    return m_transport->submit(
        operation, params, kind, context,
        [done = std::move(done), parse = std::move(parse)](
            const PrimeError &error, const QJsonObject &result, const QStringList &warnings) {
            Result<T> r;
            r.warnings = warnings;
            if (error.isError()) {
                r.error = error;
            } else {
                QString field;
                r.value = parse(result, &field);
                if (!r.value) {
                    r.error = PrimeError::make(PrimeError::Category::Protocol,
                                               QStringLiteral("unexpected answer: %1").arg(field));
                }
            }
            if (done)
                done(r);
        });
}

quint64 PrimeClient::listUsers(QObject *context, Callback<QList<ApiUser>> done)
{
    return submit<QList<ApiUser>>(op("ListPrimeApiUsers"), {}, CallKind::Read, context,
                                  std::move(done), &ApiUser::listFromResult);
}

quint64 PrimeClient::getUser(const QString &userId, QObject *context, Callback<ApiUser> done)
{
    return submit<ApiUser>(op("GetPrimeApiUser"), {{QLatin1String("user_id"), userId}},
                           CallKind::Read, context, std::move(done), &ApiUser::fromResult);
}

quint64 PrimeClient::createUser(const QString &name, const QString &role, QObject *context,
                                Callback<ApiUser> done)
{
    return submit<ApiUser>(op("CreatePrimeApiUser"),
                           {{QLatin1String("name"), name}, {QLatin1String("role"), role}},
                           CallKind::Mutation, context, std::move(done), &ApiUser::fromResult);
}

quint64 PrimeClient::updateUser(const QString &userId, const std::optional<QString> &name,
                                const std::optional<QString> &status, QObject *context,
                                Callback<ApiUser> done)
{
    QJsonObject params{{QLatin1String("user_id"), userId}};
    if (name)
        params.insert(QLatin1String("name"), *name);
    if (status)
        params.insert(QLatin1String("status"), *status);
    return submit<ApiUser>(op("UpdatePrimeApiUser"), params, CallKind::Mutation, context,
                           std::move(done), &ApiUser::fromResult);
}

quint64 PrimeClient::setUserRole(const QString &userId, const QString &role, QObject *context,
                                 Callback<ApiUser> done)
{
    return submit<ApiUser>(op("UpdatePrimeApiUserRoles"),
                           {{QLatin1String("user_id"), userId}, {QLatin1String("role"), role}},
                           CallKind::Mutation, context, std::move(done), &ApiUser::fromResult);
}

quint64 PrimeClient::createKey(const QString &userId, QObject *context, Callback<CreatedKey> done)
{
    return submit<CreatedKey>(op("CreatePrimeApiUserKey"), {{QLatin1String("user_id"), userId}},
                              CallKind::Mutation, context, std::move(done), &CreatedKey::fromResult);
}

quint64 PrimeClient::listKeys(const QString &userId, QObject *context, Callback<QList<ApiKey>> done)
{
    return submit<QList<ApiKey>>(op("ListPrimeApiUserKeys"), {{QLatin1String("user_id"), userId}},
                                 CallKind::Read, context, std::move(done), &ApiKey::listFromResult);
}

quint64 PrimeClient::updateKeyIps(const QString &userId, const QString &keyId,
                                  const QStringList &ips, QObject *context, Callback<ApiKey> done)
{
    const QJsonObject params{{QLatin1String("user_id"), userId},
                             {QLatin1String("key_id"), keyId},
                             {QLatin1String("whitelisted_ips"), QJsonArray::fromStringList(ips)}};
    return submit<ApiKey>(op("UpdatePrimeApiUserKey"), params, CallKind::Mutation, context,
                          std::move(done), [](const QJsonObject &r, QString *e) {
                              return ApiKey::fromJson(r.value(QLatin1StringView("data")).isObject()
                                                          ? r.value(QLatin1StringView("data")).toObject()
                                                          : r,
                                                      e);
                          });
}

quint64 PrimeClient::deleteKey(const QString &userId, const QString &keyId, QObject *context,
                               Callback<bool> done)
{
    const QJsonObject params{{QLatin1String("user_id"), userId}, {QLatin1String("key_id"), keyId}};
    return submit<bool>(op("DeletePrimeApiUserKey"), params, CallKind::Mutation, context,
                        std::move(done), [](const QJsonObject &r, QString *e) -> std::optional<bool> {
                            const QJsonValue v = r.value(QLatin1StringView("deleted"));
                            if (!v.isBool()) {
                                *e = QStringLiteral("deleted");
                                return std::nullopt;
                            }
                            return v.toBool();
                        });
}

quint64 PrimeClient::createBatch(const QString &assetKind, QObject *context, Callback<Batch> done)
{
    QJsonObject params;
    if (!assetKind.isEmpty())
        params.insert(QLatin1String("asset_kind"), assetKind);
    return submit<Batch>(op("CreatePrimeSettlementBatch"), params, CallKind::Mutation, context,
                         std::move(done), &Batch::fromResult);
}

quint64 PrimeClient::getBatch(const QString &batchId, QObject *context, Callback<Batch> done)
{
    return submit<Batch>(op("GetPrimeSettlementBatch"), {{QLatin1String("batch_id"), batchId}},
                         CallKind::Read, context, std::move(done), &Batch::fromResult);
}

quint64 PrimeClient::listBatches(const BatchQuery &query, QObject *context, Callback<BatchPage> done)
{
    return submit<BatchPage>(op("ListPrimeSettlementBatches"), query.toParams(), CallKind::Read,
                             context, std::move(done), &BatchPage::fromResult);
}

quint64 PrimeClient::settleLeg(const QString &batchId, const QString &asset, QObject *context,
                               Callback<Transfer> done)
{
    const QJsonObject params{{QLatin1String("batch_id"), batchId}, {QLatin1String("asset"), asset}};
    return submit<Transfer>(op("SettlePrimeSettlementBatchAsset"), params, CallKind::Mutation,
                            context, std::move(done), [](const QJsonObject &r, QString *e) {
                                return transferFromSettleResult(r, e);
                            });
}

quint64 PrimeClient::call(const QString &operation, const QJsonObject &params, CallKind kind,
                          QObject *context, Callback<QJsonObject> done)
{
    return submit<QJsonObject>(operation, params, kind, context, std::move(done),
                               [](const QJsonObject &r, QString *) { return std::optional(r); });
}

} // namespace prime
