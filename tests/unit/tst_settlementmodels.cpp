// Batches and legs: progress, unknown values kept, reload vs in-place update.
#include <BatchesModel.h>
#include <AssetAmount.h>
#include <LegsModel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace prime;
using namespace prime::models;

namespace {
Leg leg(const QString &asset, const QString &status, const QString &direction = QStringLiteral("incoming"))
{
    Leg l;
    l.asset = asset;
    l.amount = QStringLiteral("1.25");
    l.direction = direction;
    l.status = status;
    return l;
}

Batch batch(const QString &id, const QString &status, QList<Leg> legs)
{
    Batch b;
    b.id = id;
    b.status = status;
    b.confirmed = true;
    b.createdAt = 1700000000000;
    b.updatedAt = 1700000100000;
    b.tradeCount = 3;
    b.assetKind = QStringLiteral("currency");
    b.legs = std::move(legs);
    return b;
}
} // namespace

class TestSettlementModels : public QObject
{
    Q_OBJECT
private slots:
    void batchColumns_data();
    void batchColumns();
    void batchUpdateInPlace();
    void legsReloadOnOtherBatch();
};

void TestSettlementModels::batchColumns_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("shownStatus");
    QTest::addColumn<QString>("progress");
    QTest::newRow("unsettled") << QStringLiteral("unsettled") << QStringLiteral("Unsettled") << QStringLiteral("1 / 2");
    QTest::newRow("partial") << QStringLiteral("partially_settled") << QStringLiteral("Partially settled") << QStringLiteral("1 / 2");
    QTest::newRow("unknown kept as sent") << QStringLiteral("on_hold") << QStringLiteral("on_hold") << QStringLiteral("1 / 2");
}

void TestSettlementModels::batchColumns()
{
    QFETCH(QString, status);
    QFETCH(QString, shownStatus);
    QFETCH(QString, progress);
    BatchesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords({batch(QStringLiteral("B1"), status,
                            {leg(QStringLiteral("BTC"), QStringLiteral("settled")),
                             leg(QStringLiteral("USD"), QStringLiteral("unsettled"), QStringLiteral("outgoing"))})});
    QCOMPARE(model.index(0, BatchesModel::Status).data().toString(), shownStatus);
    QCOMPARE(model.index(0, BatchesModel::Status).data(SortRole).toString(), status);
    QCOMPARE(model.index(0, BatchesModel::Progress).data().toString(), progress);
    QCOMPARE(model.index(0, BatchesModel::Legs).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(0, BatchesModel::Legs).data(SortRole).toInt(), 2);
    QCOMPARE(model.index(0, BatchesModel::Assets).data().toString(), QStringLiteral("BTC, USD"));
    QCOMPARE(model.index(0, BatchesModel::Trades).data(SortRole).toInt(), 3);
    QCOMPARE(model.index(0, BatchesModel::Created).data(SortRole).toLongLong(), 1700000000000LL);
    QVERIFY(!model.index(0, BatchesModel::Created).data().toString().isEmpty());
}

void TestSettlementModels::batchUpdateInPlace()
{
    BatchesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords({batch(QStringLiteral("B1"), QStringLiteral("unsettled"), {leg(QStringLiteral("BTC"), QStringLiteral("unsettled"))}),
                      batch(QStringLiteral("B2"), QStringLiteral("completed"), {})});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRecords({batch(QStringLiteral("B1"), QStringLiteral("settled"), {leg(QStringLiteral("BTC"), QStringLiteral("settled"))}),
                      batch(QStringLiteral("B2"), QStringLiteral("completed"), {})});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), BatchesModel::ColumnCount - 1);
    QCOMPARE(model.index(0, BatchesModel::Progress).data().toString(), QStringLiteral("1 / 1"));
}

void TestSettlementModels::legsReloadOnOtherBatch()
{
    LegsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.showBatch(QStringLiteral("B1"), {leg(QStringLiteral("BTC"), QStringLiteral("unsettled")),
                                           leg(QStringLiteral("ETH"), QStringLiteral("unsettled"))});
    QCOMPARE(reset.count(), 1);
    // Same batch: the settled leg changes in place.
    Leg settled = leg(QStringLiteral("BTC"), QStringLiteral("settled"));
    settled.settledAt = 1700000200000;
    settled.latestTransfer = Transfer{QStringLiteral("T1"), QStringLiteral("completed"), QStringLiteral("1.25"), QStringLiteral("BTC")};
    model.showBatch(QStringLiteral("B1"), {settled, leg(QStringLiteral("ETH"), QStringLiteral("unsettled"))});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 1);
    const int row = model.rowOf(QStringLiteral("BTC"));
    QCOMPARE(model.index(row, LegsModel::Status).data().toString(), QStringLiteral("Settled"));
    QCOMPARE(model.index(row, LegsModel::Transfer).data().toString(), QStringLiteral("T1 (Completed)"));
    // The asset's precision, padded from the exact text, never through double.
    QCOMPARE(model.index(row, LegsModel::Amount).data().toString(), formatAmount(QStringLiteral("1.25"), QStringLiteral("BTC")));
    QVERIFY(model.index(row, LegsModel::Amount).data().toString().endsWith(QStringLiteral("25000000")));
    QVERIFY(model.index(row, LegsModel::Amount).data(Qt::ToolTipRole).toString().contains(QStringLiteral("1.25 BTC")));
    // Another batch: a full reload.
    model.showBatch(QStringLiteral("B2"), {leg(QStringLiteral("USD"), QStringLiteral("unsettled"))});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.batchId(), QStringLiteral("B2"));
}

QTEST_GUILESS_MAIN(TestSettlementModels)
#include "tst_settlementmodels.moc"
