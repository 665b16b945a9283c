#include "BatchCsv.h"

#include <QDateTime>

#include <algorithm>

namespace prime::csv {

namespace {

QString flag(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

QString ms(std::optional<qint64> value)
{
    return value && *value > 0 ? QString::number(*value) : QString();
}

QString iso(std::optional<qint64> value)
{
    if (!value || *value <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*value, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QString field(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool quote = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); });
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray row(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << field(f);
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QStringList legsHeader()
{
    return {QStringLiteral("batch_id"),      QStringLiteral("batch_status"), QStringLiteral("confirmed"),
            QStringLiteral("asset"),         QStringLiteral("direction"),    QStringLiteral("amount"),
            QStringLiteral("leg_status"),    QStringLiteral("can_settle"),   QStringLiteral("settled_at"),
            QStringLiteral("transfer_id"),   QStringLiteral("transfer_status"),
            QStringLiteral("transfer_amount"), QStringLiteral("transfer_asset")};
}

QByteArray legsToCsv(const Batch &batch)
{
    QByteArray csv = row(legsHeader());
    for (const Leg &leg : batch.legs) {
        csv += row({batch.id, batch.status, flag(batch.confirmed), leg.asset, leg.direction, leg.amount,
                    leg.status, flag(leg.canSettle), ms(leg.settledAt), leg.latestTransfer.id,
                    leg.latestTransfer.status, leg.latestTransfer.amount, leg.latestTransfer.asset});
    }
    return csv;
}

QStringList batchHeader()
{
    return {QStringLiteral("record"),          QStringLiteral("batch_id"),
            QStringLiteral("batch_status"),    QStringLiteral("confirmed"),
            QStringLiteral("asset_kind"),      QStringLiteral("created_at"),
            QStringLiteral("created_at_utc"),  QStringLiteral("updated_at"),
            QStringLiteral("updated_at_utc"),  QStringLiteral("trade_count"),
            QStringLiteral("asset"),           QStringLiteral("direction"),
            QStringLiteral("amount"),          QStringLiteral("leg_status"),
            QStringLiteral("can_settle"),      QStringLiteral("settled_at"),
            QStringLiteral("settled_at_utc"),  QStringLiteral("transfer_id"),
            QStringLiteral("transfer_status"), QStringLiteral("transfer_amount"),
            QStringLiteral("transfer_asset"),  QStringLiteral("trade_id")};
}

QByteArray batchToCsv(const Batch &b)
{
    const int width = int(batchHeader().size());
    auto padded = [width](QStringList fields) {
        while (fields.size() < width)
            fields.append(QString());
        return row(fields);
    };
    QByteArray csv = row(batchHeader());
    csv += padded({QStringLiteral("batch"), b.id, b.status, flag(b.confirmed), b.assetKind, ms(b.createdAt),
                   iso(b.createdAt), ms(b.updatedAt), iso(b.updatedAt), QString::number(b.tradeCount)});
    for (const Leg &leg : b.legs) {
        csv += padded({QStringLiteral("leg"), b.id, QString(), QString(), QString(), QString(), QString(),
                       QString(), QString(), QString(), leg.asset, leg.direction, leg.amount, leg.status,
                       flag(leg.canSettle), ms(leg.settledAt), iso(leg.settledAt), leg.latestTransfer.id,
                       leg.latestTransfer.status, leg.latestTransfer.amount, leg.latestTransfer.asset});
    }
    for (const QString &trade : b.tradeIds.value_or(QStringList())) {
        QStringList fields{QStringLiteral("trade"), b.id};
        while (fields.size() < width - 1)
            fields.append(QString());
        fields.append(trade);
        csv += row(fields);
    }
    return csv;
}

QStringList batchListHeader()
{
    return {QStringLiteral("batch_id"),    QStringLiteral("status"),         QStringLiteral("confirmed"),
            QStringLiteral("asset_kind"),  QStringLiteral("created_at"),     QStringLiteral("created_at_utc"),
            QStringLiteral("updated_at"),  QStringLiteral("updated_at_utc"), QStringLiteral("trade_count"),
            QStringLiteral("legs"),        QStringLiteral("legs_settled"),   QStringLiteral("assets")};
}

QByteArray batchListToCsv(const QList<Batch> &batches)
{
    QByteArray csv = row(batchListHeader());
    for (const Batch &b : batches) {
        QStringList assets;
        for (const Leg &leg : b.legs)
            assets.append(leg.asset);
        csv += row({b.id, b.status, flag(b.confirmed), b.assetKind, ms(b.createdAt), iso(b.createdAt),
                    ms(b.updatedAt), iso(b.updatedAt), QString::number(b.tradeCount),
                    QString::number(b.legs.size()), QString::number(b.settledLegCount()),
                    assets.join(QLatin1Char(' '))});
    }
    return csv;
}

} // namespace prime::csv
