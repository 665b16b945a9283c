#include "PrimeClient.h"
#include "RequestSigner.h"
#include "ScriptedHttpServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace prime;
using C = PrimeError::Category;
Q_DECLARE_METATYPE(PrimeError::Category)

namespace {
const QByteArray kSecret =
    "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
const char *kUserResult = "{\"error\":[],\"result\":{\"data\":[{\"id\":\"U1\",\"name\":\"Ann\",\"status\":\"Enabled\",\"roles\":[\"Viewer\"]}]}}";

template<typename T>
struct Waiter
{
    std::optional<Result<T>> result;
    typename PrimeClient::Callback<T> callback()
    {
        return [this](const Result<T> &r) { result = r; };
    }
    bool wait(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};
} // namespace

class TestPrimeClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<PrimeClient> makeClient(ScriptedHttpServer &server, TransportOptions options = {})
    {
        if (options.nonceStatePath.isEmpty())
            options.nonceStatePath = QStringLiteral("-");
        Credentials c;
        c.baseUrl = QUrl(QString::fromLatin1(server.baseUrl()));
        c.apiKey = QStringLiteral("PUBLICKEY1");
        c.secret = SecretBytes(kSecret);
        return std::make_unique<PrimeClient>(&m_nam, std::move(c), options);
    }

    QNetworkAccessManager m_nam;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void requestIsSignedExactlyAsSent()
    {
        ScriptedHttpServer server;
        server.enqueue({200, "{\"error\":[],\"result\":{\"id\":\"U9\",\"name\":\"Bob\",\"status\":\"Enabled\",\"roles\":[\"Trader\"]}}"});
        auto client = makeClient(server);
        Waiter<ApiUser> w;
        client->createUser(QStringLiteral("Bob \"the\" admin"), QStringLiteral("Trader"), nullptr, w.callback());
        QVERIFY(w.wait());
        QVERIFY2(w.result->ok(), qPrintable(w.result->error.details()));
        QCOMPARE(w.result->value->id, QStringLiteral("U9"));

        QCOMPARE(server.requests.size(), 1);
        const auto &r = server.requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/0/private/CreatePrimeApiUser"));
        QCOMPARE(r.headers.value("api-key"), QByteArray("PUBLICKEY1"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(r.headers.value("user-agent").startsWith("PrimeAdmin/"));
        // The body is the documented JSON with an integer nonce first.
        QVERIFY(r.body.startsWith("{\"nonce\":"));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("Bob \"the\" admin"));
        QCOMPARE(body.value(QStringLiteral("role")).toString(), QStringLiteral("Trader"));
        const QByteArray digits = r.body.mid(9, r.body.indexOf(',') - 9);
        QVERIFY(digits.toULongLong() > 1600000000000000ULL); // microseconds
        const RequestSigner signer{SecretBytes(kSecret)};
        QVERIFY(signer.verify(r.path, digits, r.body, r.headers.value("api-sign")));
    }

    void queueSerializesAndOrdersNonces()
    {
        ScriptedHttpServer server;
        server.defaultAnswer = {200, kUserResult, "application/json", 30};
        auto client = makeClient(server);
        QList<int> order;
        for (int i = 0; i < 6; ++i)
            client->listUsers(nullptr, [&order, i](const Result<QList<ApiUser>> &r) {
                QVERIFY(r.ok());
                order.append(i);
            });
        QCOMPARE(client->transport()->pendingCount(), 6);
        QVERIFY(QTest::qWaitFor([&] { return order.size() == 6; }, 10000));
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(server.maxConcurrent, 1); // at most one request of the key in flight
        quint64 previous = 0;
        for (const auto &r : server.requests) {
            const quint64 nonce = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("nonce")).toInteger();
            QVERIFY(nonce > previous);
            previous = nonce;
        }
        QCOMPARE(client->transport()->pendingCount(), 0);
    }

    void errorCategories_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<PrimeError::Category>("category");
        QTest::addColumn<bool>("outcomeUnknown"); // for a mutation
        QTest::newRow("invalid key") << 200 << QByteArray("{\"error\":[\"EAPI:Invalid key\"],\"result\":{}}") << C::Authentication << false;
        QTest::newRow("invalid signature") << 200 << QByteArray("{\"error\":[\"EAPI:Invalid signature\"]}") << C::Authentication << false;
        QTest::newRow("invalid nonce") << 200 << QByteArray("{\"error\":[\"EAPI:Invalid nonce\"]}") << C::Nonce << false;
        QTest::newRow("permission") << 200 << QByteArray("{\"error\":[\"EGeneral:Permission denied\"]}") << C::Permission << false;
        QTest::newRow("arguments") << 200 << QByteArray("{\"error\":[\"EGeneral:Invalid arguments:name\"]}") << C::InvalidArguments << false;
        QTest::newRow("rate limit") << 200 << QByteArray("{\"error\":[\"EAPI:Rate limit exceeded\"]}") << C::RateLimit << false;
        QTest::newRow("lockout") << 200 << QByteArray("{\"error\":[\"EGeneral:Temporary lockout\"]}") << C::Lockout << false;
        QTest::newRow("unavailable") << 200 << QByteArray("{\"error\":[\"EService:Unavailable\"]}") << C::ServiceUnavailable << false;
        QTest::newRow("busy") << 200 << QByteArray("{\"error\":[\"EService:Busy\"]}") << C::ServiceUnavailable << false;
        QTest::newRow("deadline") << 200 << QByteArray("{\"error\":[\"EService:Deadline elapsed\"]}") << C::ServiceUnavailable << true;
        QTest::newRow("internal error") << 200 << QByteArray("{\"error\":[\"EGeneral:Internal error:5\"]}") << C::ServiceUnavailable << true;
        QTest::newRow("http 500 json") << 500 << QByteArray("{\"error\":[]}") << C::ServerError << true;
        QTest::newRow("http 502 html") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << C::ServerError << true;
        QTest::newRow("truncated") << 200 << QByteArray("{\"error\":[],\"res") << C::Protocol << true;
        QTest::newRow("not json") << 200 << QByteArray("hello") << C::Protocol << true;
        QTest::newRow("no result") << 200 << QByteArray("{\"error\":[]}") << C::Protocol << true;
        QTest::newRow("wrong shape") << 200 << QByteArray("{\"error\":[],\"result\":{\"nope\":1}}") << C::Protocol << false;
        QTest::newRow("404") << 404 << QByteArray("Not found") << C::Protocol << false;
    }
    void errorCategories()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(PrimeError::Category, category);
        QFETCH(bool, outcomeUnknown);
        ScriptedHttpServer server;
        server.defaultAnswer = {status, body};
        TransportOptions options;
        options.maxReadAttempts = 1;
        options.rateLimitPauseMs = 10;
        options.lockoutPauseMs = 10;
        options.rateTier = RateLimiter::Tier::unlimited();
        auto client = makeClient(server, options);

        Waiter<QList<ApiUser>> read;
        client->listUsers(nullptr, read.callback());
        QVERIFY(read.wait());
        QCOMPARE(read.result->error.category, category);
        QVERIFY(!read.result->error.outcomeUnknown); // a read changes nothing

        Waiter<ApiUser> mutation;
        client->createUser(QStringLiteral("n"), QStringLiteral("Viewer"), nullptr, mutation.callback());
        QVERIFY(mutation.wait());
        QCOMPARE(mutation.result->error.category, category);
        // "wrong shape" on a mutation: the call succeeded but the answer is unreadable.
        QCOMPARE(mutation.result->error.outcomeUnknown, outcomeUnknown);
        QCOMPARE(server.requests.size(), 2);
    }

    void warningsReachTheCaller()
    {
        ScriptedHttpServer server;
        server.defaultAnswer.body = "{\"error\":[\"WGeneral:Deprecated\"],\"result\":{\"data\":[]}}";
        auto client = makeClient(server);
        Waiter<QList<ApiUser>> w;
        client->listUsers(nullptr, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        QCOMPARE(w.result->warnings, QStringList{QStringLiteral("WGeneral:Deprecated")});
    }

    void readsRetryMutationsNever()
    {
        ScriptedHttpServer server;
        server.defaultAnswer.body = "{\"error\":[\"EService:Unavailable\"]}";
        TransportOptions options;
        options.maxReadAttempts = 3;
        options.backoffBaseMs = 10;
        auto client = makeClient(server, options);

        Waiter<ApiUser> mutation;
        client->setUserRole(QStringLiteral("U1"), QStringLiteral("Trader"), nullptr, mutation.callback());
        QVERIFY(mutation.wait());
        QCOMPARE(mutation.result->error.category, C::ServiceUnavailable);
        QCOMPARE(server.requests.size(), 1);

        Waiter<QList<ApiUser>> read;
        client->listUsers(nullptr, read.callback());
        QVERIFY(read.wait());
        QCOMPARE(read.result->error.category, C::ServiceUnavailable);
        QCOMPARE(server.requests.size(), 4); // 1 + 3 attempts

        // A transient failure followed by success: the read succeeds on its second attempt.
        server.enqueue({200, "{\"error\":[\"EService:Busy\"]}"});
        server.enqueue({200, kUserResult});
        Waiter<QList<ApiUser>> again;
        client->listUsers(nullptr, again.callback());
        QVERIFY(again.wait());
        QVERIFY(again.result->ok());
        QCOMPARE(server.requests.size(), 6);
        // Each attempt had a fresh, larger nonce.
        const auto nonce = [&](int i) {
            return QJsonDocument::fromJson(server.requests[i].body).object().value(QStringLiteral("nonce")).toInteger();
        };
        QVERIFY(nonce(5) > nonce(4));
    }

    void timeoutMarksMutationsUnknown()
    {
        ScriptedHttpServer server;
        server.defaultAnswer.delayMs = 3000;
        TransportOptions options;
        options.timeoutMs = 200;
        options.maxReadAttempts = 1;
        auto client = makeClient(server, options);
        Waiter<Batch> w;
        client->createBatch(QStringLiteral("currency"), nullptr, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error.category, C::Timeout);
        QVERIFY(w.result->error.outcomeUnknown);
        QCOMPARE(server.requests.size(), 1);

        Waiter<Batch> read;
        client->getBatch(QStringLiteral("B1"), nullptr, read.callback());
        QVERIFY(read.wait());
        QCOMPARE(read.result->error.category, C::Timeout);
        QVERIFY(!read.result->error.outcomeUnknown);
    }

    void droppedConnection()
    {
        ScriptedHttpServer server;
        server.defaultAnswer.drop = true;
        TransportOptions options;
        options.maxReadAttempts = 1;
        auto client = makeClient(server, options);
        Waiter<Transfer> w;
        client->settleLeg(QStringLiteral("B1"), QStringLiteral("BTC"), nullptr, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error.category, C::Network);
        QVERIFY(w.result->error.outcomeUnknown);
        QCOMPARE(server.requests.size(), 1);
    }

    void connectionRefusedIsNotAmbiguous()
    {
        quint16 port;
        {
            ScriptedHttpServer gone;
            port = gone.port();
        }
        Credentials c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        c.apiKey = QStringLiteral("K");
        c.secret = SecretBytes(kSecret);
        TransportOptions options;
        options.nonceStatePath = QStringLiteral("-");
        PrimeClient client(&m_nam, std::move(c), options);
        Waiter<ApiUser> w;
        client.createUser(QStringLiteral("n"), QStringLiteral("Viewer"), nullptr, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error.category, C::Network);
        QVERIFY(!w.result->error.outcomeUnknown);
    }

    void refusesPlainHttpToOtherHosts()
    {
        Credentials c;
        c.baseUrl = QUrl(QStringLiteral("http://api.kraken.com"));
        c.apiKey = QStringLiteral("K");
        c.secret = SecretBytes(kSecret);
        TransportOptions options;
        options.nonceStatePath = QStringLiteral("-");
        PrimeClient client(&m_nam, std::move(c), options);
        QVERIFY(client.transport()->configurationError().contains(QStringLiteral("http://")));
        Waiter<QList<ApiUser>> w;
        client.listUsers(nullptr, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error.category, C::Configuration);
    }

    void invalidSecretIsAConfigurationError()
    {
        ScriptedHttpServer server;
        Credentials c;
        c.baseUrl = QUrl(QString::fromLatin1(server.baseUrl()));
        c.apiKey = QStringLiteral("K");
        c.secret = SecretBytes(QByteArrayView("6xq8p1mvk9r3n7swt2l5cj4eaydhzbf"));
        TransportOptions options;
        options.nonceStatePath = QStringLiteral("-");
        PrimeClient client(&m_nam, std::move(c), options);
        Waiter<QList<ApiUser>> w;
        client.listUsers(nullptr, w.callback());
        QVERIFY(w.wait());
        QCOMPARE(w.result->error.category, C::Configuration);
        QVERIFY(w.result->error.message().contains(QStringLiteral("base64")));
        QCOMPARE(server.requests.size(), 0);
    }

    void cancelReadInFlightAndQueued()
    {
        ScriptedHttpServer server;
        server.defaultAnswer = {200, kUserResult, "application/json", 2000};
        auto client = makeClient(server);
        Waiter<QList<ApiUser>> first, second;
        const quint64 a = client->listUsers(nullptr, first.callback());
        const quint64 b = client->listUsers(nullptr, second.callback());
        QVERIFY(QTest::qWaitFor([&] { return server.requests.size() == 1; }, 5000));
        QVERIFY(client->cancel(b)); // queued
        QVERIFY(second.wait(100));
        QCOMPARE(second.result->error.category, C::Cancelled);
        QVERIFY(client->cancel(a)); // in flight
        QVERIFY(first.wait(1000));
        QCOMPARE(first.result->error.category, C::Cancelled);
        QCOMPARE(server.requests.size(), 1);
    }

    void mutationInFlightCannotBeCancelled()
    {
        ScriptedHttpServer server;
        server.defaultAnswer = {200, "{\"error\":[],\"result\":{\"deleted\":true}}", "application/json", 300};
        auto client = makeClient(server);
        Waiter<bool> w;
        const quint64 id = client->deleteKey(QStringLiteral("U1"), QStringLiteral("K1"), nullptr, w.callback());
        QVERIFY(QTest::qWaitFor([&] { return server.requests.size() == 1; }, 5000));
        QVERIFY(!client->cancel(id));
        QVERIFY(w.wait());
        QVERIFY(w.result->ok());
        QCOMPARE(*w.result->value, true);
    }

    void rateLimitPausesTheQueue()
    {
        ScriptedHttpServer server;
        server.enqueue({200, "{\"error\":[\"EAPI:Rate limit exceeded\"]}"});
        server.enqueue({200, kUserResult});
        TransportOptions options;
        options.maxReadAttempts = 2;
        options.backoffBaseMs = 10;
        options.rateLimitPauseMs = 400;
        auto client = makeClient(server, options);
        QSignalSpy paused(client->transport(), &PrimeTransport::paused);
        QSignalSpy resumed(client->transport(), &PrimeTransport::resumed);
        QElapsedTimer timer;
        timer.start();
        Waiter<QList<ApiUser>> w;
        client->listUsers(nullptr, w.callback());
        QVERIFY(w.wait());
        QVERIFY(w.result->ok()); // the read was retried after the pause
        QVERIFY(timer.elapsed() >= 400);
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.first().at(1).value<PrimeError>().category, C::RateLimit);
        QCOMPARE(server.requests.size(), 2);
    }

    void rateLimitedMutationIsNotRetried()
    {
        ScriptedHttpServer server;
        server.enqueue({200, "{\"error\":[\"EAPI:Rate limit exceeded\"]}"});
        TransportOptions options;
        options.rateLimitPauseMs = 300;
        auto client = makeClient(server, options);
        Waiter<ApiUser> mutation;
        client->createUser(QStringLiteral("n"), QStringLiteral("Viewer"), nullptr, mutation.callback());
        QVERIFY(mutation.wait());
        QCOMPARE(mutation.result->error.category, C::RateLimit);
        QVERIFY(!mutation.result->error.outcomeUnknown);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(client->transport()->isPaused());
        // The next call waits for the pause to end instead of hammering.
        Waiter<QList<ApiUser>> read;
        server.enqueue({200, kUserResult});
        client->listUsers(nullptr, read.callback());
        QTest::qWait(100);
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(read.wait());
        QVERIFY(read.result->ok());
        QCOMPARE(server.requests.size(), 2);
    }

    void lockoutPausesUntilResumed()
    {
        ScriptedHttpServer server;
        server.enqueue({200, "{\"error\":[\"EGeneral:Temporary lockout\"]}"});
        TransportOptions options;
        options.lockoutPauseMs = 60000;
        auto client = makeClient(server, options);
        QSignalSpy paused(client->transport(), &PrimeTransport::paused);
        Waiter<QList<ApiUser>> first;
        client->listUsers(nullptr, first.callback());
        QVERIFY(first.wait());
        QCOMPARE(first.result->error.category, C::Lockout);
        QCOMPARE(paused.size(), 1);
        const qint64 until = paused.first().at(0).toLongLong();
        QVERIFY(until - QDateTime::currentMSecsSinceEpoch() > 50000);
        server.enqueue({200, kUserResult});
        Waiter<QList<ApiUser>> second;
        client->listUsers(nullptr, second.callback());
        QTest::qWait(200);
        QCOMPARE(server.requests.size(), 1); // held back
        client->transport()->resume();
        QVERIFY(second.wait());
        QVERIFY(second.result->ok());
        QVERIFY(!client->transport()->isPaused());
    }

    void clientSideLimiterSpacesBursts()
    {
        ScriptedHttpServer server;
        server.defaultAnswer.body = kUserResult;
        TransportOptions options;
        options.rateTier = {3, 10}; // 3 calls, then one every 100 ms
        auto client = makeClient(server, options);
        int done = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 6; ++i)
            client->listUsers(nullptr, [&done](const Result<QList<ApiUser>> &r) { done += r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return done == 6; }, 10000));
        QVERIFY(timer.elapsed() >= 250); // three calls had to wait ~100 ms each
    }

    void destroyedContextSkipsCallback()
    {
        ScriptedHttpServer server;
        server.defaultAnswer = {200, kUserResult, "application/json", 100};
        auto client = makeClient(server);
        bool called = false;
        auto *context = new QObject;
        client->listUsers(context, [&called](const Result<QList<ApiUser>> &) { called = true; });
        delete context;
        QSignalSpy done(client->transport(), &PrimeTransport::callSucceeded);
        QVERIFY(done.wait(5000));
        QVERIFY(!called);
    }
};

QTEST_MAIN(TestPrimeClient)
#include "tst_primeclient.moc"
