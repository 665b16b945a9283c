#include "ApiKey.h"
#include "ApiUser.h"
#include "Settlement.h"

#include <QJsonDocument>
#include <QTest>

using namespace prime;

namespace {
QJsonObject obj(const char *json)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(json), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(e.errorString()));
    return d.object();
}
const char *kUser = R"({ "id": "2T0RXL9B8K5D6", "name": "Test User", "status": "Enabled", "roles": ["Trader"] })";
} // namespace

class TestRecords : public QObject
{
    Q_OBJECT
private slots:
    // Every `result` of the reference's example responses (sections 6.1-6.13).
    void userResults_data()
    {
        QTest::addColumn<QByteArray>("result");
        QTest::newRow("6.1 create (bare)") << QByteArray(kUser);
        QTest::newRow("6.2 get (data-wrapped)") << QByteArray(QByteArray(R"({ "data": )") + kUser + "}");
        QTest::newRow("6.4 update (bare)") << QByteArray(kUser);
        QTest::newRow("6.5 roles (bare)") << QByteArray(kUser);
    }
    void userResults()
    {
        QFETCH(QByteArray, result);
        const auto u = ApiUser::fromResult(obj(result.constData()));
        QVERIFY(u);
        QCOMPARE(u->id, QStringLiteral("2T0RXL9B8K5D6"));
        QCOMPARE(u->name, QStringLiteral("Test User"));
        QCOMPARE(u->status, QStringLiteral("Enabled"));
        QCOMPARE(u->role(), QStringLiteral("Trader"));
        QVERIFY(u->isEnabled());
        QCOMPARE(ApiUser::fromJson(u->toJson()), u);
    }

    void listUsers()
    {
        const auto users = ApiUser::listFromResult(obj(QByteArray(QByteArray(R"({ "data": [ )") + kUser + "] }").constData()));
        QVERIFY(users);
        QCOMPARE(users->size(), 1);
        QCOMPARE(users->first().id, QStringLiteral("2T0RXL9B8K5D6"));
        QString error;
        QVERIFY(!ApiUser::listFromResult(obj(R"({"data": {}})"), &error));
        QCOMPARE(error, QStringLiteral("data"));
    }

    void unknownStatusKept()
    {
        const auto u = ApiUser::fromJson(obj(R"({"id":"X","name":"n","status":"Suspended","roles":["Auditor"]})"));
        QVERIFY(u);
        QCOMPARE(u->status, QStringLiteral("Suspended"));
        QCOMPARE(u->role(), QStringLiteral("Auditor"));
        QVERIFY(!u->isEnabled());
    }

    void createKey()
    {
        const auto k = CreatedKey::fromResult(obj(R"({
            "id": "3RM9K4ZTC0C00", "api_key": "KRA5L19LAW8Z", "api_secret": "6xq8p1mvk9r3n7swt2l5cj4eaydhzbf",
            "user_id": "2T0RXL9B8K5D6", "permissions": ["read::marketdata"], "whitelisted_ips": ["192.168.1.1"] })"));
        QVERIFY(k);
        QCOMPARE(k->key.id, QStringLiteral("3RM9K4ZTC0C00"));
        QCOMPARE(k->key.publicKey, QStringLiteral("KRA5L19LAW8Z"));
        QCOMPARE(QByteArray(k->secret.constData(), k->secret.size()), QByteArray("6xq8p1mvk9r3n7swt2l5cj4eaydhzbf"));
        QCOMPARE(k->key.whitelistedIps, QStringList{QStringLiteral("192.168.1.1")});
        QVERIFY(!k->key.updatedAt);
        QString error;
        QVERIFY(!CreatedKey::fromResult(obj(R"({"id":"A","api_key":"B"})"), &error));
        QCOMPARE(error, QStringLiteral("api_secret"));
    }

    void listKeysUsesKeyField()
    {
        const auto keys = ApiKey::listFromResult(obj(R"({ "data": [ {
            "id": "3RM9K4ZTC0C00", "key": "KRA5L19LAW8Z", "user_id": "2T0RXL9B8K5D6", "updated_at": 123,
            "permissions": ["read::marketdata"], "whitelisted_ips": [] } ] })"));
        QVERIFY(keys);
        QCOMPARE(keys->size(), 1);
        QCOMPARE(keys->first().publicKey, QStringLiteral("KRA5L19LAW8Z"));
        QCOMPARE(keys->first().updatedAt, std::optional<qint64>(123));
        QVERIFY(keys->first().whitelistedIps.isEmpty());
        // Round trip in both spellings.
        QCOMPARE(ApiKey::fromJson(keys->first().toJson(ApiKey::PublicKeyField::Key)), keys->first());
        QCOMPARE(ApiKey::fromJson(keys->first().toJson(ApiKey::PublicKeyField::ApiKey)), keys->first());
    }

    void updateKey()
    {
        const auto k = ApiKey::fromJson(obj(R"({ "id": "3RM9K4ZTC0C00", "api_key": "KRA5L19LAW8Z",
            "user_id": "2T0RXL9B8K5D6", "permissions": ["read::marketdata"],
            "whitelisted_ips": ["192.168.1.1"], "updated_at": 123 })"));
        QVERIFY(k);
        QCOMPARE(k->publicKey, QStringLiteral("KRA5L19LAW8Z"));
        QCOMPARE(k->updatedAt, std::optional<qint64>(123));
    }

    void createBatchNewest()
    {
        const auto b = Batch::fromResult(obj(R"({ "batch": { "id": "B_Y7T2LPVX",
            "attributes": { "status": "unsettled", "confirmed": false, "created_at": 1700000000000,
                "trade_count": 5, "asset_kind": "currency", "updated_at": 1700000100000 },
            "legs": [ { "status": "unsettled", "asset": "BTC", "amount": "1.5", "can_settle": true,
                "settled_at": 123, "latest_spot_transfer": {} } ],
            "trade_ids": [ "3f435d6b-62fd-4f26-b1c5-68ef573d93ef", "7f6a6d75-6470-4f65-8b24-9858f28ede83" ] } })"));
        QVERIFY(b);
        QCOMPARE(b->id, QStringLiteral("B_Y7T2LPVX"));
        QCOMPARE(b->status, QStringLiteral("unsettled"));
        QCOMPARE(b->createdAt, 1700000000000LL);
        QCOMPARE(b->updatedAt, 1700000100000LL);
        QCOMPARE(b->tradeCount, 5);
        QCOMPARE(b->assetKind, QStringLiteral("currency"));
        QCOMPARE(b->legs.size(), 1);
        QCOMPARE(b->legs[0].amount, QStringLiteral("1.5"));
        QVERIFY(b->legs[0].canSettle);
        QVERIFY(b->legs[0].latestTransfer.isEmpty());
        QVERIFY(b->tradeIds);
        QCOMPARE(b->tradeIds->size(), 2);
        QCOMPARE(Batch::fromJson(b->toJson()), b);
    }

    void batchMirrorVariant()
    {
        // Mintlify mirror: no asset_kind, no trade_ids, a direction on legs.
        const auto b = Batch::fromResult(obj(R"({ "batch": { "id": "B_Y7T2LPVX",
            "attributes": { "status": "unsettled", "confirmed": false, "created_at": 1700000000000, "trade_count": 5, "updated_at": 1700000100000 },
            "legs": [ { "status": "unsettled", "asset": "BTC", "amount": "1.5", "direction": "incoming", "can_settle": true, "settled_at": 123, "latest_spot_transfer": {} } ] } })"));
        QVERIFY(b);
        QVERIFY(!b->tradeIds);
        QVERIFY(b->assetKind.isEmpty());
        QCOMPARE(b->legs[0].direction, QStringLiteral("incoming"));
    }

    void listBatches()
    {
        const auto page = BatchPage::fromResult(obj(R"({ "data": [ { "id": "B_Y7T2LPVX",
            "attributes": { "status": "unsettled", "confirmed": false, "created_at": 1700000000000, "trade_count": 5, "updated_at": 1700000100000 },
            "legs": [ { "status": "unsettled", "asset": "BTC", "amount": "1.5", "can_settle": true, "settled_at": 123, "latest_spot_transfer": {} } ] } ],
            "pagination": { "has_more": true, "limit": 123, "offset": 123 } })"));
        QVERIFY(page);
        QCOMPARE(page->batches.size(), 1);
        QVERIFY(page->pagination.hasMore);
        QCOMPARE(page->pagination.limit, 123);
        QCOMPARE(page->pagination.offset, 123);
    }

    void settleTransfer()
    {
        std::optional<Leg> leg;
        QString error;
        const auto t = transferFromSettleResult(obj(R"({ "transfer": { "id": "100",
            "attributes": { "transfer_status": "pending", "transfer_amount": "1.5", "transfer_asset": "BTC" },
            "relationships": { "leg": { "status": "unsettled", "asset": "BTC", "amount": "1.5", "can_settle": true, "settled_at": 123, "latest_spot_transfer": {} } } } })"),
                                                &error, &leg);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->id, QStringLiteral("100"));
        QCOMPARE(t->status, QStringLiteral("pending"));
        QCOMPARE(t->amount, QStringLiteral("1.5"));
        QCOMPARE(t->asset, QStringLiteral("BTC"));
        QVERIFY(leg);
        QCOMPARE(leg->asset, QStringLiteral("BTC"));
        QCOMPARE(Transfer::fromJson(t->toJson()), t);
    }

    void deleteKeyResult()
    {
        QCOMPARE(obj(R"({ "deleted": true })").value(QStringLiteral("deleted")).toBool(), true);
    }

    void amountsStayExact_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<bool>("ok");
        QTest::newRow("many digits") << QByteArray(R"({"asset":"ETH","amount":"0.123456789012345678"})") << QStringLiteral("0.123456789012345678") << true;
        QTest::newRow("big") << QByteArray(R"({"asset":"USD","amount":"12345678901234567890.01"})") << QStringLiteral("12345678901234567890.01") << true;
        QTest::newRow("integer number") << QByteArray(R"({"asset":"USD","amount":42})") << QStringLiteral("42") << true;
        QTest::newRow("fraction as number refused") << QByteArray(R"({"asset":"USD","amount":0.1})") << QString() << false;
        QTest::newRow("garbage") << QByteArray(R"({"asset":"USD","amount":"1e5"})") << QString() << false;
        QTest::newRow("missing") << QByteArray(R"({"asset":"USD"})") << QString() << false;
    }
    void amountsStayExact()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, amount);
        QFETCH(bool, ok);
        QString error;
        const auto leg = Leg::fromJson(obj(json.constData()), &error);
        QCOMPARE(bool(leg), ok);
        if (ok)
            QCOMPARE(leg->amount, amount);
        else
            QCOMPARE(error, QStringLiteral("amount"));
    }

    void latestTransferVariants()
    {
        const auto flat = Leg::fromJson(obj(R"({"asset":"BTC","amount":"1","latest_spot_transfer":{"id":"7","transfer_status":"completed","transfer_amount":"1","transfer_asset":"BTC"}})"));
        const auto nested = Leg::fromJson(obj(R"({"asset":"BTC","amount":"1","latest_spot_transfer":{"id":"7","attributes":{"transfer_status":"completed","transfer_amount":"1","transfer_asset":"BTC"}}})"));
        QVERIFY(flat && nested);
        QCOMPARE(flat->latestTransfer, nested->latestTransfer);
        QCOMPARE(flat->latestTransfer.status, QStringLiteral("completed"));
    }

    void batchQueryParams()
    {
        BatchQuery q;
        q.statuses = {QStringLiteral("unsettled"), QStringLiteral("partially_settled")};
        q.from = 1700000000000;
        q.until = 1700100000000;
        q.limit = 20;
        q.offset = 0;
        QCOMPARE(QJsonDocument(q.toParams()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"from":1700000000000,"limit":20,"offset":0,"statuses":["unsettled","partially_settled"],"until":1700100000000})"));
        QVERIFY(BatchQuery().toParams().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
