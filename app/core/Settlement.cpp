#include "Settlement.h"

#include "JsonRead.h"

#include <QJsonArray>

namespace prime {

using json::setError;

bool isValidBatchStatus(const QString &status)
{
    static const QStringList valid{QStringLiteral("unsettled"), QStringLiteral("partially_settled"),
                                   QStringLiteral("settled"), QStringLiteral("completed")};
    return valid.contains(status);
}

bool isValidAssetKind(const QString &kind)
{
    return kind == QLatin1String("currency") || kind == QLatin1String("tokenized_equity");
}

std::optional<Transfer> Transfer::fromJson(const QJsonObject &o, QString *error)
{
    Transfer t;
    const QJsonValue idValue = o.value(QLatin1StringView("id"));
    t.id = idValue.isDouble() ? QString::number(idValue.toInteger()) : idValue.toString();
    const QJsonObject attrs = o.value(QLatin1StringView("attributes")).isObject()
                                  ? o.value(QLatin1StringView("attributes")).toObject()
                                  : o;
    t.status = json::optionalString(attrs, QLatin1StringView("transfer_status"));
    t.asset = json::optionalString(attrs, QLatin1StringView("transfer_asset"));
    if (attrs.contains(QLatin1StringView("transfer_amount"))) {
        auto amount = json::decimalString(attrs, QLatin1StringView("transfer_amount"), error);
        if (!amount)
            return std::nullopt;
        t.amount = *amount;
    }
    return t;
}

QJsonObject Transfer::toJson() const
{
    return QJsonObject{{QLatin1String("id"), id},
                       {QLatin1String("attributes"),
                        QJsonObject{{QLatin1String("transfer_status"), status},
                                    {QLatin1String("transfer_amount"), amount},
                                    {QLatin1String("transfer_asset"), asset}}}};
}

std::optional<Leg> Leg::fromJson(const QJsonObject &o, QString *error)
{
    Leg l;
    auto asset = json::requiredString(o, QLatin1StringView("asset"), error);
    auto amount = json::decimalString(o, QLatin1StringView("amount"), error);
    if (!asset || !amount)
        return std::nullopt;
    l.asset = *asset;
    l.amount = *amount;
    l.direction = json::optionalString(o, QLatin1StringView("direction"));
    l.status = json::optionalString(o, QLatin1StringView("status"));
    l.canSettle = o.value(QLatin1StringView("can_settle")).toBool();
    QString intError;
    l.settledAt = json::optionalInt(o, QLatin1StringView("settled_at"), &intError);
    if (!intError.isEmpty()) {
        setError(error, QLatin1StringView("settled_at"));
        return std::nullopt;
    }
    const QJsonValue latest = o.value(QLatin1StringView("latest_spot_transfer"));
    if (latest.isObject() && !latest.toObject().isEmpty()) {
        auto t = Transfer::fromJson(latest.toObject(), error);
        if (!t)
            return std::nullopt;
        l.latestTransfer = *t;
    }
    return l;
}

QJsonObject Leg::toJson() const
{
    QJsonObject o{{QLatin1String("status"), status},
                  {QLatin1String("asset"), asset},
                  {QLatin1String("amount"), amount},
                  {QLatin1String("can_settle"), canSettle},
                  {QLatin1String("latest_spot_transfer"),
                   latestTransfer.isEmpty() ? QJsonObject() : latestTransfer.toJson()}};
    if (!direction.isEmpty())
        o.insert(QLatin1String("direction"), direction);
    o.insert(QLatin1String("settled_at"), settledAt ? QJsonValue(*settledAt) : QJsonValue());
    return o;
}

int Batch::settledLegCount() const
{
    return int(std::count_if(legs.cbegin(), legs.cend(), [](const Leg &l) { return l.isSettled(); }));
}

std::optional<Batch> Batch::fromJson(const QJsonObject &o, QString *error)
{
    Batch b;
    auto id = json::requiredString(o, QLatin1StringView("id"), error);
    if (!id)
        return std::nullopt;
    b.id = *id;
    const QJsonObject attrs = o.value(QLatin1StringView("attributes")).toObject();
    b.status = json::optionalString(attrs, QLatin1StringView("status"));
    b.confirmed = attrs.value(QLatin1StringView("confirmed")).toBool();
    b.assetKind = json::optionalString(attrs, QLatin1StringView("asset_kind"));
    QString intError;
    b.createdAt = json::optionalInt(attrs, QLatin1StringView("created_at"), &intError).value_or(0);
    b.updatedAt = json::optionalInt(attrs, QLatin1StringView("updated_at"), &intError).value_or(0);
    b.tradeCount = int(json::optionalInt(attrs, QLatin1StringView("trade_count"), &intError).value_or(0));
    if (!intError.isEmpty()) {
        setError(error, QLatin1StringView("attributes"));
        return std::nullopt;
    }
    const QJsonValue legs = o.value(QLatin1StringView("legs"));
    if (!legs.isUndefined() && !legs.isNull() && !legs.isArray()) {
        setError(error, QLatin1StringView("legs"));
        return std::nullopt;
    }
    const QJsonArray legArray = legs.toArray();
    b.legs.reserve(legArray.size()); // one allocation per batch, not one per doubling
    for (const QJsonValue &v : legArray) {
        auto leg = v.isObject() ? Leg::fromJson(v.toObject(), error) : std::nullopt;
        if (!leg) {
            setError(error, QLatin1StringView("legs"));
            return std::nullopt;
        }
        b.legs.append(std::move(*leg));
    }
    if (o.contains(QLatin1StringView("trade_ids"))) {
        auto ids = json::stringList(o, QLatin1StringView("trade_ids"), false, error);
        if (!ids)
            return std::nullopt;
        b.tradeIds = *ids;
    }
    return b;
}

std::optional<Batch> Batch::fromResult(const QJsonObject &result, QString *error)
{
    const QJsonValue batch = result.value(QLatin1StringView("batch"));
    if (!batch.isObject()) {
        setError(error, QLatin1StringView("batch"));
        return std::nullopt;
    }
    return fromJson(batch.toObject(), error);
}

QJsonObject Batch::toJson() const
{
    QJsonObject attrs{{QLatin1String("status"), status},
                      {QLatin1String("confirmed"), confirmed},
                      {QLatin1String("created_at"), createdAt},
                      {QLatin1String("trade_count"), tradeCount},
                      {QLatin1String("updated_at"), updatedAt}};
    if (!assetKind.isEmpty())
        attrs.insert(QLatin1String("asset_kind"), assetKind);
    QJsonArray legArray;
    for (const Leg &l : legs)
        legArray.append(l.toJson());
    QJsonObject o{{QLatin1String("id"), id},
                  {QLatin1String("attributes"), attrs},
                  {QLatin1String("legs"), legArray}};
    if (tradeIds)
        o.insert(QLatin1String("trade_ids"), QJsonArray::fromStringList(*tradeIds));
    return o;
}

std::optional<BatchPage> BatchPage::fromResult(const QJsonObject &result, QString *error)
{
    const QJsonValue data = result.value(QLatin1StringView("data"));
    if (!data.isArray()) {
        setError(error, QLatin1StringView("data"));
        return std::nullopt;
    }
    BatchPage page;
    const QJsonArray a = data.toArray();
    page.batches.reserve(a.size());
    for (const QJsonValue &v : a) {
        auto b = v.isObject() ? Batch::fromJson(v.toObject(), error) : std::nullopt;
        if (!b) {
            setError(error, QLatin1StringView("data"));
            return std::nullopt;
        }
        page.batches.append(std::move(*b));
    }
    const QJsonObject p = result.value(QLatin1StringView("pagination")).toObject();
    page.pagination.hasMore = p.value(QLatin1StringView("has_more")).toBool();
    page.pagination.limit = p.value(QLatin1StringView("limit")).toInt();
    page.pagination.offset = p.value(QLatin1StringView("offset")).toInt();
    return page;
}

QJsonObject BatchQuery::toParams() const
{
    QJsonObject o;
    if (!statuses.isEmpty())
        o.insert(QLatin1String("statuses"), QJsonArray::fromStringList(statuses));
    if (from)
        o.insert(QLatin1String("from"), *from);
    if (until)
        o.insert(QLatin1String("until"), *until);
    if (limit)
        o.insert(QLatin1String("limit"), *limit);
    if (offset)
        o.insert(QLatin1String("offset"), *offset);
    if (!assetKind.isEmpty())
        o.insert(QLatin1String("asset_kind"), assetKind);
    return o;
}

std::optional<Transfer> transferFromSettleResult(const QJsonObject &result, QString *error,
                                                 std::optional<Leg> *leg)
{
    const QJsonValue t = result.value(QLatin1StringView("transfer"));
    if (!t.isObject()) {
        setError(error, QLatin1StringView("transfer"));
        return std::nullopt;
    }
    auto transfer = Transfer::fromJson(t.toObject(), error);
    if (transfer && leg) {
        const QJsonValue l = t.toObject().value(QLatin1StringView("relationships")).toObject().value(
            QLatin1StringView("leg"));
        if (l.isObject())
            *leg = Leg::fromJson(l.toObject(), nullptr);
    }
    return transfer;
}

} // namespace prime
