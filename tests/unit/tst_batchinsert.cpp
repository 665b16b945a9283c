// Pages of batches go into the model at once: one rowsInserted per page with
// the page's new rows in order, existing ids updated in place, changed rows
// reported as runs, and a sorted proxy on top stays consistent.
#include <BatchesModel.h>
#include <RecordFilterModel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace prime;
using namespace prime::models;

namespace {
Batch batch(int n, const QString &status = QStringLiteral("completed"))
{
    Batch b;
    b.id = QStringLiteral("B%1").arg(n, 4, 10, QLatin1Char('0'));
    b.status = status;
    b.createdAt = 1700000000000LL + n * 60000LL;
    b.legs = {Leg{QStringLiteral("BTC"), QStringLiteral("1.5"), QStringLiteral("incoming"), QStringLiteral("settled"),
                  false, std::nullopt, {}}};
    return b;
}

QList<Batch> page(int from, int count)
{
    QList<Batch> out;
    for (int i = from; i < from + count; ++i)
        out.append(batch(i));
    return out;
}

QStringList ids(const BatchesModel &model)
{
    QStringList out;
    for (const Batch &b : model.records())
        out.append(b.id);
    return out;
}
} // namespace

class TestBatchInsert : public QObject
{
    Q_OBJECT
private slots:
    void onePerPage_data();
    void onePerPage();
    void updatesInPlace();
    void repeatedKeyKeepsLast();
    void sortedProxyFollows();
};

void TestBatchInsert::onePerPage_data()
{
    QTest::addColumn<int>("pages");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("one page") << 1 << 5;
    QTest::newRow("three pages of 200") << 3 << 200;
    QTest::newRow("pages of one") << 4 << 1;
}

void TestBatchInsert::onePerPage()
{
    QFETCH(int, pages);
    QFETCH(int, pageSize);
    BatchesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QStringList expected;
    for (int p = 0; p < pages; ++p) {
        const QList<Batch> records = page(p * pageSize, pageSize);
        for (const Batch &b : records)
            expected.append(b.id);
        model.upsertRecords(records);
        QCOMPARE(inserted.count(), p + 1);
        QCOMPARE(inserted.last().at(1).toInt(), p * pageSize);
        QCOMPARE(inserted.last().at(2).toInt(), (p + 1) * pageSize - 1);
    }
    QCOMPARE(changed.count(), 0);
    QCOMPARE(ids(model), expected); // the pages' order
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(expected.at(row)), row);
    model.upsertRecords({});
    QCOMPARE(inserted.count(), pages);
}

void TestBatchInsert::updatesInPlace()
{
    BatchesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.upsertRecords(page(0, 10));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Rows 2, 3, 4 and 7 change, row 5 comes again unchanged, two ids are new.
    QList<Batch> next = {batch(3, QStringLiteral("settled")), batch(10), batch(2, QStringLiteral("settled")),
                         batch(5), batch(4, QStringLiteral("settled")), batch(7, QStringLiteral("settled")),
                         batch(11)};
    model.upsertRecords(next);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 10);
    QCOMPARE(inserted.at(0).at(2).toInt(), 11);
    QCOMPARE(model.record(10).id, batch(10).id);
    QCOMPARE(model.record(11).id, batch(11).id);
    // Two runs of adjacent changed rows: 2..4 and 7..7, across every column.
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 4);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), BatchesModel::ColumnCount - 1);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 7);
    QCOMPARE(changed.at(1).at(1).value<QModelIndex>().row(), 7);
    for (int row : {2, 3, 4, 7})
        QCOMPARE(model.record(row).status, QStringLiteral("settled"));
    for (int row : {0, 1, 5, 6, 8, 9})
        QCOMPARE(model.record(row).status, QStringLiteral("completed"));
    QCOMPARE(model.rowOf(batch(7).id), 7); // ids keep their rows
}

void TestBatchInsert::repeatedKeyKeepsLast()
{
    BatchesModel model;
    model.upsertRecords({batch(1), batch(2), batch(1, QStringLiteral("settled"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(ids(model), (QStringList{batch(1).id, batch(2).id}));
    QCOMPARE(model.record(0).status, QStringLiteral("settled"));
    QCOMPARE(model.rowOf(batch(2).id), 1);
}

void TestBatchInsert::sortedProxyFollows()
{
    BatchesModel model;
    RecordFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(BatchesModel::Created, Qt::DescendingOrder);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    model.upsertRecords(page(100, 50));
    model.upsertRecords(page(0, 50)); // an older page: all below the first one
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(proxy.rowCount(), 100);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, BatchesModel::Id).data().toString(), batch(row < 50 ? 149 - row : 99 - row).id);
    proxy.setFilterText(QStringLiteral("B0149"));
    QCOMPARE(proxy.rowCount(), 1);
}

QTEST_MAIN(TestBatchInsert)
#include "tst_batchinsert.moc"
