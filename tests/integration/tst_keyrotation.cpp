// prime::KeyRotation against the in-process sandbox: the safe order, and where it
// stops when a step fails or its outcome is unknown.
#include "KeyRotation.h"
#include "tst_sandbox_support.h"

#include <QSignalSpy>
#include <QtTest>

using namespace sandboxtest;
using prime::KeyRotation;
using Fault = prime::sandbox::SandboxServer::Fault;

class TestKeyRotation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void completesInSafeOrder();
    void keeperFailureLeavesOldKey();
    void ambiguousCreateReportsOrphan();
    void ambiguousStepsVisibleOnRereadContinue_data();
    void ambiguousStepsVisibleOnRereadContinue();
    void unknownOldKey();

private:
    KeyRotation::Outcome rotate(KeyRotation::SecretKeeper keep, KeyRotation::SecretForgetter forget = {});
    KeyRotation *m_rotation = nullptr;
    std::unique_ptr<prime::sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<prime::PrimeClient> m_client;
    QString m_user;
    QString m_oldKey;
};

void TestKeyRotation::init()
{
    m_sandbox = startSandbox(emptySeed());
    QVERIFY(m_sandbox);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<prime::PrimeClient>(m_nam.get(), m_sandbox->adminCredentials(), testTransport());
    SANDBOX_CALL(prime::ApiUser, user, m_client->createUser(QStringLiteral("Rotated"), QStringLiteral("Trader"), nullptr, user.callback()));
    QVERIFY(user.result->ok());
    m_user = user.result->value->id;
    SANDBOX_CALL(prime::CreatedKey, key, m_client->createKey(m_user, nullptr, key.callback()));
    QVERIFY(key.result->ok());
    m_oldKey = key.result->value->key.id;
    SANDBOX_CALL(prime::ApiKey, ips, m_client->updateKeyIps(m_user, m_oldKey, {QStringLiteral("203.0.113.5")}, nullptr, ips.callback()));
    QVERIFY(ips.result->ok());
}

void TestKeyRotation::cleanup()
{
    delete m_rotation;
    m_rotation = nullptr;
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

KeyRotation::Outcome TestKeyRotation::rotate(KeyRotation::SecretKeeper keep, KeyRotation::SecretForgetter forget)
{
    m_rotation = new KeyRotation(m_client.get(), m_user, m_oldKey, std::move(keep), std::move(forget));
    QSignalSpy finished(m_rotation, &KeyRotation::finished);
    m_rotation->start();
    if (!finished.wait(30000))
        return KeyRotation::Outcome::Running;
    return m_rotation->outcome();
}

void TestKeyRotation::completesInSafeOrder()
{
    int oldKeysWhenKept = -1;
    QString forgotten;
    const auto outcome = rotate(
        [&](const prime::CreatedKey &created, KeyRotation::Report done) {
            QVERIFY(created.secret.isBase64());
            const QList<prime::ApiKey> keys = m_sandbox->keys(m_user);
            oldKeysWhenKept = int(std::count_if(keys.cbegin(), keys.cend(),
                                                [&](const prime::ApiKey &k) { return k.id == m_oldKey; }));
            done({});
        },
        [&](const prime::ApiKey &old, KeyRotation::Report done) {
            forgotten = old.id;
            done({});
        });
    QCOMPARE(outcome, KeyRotation::Outcome::Completed);
    QCOMPARE(oldKeysWhenKept, 1); // the old key was still active while the secret was kept
    QCOMPARE(forgotten, m_oldKey);
    QVERIFY(m_rotation->oldKeyRevoked());
    const QList<prime::ApiKey> keys = m_sandbox->keys(m_user);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().id, m_rotation->newKey()->id);
    QCOMPARE(keys.first().whitelistedIps, QStringList{QStringLiteral("203.0.113.5")});
    QList<KeyRotation::Step> steps;
    for (const auto &e : m_rotation->journal()) {
        QVERIFY2(e.ok, qPrintable(e.text));
        steps << e.step;
    }
    using S = KeyRotation::Step;
    QCOMPARE(steps, (QList<S>{S::ReadOldKey, S::CreateKey, S::KeepSecret, S::CopyAllowList, S::RevokeOldKey,
                              S::ForgetOldSecret}));
}

void TestKeyRotation::keeperFailureLeavesOldKey()
{
    const auto outcome = rotate([](const prime::CreatedKey &, KeyRotation::Report done) {
        done(QStringLiteral("keychain locked"));
    });
    QCOMPARE(outcome, KeyRotation::Outcome::Failed);
    QCOMPARE(m_rotation->step(), KeyRotation::Step::Finished);
    QVERIFY(!m_rotation->oldKeyRevoked());
    const QList<prime::ApiKey> keys = m_sandbox->keys(m_user);
    QCOMPARE(keys.size(), 2);
    QVERIFY(std::any_of(keys.cbegin(), keys.cend(), [&](const prime::ApiKey &k) {
        return k.id == m_oldKey && k.whitelistedIps == QStringList{QStringLiteral("203.0.113.5")};
    }));
    QVERIFY(m_rotation->journal().last().text.contains(m_rotation->newKey()->id));
}

void TestKeyRotation::ambiguousCreateReportsOrphan()
{
    m_sandbox->injectFault(QStringLiteral("CreatePrimeApiUserKey"), Fault::DropAfterApply, 1);
    bool kept = false;
    const auto outcome = rotate([&](const prime::CreatedKey &, KeyRotation::Report done) {
        kept = true;
        done({});
    });
    QCOMPARE(outcome, KeyRotation::Outcome::OutcomeUnknown);
    QVERIFY(!kept);
    QVERIFY(m_rotation->error().outcomeUnknown);
    QCOMPARE(m_rotation->orphanKeyIds().size(), 1);
    QCOMPARE(m_sandbox->keys(m_user).size(), 2);
    QVERIFY(!m_rotation->oldKeyRevoked());
}

void TestKeyRotation::ambiguousStepsVisibleOnRereadContinue_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("copy allow-list") << QStringLiteral("UpdatePrimeApiUserKey");
    QTest::newRow("revoke") << QStringLiteral("DeletePrimeApiUserKey");
}

void TestKeyRotation::ambiguousStepsVisibleOnRereadContinue()
{
    QFETCH(QString, operation);
    // The server applies the change, then the connection drops: the re-read shows it, so the rotation goes on.
    m_sandbox->injectFault(operation, Fault::DropAfterApply, 1);
    const auto outcome = rotate([](const prime::CreatedKey &, KeyRotation::Report done) { done({}); });
    QCOMPARE(outcome, KeyRotation::Outcome::Completed);
    QCOMPARE(m_sandbox->keys(m_user).size(), 1);
    QVERIFY(std::any_of(m_rotation->journal().cbegin(), m_rotation->journal().cend(),
                        [](const KeyRotation::JournalEntry &e) { return e.text.contains(QStringLiteral("re-read")); }));
}

void TestKeyRotation::unknownOldKey()
{
    m_oldKey = QStringLiteral("NOSUCHKEY");
    const auto outcome = rotate([](const prime::CreatedKey &, KeyRotation::Report done) { done({}); });
    QCOMPARE(outcome, KeyRotation::Outcome::Failed);
    QCOMPARE(m_rotation->error().category, prime::PrimeError::Category::InvalidArguments);
    QCOMPARE(m_sandbox->keys(m_user).size(), 1);
}

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_keyrotation.moc"
