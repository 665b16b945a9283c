#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace prime {

// A transfer that settles a leg (reference 4.5). In a leg's `latest_spot_transfer`
// the same fields may come flat or under `attributes`; both are read.
struct Transfer
{
    QString id;
    QString status; // "pending", "completed", or whatever the server sends
    QString amount; // decimal string
    QString asset;

    bool isEmpty() const { return id.isEmpty() && status.isEmpty(); }
    static std::optional<Transfer> fromJson(const QJsonObject &o, QString *error = nullptr);
    QJsonObject toJson() const; // {id, attributes:{transfer_status, transfer_amount, transfer_asset}}

    friend bool operator==(const Transfer &, const Transfer &) = default;
};

// One asset leg of a batch (reference 4.4).
struct Leg
{
    QString asset;
    QString amount;    // decimal string, positive (design: direction carries the sign)
    QString direction; // "incoming", "outgoing", empty when the server sends none
    QString status;    // "unsettled", "settled", ...
    bool canSettle = false;
    std::optional<qint64> settledAt; // Unix ms
    Transfer latestTransfer;         // empty when none

    bool isSettled() const { return status == QLatin1String("settled"); }
    static std::optional<Leg> fromJson(const QJsonObject &o, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const Leg &, const Leg &) = default;
};

struct Batch
{
    QString id;
    QString status; // unsettled, partially_settled, settled, completed, ...
    bool confirmed = false;
    qint64 createdAt = 0; // Unix ms
    qint64 updatedAt = 0; // Unix ms
    int tradeCount = 0;
    QString assetKind; // empty when the server sends none
    QList<Leg> legs;
    std::optional<QStringList> tradeIds;

    int settledLegCount() const;
    static std::optional<Batch> fromJson(const QJsonObject &o, QString *error = nullptr);
    // {"batch": {...}}
    static std::optional<Batch> fromResult(const QJsonObject &result, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const Batch &, const Batch &) = default;
};

struct Pagination
{
    bool hasMore = false;
    int limit = 0;
    int offset = 0;
    friend bool operator==(const Pagination &, const Pagination &) = default;
};

struct BatchPage
{
    QList<Batch> batches;
    Pagination pagination;
    static std::optional<BatchPage> fromResult(const QJsonObject &result, QString *error = nullptr);
};

// Filters of ListPrimeSettlementBatches (reference 6.12).
struct BatchQuery
{
    QStringList statuses;
    std::optional<qint64> from;  // exclusive, Unix ms
    std::optional<qint64> until; // inclusive, Unix ms
    std::optional<int> limit;    // server default 50, max 200
    std::optional<int> offset;
    QString assetKind;
    QJsonObject toParams() const;
};

// The transfer answer of SettlePrimeSettlementBatchAsset: {"transfer": {...}}.
std::optional<Transfer> transferFromSettleResult(const QJsonObject &result, QString *error,
                                                 std::optional<Leg> *leg = nullptr);

bool isValidBatchStatus(const QString &status);
bool isValidAssetKind(const QString &kind);

} // namespace prime
