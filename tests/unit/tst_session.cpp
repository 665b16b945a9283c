// Session: connection state from transport outcomes, in-flight count, audit
// records of mutations, production detection.
#include <AuditLog.h>
#include <PrimeClient.h>
#include <SandboxServer.h>
#include <Session.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prime;
using State = Session::ConnectionState;
Q_DECLARE_METATYPE(prime::Session::ConnectionState)

class TestSession : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        sandbox::SandboxServer server;
        std::unique_ptr<Session> session;
        bool start()
        {
            if (!server.start())
                return false;
            TransportOptions options;
            options.nonceStatePath = QStringLiteral("-");
            options.backoffBaseMs = 10;
            options.backoffCapMs = 50;
            options.rateTier = RateLimiter::Tier::unlimited();
            SessionProfile profile;
            profile.name = QStringLiteral("Test");
            profile.baseUrl = server.url();
            profile.temporary = true;
            profile.production = false;
            session = std::make_unique<Session>(profile, server.adminCredentials(), options);
            return true;
        }
        bool listUsers()
        {
            bool done = false;
            session->client()->listUsers(nullptr, [&done](const Result<QList<ApiUser>> &) { done = true; });
            return QTest::qWaitFor([&done] { return done; }, 10000);
        }
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void connectionStateFollowsCalls();
    void refusedRequestMeansConnected();
    void pendingCount();
    void recordMutation_data();
    void recordMutation();
    void production_data();
    void production();
};

void TestSession::connectionStateFollowsCalls()
{
    Fixture f;
    QVERIFY(f.start());
    QCOMPARE(f.session->connectionState(), State::Unknown);
    QSignalSpy states(f.session.get(), &Session::connectionStateChanged);
    QVERIFY(f.listUsers());
    QCOMPARE(f.session->connectionState(), State::Connected);
    f.server.injectFault(QStringLiteral("ListPrimeApiUsers"), sandbox::SandboxServer::Fault::Http500, 3);
    QSignalSpy failed(f.session.get(), &Session::callFailed);
    QVERIFY(f.listUsers());
    QCOMPARE(f.session->connectionState(), State::Lost);
    QCOMPARE(failed.count(), 1);
    QVERIFY(f.listUsers());
    QCOMPARE(f.session->connectionState(), State::Connected);
    QCOMPARE(states.count(), 3); // connected, lost, connected: no repeats
}

void TestSession::refusedRequestMeansConnected()
{
    Fixture f;
    QVERIFY(f.start());
    f.server.injectFault(QStringLiteral("ListPrimeApiUsers"), sandbox::SandboxServer::Fault::InvalidNonce, 1);
    QVERIFY(f.listUsers());
    QCOMPARE(f.session->connectionState(), State::Connected); // the server answered
}

void TestSession::pendingCount()
{
    Fixture f;
    QVERIFY(f.start());
    QSignalSpy counts(f.session.get(), &Session::pendingCountChanged);
    f.session->client()->listUsers(nullptr, {});
    f.session->client()->listUsers(nullptr, {});
    QCOMPARE(f.session->pendingCount(), 2);
    QTRY_COMPARE(f.session->pendingCount(), 0);
    QVERIFY(counts.count() >= 4);
    QCOMPARE(counts.last().at(0).toInt(), 0);
}

void TestSession::recordMutation_data()
{
    QTest::addColumn<int>("category");
    QTest::addColumn<bool>("unknown");
    QTest::addColumn<int>("outcome");
    QTest::newRow("ok") << int(PrimeError::Category::None) << false << int(AuditEntry::Outcome::Succeeded);
    QTest::newRow("refused") << int(PrimeError::Category::Permission) << false << int(AuditEntry::Outcome::Failed);
    QTest::newRow("timeout") << int(PrimeError::Category::Timeout) << true << int(AuditEntry::Outcome::Unknown);
}

void TestSession::recordMutation()
{
    QFETCH(int, category);
    QFETCH(bool, unknown);
    QFETCH(int, outcome);
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    SessionProfile profile;
    profile.name = QStringLiteral("Treasury");
    profile.baseUrl = QUrl(QStringLiteral("https://api.kraken.com"));
    Session session(profile, Credentials{}, {});
    QVERIFY(session.recordMutation(QStringLiteral("CreatePrimeApiUserKey"), {QStringLiteral("U1")}, {})); // no log: nothing to do
    session.setAuditLog(&log);
    PrimeError error = PrimeError::make(PrimeError::Category(category));
    error.outcomeUnknown = unknown;
    QVERIFY(session.recordMutation(QStringLiteral("DeletePrimeApiUserKey"),
                                   {QStringLiteral("U1"), QStringLiteral("K1")}, error));
    const QList<AuditEntry> entries = log.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().profile, QStringLiteral("Treasury"));
    QCOMPARE(entries.first().operation, QStringLiteral("DeletePrimeApiUserKey"));
    QCOMPARE(entries.first().targets, (QStringList{QStringLiteral("U1"), QStringLiteral("K1")}));
    QCOMPARE(int(entries.first().outcome), outcome);
    QCOMPARE(entries.first().detail.isEmpty(), category == int(PrimeError::Category::None));
}

void TestSession::production_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("production");
    QTest::newRow("kraken") << QStringLiteral("https://api.kraken.com") << true;
    QTest::newRow("ipv4 loopback") << QStringLiteral("http://127.0.0.1:8080") << false;
    QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:8080") << false;
    QTest::newRow("localhost") << QStringLiteral("http://LOCALHOST:1") << false;
    QTest::newRow("lan address") << QStringLiteral("https://10.0.0.5") << true;
}

void TestSession::production()
{
    QFETCH(QString, url);
    QFETCH(bool, production);
    QCOMPARE(SessionProfile::looksLikeProduction(QUrl(url)), production);
    SessionProfile p;
    p.baseUrl = QUrl(url);
    p.production = production;
    QCOMPARE(p.effectiveColour().isEmpty(), false);
    p.colour = QStringLiteral("#123456");
    QCOMPARE(p.effectiveColour(), QStringLiteral("#123456"));
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
