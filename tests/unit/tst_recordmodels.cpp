// Users, keys and the filter proxy: fine-grained updates, roles, filtering.
#include <KeysModel.h>
#include <RecordFilterModel.h>
#include <UsersModel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace prime;
using namespace prime::models;

namespace {
ApiUser user(const QString &id, const QString &name, const QString &role = QStringLiteral("Viewer"),
             const QString &status = QStringLiteral("Enabled"))
{
    return ApiUser{id, name, status, {role}};
}

ApiKey key(const QString &userId, const QString &id, QStringList ips = {})
{
    ApiKey k;
    k.id = id;
    k.userId = userId;
    k.publicKey = QStringLiteral("PUB") + id;
    k.permissions = {QStringLiteral("read::marketdata")};
    k.whitelistedIps = std::move(ips);
    k.updatedAt = 1700000000000;
    return k;
}
} // namespace

class TestRecordModels : public QObject
{
    Q_OBJECT
private slots:
    void usersApplyFineGrained();
    void usersKeyCount();
    void keysPerUser();
    void filterWords_data();
    void filterWords();
    void filterRequiredValueAndSort();
};

void TestRecordModels::usersApplyFineGrained()
{
    UsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.resetRecords({user(QStringLiteral("U1"), QStringLiteral("Ann")),
                        user(QStringLiteral("U2"), QStringLiteral("Bob")),
                        user(QStringLiteral("U3"), QStringLiteral("Cid"))});
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // U2 goes, U3 is disabled, U4 arrives, U1 is unchanged.
    model.setRecords({user(QStringLiteral("U1"), QStringLiteral("Ann")),
                      user(QStringLiteral("U3"), QStringLiteral("Cid"), QStringLiteral("Viewer"),
                           QStringLiteral("Disabled")),
                      user(QStringLiteral("U4"), QStringLiteral("Dee"), QStringLiteral("Trader"))});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    const int row = model.rowOf(QStringLiteral("U3"));
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), row);
    QCOMPARE(model.index(row, UsersModel::Status).data().toString(), QStringLiteral("Disabled"));
    QVERIFY(model.index(row, 0).data(Qt::ForegroundRole).isValid()); // disabled reads as such
    QCOMPARE(model.index(model.rowOf(QStringLiteral("U4")), UsersModel::Role).data().toString(),
             QStringLiteral("Trader"));
    QCOMPARE(model.rowOf(QStringLiteral("U2")), -1);
    QCOMPARE(model.index(0, UsersModel::Id).data(IdRole).toString(), model.record(0).id);
}

void TestRecordModels::usersKeyCount()
{
    UsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecords({user(QStringLiteral("U1"), QStringLiteral("Ann"))});
    QCOMPARE(model.index(0, UsersModel::Keys).data().toString(), QString()); // not known yet
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setKeyCount(QStringLiteral("U1"), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(UsersModel::Keys));
    QCOMPARE(model.index(0, UsersModel::Keys).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.index(0, UsersModel::Keys).data(SortRole).toInt(), 3);
    model.setKeyCount(QStringLiteral("U1"), 3);
    QCOMPARE(changed.count(), 1); // no change, no signal
}

void TestRecordModels::keysPerUser()
{
    KeysModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKeysForUser(QStringLiteral("U1"), {key(QStringLiteral("U1"), QStringLiteral("K1")),
                                                key(QStringLiteral("U1"), QStringLiteral("K2"))});
    model.setKeysForUser(QStringLiteral("U2"), {key(QString(), QStringLiteral("K1"))}); // no user_id sent
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.rowOf(QStringLiteral("U2/K1")) >= 0);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setKeysForUser(QStringLiteral("U1"), {key(QStringLiteral("U1"), QStringLiteral("K2"))});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.rowOf(QStringLiteral("U2/K1")) >= 0); // other users untouched

    model.setUserNames({{QStringLiteral("U2"), QStringLiteral("Bob")}});
    const int row = model.rowOf(QStringLiteral("U2/K1"));
    QCOMPARE(model.index(row, KeysModel::User).data().toString(), QStringLiteral("Bob"));
    QCOMPARE(model.index(row, KeysModel::AllowList).data().toString(), QStringLiteral("Any address"));
    QCOMPARE(model.index(row, 0).data(KeysModel::UserIdRole).toString(), QStringLiteral("U2"));

    model.retainUsers({QStringLiteral("U1")});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.record(0).userId, QStringLiteral("U1"));
}

void TestRecordModels::filterWords_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("U1"), QStringLiteral("U2"), QStringLiteral("U3")};
    QTest::newRow("name, any case") << QStringLiteral("ann") << QStringList{QStringLiteral("U1")};
    QTest::newRow("role column") << QStringLiteral("trader") << QStringList{QStringLiteral("U2"), QStringLiteral("U3")};
    QTest::newRow("all words must match") << QStringLiteral("trader  disabled") << QStringList{QStringLiteral("U3")};
    QTest::newRow("id") << QStringLiteral("u2") << QStringList{QStringLiteral("U2")};
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
}

void TestRecordModels::filterWords()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    UsersModel model;
    model.setRecords({user(QStringLiteral("U1"), QStringLiteral("Ann")),
                      user(QStringLiteral("U2"), QStringLiteral("Bob"), QStringLiteral("Trader")),
                      user(QStringLiteral("U3"), QStringLiteral("Cid"), QStringLiteral("Trader"),
                           QStringLiteral("Disabled"))});
    RecordFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(filter);
    proxy.sort(UsersModel::Id);
    QStringList ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids.append(proxy.index(r, 0).data(IdRole).toString());
    QCOMPARE(ids, expected);
}

void TestRecordModels::filterRequiredValueAndSort()
{
    KeysModel model;
    model.setKeysForUser(QStringLiteral("U1"), {key(QStringLiteral("U1"), QStringLiteral("K1"), {QStringLiteral("10.0.0.1")})});
    model.setKeysForUser(QStringLiteral("U2"), {key(QStringLiteral("U2"), QStringLiteral("K2")),
                                                key(QStringLiteral("U2"), QStringLiteral("K3"),
                                                    {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.3")})});
    RecordFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setRequiredValue(KeysModel::UserIdRole, QStringLiteral("U2"));
    QCOMPARE(proxy.rowCount(), 2);
    // The allow-list column sorts by the number of addresses, not by its text.
    proxy.sort(KeysModel::AllowList, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, KeysModel::KeyId).data().toString(), QStringLiteral("K3"));
    QCOMPARE(proxy.index(0, KeysModel::AllowList).data().toString(),
             QStringLiteral("10.0.0.1, 10.0.0.2 and 1 more"));
    proxy.setRequiredValue(KeysModel::UserIdRole, QVariant());
    QCOMPARE(proxy.rowCount(), 3);
    // New rows from a refresh show up through the proxy without a reset.
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    model.setKeysForUser(QStringLiteral("U3"), {key(QStringLiteral("U3"), QStringLiteral("K4"))});
    QCOMPARE(proxy.rowCount(), 4);
    QCOMPARE(reset.count(), 0);
}

QTEST_MAIN(TestRecordModels)
#include "tst_recordmodels.moc"
