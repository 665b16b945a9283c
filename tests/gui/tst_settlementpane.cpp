// The settlement pane against the in-process sandbox (frozen clock): paging and
// filters over 400+ batches, create a batch, settle one leg then all, watch the
// transfers complete, the ambiguous settle, CSV exports.
#include <AuditLog.h>
#include <BatchDetailView.h>
#include <BatchFilterBar.h>
#include <BatchPager.h>
#include <BatchTracker.h>
#include <BatchesModel.h>
#include <CreateBatchDialog.h>
#include <LegsModel.h>
#include <MainWindow.h>
#include <MessageBar.h>
#include <ProfileStore.h>
#include <RecordTableView.h>
#include <SandboxSession.h>
#include <SecretStore.h>
#include <SettleDialog.h>
#include <SettlementPane.h>

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prime;
using namespace prime::ui;
using Fault = sandbox::SandboxServer::Fault;

namespace {

// A window on a sandbox with the given seed, a frozen clock and fast polling.
struct Fixture
{
    QTemporaryDir dir;
    ProfileStore profiles{dir.filePath(QStringLiteral("profiles.ini"))};
    SecretStore secrets{QStringLiteral("PrimeAdminSettlementTest")};
    AuditLog audit{dir.filePath(QStringLiteral("audit.jsonl"))};
    std::unique_ptr<MainWindow> window;
    SettlementPane *pane = nullptr;

    explicit Fixture(sandbox::SandboxOptions::Seed seed)
    {
        window = std::make_unique<MainWindow>(&profiles, &secrets, &audit);
        window->setPersistSettings(false);
        window->setSandboxFactory([seed](QString *error) {
            TransportOptions transport;
            transport.backoffBaseMs = 20;
            transport.backoffCapMs = 100;
            transport.timeoutMs = 5000;
            sandbox::SandboxOptions options;
            options.seed = seed;
            return shell::startSandboxSession(error, options, transport);
        });
        window->resize(1280, 800);
        window->show();
        window->startSandbox();
        pane = qobject_cast<SettlementPane *>(window->pane(QStringLiteral("settlement")));
        if (sandbox())
            sandbox()->setClockFrozen(true);
        if (pane && pane->detail()->tracker())
            pane->detail()->tracker()->setBackoff(20, 100);
        window->setCurrentPane(QStringLiteral("settlement"));
    }

    sandbox::SandboxServer *sandbox() const { return shell::sandboxOf(window->session()); }

    bool idle() const
    {
        return QTest::qWaitFor([this] {
            const QList<Pane *> panes = window->panes();
            return window->session() && window->session()->pendingCount() == 0
                   && std::none_of(panes.cbegin(), panes.cend(), [](Pane *p) { return p->isBusy(); });
        }, 20000);
    }

    // The leg as the list model has it now (empty when absent).
    Leg leg(const QString &batchId, const QString &asset) const
    {
        const int row = pane->batches()->rowOf(batchId);
        if (row >= 0) {
            for (const Leg &l : pane->batches()->record(row).legs)
                if (l.asset == asset)
                    return l;
        }
        return {};
    }
};

QList<QByteArray> csvLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &l : lines)
        l.chop(l.endsWith('\r') ? 1 : 0);
    return lines;
}

} // namespace

class TestSettlementPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pagesAndFilters();
    void cancelLoading();
    void createBatch();
    void createBatchAnswerLost();
    void settleOneThenAll();
    void ambiguousSettleAfterApply();
    void ambiguousSettleBeforeApplyOffersRetry();
    void exports();

private:
    // Creates a confirmed currency batch with BTC in, USD out, ETH in; opens it.
    QString confirmedBatch(Fixture &f);
    bool settleThroughDialog(Fixture &f, const QString &asset);
};

QString TestSettlementPane::confirmedBatch(Fixture &f)
{
    f.sandbox()->bookTrade(QStringLiteral("BTC"), QStringLiteral("1.25"));
    f.sandbox()->bookTrade(QStringLiteral("USD"), QStringLiteral("-50000.12"));
    f.sandbox()->bookTrade(QStringLiteral("ETH"), QStringLiteral("2.000000000000000001"));
    f.pane->createBatch(QStringLiteral("currency"));
    if (!f.idle() || !f.pane->isDetailShown() || !f.pane->detail()->batch())
        return {};
    const QString id = f.pane->detail()->batch()->id;
    f.sandbox()->advanceClock(sandbox::SandboxOptions().confirmDelayMs);
    f.pane->openBatch(id); // re-reads it: now confirmed
    if (!QTest::qWaitFor([&] { return f.pane->detail()->batch()->confirmed; }, 5000))
        return {};
    return id;
}

bool TestSettlementPane::settleThroughDialog(Fixture &f, const QString &asset)
{
    f.pane->detail()->selectAsset(asset);
    auto *settle = f.pane->detail()->findChild<QPushButton *>(QStringLiteral("settleLeg"));
    if (!settle || !settle->isEnabled())
        return false;
    QTest::mouseClick(settle, Qt::LeftButton);
    SettleDialog *dialog = f.pane->detail()->pendingDialog();
    if (!dialog || dialog->assets() != QStringList{asset})
        return false;
    QTest::mouseClick(dialog->settleButton(), Qt::LeftButton);
    // In flight: nothing else can be settled until the answer is in.
    if (!f.pane->detail()->isSettling() || settle->isEnabled())
        return false;
    return QTest::qWaitFor([&] { return !f.pane->detail()->isSettling(); }, 10000);
}

void TestSettlementPane::pagesAndFilters()
{
    Fixture f(sandbox::SandboxOptions::Seed::Demo);
    QVERIFY(f.pane && f.sandbox());
    QVERIFY(f.idle());
    f.sandbox()->addCompletedBatches(420);
    const int total = int(f.sandbox()->batches().size());
    QVERIFY(total > 400);

    f.pane->refresh();
    QVERIFY(f.idle());
    QCOMPARE(f.pane->visibleRowCount(), 200);
    auto *paging = f.pane->findChild<QLabel *>(QStringLiteral("batchesPagingText"));
    QVERIFY2(paging->text().contains(QStringLiteral("more on the server")), qPrintable(paging->text()));
    auto *more = f.pane->findChild<QPushButton *>(QStringLiteral("loadMoreBatches"));
    QVERIFY(more->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(f.idle());
    QCOMPARE(f.pane->visibleRowCount(), 400);
    QTest::mouseClick(f.pane->findChild<QPushButton *>(QStringLiteral("loadAllBatches")), Qt::LeftButton);
    QVERIFY(f.idle());
    QCOMPARE(f.pane->visibleRowCount(), total);
    QVERIFY(!more->isEnabled());

    // Server-side status filter.
    int active = 0;
    for (const Batch &b : f.sandbox()->batches())
        active += b.status == QLatin1String("unsettled") ? 1 : 0;
    QVERIFY(active > 0);
    f.pane->filterBar()->setStatuses({QStringLiteral("unsettled")});
    QVERIFY(f.idle());
    QCOMPARE(f.pane->visibleRowCount(), active);
    QCOMPARE(f.pane->pager()->query().statuses, QStringList{QStringLiteral("unsettled")});

    // Created-between range: a window that ends before any batch existed is empty.
    f.pane->filterBar()->clear();
    QVERIFY(f.idle());
    f.pane->filterBar()->setRange(QDate(2001, 1, 1), QDate(2001, 1, 2));
    QVERIFY(f.idle());
    QCOMPARE(f.pane->visibleRowCount(), 0);
    QVERIFY(f.pane->pager()->query().from.has_value() && f.pane->pager()->query().until.has_value());
    const QDate today = QDateTime::fromMSecsSinceEpoch(f.sandbox()->nowMs()).date();
    f.pane->filterBar()->setRange(today.addDays(-1), today);
    QVERIFY(f.idle());
    QVERIFY(f.pane->visibleRowCount() > 0);
    QVERIFY(f.pane->visibleRowCount() < total);

    // Text filter and sort in the proxy.
    f.pane->filterBar()->clear();
    QVERIFY(f.idle());
    const QString someId = f.pane->batches()->record(3).id;
    f.pane->setFilterText(someId);
    QCOMPARE(f.pane->visibleRowCount(), 1);
    f.pane->setFilterText(QString());
    f.pane->view()->sortByColumn(models::BatchesModel::Created, Qt::DescendingOrder);
    const QModelIndex first = f.pane->view()->model()->index(0, models::BatchesModel::Created);
    const QModelIndex second = f.pane->view()->model()->index(1, models::BatchesModel::Created);
    QVERIFY(first.data(models::SortRole).toLongLong() >= second.data(models::SortRole).toLongLong());
    QVERIFY(!f.window->messageBar()->isVisible());
}

void TestSettlementPane::cancelLoading()
{
    Fixture f(sandbox::SandboxOptions::Seed::Demo);
    QVERIFY(f.idle());
    f.sandbox()->addCompletedBatches(420);
    f.sandbox()->injectFault(QStringLiteral("ListPrimeSettlementBatches"), Fault::Delay, 1, 4000);
    f.pane->loadAll();
    QTRY_VERIFY(f.pane->isBusy());
    auto *cancel = f.pane->findChild<QPushButton *>(QStringLiteral("cancelBatchLoad"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!f.pane->isBusy());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!f.window->messageBar()->isVisible()); // cancelling is not an error
}

void TestSettlementPane::createBatch()
{
    Fixture f(sandbox::SandboxOptions::Seed::Empty);
    QVERIFY(f.idle());
    f.sandbox()->bookTrade(QStringLiteral("BTC"), QStringLiteral("0.5"));
    f.pane->showCreateBatchDialog();
    auto *dialog = f.pane->findChild<CreateBatchDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->createButton()->isEnabled());
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QVERIFY(f.idle());
    QVERIFY(f.pane->isDetailShown());
    QCOMPARE(f.sandbox()->batches().size(), 1);
    const QString id = f.sandbox()->batches().first().id;
    QCOMPARE(f.pane->detail()->batch()->id, id);
    QCOMPARE(f.pane->batches()->rowCount(), 1);
    const QList<AuditEntry> entries = f.audit.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().operation, QStringLiteral("CreatePrimeSettlementBatch"));
    QVERIFY(entries.first().targets.contains(id));

    // A second currency batch is explained, not just refused.
    QTRY_VERIFY(!f.pane->findChild<CreateBatchDialog *>());
    f.pane->showCreateBatchDialog();
    dialog = f.pane->findChild<CreateBatchDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->createButton()->isEnabled());
    QVERIFY2(dialog->explanation().contains(id), qPrintable(dialog->explanation()));
    dialog->reject();

    // If Kraken refuses anyway (no trades of that kind), the message bar says why.
    f.pane->createBatch(QStringLiteral("tokenized_equity"));
    QVERIFY(f.idle());
    QVERIFY(f.window->messageBar()->isVisible());
    QVERIFY2(f.window->messageBar()->text().contains(QStringLiteral("one active batch")),
             qPrintable(f.window->messageBar()->text()));
    QCOMPARE(f.audit.entries().last().outcome, AuditEntry::Outcome::Failed);
}

void TestSettlementPane::createBatchAnswerLost()
{
    Fixture f(sandbox::SandboxOptions::Seed::Empty);
    QVERIFY(f.idle());
    f.sandbox()->bookTrade(QStringLiteral("ETH"), QStringLiteral("-3"));
    f.sandbox()->injectFault(QStringLiteral("CreatePrimeSettlementBatch"), Fault::DropAfterApply);
    f.pane->createBatch(QStringLiteral("currency"));
    QVERIFY(f.idle());
    QCOMPARE(f.sandbox()->batches().size(), 1); // sent once, never retried
    const QString id = f.sandbox()->batches().first().id;
    // The batch list was re-read: the new batch is shown and the user is told.
    QVERIFY(f.pane->isDetailShown());
    QCOMPARE(f.pane->detail()->batch()->id, id);
    QVERIFY(f.window->messageBar()->isVisible());
    QVERIFY2(f.window->messageBar()->text().contains(id), qPrintable(f.window->messageBar()->text()));
    QCOMPARE(f.audit.entries().last().outcome, AuditEntry::Outcome::Unknown);
}

void TestSettlementPane::settleOneThenAll()
{
    Fixture f(sandbox::SandboxOptions::Seed::Empty);
    QVERIFY(f.idle());
    const QString id = confirmedBatch(f);
    QVERIFY(!id.isEmpty());
    QVERIFY(settleThroughDialog(f, QStringLiteral("BTC")));
    QCOMPARE(f.sandbox()->transferCount(id, QStringLiteral("BTC")), 1);
    QCOMPARE(f.sandbox()->transferCount(id, QStringLiteral("USD")), 0);
    // Tracking shows the transfer pending, then completed once sandbox time passes.
    QVERIFY(f.pane->detail()->tracker()->isTracking());
    QTRY_COMPARE(f.leg(id, QStringLiteral("BTC")).latestTransfer.status, QStringLiteral("pending"));
    // Leaving stops the polling; coming back resumes it while the transfer moves.
    f.window->setCurrentPane(QStringLiteral("users"));
    QVERIFY(!f.pane->detail()->tracker()->isTracking());
    f.window->setCurrentPane(QStringLiteral("settlement"));
    QVERIFY(f.pane->detail()->tracker()->isTracking());
    f.sandbox()->advanceClock(sandbox::SandboxOptions().transferDelayMs);
    QTRY_COMPARE_WITH_TIMEOUT(f.leg(id, QStringLiteral("BTC")).latestTransfer.status, QStringLiteral("completed"), 5000);
    QVERIFY(f.leg(id, QStringLiteral("BTC")).isSettled());
    QTRY_COMPARE(f.pane->detail()->batch()->status, QStringLiteral("partially_settled"));

    // Settle all eligible legs: USD and ETH, one after the other.
    auto *all = f.pane->detail()->findChild<QPushButton *>(QStringLiteral("settleAll"));
    QVERIFY(all->isEnabled());
    QTest::mouseClick(all, Qt::LeftButton);
    SettleDialog *dialog = f.pane->detail()->pendingDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->assets().size(), 2);
    QTest::mouseClick(dialog->settleButton(), Qt::LeftButton);
    QTRY_VERIFY(!f.pane->detail()->isSettling());
    QCOMPARE(f.sandbox()->transferCount(id, QStringLiteral("USD")), 1);
    QCOMPARE(f.sandbox()->transferCount(id, QStringLiteral("ETH")), 1);
    QCOMPARE(f.sandbox()->transferCount(id, QStringLiteral("BTC")), 1);
    QVERIFY2(f.pane->detail()->runSummary().startsWith(QStringLiteral("Started:")),
             qPrintable(f.pane->detail()->runSummary()));
    f.sandbox()->advanceClock(sandbox::SandboxOptions().transferDelayMs);
    QTRY_COMPARE_WITH_TIMEOUT(f.pane->detail()->batch()->status, QStringLiteral("settled"), 5000);
    f.sandbox()->advanceClock(sandbox::SandboxOptions().completeDelayMs);
    QTRY_COMPARE_WITH_TIMEOUT(f.pane->detail()->batch()->status, QStringLiteral("completed"), 5000);
    QTRY_VERIFY(!f.pane->detail()->tracker()->isTracking());
    // The list follows the batch.
    QCOMPARE(f.pane->batches()->record(f.pane->batches()->rowOf(id)).status, QStringLiteral("completed"));
    int settles = 0;
    for (const AuditEntry &e : f.audit.entries())
        settles += e.operation == QLatin1String("SettlePrimeSettlementBatchAsset") ? 1 : 0;
    QCOMPARE(settles, 3);
    QVERIFY(!f.window->messageBar()->isVisible());
}

void TestSettlementPane::ambiguousSettleAfterApply()
{
    Fixture f(sandbox::SandboxOptions::Seed::Empty);
    QVERIFY(f.idle());
    const QString id = confirmedBatch(f);
    QVERIFY(!id.isEmpty());
    f.sandbox()->injectFault(QStringLiteral("SettlePrimeSettlementBatchAsset"), Fault::DropAfterApply);
    QVERIFY(settleThroughDialog(f, QStringLiteral("USD")));
    QCOMPARE(f.sandbox()->transferCount(id, QStringLiteral("USD")), 1); // exactly one
    const QString summary = f.pane->detail()->runSummary();
    QVERIFY2(summary.contains(QStringLiteral("answer was lost")), qPrintable(summary));
    QVERIFY(!f.pane->detail()->retryButton()->isVisible()); // the transfer exists: nothing to retry
    // The re-read batch is shown: USD has its transfer, and it cannot be settled again.
    QVERIFY(!f.leg(id, QStringLiteral("USD")).latestTransfer.isEmpty());
    QVERIFY(!f.leg(id, QStringLiteral("USD")).canSettle);
    QCOMPARE(f.audit.entries().last().outcome, AuditEntry::Outcome::Unknown);
}

void TestSettlementPane::ambiguousSettleBeforeApplyOffersRetry()
{
    Fixture f(sandbox::SandboxOptions::Seed::Empty);
    QVERIFY(f.idle());
    const QString id = confirmedBatch(f);
    QVERIFY(!id.isEmpty());
    f.sandbox()->injectFault(QStringLiteral("SettlePrimeSettlementBatchAsset"), Fault::Http500);
    QVERIFY(settleThroughDialog(f, QStringLiteral("ETH")));
    QCOMPARE(f.sandbox()->transferCount(id, QStringLiteral("ETH")), 0);
    QVERIFY(f.window->messageBar()->isVisible());
    QPushButton *retry = f.pane->detail()->retryButton();
    QVERIFY(retry->isVisible() && retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    SettleDialog *dialog = f.pane->detail()->pendingDialog();
    QVERIFY(dialog); // asks again, never silently
    QTest::mouseClick(dialog->settleButton(), Qt::LeftButton);
    QTRY_VERIFY(!f.pane->detail()->isSettling());
    QCOMPARE(f.sandbox()->transferCount(id, QStringLiteral("ETH")), 1);
}

void TestSettlementPane::exports()
{
    Fixture f(sandbox::SandboxOptions::Seed::Empty);
    QVERIFY(f.idle());
    const QString id = confirmedBatch(f);
    QVERIFY(!id.isEmpty());
    const QString batchFile = f.dir.filePath(QStringLiteral("batch.csv"));
    QVERIFY(f.pane->detail()->exportCsv(batchFile));
    const QList<QByteArray> lines = csvLines(batchFile);
    QVERIFY(lines.size() >= 1 + 1 + 3 + 3);
    QVERIFY(lines.at(0).startsWith("record,batch_id,batch_status,confirmed,asset_kind,created_at,"));
    QVERIFY(lines.at(1).startsWith(QByteArray("batch," + id.toUtf8() + ",unsettled,true,currency,")));
    const QByteArray all = lines.join('\n');
    QVERIFY2(all.contains(",ETH,incoming,2.000000000000000001,unsettled,true,"), all.constData());
    QVERIFY2(all.contains(",USD,outgoing,50000.12,unsettled,true,"), all.constData());
    QVERIFY2(all.contains(",BTC,incoming,1.25,unsettled,true,"), all.constData());
    int trades = 0;
    for (const QByteArray &l : lines)
        trades += l.startsWith(QByteArray("trade," + id.toUtf8() + ",")) ? 1 : 0;
    QCOMPARE(trades, 3);

    f.pane->showList();
    const QString listFile = f.dir.filePath(QStringLiteral("list.csv"));
    QVERIFY(f.pane->exportList(listFile));
    const QList<QByteArray> list = csvLines(listFile);
    QCOMPARE(list.size(), 2);
    QVERIFY(list.at(0).startsWith("batch_id,status,confirmed,asset_kind,created_at,"));
    QVERIFY2(list.at(1).startsWith(QByteArray(id.toUtf8() + ",unsettled,true,currency,")), list.at(1).constData());
    QVERIFY2(list.at(1).contains(",3,3,0,"), list.at(1).constData()); // trades, legs, settled
    QVERIFY2(list.at(1).endsWith("BTC ETH USD") || list.at(1).endsWith("BTC USD ETH") || list.at(1).count(' ') == 2,
             list.at(1).constData());
}

QTEST_MAIN(TestSettlementPane)
#include "tst_settlementpane.moc"
