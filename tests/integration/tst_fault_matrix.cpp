// The fault matrix: every mutation the app performs, under every fault the
// sandbox can inject. For each cell: the right error category reaches the caller,
// the mutation is sent exactly once (never retried), a definite failure changed
// nothing, anything that may have changed is reported as "outcome unknown", the
// re-read server state shows the mutation applied at most once, and no key exists
// whose secret was neither kept nor reported.
#include "KeyRotation.h"
#include "PrimeClient.h"
#include "SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace prime;
using prime::sandbox::SandboxServer;
using Fault = SandboxServer::Fault;
using C = PrimeError::Category;
Q_DECLARE_METATYPE(Fault)

namespace {

struct FaultSpec
{
    Fault fault;
    const char *name;
    C category;
    bool ambiguous; // the client cannot know whether the change happened
    bool applies;   // the sandbox performs the change before failing the answer
};

const FaultSpec kFaults[] = {
    {Fault::Http500, "http 500", C::ServerError, true, false},
    {Fault::Http502Html, "502 html", C::ServerError, true, false},
    {Fault::Delay, "timeout", C::Timeout, true, true},
    {Fault::DropAfterApply, "dropped", C::Network, true, true},
    {Fault::RateLimit, "rate limit", C::RateLimit, false, false},
    {Fault::ServiceUnavailable, "unavailable", C::ServiceUnavailable, false, false},
    {Fault::Busy, "busy", C::ServiceUnavailable, false, false},
    {Fault::TruncatedBody, "truncated", C::Protocol, true, true},
    {Fault::NonJsonBody, "non-json", C::Protocol, true, false},
    {Fault::InvalidNonce, "invalid nonce", C::Nonce, false, false},
};

const char *kMutations[] = {"create user", "rename user", "disable user", "set role", "create key",
                            "set allow-list", "revoke key", "create batch", "settle leg"};

struct Fixture
{
    SandboxServer server{[] {
        SandboxServer::Options o;
        o.seed = SandboxServer::Options::Seed::Empty;
        o.confirmDelayMs = 1000;
        o.transferDelayMs = 1000;
        return o;
    }()};
    QNetworkAccessManager nam;
    std::unique_ptr<PrimeClient> client;
    QString userId;
    QString keyId;
    QString batchId;
    QMap<QString, int> sends; // operation -> HTTP requests sent

    bool init()
    {
        server.setClockFrozen(true);
        if (!server.start())
            return false;
        TransportOptions options;
        options.nonceStatePath = QStringLiteral("-");
        options.timeoutMs = 700;
        options.rateLimitPauseMs = 20;
        options.rateTier = RateLimiter::Tier::unlimited();
        client = std::make_unique<PrimeClient>(&nam, server.adminCredentials(), options);
        QObject::connect(client->transport(), &PrimeTransport::requestSent,
                         [this](const QString &op, int) { ++sends[op]; });
        auto user = wait<ApiUser>([&](auto cb) { client->createUser(QStringLiteral("Matrix Owner"), QStringLiteral("Viewer"), nullptr, cb); });
        auto key = user ? wait<CreatedKey>([&](auto cb) { client->createKey(user->id, nullptr, cb); }) : std::nullopt;
        if (!key)
            return false;
        userId = user->id;
        keyId = key->key.id;
        return bool(wait<ApiKey>([&](auto cb) {
            client->updateKeyIps(userId, keyId, {QStringLiteral("10.0.0.1")}, nullptr, cb);
        }));
    }

    bool prepareBatch(bool create)
    {
        server.bookTrade(QStringLiteral("BTC"), QStringLiteral("1.5"));
        server.bookTrade(QStringLiteral("USD"), QStringLiteral("-45000.25"));
        if (!create)
            return true;
        auto batch = wait<Batch>([&](auto cb) { client->createBatch(QStringLiteral("currency"), nullptr, cb); });
        if (!batch)
            return false;
        batchId = batch->id;
        server.advanceClock(1500); // confirmed
        return true;
    }

    template<typename T, typename Call>
    std::optional<T> wait(Call call)
    {
        std::optional<Result<T>> r;
        call([&r](const Result<T> &result) { r = result; });
        if (!QTest::qWaitFor([&] { return r.has_value(); }, 15000) || !r->ok())
            return std::nullopt;
        return r->value;
    }

    std::optional<ApiUser> user(const QString &id) const
    {
        for (const ApiUser &u : server.users())
            if (u.id == id)
                return u;
        return std::nullopt;
    }
    std::optional<ApiKey> key(const QString &id) const
    {
        for (const ApiKey &k : server.keys(userId))
            if (k.id == id)
                return k;
        return std::nullopt;
    }
};

struct Cell
{
    QString mutation;
    QString fault;
    QString category;
    bool unknown = false;
    int sent = 0;
    int applied = 0;
    bool pass = false;
};
QList<Cell> g_cells;

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void mutation_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<int>("faultIndex");
        for (const char *m : kMutations)
            for (int f = 0; f < int(std::size(kFaults)); ++f)
                QTest::newRow(qPrintable(QStringLiteral("%1 / %2").arg(QLatin1String(m), QLatin1String(kFaults[f].name))))
                    << QString::fromLatin1(m) << f;
    }
    void mutation()
    {
        QFETCH(QString, mutation);
        QFETCH(int, faultIndex);
        const FaultSpec &spec = kFaults[faultIndex];
        Fixture fx;
        QVERIFY(fx.init());
        const bool batchMutation = mutation == QLatin1String("create batch") || mutation == QLatin1String("settle leg");
        if (batchMutation)
            QVERIFY(fx.prepareBatch(mutation == QLatin1String("settle leg")));

        fx.sends.clear(); // count only the mutation under test
        std::optional<PrimeError> error;
        auto record = [&error](const auto &r) { error = r.error; };
        QString op;
        std::function<int()> applied;
        const int keysBefore = int(fx.server.keys(fx.userId).size());
        const int batchesBefore = int(fx.server.batches().size());
        if (mutation == QLatin1String("create user")) {
            op = QStringLiteral("CreatePrimeApiUser");
            applied = [&] {
                const QList<ApiUser> users = fx.server.users();
                return int(std::count_if(users.cbegin(), users.cend(), [](const ApiUser &u) { return u.name == QLatin1String("Matrix New"); }));
            };
            fx.server.injectFault(op, spec.fault, 1, 2500);
            fx.client->createUser(QStringLiteral("Matrix New"), QStringLiteral("Trader"), nullptr, record);
        } else if (mutation == QLatin1String("rename user")) {
            op = QStringLiteral("UpdatePrimeApiUser");
            applied = [&] { return fx.user(fx.userId)->name == QLatin1String("Matrix Renamed") ? 1 : 0; };
            fx.server.injectFault(op, spec.fault, 1, 2500);
            fx.client->updateUser(fx.userId, QStringLiteral("Matrix Renamed"), std::nullopt, nullptr, record);
        } else if (mutation == QLatin1String("disable user")) {
            op = QStringLiteral("UpdatePrimeApiUser");
            applied = [&] { return fx.user(fx.userId)->status == QLatin1String("Disabled") ? 1 : 0; };
            fx.server.injectFault(op, spec.fault, 1, 2500);
            fx.client->updateUser(fx.userId, std::nullopt, QStringLiteral("Disabled"), nullptr, record);
        } else if (mutation == QLatin1String("set role")) {
            op = QStringLiteral("UpdatePrimeApiUserRoles");
            applied = [&] { return fx.user(fx.userId)->role() == QLatin1String("Trader") ? 1 : 0; };
            fx.server.injectFault(op, spec.fault, 1, 2500);
            fx.client->setUserRole(fx.userId, QStringLiteral("Trader"), nullptr, record);
        } else if (mutation == QLatin1String("create key")) {
            op = QStringLiteral("CreatePrimeApiUserKey");
            applied = [&] { return int(fx.server.keys(fx.userId).size()) - keysBefore; };
            fx.server.injectFault(op, spec.fault, 1, 2500);
            fx.client->createKey(fx.userId, nullptr, record);
        } else if (mutation == QLatin1String("set allow-list")) {
            op = QStringLiteral("UpdatePrimeApiUserKey");
            applied = [&] { return fx.key(fx.keyId)->whitelistedIps == QStringList{QStringLiteral("192.0.2.7")} ? 1 : 0; };
            fx.server.injectFault(op, spec.fault, 1, 2500);
            fx.client->updateKeyIps(fx.userId, fx.keyId, {QStringLiteral("192.0.2.7")}, nullptr, record);
        } else if (mutation == QLatin1String("revoke key")) {
            op = QStringLiteral("DeletePrimeApiUserKey");
            applied = [&] { return fx.key(fx.keyId) ? 0 : 1; };
            fx.server.injectFault(op, spec.fault, 1, 2500);
            fx.client->deleteKey(fx.userId, fx.keyId, nullptr, record);
        } else if (mutation == QLatin1String("create batch")) {
            op = QStringLiteral("CreatePrimeSettlementBatch");
            applied = [&] { return int(fx.server.batches().size()) - batchesBefore; };
            fx.server.injectFault(op, spec.fault, 1, 2500);
            fx.client->createBatch(QStringLiteral("currency"), nullptr, record);
        } else {
            op = QStringLiteral("SettlePrimeSettlementBatchAsset");
            applied = [&] { return fx.server.transferCount(fx.batchId, QStringLiteral("BTC")); };
            fx.server.injectFault(op, spec.fault, 1, 2500);
            fx.client->settleLeg(fx.batchId, QStringLiteral("BTC"), nullptr, record);
        }
        QVERIFY(QTest::qWaitFor([&] { return error.has_value(); }, 15000));
        if (spec.fault == Fault::Delay) // let the slow answer arrive and be discarded before re-reading
            QTest::qWait(2000);

        Cell cell{mutation, QString::fromLatin1(spec.name), error->categoryName(), error->outcomeUnknown,
                  fx.sends.value(op), applied(), false};
        g_cells.append(cell);
        QCOMPARE(error->category, spec.category);
        QCOMPARE(cell.sent, 1);                      // never retried
        QCOMPARE(error->outcomeUnknown, spec.ambiguous);
        QVERIFY(cell.applied <= 1);                  // at most once
        QCOMPARE(cell.applied, spec.applies ? 1 : 0);
        if (cell.applied)
            QVERIFY(error->outcomeUnknown);          // a change is never reported as a plain failure
        g_cells.last().pass = true;
    }

    // The rotation wizard's mutations under every fault: the old key is revoked only
    // once the new secret is kept, and every new key's secret is kept or reported.
    void rotation_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("faultIndex");
        for (const char *op : {"CreatePrimeApiUserKey", "UpdatePrimeApiUserKey", "DeletePrimeApiUserKey"})
            for (int f = 0; f < int(std::size(kFaults)); ++f)
                QTest::newRow(qPrintable(QStringLiteral("rotation %1 / %2").arg(QLatin1String(op), QLatin1String(kFaults[f].name))))
                    << QString::fromLatin1(op) << f;
    }
    void rotation()
    {
        QFETCH(QString, operation);
        QFETCH(int, faultIndex);
        const FaultSpec &spec = kFaults[faultIndex];
        Fixture fx;
        QVERIFY(fx.init());
        QMap<QString, QByteArray> kept; // key id -> secret, as the keychain would hold it
        KeyRotation rotation(
            fx.client.get(), fx.userId, fx.keyId,
            [&kept](const CreatedKey &k, KeyRotation::Report done) {
                kept.insert(k.key.id, QByteArray(k.secret.constData(), k.secret.size()));
                done(QString());
            });
        QSignalSpy finished(&rotation, &KeyRotation::finished);
        fx.sends.clear();
        fx.server.injectFault(operation, spec.fault, 1, 2500);
        rotation.start();
        QVERIFY(finished.wait(20000));
        if (spec.fault == Fault::Delay)
            QTest::qWait(2000);

        const QList<ApiKey> keys = fx.server.keys(fx.userId);
        const bool oldGone = !fx.key(fx.keyId);
        int unaccounted = 0;
        for (const ApiKey &k : keys)
            if (k.id != fx.keyId && !kept.contains(k.id) && !rotation.orphanKeyIds().contains(k.id))
                ++unaccounted;
        const int creates = fx.sends.value(QStringLiteral("CreatePrimeApiUserKey"));
        const int deletes = fx.sends.value(QStringLiteral("DeletePrimeApiUserKey"));
        Cell cell{QStringLiteral("rotation: %1").arg(operation), QString::fromLatin1(spec.name),
                  rotation.error().categoryName(), rotation.outcome() == KeyRotation::Outcome::OutcomeUnknown,
                  fx.sends.value(operation), int(keys.size()), false};
        g_cells.append(cell);
        QCOMPARE(creates, 1);
        QVERIFY(deletes <= 1);
        QCOMPARE(fx.sends.value(operation), 1);
        QCOMPARE(unaccounted, 0);                              // no secret lost
        if (oldGone)
            QVERIFY(!kept.isEmpty());                          // revoked only after the new secret was kept
        QVERIFY(keys.size() <= 2);
        if (rotation.outcome() == KeyRotation::Outcome::Completed) {
            QVERIFY(oldGone);
            QCOMPARE(keys.size(), 1);
            QCOMPARE(keys.first().whitelistedIps, QStringList{QStringLiteral("10.0.0.1")});
        } else {
            QVERIFY(rotation.error().isError() || rotation.outcome() == KeyRotation::Outcome::OutcomeUnknown);
        }
        g_cells.last().pass = true;
    }

    void cleanupTestCase()
    {
        QString table = QStringLiteral("\nFault matrix (sent = HTTP requests of the mutation; applied = changes seen on re-read, for rotations: keys left on the server)\n");
        table += QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7\n")
                     .arg(QStringLiteral("mutation"), -40).arg(QStringLiteral("fault"), -13)
                     .arg(QStringLiteral("category"), -19).arg(QStringLiteral("unknown"), -7)
                     .arg(QStringLiteral("sent"), -4).arg(QStringLiteral("applied"), -7).arg(QStringLiteral("ok"));
        for (const Cell &c : std::as_const(g_cells))
            table += QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7\n")
                         .arg(c.mutation, -40).arg(c.fault, -13).arg(c.category, -19)
                         .arg(c.unknown ? QStringLiteral("yes") : QStringLiteral("no"), -7)
                         .arg(c.sent, -4).arg(c.applied, -7).arg(c.pass ? QStringLiteral("ok") : QStringLiteral("FAIL"));
        qInfo().noquote() << table;
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_fault_matrix.moc"
