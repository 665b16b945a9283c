#pragma once

#include "BenchRunner.h"

#include <QJsonObject>

BenchResult benchSigning(bool quick);
BenchResult benchClientOverhead(bool quick);
QList<BenchResult> benchLoading(bool quick);
BenchResult benchSortFilter(bool quick);
QJsonObject benchResponsiveness(bool quick);
// Exec to first painted window: prime-admin with a saved profile vs a bare window.
QJsonObject benchStartup(bool quick);
// `prime-bench --child NAME --scale N`: one measured load in a fresh process.
int runBenchChild(const QString &which, int scale);
