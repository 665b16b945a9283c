// PrimeClient against the in-process sandbox: the batch lifecycle on the sandbox
// clock, pagination over more than 200 batches, the demo seed and --state
// persistence.
#include "tst_sandbox_support.h"

#include "Handlers.h"

#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <limits>

using namespace prime;
using namespace prime::sandbox;
using namespace sandboxtest;
using C = PrimeError::Category;

class TestSandboxSettlement : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    std::unique_ptr<PrimeClient> client(const SandboxServer &s)
    {
        return std::make_unique<PrimeClient>(&m_nam, s.adminCredentials(), testTransport());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void batchLifecycle()
    {
        SandboxServer::Options o = emptySeed();
        o.confirmDelayMs = 4000;
        o.transferDelayMs = 6000;
        o.completeDelayMs = 3000;
        auto s = startSandbox(o);
        QVERIFY(s);
        auto c = client(*s);
        QVERIFY(!s->bookTrade(QStringLiteral("BTC"), QStringLiteral("1.5")).isEmpty());
        QVERIFY(!s->bookTrade(QStringLiteral("BTC"), QStringLiteral("-0.25")).isEmpty());
        QVERIFY(!s->bookTrade(QStringLiteral("ETH"), QStringLiteral("-2.000000000000000001")).isEmpty());
        QVERIFY(!s->bookTrade(QStringLiteral("USD"), QStringLiteral("1000.5")).isEmpty());
        QVERIFY(!s->bookTrade(QStringLiteral("SOL"), QStringLiteral("3")).isEmpty());
        QVERIFY(!s->bookTrade(QStringLiteral("SOL"), QStringLiteral("-3")).isEmpty());
        QVERIFY(s->bookTrade(QStringLiteral("BTC"), QStringLiteral("1e3")).isEmpty()); // never through double
        const qint64 t0 = s->nowMs();

        SANDBOX_CALL(Batch, created, c->createBatch(QString(), nullptr, created.callback()));
        QVERIFY2(created.result->ok(), qPrintable(created.result->error.details()));
        const Batch b = *created.result->value;
        QCOMPARE(b.status, QStringLiteral("unsettled"));
        QCOMPARE(b.assetKind, QStringLiteral("currency"));
        QVERIFY(!b.confirmed);
        QCOMPARE(b.createdAt, t0);
        QCOMPARE(b.tradeCount, 6);
        QCOMPARE(b.tradeIds->size(), 6);
        QCOMPARE(b.legs.size(), 3); // SOL nets to zero: no leg
        QCOMPARE(b.legs[0].asset, QStringLiteral("BTC"));
        QCOMPARE(b.legs[0].amount, QStringLiteral("1.25"));
        QCOMPARE(b.legs[0].direction, QStringLiteral("incoming"));
        QCOMPARE(b.legs[1].amount, QStringLiteral("2.000000000000000001"));
        QCOMPARE(b.legs[1].direction, QStringLiteral("outgoing"));
        QCOMPARE(b.legs[2].amount, QStringLiteral("1000.5"));
        for (const Leg &l : b.legs)
            QVERIFY(!l.canSettle && l.status == QLatin1String("unsettled") && !l.settledAt);
        QCOMPARE(s->unsettledTradeCount(), 0);

        // One active batch per asset kind; nothing unsettled for tokenized equity.
        s->bookTrade(QStringLiteral("BTC"), QStringLiteral("0.1"));
        SANDBOX_CALL(Batch, second, c->createBatch(QStringLiteral("currency"), nullptr, second.callback()));
        QCOMPARE(second.result->error.krakenErrors, QStringList{QStringLiteral("EGeneral:Invalid arguments")});
        SANDBOX_CALL(Batch, equity, c->createBatch(QStringLiteral("tokenized_equity"), nullptr, equity.callback()));
        QCOMPARE(equity.result->error.category, C::InvalidArguments);

        // Not confirmed yet: settling is refused.
        SANDBOX_CALL(Transfer, early, c->settleLeg(b.id, QStringLiteral("BTC"), nullptr, early.callback()));
        QCOMPARE(early.result->error.category, C::InvalidArguments);
        s->advanceClock(3999);
        SANDBOX_CALL(Batch, still, c->getBatch(b.id, nullptr, still.callback()));
        QVERIFY(!still.result->value->confirmed);
        s->advanceClock(1);
        SANDBOX_CALL(Batch, confirmed, c->getBatch(b.id, nullptr, confirmed.callback()));
        QVERIFY(confirmed.result->value->confirmed);
        for (const Leg &l : confirmed.result->value->legs)
            QVERIFY(l.canSettle);

        SANDBOX_CALL(Transfer, t1, c->settleLeg(b.id, QStringLiteral("BTC"), nullptr, t1.callback()));
        QVERIFY2(t1.result->ok(), qPrintable(t1.result->error.details()));
        QCOMPARE(t1.result->value->status, QStringLiteral("pending"));
        QCOMPARE(t1.result->value->amount, QStringLiteral("1.25"));
        QCOMPARE(t1.result->value->asset, QStringLiteral("BTC"));
        // A transfer in flight: the leg cannot settle twice.
        SANDBOX_CALL(Transfer, dup, c->settleLeg(b.id, QStringLiteral("BTC"), nullptr, dup.callback()));
        QCOMPARE(dup.result->error.category, C::InvalidArguments);
        QCOMPARE(s->transferCount(b.id, QStringLiteral("BTC")), 1);
        SANDBOX_CALL(Batch, pending, c->getBatch(b.id, nullptr, pending.callback()));
        QCOMPARE(pending.result->value->legs[0].latestTransfer.status, QStringLiteral("pending"));
        QVERIFY(!pending.result->value->legs[0].canSettle);
        QCOMPARE(pending.result->value->status, QStringLiteral("unsettled"));

        const qint64 settleTime = s->nowMs() + 6000;
        s->advanceClock(6000);
        SANDBOX_CALL(Batch, partial, c->getBatch(b.id, nullptr, partial.callback()));
        QCOMPARE(partial.result->value->status, QStringLiteral("partially_settled"));
        QCOMPARE(partial.result->value->legs[0].status, QStringLiteral("settled"));
        QCOMPARE(*partial.result->value->legs[0].settledAt, settleTime);
        QCOMPARE(partial.result->value->legs[0].latestTransfer.status, QStringLiteral("completed"));

        for (const QString &asset : {QStringLiteral("ETH"), QStringLiteral("USD")}) {
            SANDBOX_CALL(Transfer, t, c->settleLeg(b.id, asset, nullptr, t.callback()));
            QVERIFY2(t.result->ok(), qPrintable(t.result->error.details()));
        }
        s->advanceClock(6000);
        SANDBOX_CALL(Batch, settled, c->getBatch(b.id, nullptr, settled.callback()));
        QCOMPARE(settled.result->value->status, QStringLiteral("settled"));
        QCOMPARE(settled.result->value->settledLegCount(), 3);
        SANDBOX_CALL(Batch, blocked, c->createBatch(QString(), nullptr, blocked.callback()));
        QCOMPARE(blocked.result->error.category, C::InvalidArguments); // settled is still active

        s->advanceClock(3000);
        SANDBOX_CALL(BatchPage, page, c->listBatches(BatchQuery{}, nullptr, page.callback()));
        QCOMPARE(page.result->value->batches.size(), 1);
        QCOMPARE(page.result->value->batches[0].status, QStringLiteral("completed"));
        SANDBOX_CALL(Batch, next, c->createBatch(QString(), nullptr, next.callback()));
        QVERIFY2(next.result->ok(), qPrintable(next.result->error.details()));
        QCOMPARE(next.result->value->legs.size(), 1);
        QCOMPARE(next.result->value->legs[0].amount, QStringLiteral("0.1"));
    }

    void pagination()
    {
        auto s = startSandbox(emptySeed());
        QVERIFY(s);
        s->addCompletedBatches(450);
        auto c = client(*s);
        SANDBOX_CALL(BatchPage, def, c->listBatches(BatchQuery{}, nullptr, def.callback()));
        QCOMPARE(def.result->value->batches.size(), 50); // default limit
        QCOMPARE(def.result->value->pagination, (Pagination{true, 50, 0}));

        QStringList ids;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int offset = 0;;) {
            BatchQuery q;
            q.limit = 200;
            q.offset = offset;
            SANDBOX_CALL(BatchPage, page, c->listBatches(q, nullptr, page.callback()));
            QVERIFY2(page.result->ok(), qPrintable(page.result->error.details()));
            for (const Batch &b : page.result->value->batches) {
                QVERIFY(b.createdAt <= previous); // newest first
                previous = b.createdAt;
                ids.append(b.id);
            }
            QCOMPARE(page.result->value->pagination.offset, offset);
            offset += int(page.result->value->batches.size());
            if (!page.result->value->pagination.hasMore)
                break;
            QCOMPARE(page.result->value->batches.size(), 200);
        }
        QCOMPARE(ids.size(), 450);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 450);

        // from (exclusive) / until (inclusive) / statuses.
        const QList<Batch> all = s->batches();
        BatchQuery window;
        window.from = all[10].createdAt;
        window.until = all[5].createdAt;
        window.statuses = {QStringLiteral("completed")};
        SANDBOX_CALL(BatchPage, win, c->listBatches(window, nullptr, win.callback()));
        QCOMPARE(win.result->value->batches.size(), 5);
        QCOMPARE(win.result->value->batches.first().id, all[5].id);
        QCOMPARE(win.result->value->batches.last().id, all[9].id);
        BatchQuery open;
        open.statuses = {QStringLiteral("unsettled"), QStringLiteral("partially_settled")};
        SANDBOX_CALL(BatchPage, none, c->listBatches(open, nullptr, none.callback()));
        QVERIFY(none.result->value->batches.isEmpty());
        QVERIFY(!none.result->value->pagination.hasMore);
    }

    void demoSeed()
    {
        auto s = startSandbox();
        QVERIFY(s);
        auto c = client(*s);
        SANDBOX_CALL(QList<ApiUser>, users, c->listUsers(nullptr, users.callback()));
        QVERIFY(users.result->value->size() >= 12);
        int withKeys = 0, withIps = 0, disabled = 0;
        for (const ApiUser &u : *users.result->value) {
            const QList<ApiKey> keys = s->keys(u.id);
            withKeys += keys.isEmpty() ? 0 : 1;
            for (const ApiKey &k : keys)
                withIps += k.whitelistedIps.isEmpty() ? 0 : 1;
            disabled += u.isEnabled() ? 0 : 1;
        }
        QVERIFY(withKeys >= 10);
        QVERIFY(withIps >= 10);
        QVERIFY(disabled >= 1);
        SANDBOX_CALL(BatchPage, page, c->listBatches(BatchQuery{}, nullptr, page.callback()));
        QSet<QString> statuses, directions;
        for (const Batch &b : page.result->value->batches) {
            statuses.insert(b.status);
            for (const Leg &l : b.legs)
                directions.insert(l.direction);
        }
        QVERIFY(statuses.contains(QStringLiteral("completed")));
        QVERIFY(statuses.contains(QStringLiteral("partially_settled")));
        QVERIFY2(statuses.contains(QStringLiteral("unsettled")), qPrintable(QStringList(statuses.cbegin(), statuses.cend()).join(u',')));
        QCOMPARE(directions, (QSet<QString>{QStringLiteral("incoming"), QStringLiteral("outgoing")}));
        QVERIFY(s->unsettledTradeCount() > 0);
        // The in-flight USD transfer completes and the open batch moves on with time.
        const Batch open = s->batches().constFirst().assetKind == QLatin1String("currency") ? s->batches().constFirst() : s->batches()[1];
        s->advanceClock(60000);
        SANDBOX_CALL(Batch, later, c->getBatch(open.id, nullptr, later.callback()));
        QVERIFY(later.result->value->settledLegCount() > open.settledLegCount());
        // Every seeded allow-list entry passes the API's own validation.
        for (const ApiUser &u : *users.result->value) {
            for (const ApiKey &k : s->keys(u.id)) {
                for (const QString &ip : k.whitelistedIps)
                    QVERIFY2(isValidAllowListEntry(ip), qPrintable(ip));
            }
        }
    }

    void statePersists()
    {
        QTemporaryDir dir;
        SandboxServer::Options o = emptySeed();
        o.statePath = dir.filePath(QStringLiteral("state.json"));
        Credentials admin;
        QString userId;
        {
            auto s = startSandbox(o);
            QVERIFY(s);
            admin = s->adminCredentials();
            auto c = client(*s);
            SANDBOX_CALL(ApiUser, u, c->createUser(QStringLiteral("Kept"), QStringLiteral("Viewer"), nullptr, u.callback()));
            userId = u.result->value->id;
            s->bookTrade(QStringLiteral("BTC"), QStringLiteral("0.5"));
        }
        QFile f(o.statePath);
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        auto s = startSandbox(o);
        QVERIFY(s);
        QCOMPARE(s->adminCredentials().apiKey, admin.apiKey);
        QCOMPARE(s->adminCredentials().secret, admin.secret);
        QCOMPARE(s->users().size(), 1);
        QCOMPARE(s->users().first().id, userId);
        QCOMPARE(s->unsettledTradeCount(), 1);
        auto c = client(*s); // new in-memory nonces are larger: microsecond clock
        SANDBOX_CALL(QList<ApiUser>, list, c->listUsers(nullptr, list.callback()));
        QVERIFY2(list.result->ok(), qPrintable(list.result->error.details()));
    }

    void realTimeClockAtSpeed()
    {
        // Interactive use: the clock follows real time, here 200 times faster, and
        // the server's own timer applies due events without any request.
        SandboxServer::Options o = emptySeed();
        o.clockSpeed = 200.0;
        o.confirmDelayMs = 20000; // 100 ms of real time
        SandboxServer s(o);
        QVERIFY(s.start());
        s.bookTrade(QStringLiteral("ETH"), QStringLiteral("-1"));
        auto c = client(s);
        SANDBOX_CALL(Batch, b, c->createBatch(QString(), nullptr, b.callback()));
        QVERIFY(!b.result->value->confirmed);
        QVERIFY(QTest::qWaitFor([&] { return s.batches().first().confirmed; }, 5000));
        s.setClockFrozen(true);
        const qint64 frozenAt = s.nowMs();
        QTest::qWait(50);
        QCOMPARE(s.nowMs(), frozenAt);
    }
};

QTEST_MAIN(TestSandboxSettlement)
#include "tst_sandbox_settlement.moc"
