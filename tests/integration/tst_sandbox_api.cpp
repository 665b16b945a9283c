// PrimeClient against the in-process sandbox: users and keys endpoints, allow-list
// validation, invalid arguments. Settlement: tst_sandbox_settlement.cpp;
// authentication and permissions: tst_sandbox_auth.cpp.
#include "tst_sandbox_support.h"

#include <QJsonArray>
#include <QStandardPaths>

using namespace prime;
using namespace prime::sandbox;
using namespace sandboxtest;
using C = PrimeError::Category;

class TestSandboxApi : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    std::unique_ptr<PrimeClient> client(const SandboxServer &s)
    {
        return std::make_unique<PrimeClient>(&m_nam, s.adminCredentials(), testTransport());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void usersEndpoints()
    {
        auto s = startSandbox(emptySeed());
        QVERIFY(s);
        auto c = client(*s);
        SANDBOX_CALL(ApiUser, created, c->createUser(QStringLiteral("Desk \"A\""), QStringLiteral("Viewer"), nullptr, created.callback()));
        QVERIFY2(created.result->ok(), qPrintable(created.result->error.details()));
        const ApiUser u = *created.result->value;
        QCOMPARE(u.name, QStringLiteral("Desk \"A\""));
        QCOMPARE(u.status, QStringLiteral("Enabled"));
        QCOMPARE(u.roles, QStringList{QStringLiteral("Viewer")});
        QCOMPARE(u.id.size(), 13);

        SANDBOX_CALL(ApiUser, got, c->getUser(u.id, nullptr, got.callback()));
        QVERIFY(got.result->ok());
        QCOMPARE(*got.result->value, u);

        SANDBOX_CALL(ApiUser, updated, c->updateUser(u.id, QStringLiteral("Desk B"), QStringLiteral("Disabled"), nullptr, updated.callback()));
        QVERIFY(updated.result->ok());
        QCOMPARE(updated.result->value->name, QStringLiteral("Desk B"));
        QCOMPARE(updated.result->value->status, QStringLiteral("Disabled"));

        SANDBOX_CALL(ApiUser, role, c->setUserRole(u.id, QStringLiteral("Trader"), nullptr, role.callback()));
        QVERIFY(role.result->ok());
        QCOMPARE(role.result->value->roles, QStringList{QStringLiteral("Trader")});

        SANDBOX_CALL(QList<ApiUser>, list, c->listUsers(nullptr, list.callback()));
        QVERIFY(list.result->ok());
        QCOMPARE(list.result->value->size(), 1);
        QCOMPARE(list.result->value->first(), *role.result->value);
        QCOMPARE(s->users(), *list.result->value);

        // The raw answers have the documented wrapping: Get/List in "data", Create/Update bare.
        SANDBOX_CALL(QJsonObject, rawGet, c->call(QStringLiteral("GetPrimeApiUser"), {{QStringLiteral("user_id"), u.id}}, CallKind::Read, nullptr, rawGet.callback()));
        QVERIFY(rawGet.result->value->value(QStringLiteral("data")).isObject());
        SANDBOX_CALL(QJsonObject, rawUpd, c->call(QStringLiteral("UpdatePrimeApiUser"), {{QStringLiteral("user_id"), u.id}, {QStringLiteral("name"), QStringLiteral("C")}}, CallKind::Mutation, nullptr, rawUpd.callback()));
        QCOMPARE(rawUpd.result->value->value(QStringLiteral("id")).toString(), u.id);
    }

    void keysEndpoints()
    {
        auto s = startSandbox(emptySeed());
        QVERIFY(s);
        auto c = client(*s);
        SANDBOX_CALL(ApiUser, user, c->createUser(QStringLiteral("Bot"), QStringLiteral("Trader"), nullptr, user.callback()));
        const QString userId = user.result->value->id;

        SANDBOX_CALL(CreatedKey, created, c->createKey(userId, nullptr, created.callback()));
        QVERIFY2(created.result->ok(), qPrintable(created.result->error.details()));
        const CreatedKey key = *created.result->value;
        QVERIFY(key.secret.isBase64());
        QCOMPARE(key.secret.fromBase64().size(), 64);
        QCOMPARE(key.key.userId, userId);
        QVERIFY(key.key.publicKey.startsWith(QStringLiteral("KRA")));

        SANDBOX_CALL(QJsonObject, rawList, c->call(QStringLiteral("ListPrimeApiUserKeys"), {{QStringLiteral("user_id"), userId}}, CallKind::Read, nullptr, rawList.callback()));
        const QJsonObject listed = rawList.result->value->value(QStringLiteral("data")).toArray().first().toObject();
        QCOMPARE(listed.value(QStringLiteral("key")).toString(), key.key.publicKey); // `key` in List
        QVERIFY(!listed.contains(QStringLiteral("api_secret")));                     // returned once only
        QVERIFY(listed.value(QStringLiteral("updated_at")).isDouble());

        const QStringList ips{QStringLiteral("192.168.1.1"), QStringLiteral("10.0.0.0/8"), QStringLiteral("2001:db8::/32")};
        SANDBOX_CALL(ApiKey, upd, c->updateKeyIps(userId, key.key.id, ips, nullptr, upd.callback()));
        QVERIFY2(upd.result->ok(), qPrintable(upd.result->error.details()));
        QCOMPARE(upd.result->value->whitelistedIps, ips);
        QCOMPARE(upd.result->value->publicKey, key.key.publicKey); // `api_key` in Update
        QCOMPARE(s->keys(userId).first().whitelistedIps, ips);

        SANDBOX_CALL(bool, del, c->deleteKey(userId, key.key.id, nullptr, del.callback()));
        QVERIFY(del.result->ok());
        QVERIFY(*del.result->value);
        QVERIFY(s->keys(userId).isEmpty());
        SANDBOX_CALL(bool, again, c->deleteKey(userId, key.key.id, nullptr, again.callback()));
        QCOMPARE(again.result->error.category, C::InvalidArguments);
        QCOMPARE(again.result->error.krakenErrors, QStringList{QStringLiteral("EGeneral:Invalid arguments:key_id")});
    }

    void allowList_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ipv4") << QStringLiteral("203.0.113.7") << true;
        QTest::newRow("ipv4 cidr") << QStringLiteral("203.0.113.0/24") << true;
        QTest::newRow("ipv6") << QStringLiteral("2001:db8::1") << true;
        QTest::newRow("ipv6 cidr") << QStringLiteral("2001:db8::/48") << true;
        QTest::newRow("ipv4 /0") << QStringLiteral("0.0.0.0/0") << true;
        QTest::newRow("octet 256") << QStringLiteral("203.0.113.256") << false;
        QTest::newRow("shorthand") << QStringLiteral("10.1") << false;
        QTest::newRow("leading zero") << QStringLiteral("010.0.0.1") << false;
        QTest::newRow("prefix 33") << QStringLiteral("10.0.0.0/33") << false;
        QTest::newRow("prefix 129") << QStringLiteral("2001:db8::/129") << false;
        QTest::newRow("empty prefix") << QStringLiteral("10.0.0.0/") << false;
        QTest::newRow("hostname") << QStringLiteral("example.com") << false;
        QTest::newRow("zone") << QStringLiteral("fe80::1%eth0") << false;
        QTest::newRow("space") << QStringLiteral(" 10.0.0.1") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void allowList()
    {
        QFETCH(QString, entry);
        QFETCH(bool, valid);
        auto s = startSandbox(emptySeed());
        QVERIFY(s);
        auto c = client(*s);
        SANDBOX_CALL(ApiUser, user, c->createUser(QStringLiteral("U"), QStringLiteral("Viewer"), nullptr, user.callback()));
        SANDBOX_CALL(CreatedKey, key, c->createKey(user.result->value->id, nullptr, key.callback()));
        SANDBOX_CALL(ApiKey, upd, c->updateKeyIps(user.result->value->id, key.result->value->key.id, {entry}, nullptr, upd.callback()));
        QCOMPARE(upd.result->ok(), valid);
        if (!valid) {
            QCOMPARE(upd.result->error.category, C::InvalidArguments);
            QCOMPARE(upd.result->error.krakenErrors, QStringList{QStringLiteral("EGeneral:Invalid arguments:whitelisted_ips")});
            QVERIFY(s->keys(user.result->value->id).first().whitelistedIps.isEmpty());
        }
    }

    void invalidArguments_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("error");
        const QString ia = QStringLiteral("EGeneral:Invalid arguments");
        auto o = [](std::initializer_list<QPair<QString, QJsonValue>> l) {
            QJsonObject r;
            for (const auto &[k, v] : l)
                r.insert(k, v);
            return r;
        };
        QTest::newRow("create user: no name") << QStringLiteral("CreatePrimeApiUser") << o({{QStringLiteral("role"), QStringLiteral("Viewer")}}) << ia + QStringLiteral(":name");
        QTest::newRow("create user: number name") << QStringLiteral("CreatePrimeApiUser") << o({{QStringLiteral("name"), 5}, {QStringLiteral("role"), QStringLiteral("Viewer")}}) << ia + QStringLiteral(":name");
        QTest::newRow("create user: unknown role") << QStringLiteral("CreatePrimeApiUser") << o({{QStringLiteral("name"), QStringLiteral("A")}, {QStringLiteral("role"), QStringLiteral("Admin")}}) << ia + QStringLiteral(":role");
        QTest::newRow("create user: unknown field") << QStringLiteral("CreatePrimeApiUser") << o({{QStringLiteral("name"), QStringLiteral("A")}, {QStringLiteral("role"), QStringLiteral("Viewer")}, {QStringLiteral("roles"), QJsonArray()}}) << ia + QStringLiteral(":roles");
        QTest::newRow("get user: unknown id") << QStringLiteral("GetPrimeApiUser") << o({{QStringLiteral("user_id"), QStringLiteral("NOPE")}}) << ia + QStringLiteral(":user_id");
        QTest::newRow("update user: bad status") << QStringLiteral("UpdatePrimeApiUser") << o({{QStringLiteral("user_id"), QStringLiteral("NOPE")}, {QStringLiteral("status"), QStringLiteral("enabled")}}) << ia + QStringLiteral(":status");
        QTest::newRow("list keys: array id") << QStringLiteral("ListPrimeApiUserKeys") << o({{QStringLiteral("user_id"), QJsonArray()}}) << ia + QStringLiteral(":user_id");
        QTest::newRow("update key: ips not array") << QStringLiteral("UpdatePrimeApiUserKey") << o({{QStringLiteral("user_id"), QStringLiteral("X")}, {QStringLiteral("key_id"), QStringLiteral("Y")}, {QStringLiteral("ip_whitelist"), QJsonArray()}}) << ia + QStringLiteral(":ip_whitelist");
        QTest::newRow("create batch: spot") << QStringLiteral("CreatePrimeSettlementBatch") << o({{QStringLiteral("asset_kind"), QStringLiteral("spot")}}) << ia + QStringLiteral(":asset_kind");
        QTest::newRow("create batch: nothing to settle") << QStringLiteral("CreatePrimeSettlementBatch") << QJsonObject() << ia;
        QTest::newRow("get batch: unknown") << QStringLiteral("GetPrimeSettlementBatch") << o({{QStringLiteral("batch_id"), QStringLiteral("B_NOPE")}}) << ia + QStringLiteral(":batch_id");
        QTest::newRow("list: limit 201") << QStringLiteral("ListPrimeSettlementBatches") << o({{QStringLiteral("limit"), 201}}) << ia + QStringLiteral(":limit");
        QTest::newRow("list: limit 0") << QStringLiteral("ListPrimeSettlementBatches") << o({{QStringLiteral("limit"), 0}}) << ia + QStringLiteral(":limit");
        QTest::newRow("list: limit 1.5") << QStringLiteral("ListPrimeSettlementBatches") << o({{QStringLiteral("limit"), 1.5}}) << ia + QStringLiteral(":limit");
        QTest::newRow("list: offset -1") << QStringLiteral("ListPrimeSettlementBatches") << o({{QStringLiteral("offset"), -1}}) << ia + QStringLiteral(":offset");
        QTest::newRow("list: from string") << QStringLiteral("ListPrimeSettlementBatches") << o({{QStringLiteral("from"), QStringLiteral("1700000000000")}}) << ia + QStringLiteral(":from");
        QTest::newRow("list: bad status") << QStringLiteral("ListPrimeSettlementBatches") << o({{QStringLiteral("statuses"), QJsonArray{QStringLiteral("open")}}}) << ia + QStringLiteral(":statuses");
        QTest::newRow("settle: no asset") << QStringLiteral("SettlePrimeSettlementBatchAsset") << o({{QStringLiteral("batch_id"), QStringLiteral("B_X")}}) << ia + QStringLiteral(":asset");
    }
    void invalidArguments()
    {
        QFETCH(QString, operation);
        QFETCH(QJsonObject, params);
        QFETCH(QString, error);
        auto s = startSandbox(emptySeed());
        QVERIFY(s);
        auto c = client(*s);
        SANDBOX_CALL(QJsonObject, r, c->call(operation, params, PrimeClient::isMutation(operation) ? CallKind::Mutation : CallKind::Read, nullptr, r.callback()));
        QCOMPARE(r.result->error.category, C::InvalidArguments);
        QCOMPARE(r.result->error.krakenErrors, QStringList{error});
        QVERIFY(s->users().isEmpty() && s->batches().isEmpty()); // nothing applied
    }
};

QTEST_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
