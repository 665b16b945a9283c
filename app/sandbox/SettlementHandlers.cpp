// Settlement (reference 6.10-6.13) with the design's decisions: one active (not
// completed) batch per asset_kind, confirmation and transfers after delays.
#include "Args.h"
#include "Handlers.h"

#include <QJsonArray>

#include <algorithm>

namespace prime::sandbox {

namespace {
const QStringList kAssetKinds{QStringLiteral("currency"), QStringLiteral("tokenized_equity")};
const QStringList kStatuses{QStringLiteral("unsettled"), QStringLiteral("partially_settled"),
                            QStringLiteral("settled"), QStringLiteral("completed")};
constexpr qint64 kMaxMs = 253402300799999; // 9999-12-31
} // namespace

Reply createBatch(SandboxState &state, const QJsonObject &params)
{
    Args a(params, {"asset_kind"});
    // asset_kind is nullable: null or absent means "currency".
    const bool isNull = params.value(QLatin1String("asset_kind")).isNull();
    const auto kind = isNull ? std::nullopt : a.enumValue("asset_kind", kAssetKinds, false);
    if (!a.ok())
        return Reply::fail(a.error());
    const QString assetKind = kind.value_or(QStringLiteral("currency"));
    if (state.activeBatch(assetKind))
        return Reply::fail(QStringLiteral("EGeneral:Invalid arguments")); // one active batch per kind
    BatchRecord *b = state.createBatch(assetKind, state.now());
    if (!b) // nothing to settle
        return Reply::fail(QStringLiteral("EGeneral:Invalid arguments"));
    return Reply{QJsonObject{{QLatin1String("batch"), state.toApi(*b).toJson()}}, {}};
}

Reply getBatch(SandboxState &state, const QJsonObject &params)
{
    Args a(params, {"batch_id", "asset_kind"});
    const auto id = a.string("batch_id", true);
    const auto kind = a.enumValue("asset_kind", kAssetKinds, false);
    const BatchRecord *b = a.ok() ? state.batch(*id) : nullptr;
    if (a.ok() && (!b || (kind && b->assetKind != *kind)))
        a.fail("batch_id");
    if (!a.ok())
        return Reply::fail(a.error());
    return Reply{QJsonObject{{QLatin1String("batch"), state.toApi(*b).toJson()}}, {}};
}

Reply listBatches(SandboxState &state, const QJsonObject &params)
{
    Args a(params, {"statuses", "from", "until", "limit", "offset", "asset_kind"});
    const auto statuses = a.stringList("statuses", false, 4);
    if (statuses) {
        for (const QString &s : *statuses) {
            if (!kStatuses.contains(s))
                a.fail("statuses");
        }
    }
    const auto from = a.integer("from", 0, kMaxMs);
    const auto until = a.integer("until", 0, kMaxMs);
    const qint64 limit = a.integer("limit", 1, 200).value_or(50);
    const qint64 offset = a.integer("offset", 0, 1000000000).value_or(0);
    const auto kind = a.enumValue("asset_kind", kAssetKinds, false);
    if (!a.ok())
        return Reply::fail(a.error());

    QList<const BatchRecord *> matching;
    for (const BatchRecord &b : state.batches) {
        if ((statuses && !statuses->isEmpty() && !statuses->contains(b.status()))
            || (from && b.createdAt <= *from) || (until && b.createdAt > *until)
            || (kind && b.assetKind != *kind))
            continue;
        matching.append(&b);
    }
    // Newest first; equal times keep the newer record first.
    std::reverse(matching.begin(), matching.end());
    std::stable_sort(matching.begin(), matching.end(),
                     [](const BatchRecord *x, const BatchRecord *y) { return x->createdAt > y->createdAt; });
    QJsonArray data;
    for (qint64 i = offset; i < qMin<qint64>(matching.size(), offset + limit); ++i)
        data.append(state.toApi(*matching[i]).toJson());
    const QJsonObject pagination{{QLatin1String("has_more"), offset + limit < matching.size()},
                                 {QLatin1String("limit"), limit},
                                 {QLatin1String("offset"), offset}};
    return Reply{QJsonObject{{QLatin1String("data"), data}, {QLatin1String("pagination"), pagination}}, {}};
}

Reply settleAsset(SandboxState &state, const QJsonObject &params)
{
    Args a(params, {"batch_id", "asset"});
    const auto id = a.string("batch_id", true);
    const auto asset = a.string("asset", true, 32);
    BatchRecord *b = a.ok() ? state.batch(*id) : nullptr;
    if (a.ok() && !b)
        a.fail("batch_id");
    LegRecord *leg = nullptr;
    if (b) {
        for (LegRecord &l : b->legs) {
            if (l.asset == *asset)
                leg = &l;
        }
        if (!leg)
            a.fail("asset");
    }
    if (!a.ok())
        return Reply::fail(a.error());
    // Not confirmed yet, already settled or a transfer in flight: the leg cannot settle now.
    if (!state.canSettle(*b, *leg))
        return Reply::fail(QStringLiteral("EGeneral:Invalid arguments"));
    const TransferRecord &t = state.startTransfer(*b, *leg, state.now());
    QJsonObject transfer = t.toApi().toJson();
    transfer.insert(QLatin1String("relationships"),
                    QJsonObject{{QLatin1String("leg"), state.legToApi(*b, *leg).toJson()}});
    return Reply{QJsonObject{{QLatin1String("transfer"), transfer}}, {}};
}

} // namespace prime::sandbox
