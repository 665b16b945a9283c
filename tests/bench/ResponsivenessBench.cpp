#include "Benches.h"

#include "BatchPager.h"
#include "BatchesModel.h"
#include "PrimeClient.h"
#include "RecordFilterModel.h"
#include "SandboxServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

QJsonObject benchResponsiveness(bool quick)
{
    prime::sandbox::SandboxServer::Options options;
    options.seed = prime::sandbox::SandboxServer::Options::Seed::Empty;
    prime::sandbox::SandboxServer sandbox(options);
    sandbox.setClockFrozen(true);
    if (!sandbox.start())
        qFatal("sandbox did not start");
    const int count = quick ? 2000 : 10000;
    sandbox.addCompletedBatches(count);

    QNetworkAccessManager nam;
    QTemporaryDir dir;
    prime::TransportOptions transport;
    transport.rateTier = prime::RateLimiter::Tier::unlimited(); // the sandbox has no call budget
    transport.nonceStatePath = dir.filePath(QStringLiteral("nonce"));
    prime::PrimeClient client(&nam, sandbox.adminCredentials(), transport);

    prime::models::BatchesModel model;
    prime::models::RecordFilterModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.resize(1280, 800);
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.show();

    // A timer on the GUI thread: the longest gap between its ticks is the worst freeze.
    QElapsedTimer sinceTick;
    qint64 longestStallNs = 0;
    QTimer ticker;
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestStallNs = std::max(longestStallNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });

    prime::BatchPager pager(&client);
    QObject::connect(&pager, &prime::BatchPager::pageLoaded, [&](const QList<prime::Batch> &batches, int, bool) {
        for (const prime::Batch &b : batches)
            model.upsert(b);
    });
    QEventLoop loop;
    QObject::connect(&pager, &prime::BatchPager::finished, &loop, &QEventLoop::quit);
    QObject::connect(&pager, &prime::BatchPager::failed, [](const prime::PrimeError &e) {
        qFatal("loading failed: %s", qPrintable(e.details()));
    });
    const qint64 handlingBefore = sandbox.handlingNanoseconds();
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    pager.start(prime::BatchQuery(), 0);
    loop.exec();
    const double totalMs = total.nsecsElapsed() / 1e6;
    ticker.stop();
    const double handlingMs = (sandbox.handlingNanoseconds() - handlingBefore) / 1e6;
    if (model.rowCount() != count)
        qFatal("loaded %d of %d batches", model.rowCount(), count);
    return QJsonObject{{QStringLiteral("batches"), count},
                       {QStringLiteral("longest_gui_stall_ms"), longestStallNs / 1e6},
                       {QStringLiteral("total_ms"), totalMs},
                       {QStringLiteral("sandbox_handling_ms"), handlingMs},
                       {QStringLiteral("ratio"), handlingMs > 0 ? totalMs / handlingMs : 0}};
}
