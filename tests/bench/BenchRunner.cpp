#include "BenchRunner.h"

#include <QFile>
#include <QList>

#include <algorithm>

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

BenchResult runInterleaved(const QString &name, const QString &unit, int repetitions,
                           const std::function<double()> &floor, const std::function<double()> &ours)
{
    QList<double> f, o;
    floor(); // warm-up, not counted
    ours();
    for (int i = 0; i < repetitions; ++i) {
        f.append(floor());
        o.append(ours());
    }
    return {name, unit, median(f), median(o)};
}

QJsonObject BenchResult::toJson() const
{
    return QJsonObject{{QStringLiteral("unit"), unit},
                       {QStringLiteral("floor_median"), floorMedian},
                       {QStringLiteral("ours_median"), oursMedian},
                       {QStringLiteral("ratio"), ratio()}};
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}
