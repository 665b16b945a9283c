// KeysModel's keychain marker column: only rows whose marker changes emit
// dataChanged, the column sorts and explains itself, and the model stays
// consistent under QAbstractItemModelTester.
#include <KeysModel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using prime::ApiKey;
using prime::models::KeysModel;

class TestKeysModelSecret : public QObject
{
    Q_OBJECT

private slots:
    void markersChangeOnlyTheirRows();
    void markerDisplayAndSort();

private:
    static ApiKey key(const QString &user, const QString &id)
    {
        ApiKey k;
        k.id = id;
        k.userId = user;
        k.publicKey = QStringLiteral("PUB") + id;
        return k;
    }
};

void TestKeysModelSecret::markersChangeOnlyTheirRows()
{
    KeysModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setKeysForUser(QStringLiteral("U1"), {key(QStringLiteral("U1"), QStringLiteral("K1")),
                                                key(QStringLiteral("U1"), QStringLiteral("K2"))});
    model.setKeysForUser(QStringLiteral("U2"), {key(QStringLiteral("U2"), QStringLiteral("K3"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setKeysWithSecret({QStringLiteral("U1/K2")});
    QCOMPARE(changed.size(), 1);
    const int row = model.rowOf(QStringLiteral("U1/K2"));
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(row, KeysModel::Secret));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(row, KeysModel::Secret));
    QVERIFY(model.holdsSecret(row));
    QVERIFY(!model.holdsSecret(model.rowOf(QStringLiteral("U1/K1"))));

    changed.clear();
    model.setKeysWithSecret({QStringLiteral("U1/K2")}); // unchanged: no signal
    QCOMPARE(changed.size(), 0);
    model.setKeysWithSecret({QStringLiteral("U2/K3")}); // one off, one on
    QCOMPARE(changed.size(), 2);
    QCOMPARE(reset.size(), 0);
}

void TestKeysModelSecret::markerDisplayAndSort()
{
    KeysModel model;
    model.setKeysForUser(QStringLiteral("U1"), {key(QStringLiteral("U1"), QStringLiteral("K1")),
                                                key(QStringLiteral("U1"), QStringLiteral("K2"))});
    model.setKeysWithSecret({QStringLiteral("U1/K1")});
    const QModelIndex held = model.index(model.rowOf(QStringLiteral("U1/K1")), KeysModel::Secret);
    const QModelIndex notHeld = model.index(model.rowOf(QStringLiteral("U1/K2")), KeysModel::Secret);
    QVERIFY(held.data().toString().contains(QStringLiteral("keychain")));
    QCOMPARE(notHeld.data().toString(), QStringLiteral("—"));
    QCOMPARE(held.data(prime::models::SortRole).toInt(), 1);
    QCOMPARE(notHeld.data(prime::models::SortRole).toInt(), 0);
    QVERIFY(!held.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.headerData(KeysModel::Secret, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Secret"));
}

QTEST_GUILESS_MAIN(TestKeysModelSecret)
#include "tst_keysmodel_secret.moc"
