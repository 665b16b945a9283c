// Issuing a key (KeyIssuance) and resuming or rolling back an interrupted key
// rotation (RotationJournal + RotationRecovery), against the in-process sandbox
// and a real keychain (see .ci/test).
#include "AuditLog.h"
#include "KeyIssuance.h"
#include "KeyRotation.h"
#include "KeychainTestSupport.h"
#include "ProfileStore.h"
#include "RotationJournal.h"
#include "RotationRecovery.h"
#include "tst_sandbox_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace sandboxtest;
using prime::KeyIssuance;
using prime::KeyRotation;
using prime::RotationJournal;
using prime::RotationRecord;
using prime::RotationRecovery;
using Fault = prime::sandbox::SandboxServer::Fault;

class TestKeyWorkflows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void issueStoresSecretBeforeHandingItOver();
    void issueAmbiguousCreateReportsOrphan();
    void rotationJournalFollowsAndClears();
    void interruptedRotationIsRecovered_data();
    void interruptedRotationIsRecovered();

private:
    QStringList keyIds() const;
    KeyIssuance::Services issuanceServices();
    RotationRecord recordFor(const QString &oldKey) const;
    KeyRotation *makeRotation(const QString &oldKey, bool failKeep);
    bool storedSecret(const QString &keyId, prime::SecretBytes *secret = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<prime::sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<prime::PrimeClient> m_client;
    std::unique_ptr<prime::SecretStore> m_secrets;
    std::unique_ptr<prime::ProfileStore> m_profiles;
    std::unique_ptr<prime::AuditLog> m_audit;
    std::unique_ptr<RotationJournal> m_journal;
    prime::ConnectionProfile m_profile;
    QString m_user;
    QString m_oldKey;
};

void TestKeyWorkflows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString problem = keychaintest::keychainProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
}

void TestKeyWorkflows::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sandbox = startSandbox(emptySeed());
    QVERIFY(m_sandbox);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<prime::PrimeClient>(m_nam.get(), m_sandbox->adminCredentials(), testTransport());
    m_secrets = std::make_unique<prime::SecretStore>(QStringLiteral("PrimeAdminKeyWorkflowTest"));
    m_profiles = std::make_unique<prime::ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_audit = std::make_unique<prime::AuditLog>(m_dir->filePath(QStringLiteral("audit.jsonl")));
    m_journal = std::make_unique<RotationJournal>(m_dir->filePath(QStringLiteral("rotations.json")));
    m_profile.name = QStringLiteral("Workflow");
    m_profile.baseUrl = m_sandbox->url();
    m_profile.apiKey = m_sandbox->adminCredentials().apiKey;
    m_profile.production = false;
    QString saveError;
    QVERIFY2(m_profiles->save(m_profile, &saveError), qPrintable(saveError)); // keychain markers need a saved profile
    SANDBOX_CALL(prime::ApiUser, user, m_client->createUser(QStringLiteral("Keyholder"), QStringLiteral("Trader"), nullptr, user.callback()));
    QVERIFY(user.result->ok());
    m_user = user.result->value->id;
    SANDBOX_CALL(prime::CreatedKey, key, m_client->createKey(m_user, nullptr, key.callback()));
    QVERIFY(key.result->ok());
    m_oldKey = key.result->value->key.id;
    QCOMPARE(keychaintest::write(*m_secrets, m_profile.userKeySecretEntry(m_user, m_oldKey), key.result->value->secret).status,
             prime::SecretStore::Status::Ok);
    SANDBOX_CALL(prime::ApiKey, ips, m_client->updateKeyIps(m_user, m_oldKey, {QStringLiteral("203.0.113.5"), QStringLiteral("2001:db8::/48")}, nullptr, ips.callback()));
    QVERIFY(ips.result->ok());
}

void TestKeyWorkflows::cleanup()
{
    if (m_sandbox)
        for (const QString &id : keyIds())
            keychaintest::remove(*m_secrets, m_profile.userKeySecretEntry(m_user, id));
    if (m_secrets)
        keychaintest::remove(*m_secrets, m_profile.userKeySecretEntry(m_user, m_oldKey));
    m_journal.reset();
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

QStringList TestKeyWorkflows::keyIds() const
{
    QStringList ids;
    for (const prime::ApiKey &k : m_sandbox->keys(m_user))
        ids << k.id;
    return ids;
}

KeyIssuance::Services TestKeyWorkflows::issuanceServices()
{
    return {m_client.get(), m_secrets.get(), m_profiles.get(), m_audit.get(), m_profile};
}

bool TestKeyWorkflows::storedSecret(const QString &keyId, prime::SecretBytes *secret)
{
    prime::SecretBytes s;
    const auto o = keychaintest::read(*m_secrets, m_profile.userKeySecretEntry(m_user, keyId), &s);
    if (secret)
        *secret = s;
    return o.ok() && !s.isEmpty();
}

void TestKeyWorkflows::issueStoresSecretBeforeHandingItOver()
{
    KeyIssuance issuance(issuanceServices(), m_user);
    QList<KeyIssuance::Step> steps;
    connect(&issuance, &KeyIssuance::stepChanged, this, [&](KeyIssuance::Step s) { steps << s; });
    QSignalSpy finished(&issuance, &KeyIssuance::finished);
    issuance.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(issuance.outcome(), KeyIssuance::Outcome::Stored);
    QCOMPARE(steps, (QList<KeyIssuance::Step>{KeyIssuance::Step::ReadKeys, KeyIssuance::Step::CreateKey,
                                               KeyIssuance::Step::StoreSecret, KeyIssuance::Step::Finished}));
    QVERIFY(issuance.key());
    QVERIFY(keyIds().contains(issuance.key()->id));
    QVERIFY(issuance.hasSecret());
    const prime::SecretBytes shown = issuance.takeSecret();
    QVERIFY(shown.isBase64());
    QVERIFY(!issuance.hasSecret());
    QVERIFY(issuance.takeSecret().isEmpty()); // shown once
    prime::SecretBytes inKeychain;
    QVERIFY(storedSecret(issuance.key()->id, &inKeychain));
    QVERIFY(inKeychain == shown);
    QVERIFY(m_profiles->hasUserKeySecret(m_profile.name, m_user, issuance.key()->id));
    const auto entries = m_audit->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().operation, QStringLiteral("CreatePrimeApiUserKey"));
    QCOMPARE(entries.first().targets, (QStringList{m_user, issuance.key()->id}));
    QCOMPARE(entries.first().outcome, prime::AuditEntry::Outcome::Succeeded);
    QVERIFY(issuance.summary().contains(issuance.key()->id));
}

void TestKeyWorkflows::issueAmbiguousCreateReportsOrphan()
{
    const QStringList before = keyIds();
    KeyIssuance issuance(issuanceServices(), m_user);
    QSignalSpy finished(&issuance, &KeyIssuance::finished);
    m_sandbox->injectFault(QStringLiteral("CreatePrimeApiUserKey"), Fault::DropAfterApply);
    issuance.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(issuance.outcome(), KeyIssuance::Outcome::OutcomeUnknown);
    QVERIFY(issuance.error().outcomeUnknown);
    QStringList appeared = keyIds();
    for (const QString &id : before)
        appeared.removeAll(id);
    QCOMPARE(appeared.size(), 1); // the sandbox applied it before dropping the answer
    QCOMPARE(issuance.orphanKeyIds(), appeared);
    QCOMPARE(issuance.keysAfter().size(), before.size() + 1);
    QVERIFY(!issuance.hasSecret());
    QVERIFY(!storedSecret(appeared.first()));
    QVERIFY(issuance.summary().contains(appeared.first()));
    QCOMPARE(m_audit->entries().size(), 1);
    QCOMPARE(m_audit->entries().first().outcome, prime::AuditEntry::Outcome::Unknown);
}

RotationRecord TestKeyWorkflows::recordFor(const QString &oldKey) const
{
    RotationRecord r;
    r.profile = m_profile.name;
    r.baseUrl = prime::SecretStore::normalizedBaseUrl(m_profile.baseUrl);
    r.userId = m_user;
    r.oldKeyId = oldKey;
    r.keyIdsBefore = keyIds();
    return r;
}

KeyRotation *TestKeyWorkflows::makeRotation(const QString &oldKey, bool failKeep)
{
    auto keep = [this, failKeep](const prime::CreatedKey &created, KeyRotation::Report done) {
        if (failKeep)
            return done(QStringLiteral("keychain refused (test)"));
        m_secrets->write(m_profile.userKeySecretEntry(m_user, created.key.id), created.secret, nullptr,
                         [done](const prime::SecretStore::Outcome &o) { done(o.ok() ? QString() : o.message); });
    };
    auto forget = [this](const prime::ApiKey &old, KeyRotation::Report done) {
        m_secrets->remove(m_profile.userKeySecretEntry(m_user, old.id), nullptr,
                          [done](const prime::SecretStore::Outcome &o) { done(o.ok() ? QString() : o.message); });
    };
    auto *rotation = new KeyRotation(m_client.get(), m_user, oldKey, keep, forget, this);
    m_journal->track(rotation, recordFor(oldKey));
    return rotation;
}

void TestKeyWorkflows::rotationJournalFollowsAndClears()
{
    KeyRotation *rotation = makeRotation(m_oldKey, false);
    QStringList stepsSeen;
    QString newKeyInJournal;
    connect(rotation, &KeyRotation::stepChanged, this, [&](KeyRotation::Step) {
        const auto records = m_journal->records();
        if (records.size() == 1) {
            stepsSeen << records.first().step;
            if (!records.first().newKeyId.isEmpty())
                newKeyInJournal = records.first().newKeyId;
        }
    });
    QSignalSpy finished(rotation, &KeyRotation::finished);
    rotation->start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(rotation->outcome(), KeyRotation::Outcome::Completed);
    QVERIFY(stepsSeen.contains(QStringLiteral("keep_secret")));
    QVERIFY(stepsSeen.contains(QStringLiteral("revoke_old_key")));
    QCOMPARE(newKeyInJournal, rotation->newKey()->id);
    QVERIFY(m_journal->records().isEmpty());
    QFile f(m_journal->path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(!text.contains("secret\":\"")); // ids and steps only
    delete rotation;
}

void TestKeyWorkflows::interruptedRotationIsRecovered_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("operation"); // dropped after the server applied it; empty: keeper fails
    QTest::addColumn<bool>("expectResume");
    QTest::newRow("create") << QStringLiteral("create_key") << QStringLiteral("CreatePrimeApiUserKey") << false;
    QTest::newRow("keep secret") << QStringLiteral("keep_secret") << QString() << false;
    QTest::newRow("copy allow-list") << QStringLiteral("copy_allow_list") << QStringLiteral("UpdatePrimeApiUserKey") << true;
    QTest::newRow("revoke old") << QStringLiteral("revoke_old_key") << QStringLiteral("DeletePrimeApiUserKey") << true;
}

void TestKeyWorkflows::interruptedRotationIsRecovered()
{
    QFETCH(QString, step);
    QFETCH(QString, operation);
    QFETCH(bool, expectResume);

    KeyRotation *rotation = makeRotation(m_oldKey, operation.isEmpty());
    connect(rotation, &KeyRotation::stepChanged, this, [&](KeyRotation::Step s) {
        if (KeyRotation::stepName(s) != step || operation.isEmpty())
            return;
        // The step's call is applied but its answer is lost, and so is the re-read.
        m_sandbox->injectFault(operation, Fault::DropAfterApply);
        m_sandbox->injectFault(QStringLiteral("ListPrimeApiUserKeys"), Fault::DropAfterApply);
    });
    QSignalSpy finished(rotation, &KeyRotation::finished);
    rotation->start();
    QVERIFY(finished.wait(30000));
    QVERIFY(rotation->outcome() != KeyRotation::Outcome::Completed);
    delete rotation;
    m_sandbox->clearFaults();

    // A new start: the journal on disk is all that is left of the rotation.
    RotationJournal journal(m_journal->path());
    const auto pending = journal.pending(m_profile.name, prime::SecretStore::normalizedBaseUrl(m_profile.baseUrl));
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().step, step);
    RotationRecovery recovery({m_client.get(), m_secrets.get(), m_profiles.get(), m_audit.get(), &journal, m_profile},
                              pending.first());
    QSignalSpy assessed(&recovery, &RotationRecovery::assessed);
    recovery.assess();
    QVERIFY(assessed.wait(30000));
    QVERIFY2(recovery.assessment().valid, qPrintable(recovery.describe()));
    QCOMPARE(recovery.assessment().canResume(), expectResume);
    QVERIFY(!recovery.describe().isEmpty());
    QSignalSpy done(&recovery, &RotationRecovery::finished);
    if (expectResume) {
        recovery.resume();
    } else {
        QVERIFY(recovery.assessment().canRollBack());
        QVERIFY(!recovery.assessment().leftovers.isEmpty());
        recovery.rollBack();
    }
    QVERIFY(done.wait(30000));
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY(journal.records().isEmpty());

    if (!expectResume) {
        // Rolled back: the old key is as it was and nothing else is left; rotate again.
        QCOMPARE(keyIds(), QStringList{m_oldKey});
        QVERIFY(storedSecret(m_oldKey));
        KeyRotation *again = makeRotation(m_oldKey, false);
        QSignalSpy againDone(again, &KeyRotation::finished);
        again->start();
        QVERIFY(againDone.wait(30000));
        QCOMPARE(again->outcome(), KeyRotation::Outcome::Completed);
        delete again;
    }
    // No key lost, none orphaned: exactly one key, the new one, with its secret
    // in the keychain and the old key's allow-list; the old secret is gone.
    const QList<prime::ApiKey> keys = m_sandbox->keys(m_user);
    QCOMPARE(keys.size(), 1);
    QVERIFY(keys.first().id != m_oldKey);
    QVERIFY(storedSecret(keys.first().id));
    QVERIFY(!storedSecret(m_oldKey));
    QStringList ips = keys.first().whitelistedIps;
    ips.sort();
    QCOMPARE(ips, (QStringList{QStringLiteral("2001:db8::/48"), QStringLiteral("203.0.113.5")}));
    QVERIFY(m_journal->records().isEmpty());
}

QTEST_MAIN(TestKeyWorkflows)
#include "tst_keyworkflows.moc"
