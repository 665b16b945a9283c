// prime-bench: each benchmark against a floor measured in the same run,
// interleaved; prints one JSON object with the medians and the ratios.
#include "Benches.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    // Per-request log lines would be measured too: keep only warnings.
    QLoggingCategory::setFilterRules(QStringLiteral("prime.*.debug=false\nprime.*.info=false"));
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs Prime Admin's benchmarks against floors measured in the same run and prints JSON.\n"
        "Ratios are ours / floor: 1.0 means no overhead over the floor."));
    parser.addHelpOption();
    QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Fewer repetitions (under a minute)."));
    QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run only the named benchmark."), QStringLiteral("name"));
    QCommandLineOption child(QStringLiteral("child"), QStringLiteral("Internal: one load in this process."), QStringLiteral("load"));
    QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("Internal: divide the data size."), QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({quick, only, child, scale});
    parser.process(app);
    const bool q = parser.isSet(quick);
    if (parser.isSet(child))
        return runBenchChild(parser.value(child), std::max(1, parser.value(scale).toInt()));

    QElapsedTimer total;
    total.start();
    QJsonObject results;
    auto want = [&](const char *name) { return !parser.isSet(only) || parser.value(only) == QLatin1String(name); };
    QList<BenchResult> all;
    if (want("signing"))
        all.append(benchSigning(q));
    if (want("client_overhead"))
        all.append(benchClientOverhead(q));
    if (want("loading"))
        all.append(benchLoading(q));
    if (want("sort_filter"))
        all.append(benchSortFilter(q));
    for (const BenchResult &r : all)
        results.insert(r.name, r.toJson());
    if (want("responsiveness"))
        results.insert(QStringLiteral("responsiveness"), benchResponsiveness(q));
    if (want("startup"))
        results.insert(QStringLiteral("startup"), benchStartup(q));
    QJsonObject out{{QStringLiteral("mode"), q ? QStringLiteral("quick") : QStringLiteral("full")},
                    {QStringLiteral("benchmarks"), results},
                    {QStringLiteral("total_seconds"), total.elapsed() / 1000.0}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
