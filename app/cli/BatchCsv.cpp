#include "BatchCsv.h"

namespace prime::cli {

QStringList batchCsvHeader()
{
    return {QStringLiteral("batch_id"),      QStringLiteral("batch_status"), QStringLiteral("confirmed"),
            QStringLiteral("asset"),         QStringLiteral("direction"),    QStringLiteral("amount"),
            QStringLiteral("leg_status"),    QStringLiteral("can_settle"),   QStringLiteral("settled_at"),
            QStringLiteral("transfer_id"),   QStringLiteral("transfer_status"),
            QStringLiteral("transfer_amount"), QStringLiteral("transfer_asset")};
}

QString csvField(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool quote = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); });
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray batchToCsv(const Batch &batch)
{
    auto row = [](const QStringList &fields) -> QByteArray {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    auto flag = [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); };
    QByteArray csv = row(batchCsvHeader());
    for (const Leg &leg : batch.legs) {
        csv += row({batch.id, batch.status, flag(batch.confirmed), leg.asset, leg.direction, leg.amount,
                    leg.status, flag(leg.canSettle),
                    leg.settledAt ? QString::number(*leg.settledAt) : QString(),
                    leg.latestTransfer.id, leg.latestTransfer.status, leg.latestTransfer.amount,
                    leg.latestTransfer.asset});
    }
    return csv;
}

} // namespace prime::cli
