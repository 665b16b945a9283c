// Authentication and permissions of the sandbox, seen through PrimeClient:
// unknown key, wrong signature, replayed nonce, lockout, read-only admin key,
// Prime user keys.
#include "tst_sandbox_support.h"

#include "RequestSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QStandardPaths>

using namespace prime;
using namespace prime::sandbox;
using namespace sandboxtest;
using C = PrimeError::Category;

namespace {
const QByteArray kOtherSecret =
    "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
}

class TestSandboxAuth : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    std::unique_ptr<PrimeClient> client(const Credentials &c)
    {
        return std::make_unique<PrimeClient>(&m_nam, c, testTransport());
    }
    static PrimeError listUsersError(PrimeClient &c)
    {
        Waiter<QList<ApiUser>> w;
        c.listUsers(nullptr, w.callback());
        if (!w.wait())
            return PrimeError::make(C::Other, QStringLiteral("no answer"));
        return w.result->error;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unknownKey()
    {
        auto s = startSandbox(emptySeed());
        QVERIFY(s);
        Credentials c = s->adminCredentials();
        c.apiKey = QStringLiteral("KRANOSUCHKEY1");
        auto cl = client(c);
        const PrimeError e = listUsersError(*cl);
        QCOMPARE(e.category, C::Authentication);
        QCOMPARE(e.krakenErrors, QStringList{QStringLiteral("EAPI:Invalid key")});
    }

    void wrongSignature()
    {
        auto s = startSandbox(emptySeed());
        QVERIFY(s);
        Credentials c = s->adminCredentials();
        c.secret = SecretBytes(kOtherSecret);
        auto cl = client(c);
        const PrimeError e = listUsersError(*cl);
        QCOMPARE(e.category, C::Authentication);
        QCOMPARE(e.krakenErrors, QStringList{QStringLiteral("EAPI:Invalid signature")});
    }

    void replayedNonce()
    {
        auto s = startSandbox(emptySeed());
        QVERIFY(s);
        const Credentials admin = s->adminCredentials();
        // Another program used the key with a far larger nonce.
        const QByteArray body = "{\"nonce\":18446744073709551000}";
        QNetworkRequest req(QUrl(s->url().toString() + QStringLiteral("/0/private/ListPrimeApiUsers")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("API-Key", admin.apiKey.toLatin1());
        req.setRawHeader("API-Sign", RequestSigner(admin.secret).sign("/0/private/ListPrimeApiUsers", QByteArrayView("18446744073709551000"), body));
        QNetworkReply *reply = m_nam.post(req, body);
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error")).toArray(), QJsonArray());
        reply->deleteLater();

        auto cl = client(admin);
        const PrimeError e = listUsersError(*cl);
        QCOMPARE(e.category, C::Nonce);
        QCOMPARE(e.krakenErrors, QStringList{QStringLiteral("EAPI:Invalid nonce")});
    }

    void lockoutAfterRepeatedFailures()
    {
        SandboxServer::Options o = emptySeed();
        o.lockoutThreshold = 5;
        o.lockoutMs = 10 * 60000;
        auto s = startSandbox(o);
        QVERIFY(s);
        Credentials bad = s->adminCredentials();
        bad.secret = SecretBytes(kOtherSecret);
        auto badClient = client(bad);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(listUsersError(*badClient).krakenErrors, QStringList{QStringLiteral("EAPI:Invalid signature")});
        // Now even correctly signed calls are refused for a while.
        auto good = client(s->adminCredentials());
        const PrimeError locked = listUsersError(*good);
        QCOMPARE(locked.category, C::Lockout);
        QCOMPARE(locked.krakenErrors, QStringList{QStringLiteral("EGeneral:Temporary lockout")});
        s->advanceClock(10 * 60000 - 1);
        QCOMPARE(listUsersError(*good).category, C::Lockout);
        s->advanceClock(1);
        QTest::qWait(20); // the client's own pause after a lockout (10 ms in tests)
        const PrimeError after = listUsersError(*good);
        QVERIFY2(!after.isError(), qPrintable(after.details()));
        // The read-only key was never locked.
        auto ro = client(s->readOnlyAdminCredentials());
        QVERIFY(!listUsersError(*ro).isError());
    }

    void permissions_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<bool>("mutation");
        for (const char *op : {"CreatePrimeApiUser", "UpdatePrimeApiUser", "UpdatePrimeApiUserRoles", "CreatePrimeApiUserKey",
                               "UpdatePrimeApiUserKey", "DeletePrimeApiUserKey", "CreatePrimeSettlementBatch",
                               "SettlePrimeSettlementBatchAsset"})
            QTest::newRow(op) << QString::fromLatin1(op) << true;
        for (const char *op : {"GetPrimeApiUser", "ListPrimeApiUsers", "ListPrimeApiUserKeys", "GetPrimeSettlementBatch",
                               "ListPrimeSettlementBatches"})
            QTest::newRow(op) << QString::fromLatin1(op) << false;
    }
    void permissions()
    {
        QFETCH(QString, operation);
        QFETCH(bool, mutation);
        auto s = startSandbox();
        QVERIFY(s);
        // Valid parameters, so that a refused call is refused for its permission only.
        const ApiUser user = s->users().first();
        const ApiKey key = s->keys(user.id).first();
        const Batch open = s->batches().first();
        QJsonObject params;
        if (operation.contains(QLatin1String("User")) && operation != QLatin1String("ListPrimeApiUsers")
            && operation != QLatin1String("CreatePrimeApiUser"))
            params.insert(QStringLiteral("user_id"), user.id);
        if (operation == QLatin1String("CreatePrimeApiUser"))
            params = {{QStringLiteral("name"), QStringLiteral("N")}, {QStringLiteral("role"), QStringLiteral("Viewer")}};
        if (operation == QLatin1String("UpdatePrimeApiUser"))
            params.insert(QStringLiteral("name"), QStringLiteral("Renamed"));
        if (operation == QLatin1String("UpdatePrimeApiUserRoles"))
            params.insert(QStringLiteral("role"), QStringLiteral("Viewer"));
        if (operation == QLatin1String("UpdatePrimeApiUserKey") || operation == QLatin1String("DeletePrimeApiUserKey"))
            params.insert(QStringLiteral("key_id"), key.id);
        if (operation.contains(QLatin1String("SettlementBatch")) && operation != QLatin1String("ListPrimeSettlementBatches")
            && operation != QLatin1String("CreatePrimeSettlementBatch"))
            params.insert(QStringLiteral("batch_id"), open.id);
        if (operation == QLatin1String("SettlePrimeSettlementBatchAsset")) {
            params.insert(QStringLiteral("batch_id"), open.id);
            params.insert(QStringLiteral("asset"), open.legs.first().asset);
        }
        const CallKind kind = mutation ? CallKind::Mutation : CallKind::Read;
        const auto usersBefore = s->users();
        const auto keysBefore = s->keys(user.id);

        auto ro = client(s->readOnlyAdminCredentials());
        SANDBOX_CALL(QJsonObject, r, ro->call(operation, params, kind, nullptr, r.callback()));
        if (mutation) {
            QCOMPARE(r.result->error.category, C::Permission);
            QCOMPARE(r.result->error.krakenErrors, QStringList{QStringLiteral("EGeneral:Permission denied")});
        } else {
            QVERIFY2(r.result->ok(), qPrintable(r.result->error.details()));
        }

        // A Prime user key (issued by CreatePrimeApiUserKey) may call no admin endpoint.
        auto admin = client(s->adminCredentials());
        SANDBOX_CALL(CreatedKey, created, admin->createKey(user.id, nullptr, created.callback()));
        QVERIFY(created.result->ok());
        Credentials userCreds = s->adminCredentials();
        userCreds.apiKey = created.result->value->key.publicKey;
        userCreds.secret = created.result->value->secret;
        auto uc = client(userCreds);
        SANDBOX_CALL(QJsonObject, u, uc->call(operation, params, kind, nullptr, u.callback()));
        QCOMPARE(u.result->error.category, C::Permission);

        QCOMPARE(s->users(), usersBefore);
        QCOMPARE(s->keys(user.id).size(), keysBefore.size() + 1); // only the admin's createKey
    }

    void deletedKeyIsUnknown()
    {
        auto s = startSandbox(emptySeed());
        QVERIFY(s);
        auto admin = client(s->adminCredentials());
        SANDBOX_CALL(ApiUser, user, admin->createUser(QStringLiteral("U"), QStringLiteral("Trader"), nullptr, user.callback()));
        SANDBOX_CALL(CreatedKey, key, admin->createKey(user.result->value->id, nullptr, key.callback()));
        Credentials c = s->adminCredentials();
        c.apiKey = key.result->value->key.publicKey;
        c.secret = key.result->value->secret;
        auto uc = client(c);
        QCOMPARE(listUsersError(*uc).category, C::Permission);
        SANDBOX_CALL(bool, del, admin->deleteKey(user.result->value->id, key.result->value->key.id, nullptr, del.callback()));
        QVERIFY(del.result->ok());
        QCOMPARE(listUsersError(*uc).krakenErrors, QStringList{QStringLiteral("EAPI:Invalid key")});
    }
};

QTEST_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
