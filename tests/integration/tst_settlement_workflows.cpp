// SettlementRun, BatchTracker and BatchPager against the in-process sandbox
// (frozen clock: time moves only by advanceClock()).
#include "tst_sandbox_support.h"

#include <AuditLog.h>
#include <BatchPager.h>
#include <BatchTracker.h>
#include <SettlementRun.h>

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace prime;
using sandboxtest::Waiter;
using Fault = sandbox::SandboxServer::Fault;

class TestSettlementWorkflows : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pagerPagesOf200();
    void pagerFiltersMapToRequest();
    void pagerCancel();
    void runSettlesEveryEligibleLeg();
    void runStopsOnFirstFailure();
    void ambiguousAppliedSettleCountsOnce();
    void ambiguousUnappliedSettleOffersRetry();
    void trackerFollowsTransfersToCompletion();
    void trackerStopsWhenLeft();

private:
    Batch confirmedBatch();
    Batch readBatch(const QString &id);

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PrimeClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_audit;
};

void TestSettlementWorkflows::init()
{
    m_server = sandboxtest::startSandbox(sandboxtest::emptySeed());
    QVERIFY(m_server);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PrimeClient>(m_nam.get(), m_server->adminCredentials(), sandboxtest::testTransport());
    m_dir = std::make_unique<QTemporaryDir>();
    m_audit = std::make_unique<AuditLog>(m_dir->filePath(QStringLiteral("audit.jsonl")));
}

void TestSettlementWorkflows::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
    m_audit.reset();
    m_dir.reset();
}

Batch TestSettlementWorkflows::readBatch(const QString &id)
{
    Waiter<Batch> w;
    m_client->getBatch(id, this, w.callback());
    if (!w.wait() || !w.result->ok())
        return {};
    return *w.result->value;
}

// A confirmed batch with BTC incoming, USD outgoing and ETH incoming legs.
Batch TestSettlementWorkflows::confirmedBatch()
{
    m_server->bookTrade(QStringLiteral("BTC"), QStringLiteral("1.25"));
    m_server->bookTrade(QStringLiteral("USD"), QStringLiteral("-50000.12"));
    m_server->bookTrade(QStringLiteral("ETH"), QStringLiteral("2.000000000000000001"));
    Waiter<Batch> w;
    m_client->createBatch(QStringLiteral("currency"), this, w.callback());
    if (!w.wait() || !w.result->ok())
        return {};
    m_server->advanceClock(sandbox::SandboxOptions().confirmDelayMs);
    return readBatch(w.result->value->id);
}

void TestSettlementWorkflows::pagerPagesOf200()
{
    m_server->addCompletedBatches(450);
    BatchPager pager(m_client.get());
    QSignalSpy pages(&pager, &BatchPager::pageLoaded);
    QSignalSpy finished(&pager, &BatchPager::finished);
    pager.start(BatchQuery{}, 1);
    QVERIFY(pager.isRunning());
    QVERIFY(finished.wait());
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.at(0).at(0).value<QList<Batch>>().size(), 200);
    QCOMPARE(finished.at(0).at(0).toInt(), 200);
    QVERIFY(finished.at(0).at(1).toBool());
    QVERIFY(pager.hasMore());

    pager.loadMore(0); // everything that remains
    QVERIFY(finished.wait());
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.at(2).at(0).value<QList<Batch>>().size(), 50);
    QCOMPARE(pager.loadedCount(), 450);
    QVERIFY(!pager.hasMore());
    QSet<QString> ids;
    for (const auto &args : pages)
        for (const Batch &b : args.at(0).value<QList<Batch>>())
            ids.insert(b.id);
    QCOMPARE(ids.size(), 450); // no page overlaps another
}

void TestSettlementWorkflows::pagerFiltersMapToRequest()
{
    m_server->addCompletedBatches(30);
    const Batch open = confirmedBatch();
    QVERIFY(!open.id.isEmpty());
    BatchPager pager(m_client.get());
    QSignalSpy pages(&pager, &BatchPager::pageLoaded);
    QSignalSpy finished(&pager, &BatchPager::finished);

    BatchQuery unsettled;
    unsettled.statuses = {QStringLiteral("unsettled"), QStringLiteral("partially_settled")};
    pager.start(unsettled, 0);
    QVERIFY(finished.wait());
    QCOMPARE(pager.loadedCount(), 1);
    QCOMPARE(pages.last().at(0).value<QList<Batch>>().first().id, open.id);

    // from is exclusive, until inclusive (reference 6.12).
    BatchQuery range;
    range.from = open.createdAt;
    pager.start(range, 0);
    QVERIFY(finished.wait());
    QCOMPARE(pager.loadedCount(), 0);
    range.from = open.createdAt - 1;
    range.until = open.createdAt;
    pager.start(range, 0);
    QVERIFY(finished.wait());
    QCOMPARE(pager.loadedCount(), 1);
}

void TestSettlementWorkflows::pagerCancel()
{
    m_server->addCompletedBatches(450);
    BatchPager pager(m_client.get());
    QSignalSpy finished(&pager, &BatchPager::finished);
    QSignalSpy cancelled(&pager, &BatchPager::cancelled);
    QSignalSpy pages(&pager, &BatchPager::pageLoaded);
    pager.start(BatchQuery{}, 0);
    QVERIFY(QTest::qWaitFor([&] { return pages.size() == 1; }, 10000));
    pager.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!pager.isRunning());
    QTest::qWait(200);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(pages.size(), 1);
    QVERIFY(pager.loadedCount() < 450);
}

void TestSettlementWorkflows::runSettlesEveryEligibleLeg()
{
    const Batch b = confirmedBatch();
    QVERIFY(b.confirmed);
    const QStringList eligible = SettlementRun::eligibleAssets(b);
    QCOMPARE(eligible.size(), 3);
    SettlementRun run(m_client.get(), b.id, eligible);
    run.setAuditLog(m_audit.get(), QStringLiteral("Sandbox"));
    QSignalSpy started(&run, &SettlementRun::legStarted);
    QSignalSpy legDone(&run, &SettlementRun::legFinished);
    QSignalSpy finished(&run, &SettlementRun::finished);
    run.start();
    QVERIFY(finished.wait());
    QCOMPARE(run.outcome(), SettlementRun::Outcome::Completed);
    QCOMPARE(started.size(), 3);
    QCOMPARE(legDone.size(), 3);
    for (const QString &asset : eligible) {
        QCOMPARE(m_server->transferCount(b.id, asset), 1);
    }
    for (const auto &leg : run.legs()) {
        QCOMPARE(leg.state, SettlementRun::LegState::Started);
        QCOMPARE(leg.transfer.status, QStringLiteral("pending"));
    }
    const QList<AuditEntry> entries = m_audit->entries();
    QCOMPARE(entries.size(), 3);
    for (const AuditEntry &e : entries) {
        QCOMPARE(e.operation, QStringLiteral("SettlePrimeSettlementBatchAsset"));
        QCOMPARE(e.outcome, AuditEntry::Outcome::Succeeded);
        QCOMPARE(e.targets.first(), b.id);
    }
    QVERIFY2(run.summary().startsWith(QStringLiteral("Started:")), qPrintable(run.summary()));
    // Nothing is eligible any more while the transfers are in flight.
    QVERIFY(SettlementRun::eligibleAssets(readBatch(b.id)).isEmpty());
}

void TestSettlementWorkflows::runStopsOnFirstFailure()
{
    const Batch b = confirmedBatch();
    // USD gets a server-side refusal: a transfer is already in flight.
    Waiter<Transfer> first;
    m_client->settleLeg(b.id, QStringLiteral("USD"), this, first.callback());
    QVERIFY(first.wait() && first.result->ok());

    SettlementRun run(m_client.get(), b.id, {QStringLiteral("BTC"), QStringLiteral("USD"), QStringLiteral("ETH")});
    run.setAuditLog(m_audit.get(), QStringLiteral("Sandbox"));
    QSignalSpy finished(&run, &SettlementRun::finished);
    run.start();
    QVERIFY(finished.wait());
    QCOMPARE(run.outcome(), SettlementRun::Outcome::Failed);
    QCOMPARE(run.legs().at(0).state, SettlementRun::LegState::Started);
    QCOMPARE(run.legs().at(1).state, SettlementRun::LegState::Failed);
    QCOMPARE(run.legs().at(1).error.category, PrimeError::Category::InvalidArguments);
    QVERIFY(!run.legs().at(1).ambiguous);
    QCOMPARE(run.legs().at(2).state, SettlementRun::LegState::NotAttempted);
    QCOMPARE(m_server->transferCount(b.id, QStringLiteral("ETH")), 0);
    QCOMPARE(m_server->transferCount(b.id, QStringLiteral("USD")), 1);
    const QString summary = run.summary();
    QVERIFY2(summary.contains(QStringLiteral("Settling USD failed")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Not attempted: ETH.")), qPrintable(summary));
    const QList<AuditEntry> entries = m_audit->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).outcome, AuditEntry::Outcome::Failed);
}

void TestSettlementWorkflows::ambiguousAppliedSettleCountsOnce()
{
    const Batch b = confirmedBatch();
    m_server->injectFault(QStringLiteral("SettlePrimeSettlementBatchAsset"), Fault::DropAfterApply);
    SettlementRun run(m_client.get(), b.id, {QStringLiteral("BTC"), QStringLiteral("USD")});
    run.setAuditLog(m_audit.get(), QStringLiteral("Sandbox"));
    QSignalSpy reread(&run, &SettlementRun::batchReread);
    QSignalSpy finished(&run, &SettlementRun::finished);
    run.start();
    QVERIFY(finished.wait());
    QCOMPARE(reread.size(), 1);
    const auto &btc = run.legs().at(0);
    QVERIFY(btc.ambiguous);
    QVERIFY(btc.error.outcomeUnknown);
    QCOMPARE(btc.transferExists, std::optional<bool>(true));
    QCOMPARE(btc.state, SettlementRun::LegState::Started);
    QVERIFY(!btc.transfer.id.isEmpty());
    // The lost answer was not resent: exactly one transfer, and the run went on.
    QCOMPARE(m_server->transferCount(b.id, QStringLiteral("BTC")), 1);
    QCOMPARE(m_server->transferCount(b.id, QStringLiteral("USD")), 1);
    QCOMPARE(run.outcome(), SettlementRun::Outcome::Completed);
    QVERIFY2(run.summary().contains(QStringLiteral("answer was lost")), qPrintable(run.summary()));
    const QList<AuditEntry> entries = m_audit->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).outcome, AuditEntry::Outcome::Unknown);
}

void TestSettlementWorkflows::ambiguousUnappliedSettleOffersRetry()
{
    const Batch b = confirmedBatch();
    m_server->injectFault(QStringLiteral("SettlePrimeSettlementBatchAsset"), Fault::Http500);
    SettlementRun run(m_client.get(), b.id, {QStringLiteral("BTC"), QStringLiteral("USD")});
    QSignalSpy finished(&run, &SettlementRun::finished);
    run.start();
    QVERIFY(finished.wait());
    QCOMPARE(run.outcome(), SettlementRun::Outcome::Failed);
    const auto &btc = run.legs().at(0);
    QVERIFY(btc.ambiguous);
    QCOMPARE(btc.transferExists, std::optional<bool>(false));
    QCOMPARE(btc.state, SettlementRun::LegState::Failed);
    QCOMPARE(run.legs().at(1).state, SettlementRun::LegState::NotAttempted);
    QCOMPARE(m_server->transferCount(b.id, QStringLiteral("BTC")), 0);
    QVERIFY(run.rereadBatch().has_value());
    QVERIFY2(run.summary().contains(QStringLiteral("no transfer exists")), qPrintable(run.summary()));
}

void TestSettlementWorkflows::trackerFollowsTransfersToCompletion()
{
    const Batch b = confirmedBatch();
    SettlementRun run(m_client.get(), b.id, SettlementRun::eligibleAssets(b));
    QSignalSpy runDone(&run, &SettlementRun::finished);
    run.start();
    QVERIFY(runDone.wait());

    BatchTracker tracker(m_client.get());
    tracker.setBackoff(20, 80);
    QSignalSpy updated(&tracker, &BatchTracker::updated);
    QSignalSpy finished(&tracker, &BatchTracker::finished);
    tracker.track(b.id);
    QVERIFY(updated.wait());
    const Batch pending = updated.last().at(0).value<Batch>();
    for (const Leg &l : pending.legs)
        QCOMPARE(l.latestTransfer.status, QStringLiteral("pending"));
    QVERIFY(BatchTracker::isInMotion(pending));
    // Polls continue with backoff while nothing changes.
    QTest::qWait(300);
    QVERIFY(tracker.pollCount() >= 3);
    QCOMPARE(tracker.nextDelayMs(), 80);
    QCOMPARE(finished.size(), 0);

    const sandbox::SandboxOptions o;
    m_server->advanceClock(o.transferDelayMs);
    QVERIFY(QTest::qWaitFor([&] {
        return !updated.isEmpty() && updated.last().at(0).value<Batch>().status == QLatin1String("settled");
    }, 5000));
    const Batch settled = updated.last().at(0).value<Batch>();
    for (const Leg &l : settled.legs) {
        QCOMPARE(l.latestTransfer.status, QStringLiteral("completed"));
        QVERIFY(l.isSettled());
    }
    QCOMPARE(finished.size(), 0); // settled still turns completed
    m_server->advanceClock(o.completeDelayMs);
    QVERIFY(finished.wait());
    QCOMPARE(finished.last().at(0).value<Batch>().status, QStringLiteral("completed"));
    QVERIFY(!tracker.isTracking());
}

void TestSettlementWorkflows::trackerStopsWhenLeft()
{
    const Batch b = confirmedBatch();
    Waiter<Transfer> t;
    m_client->settleLeg(b.id, QStringLiteral("BTC"), this, t.callback());
    QVERIFY(t.wait() && t.result->ok());
    BatchTracker tracker(m_client.get());
    tracker.setBackoff(20, 40);
    QSignalSpy updated(&tracker, &BatchTracker::updated);
    tracker.track(b.id);
    QVERIFY(updated.wait());
    tracker.stop();
    const int polls = tracker.pollCount();
    QTest::qWait(200);
    QCOMPARE(tracker.pollCount(), polls);
    QVERIFY(!tracker.isTracking());
}

QTEST_GUILESS_MAIN(TestSettlementWorkflows)
#include "tst_settlement_workflows.moc"
