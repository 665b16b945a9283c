// Injected faults reach PrimeClient as the right error category; a mutation
// whose connection dropped after the change reports "outcome unknown", and a
// re-read shows it applied.
#include "tst_sandbox_support.h"

#include <QNetworkReply>
#include <QStandardPaths>

using namespace prime;
using namespace prime::sandbox;
using namespace sandboxtest;
using C = PrimeError::Category;
using F = SandboxServer::Fault;
Q_DECLARE_METATYPE(PrimeError::Category)
Q_DECLARE_METATYPE(SandboxServer::Fault)

class TestSandboxFaults : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void readFaults_data()
    {
        QTest::addColumn<SandboxServer::Fault>("fault");
        QTest::addColumn<PrimeError::Category>("category");
        QTest::addColumn<int>("httpStatus");
        QTest::newRow("http 500") << F::Http500 << C::ServerError << 500;
        QTest::newRow("502 html") << F::Http502Html << C::ServerError << 502;
        QTest::newRow("rate limit") << F::RateLimit << C::RateLimit << 200;
        QTest::newRow("unavailable") << F::ServiceUnavailable << C::ServiceUnavailable << 200;
        QTest::newRow("busy") << F::Busy << C::ServiceUnavailable << 200;
        QTest::newRow("truncated") << F::TruncatedBody << C::Protocol << 200;
        QTest::newRow("not json") << F::NonJsonBody << C::Protocol << 200;
        QTest::newRow("invalid nonce") << F::InvalidNonce << C::Nonce << 200;
        QTest::newRow("delay") << F::Delay << C::Timeout << 0;
        QTest::newRow("dropped") << F::DropAfterApply << C::Network << 0;
    }
    void readFaults()
    {
        QFETCH(SandboxServer::Fault, fault);
        QFETCH(PrimeError::Category, category);
        QFETCH(int, httpStatus);
        auto s = startSandbox();
        QVERIFY(s);
        PrimeClient c(&m_nam, s->adminCredentials(), testTransport(800));
        s->injectFault(QStringLiteral("ListPrimeApiUsers"), fault, 1, 3000);
        // Another operation is not affected.
        SANDBOX_CALL(BatchPage, other, c.listBatches(BatchQuery{}, nullptr, other.callback()));
        QVERIFY(other.result->ok());

        SANDBOX_CALL(QList<ApiUser>, failed, c.listUsers(nullptr, failed.callback()));
        QCOMPARE(failed.result->error.category, category);
        QCOMPARE(failed.result->error.httpStatus, httpStatus);
        QVERIFY(!failed.result->error.outcomeUnknown); // reads are never ambiguous
        QTest::qWait(20);                             // client pause after a rate limit (10 ms in tests)

        // Only the next call was affected.
        SANDBOX_CALL(QList<ApiUser>, fine, c.listUsers(nullptr, fine.callback()));
        QVERIFY2(fine.result->ok(), qPrintable(fine.result->error.details()));
        QCOMPARE(fine.result->value->size(), s->users().size());
    }

    void mutationFaults_data()
    {
        QTest::addColumn<SandboxServer::Fault>("fault");
        QTest::addColumn<PrimeError::Category>("category");
        QTest::addColumn<bool>("outcomeUnknown");
        QTest::addColumn<bool>("applied");
        QTest::newRow("http 500") << F::Http500 << C::ServerError << true << false;
        QTest::newRow("502 html") << F::Http502Html << C::ServerError << true << false;
        QTest::newRow("rate limit") << F::RateLimit << C::RateLimit << false << false;
        QTest::newRow("unavailable") << F::ServiceUnavailable << C::ServiceUnavailable << false << false;
        QTest::newRow("busy") << F::Busy << C::ServiceUnavailable << false << false;
        QTest::newRow("invalid nonce") << F::InvalidNonce << C::Nonce << false << false;
        QTest::newRow("not json") << F::NonJsonBody << C::Protocol << true << false;
        QTest::newRow("truncated") << F::TruncatedBody << C::Protocol << true << true;
        QTest::newRow("delay") << F::Delay << C::Timeout << true << true;
        QTest::newRow("dropped after apply") << F::DropAfterApply << C::Network << true << true;
    }
    void mutationFaults()
    {
        QFETCH(SandboxServer::Fault, fault);
        QFETCH(PrimeError::Category, category);
        QFETCH(bool, outcomeUnknown);
        QFETCH(bool, applied);
        auto s = startSandbox(emptySeed());
        QVERIFY(s);
        PrimeClient c(&m_nam, s->adminCredentials(), testTransport(800));
        s->injectFault(QStringLiteral("CreatePrimeApiUser"), fault, 1, 3000);

        SANDBOX_CALL(ApiUser, created, c.createUser(QStringLiteral("Ambiguous"), QStringLiteral("Viewer"), nullptr, created.callback()));
        QVERIFY(!created.result->ok());
        QCOMPARE(created.result->error.category, category);
        QCOMPARE(created.result->error.outcomeUnknown, outcomeUnknown);
        QTest::qWait(20);

        // The re-read tells what happened; the mutation was sent once only.
        SANDBOX_CALL(QList<ApiUser>, list, c.listUsers(nullptr, list.callback()));
        QVERIFY2(list.result->ok(), qPrintable(list.result->error.details()));
        QCOMPARE(list.result->value->size(), applied ? 1 : 0);
        if (applied)
            QCOMPARE(list.result->value->first().name, QStringLiteral("Ambiguous"));
    }

    void droppedSettlementIsNotRepeated()
    {
        SandboxServer::Options o = emptySeed();
        o.confirmDelayMs = 1000;
        auto s = startSandbox(o);
        QVERIFY(s);
        s->bookTrade(QStringLiteral("BTC"), QStringLiteral("2"));
        PrimeClient c(&m_nam, s->adminCredentials(), testTransport());
        SANDBOX_CALL(Batch, b, c.createBatch(QString(), nullptr, b.callback()));
        QVERIFY(b.result->ok());
        s->advanceClock(1000);
        s->injectFault(QStringLiteral("SettlePrimeSettlementBatchAsset"), F::DropAfterApply);
        SANDBOX_CALL(Transfer, t, c.settleLeg(b.result->value->id, QStringLiteral("BTC"), nullptr, t.callback()));
        QCOMPARE(t.result->error.category, C::Network);
        QVERIFY(t.result->error.outcomeUnknown);
        QCOMPARE(s->transferCount(b.result->value->id, QStringLiteral("BTC")), 1);
        SANDBOX_CALL(Batch, reread, c.getBatch(b.result->value->id, nullptr, reread.callback()));
        QCOMPARE(reread.result->value->legs.first().latestTransfer.status, QStringLiteral("pending"));
        QVERIFY(!reread.result->value->legs.first().canSettle);
    }

    void countAndWildcard()
    {
        auto s = startSandbox(emptySeed());
        QVERIFY(s);
        PrimeClient c(&m_nam, s->adminCredentials(), testTransport());
        s->injectFault(QStringLiteral("*"), F::Busy, 3);
        QList<C> seen;
        for (int i = 0; i < 4; ++i) {
            SANDBOX_CALL(BatchPage, r, (i % 2 ? c.listBatches(BatchQuery{}, nullptr, r.callback()) : c.listUsers(nullptr, [&r](const Result<QList<ApiUser>> &u) { r.result = Result<BatchPage>{std::nullopt, u.error, {}}; })));
            seen.append(r.result->error.category);
        }
        QCOMPARE(seen, (QList<C>{C::ServiceUnavailable, C::ServiceUnavailable, C::ServiceUnavailable, C::None}));
        s->injectFault(QStringLiteral("ListPrimeApiUsers"), F::Http500, 5);
        s->clearFaults();
        SANDBOX_CALL(QList<ApiUser>, ok, c.listUsers(nullptr, ok.callback()));
        QVERIFY(ok.result->ok());
    }
};

QTEST_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
