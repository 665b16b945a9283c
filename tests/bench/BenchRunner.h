#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

// Runs a floor and our implementation interleaved (floor, ours, floor, ours, ...)
// so both see the same machine noise, and reports medians and the ratio.
struct BenchResult
{
    QString name;
    QString unit;
    double floorMedian = 0;
    double oursMedian = 0;
    double ratio() const { return floorMedian > 0 ? oursMedian / floorMedian : 0; }
    QJsonObject toJson() const;
};

// Each function runs one repetition and returns its measurement (e.g. ns per op).
BenchResult runInterleaved(const QString &name, const QString &unit, int repetitions,
                           const std::function<double()> &floor, const std::function<double()> &ours);

double median(QList<double> values);
// Peak resident set size of this process so far, in KiB (Linux VmHWM).
qint64 peakRssKiB();
