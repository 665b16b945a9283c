// "A client no one here wrote": requests signed in this file from Kraken's
// documented formula (QCryptographicHash + QMessageAuthenticationCode, not
// RequestSigner), bodies written by hand, sent with QNetworkAccessManager to the
// in-process sandbox, for all 13 endpoints; plus hostile bodies.
#include "tst_sandbox_support.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QStandardPaths>

using namespace prime::sandbox;
using namespace sandboxtest;

namespace {
struct Answer
{
    int http = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray raw;
    QJsonArray errors;
    QJsonObject result;
};

QByteArray apiSign(const QByteArray &path, const QByteArray &nonce, const QByteArray &body, const QByteArray &secret)
{
    const QByteArray sha = QCryptographicHash::hash(QByteArray(nonce + body), QCryptographicHash::Sha256);
    return QMessageAuthenticationCode::hash(QByteArray(path + sha), QByteArray::fromBase64(secret), QCryptographicHash::Sha512).toBase64();
}

class ExternalClient
{
public:
    ExternalClient(QUrl base, QByteArray key, QByteArray secret)
        : m_base(std::move(base)), m_key(std::move(key)), m_secret(std::move(secret))
    {
    }

    // fields: the rest of the JSON object after the nonce, e.g. `, "user_id": "X"`.
    Answer call(const QByteArray &operation, const QByteArray &fields = {})
    {
        const QByteArray nonce = QByteArray::number(++m_nonce);
        return send(operation, "{\"nonce\": " + nonce + fields + "}", nonce);
    }
    Answer send(const QByteArray &operation, const QByteArray &body, const QByteArray &nonceDigits,
                bool sign = true, QByteArrayView method = "POST")
    {
        const QByteArray path = "/0/private/" + operation;
        QNetworkRequest req(QUrl(m_base.toString() + QString::fromLatin1(path)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("User-Agent", "external-test/1.0");
        req.setRawHeader("API-Key", m_key);
        if (sign)
            req.setRawHeader("API-Sign", apiSign(path, nonceDigits, body, m_secret));
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method.toByteArray(), body);
        Answer a;
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000))
            return a;
        a.http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.networkError = reply->error();
        a.raw = reply->readAll();
        const QJsonObject o = QJsonDocument::fromJson(a.raw).object();
        a.errors = o.value(QStringLiteral("error")).toArray();
        a.result = o.value(QStringLiteral("result")).toObject();
        reply->deleteLater();
        return a;
    }
    quint64 m_nonce = 1000;

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_key, m_secret;
};

QByteArray q(const QString &s) { return "\"" + s.toUtf8() + "\""; }
QJsonArray ok() { return QJsonArray(); }
QJsonArray err(const char *e) { return QJsonArray{QString::fromLatin1(e)}; }
} // namespace

class TestSandboxExternal : public QObject
{
    Q_OBJECT

    static ExternalClient adminClient(const SandboxServer &s)
    {
        const prime::Credentials c = s.adminCredentials();
        return ExternalClient(s.url(), c.apiKey.toLatin1(), QByteArray(c.secret.view().data(), c.secret.size()));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void signerMatchesReferenceVectors()
    {
        // Reference 2.3 (Kraken's published vector) and 2.4 (JSON, self-computed).
        const QByteArray secret = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
        QCOMPARE(apiSign("/0/private/AddOrder", "1616492376594",
                         "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25", secret),
                 QByteArray("4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ=="));
        QCOMPARE(apiSign("/0/private/ListPrimeApiUsers", "1616492376594", "{\"nonce\":1616492376594}", secret),
                 QByteArray("XLGGWFb8g4TYNzuMWfmVvGq3JYiEgSzvedsR/lx5nl9jqHaoC2N+7SOskLPeleiprOlb0kaflZUIDvB5JlMvEQ=="));
    }

    void allThirteenEndpoints()
    {
        auto s = startSandbox();
        QVERIFY(s);
        ExternalClient c = adminClient(*s);

        Answer a = c.call("ListPrimeApiUsers");
        QCOMPARE(a.http, 200);
        QCOMPARE(a.errors, ok());
        QVERIFY(a.result.value(QStringLiteral("data")).toArray().size() >= 12);

        a = c.call("CreatePrimeApiUser", ", \"name\": \"External Desk\", \"role\": \"Trader\"");
        QCOMPARE(a.errors, ok());
        const QString userId = a.result.value(QStringLiteral("id")).toString();
        QVERIFY(!userId.isEmpty());
        QCOMPARE(a.result.value(QStringLiteral("status")).toString(), QStringLiteral("Enabled"));
        QCOMPARE(a.result.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("Trader")});

        a = c.call("GetPrimeApiUser", ", \"user_id\": " + q(userId));
        QCOMPARE(a.errors, ok());
        QCOMPARE(a.result.value(QStringLiteral("data")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("External Desk"));

        a = c.call("UpdatePrimeApiUser", ", \"user_id\": " + q(userId) + ", \"status\": \"Disabled\"");
        QCOMPARE(a.errors, ok());
        QCOMPARE(a.result.value(QStringLiteral("status")).toString(), QStringLiteral("Disabled"));

        a = c.call("UpdatePrimeApiUserRoles", ", \"user_id\": " + q(userId) + ", \"role\": \"Viewer\"");
        QCOMPARE(a.errors, ok());
        QCOMPARE(a.result.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("Viewer")});

        a = c.call("CreatePrimeApiUserKey", ", \"user_id\": " + q(userId));
        QCOMPARE(a.errors, ok());
        const QString keyId = a.result.value(QStringLiteral("id")).toString();
        const QString publicKey = a.result.value(QStringLiteral("api_key")).toString();
        QCOMPARE(QByteArray::fromBase64(a.result.value(QStringLiteral("api_secret")).toString().toLatin1()).size(), 64);
        QCOMPARE(a.result.value(QStringLiteral("user_id")).toString(), userId);
        QVERIFY(a.result.value(QStringLiteral("permissions")).isArray());
        QVERIFY(!a.result.contains(QStringLiteral("updated_at")));

        a = c.call("ListPrimeApiUserKeys", ", \"user_id\": " + q(userId));
        QCOMPARE(a.errors, ok());
        const QJsonObject listed = a.result.value(QStringLiteral("data")).toArray().first().toObject();
        QCOMPARE(listed.value(QStringLiteral("key")).toString(), publicKey);
        QVERIFY(!listed.contains(QStringLiteral("api_secret")));

        a = c.call("UpdatePrimeApiUserKey", ", \"user_id\": " + q(userId) + ", \"key_id\": " + q(keyId)
                                                + ", \"whitelisted_ips\": [\"192.168.1.1\", \"10.0.0.1\"]");
        QCOMPARE(a.errors, ok());
        QCOMPARE(a.result.value(QStringLiteral("api_key")).toString(), publicKey);
        QCOMPARE(a.result.value(QStringLiteral("whitelisted_ips")).toArray().size(), 2);
        QVERIFY(a.result.value(QStringLiteral("updated_at")).isDouble());

        a = c.call("DeletePrimeApiUserKey", ", \"user_id\": " + q(userId) + ", \"key_id\": " + q(keyId));
        QCOMPARE(a.errors, ok());
        QCOMPARE(a.result.value(QStringLiteral("deleted")).toBool(), true);

        a = c.call("ListPrimeSettlementBatches", ", \"statuses\": [\"unsettled\", \"partially_settled\"], \"limit\": 5, \"offset\": 0");
        QCOMPARE(a.errors, ok());
        QCOMPARE(a.result.value(QStringLiteral("pagination")).toObject(),
                 (QJsonObject{{QStringLiteral("has_more"), false}, {QStringLiteral("limit"), 5}, {QStringLiteral("offset"), 0}}));
        QString openId;
        for (const QJsonValue &v : a.result.value(QStringLiteral("data")).toArray()) {
            const QJsonObject attrs = v.toObject().value(QStringLiteral("attributes")).toObject();
            if (attrs.value(QStringLiteral("asset_kind")).toString() == QLatin1String("currency"))
                openId = v.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!openId.isEmpty());

        a = c.call("GetPrimeSettlementBatch", ", \"batch_id\": " + q(openId));
        QCOMPARE(a.errors, ok());
        const QJsonObject batch = a.result.value(QStringLiteral("batch")).toObject();
        QCOMPARE(batch.value(QStringLiteral("id")).toString(), openId);
        QVERIFY(batch.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("confirmed")).toBool());
        QVERIFY(!batch.value(QStringLiteral("trade_ids")).toArray().isEmpty());
        QStringList settleable;
        for (const QJsonValue &v : batch.value(QStringLiteral("legs")).toArray()) {
            const QJsonObject leg = v.toObject();
            QVERIFY(leg.value(QStringLiteral("amount")).isString());
            QVERIFY(!leg.value(QStringLiteral("amount")).toString().startsWith(u'-'));
            QVERIFY(leg.value(QStringLiteral("direction")).toString() == QLatin1String("incoming")
                    || leg.value(QStringLiteral("direction")).toString() == QLatin1String("outgoing"));
            if (leg.value(QStringLiteral("can_settle")).toBool())
                settleable.append(leg.value(QStringLiteral("asset")).toString());
        }
        QVERIFY(settleable.size() >= 2);

        for (const QString &asset : settleable) {
            a = c.call("SettlePrimeSettlementBatchAsset", ", \"batch_id\": " + q(openId) + ", \"asset\": " + q(asset));
            QCOMPARE(a.errors, ok());
            const QJsonObject t = a.result.value(QStringLiteral("transfer")).toObject();
            QVERIFY(!t.value(QStringLiteral("id")).toString().isEmpty());
            QCOMPARE(t.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("transfer_status")).toString(), QStringLiteral("pending"));
            QCOMPARE(t.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("transfer_asset")).toString(), asset);
            QCOMPARE(t.value(QStringLiteral("relationships")).toObject().value(QStringLiteral("leg")).toObject().value(QStringLiteral("asset")).toString(), asset);
        }

        // Still active: a new currency batch is refused until this one completes.
        a = c.call("CreatePrimeSettlementBatch", ", \"asset_kind\": \"currency\"");
        QCOMPARE(a.errors, err("EGeneral:Invalid arguments"));
        s->advanceClock(10 * 60000);
        a = c.call("CreatePrimeSettlementBatch", ", \"asset_kind\": null");
        QCOMPARE(a.errors, ok());
        const QJsonObject created = a.result.value(QStringLiteral("batch")).toObject();
        QCOMPARE(created.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unsettled"));
        QCOMPARE(created.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("confirmed")).toBool(), false);
        QCOMPARE(created.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("asset_kind")).toString(), QStringLiteral("currency"));
        QVERIFY(!created.value(QStringLiteral("legs")).toArray().isEmpty());
        a = c.call("GetPrimeSettlementBatch", ", \"batch_id\": " + q(openId));
        QCOMPARE(a.result.value(QStringLiteral("batch")).toObject().value(QStringLiteral("attributes")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    }

    void nonceDigitsAreExact()
    {
        auto s = startSandbox(emptySeed());
        QVERIFY(s);
        ExternalClient c = adminClient(*s);
        // 2^53 + 1 then 2^53: equal through double, different as integers.
        QCOMPARE(c.send("ListPrimeApiUsers", "{\"nonce\":9007199254740993}", "9007199254740993").errors, ok());
        QCOMPARE(c.send("ListPrimeApiUsers", "{\"nonce\":9007199254740992}", "9007199254740992").errors, err("EAPI:Invalid nonce"));
        QCOMPARE(c.send("ListPrimeApiUsers", "{\"nonce\":9007199254740994}", "9007199254740994").errors, ok());
        QCOMPARE(c.send("ListPrimeApiUsers", "{\"nonce\":9007199254740994}", "9007199254740994").errors, err("EAPI:Invalid nonce"));
        QCOMPARE(c.send("ListPrimeApiUsers", "{\"nonce\":18446744073709551615}", "18446744073709551615").errors, ok());
    }

    void hostileRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<int>("http");
        QTest::addColumn<QString>("error");
        const QString ia = QStringLiteral("EGeneral:Invalid arguments");
        QTest::newRow("garbage") << QByteArray("\x01\x02garbage{{") << QByteArray() << 200 << ia;
        QTest::newRow("empty") << QByteArray() << QByteArray() << 200 << ia;
        QTest::newRow("array") << QByteArray("[1,2]") << QByteArray() << 200 << ia;
        QTest::newRow("no nonce") << QByteArray("{}") << QByteArray() << 200 << ia + QStringLiteral(":nonce");
        QTest::newRow("string nonce") << QByteArray("{\"nonce\":\"5\"}") << QByteArray("5") << 200 << ia + QStringLiteral(":nonce");
        QTest::newRow("fraction nonce") << QByteArray("{\"nonce\":5.5}") << QByteArray("5") << 200 << ia + QStringLiteral(":nonce");
        QTest::newRow("negative nonce") << QByteArray("{\"nonce\":-5}") << QByteArray("-5") << 200 << ia + QStringLiteral(":nonce");
        QTest::newRow("huge nonce") << QByteArray("{\"nonce\":184467440737095516150}") << QByteArray("184467440737095516150") << 200 << ia + QStringLiteral(":nonce");
        QTest::newRow("two nonces") << QByteArray("{\"nonce\":5,\"nonce\":6}") << QByteArray("5") << 200 << ia + QStringLiteral(":nonce");
        QTest::newRow("nested nonce only") << QByteArray("{\"x\":{\"nonce\":5}}") << QByteArray("5") << 200 << ia + QStringLiteral(":nonce");
        QTest::newRow("deep nesting") << QByteArray(5000, '[') << QByteArray() << 200 << ia;
        QTest::newRow("100 KiB") << QByteArray("{\"nonce\":5,\"pad\":\"" + QByteArray(100 * 1024, 'x') + "\"}") << QByteArray("5") << 413 << ia;
        QTest::newRow("2 MiB") << QByteArray(2 * 1024 * 1024, ' ') << QByteArray() << 0 << QString();
    }
    void hostileRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, nonce);
        QFETCH(int, http);
        QFETCH(QString, error);
        auto s = startSandbox(emptySeed());
        QVERIFY(s);
        ExternalClient c = adminClient(*s);
        const Answer a = c.send("ListPrimeApiUsers", body, nonce);
        QCOMPARE(a.http, http);
        if (http == 0)
            QVERIFY(a.networkError != QNetworkReply::NoError); // cut off, never buffered
        else
            QCOMPARE(a.errors, QJsonArray{error});
        // The server is still fine.
        QCOMPARE(c.call("ListPrimeApiUsers").errors, ok());
    }

    void protocolEdges()
    {
        auto s = startSandbox(emptySeed());
        QVERIFY(s);
        ExternalClient c = adminClient(*s);
        QCOMPARE(c.send("ListPrimeApiUsers", "{\"nonce\":7}", "7", false).errors, err("EAPI:Invalid signature"));
        Answer get = c.send("ListPrimeApiUsers", "", "", true, "GET");
        QCOMPARE(get.http, 405);
        Answer unknown = c.call("DeletePrimeApiUser");
        QCOMPARE(unknown.http, 404);
        QCOMPARE(unknown.errors, err("EGeneral:Unknown method"));
        // `otp` is tolerated, as Kraken documents it for every private call.
        QCOMPARE(c.call("ListPrimeApiUsers", ", \"otp\": \"123456\"").errors, ok());
        // The signature covers the path: a signature for one operation fails on another.
        const QByteArray body = "{\"nonce\":99999}";
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(s->url().toString() + QStringLiteral("/0/private/ListPrimeApiUsers")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const prime::Credentials admin = s->adminCredentials();
        req.setRawHeader("API-Key", admin.apiKey.toLatin1());
        req.setRawHeader("API-Sign", apiSign("/0/private/ListPrimeSettlementBatches", "99999", body,
                                             QByteArray(admin.secret.view().data(), admin.secret.size())));
        QNetworkReply *reply = nam.post(req, body);
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error")).toArray(), err("EAPI:Invalid signature"));
        delete reply;
    }
};

QTEST_MAIN(TestSandboxExternal)
#include "tst_sandbox_external.moc"
