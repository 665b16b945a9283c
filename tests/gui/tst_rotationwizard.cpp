// The rotation wizard against the in-process sandbox and a real keychain: a full
// rotation (the secret is in the keychain and the old key still active while the
// secret is shown), an interruption at create rolled back and restarted, and an
// interruption at the allow-list copy resumed from the journal by a new wizard.
#include "KeychainTestSupport.h"

#include <AuditLog.h>
#include <PrimeClient.h>
#include <ProfileStore.h>
#include <RotationJournal.h>
#include <RotationRecovery.h>
#include <RotationWizard.h>
#include <SandboxServer.h>
#include <SecretRevealDialog.h>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace prime;
using prime::ui::RotationWizard;
using Step = KeyRotation::Step;
using Fault = sandbox::SandboxServer::Fault;

class TestRotationWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fullRotation();
    void interruptedCreateRollsBackAndRestarts();
    void interruptedCopyResumesFromJournal();

private:
    RotationWizard::Services services();
    QStringList keyIds() const;
    bool confirmSecretWhenShown(RotationWizard &w, QString *shownSecret = nullptr);
    void checkRotatedCleanly();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PrimeClient> m_client;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RotationJournal> m_journal;
    ConnectionProfile m_profile;
    QString m_user;
    QString m_oldKey;
};

void TestRotationWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString problem = keychaintest::keychainProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
}

void TestRotationWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    sandbox::SandboxServer::Options o;
    o.seed = sandbox::SandboxServer::Options::Seed::Empty;
    m_sandbox = std::make_unique<sandbox::SandboxServer>(o);
    QVERIFY(m_sandbox->start());
    TransportOptions t;
    t.nonceStatePath = QStringLiteral("-");
    t.timeoutMs = 10000;
    t.maxReadAttempts = 1;
    t.rateTier = RateLimiter::Tier::unlimited();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<PrimeClient>(m_nam.get(), m_sandbox->adminCredentials(), t);
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("PrimeAdminWizardTest"));
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_audit = std::make_unique<AuditLog>(m_dir->filePath(QStringLiteral("audit.jsonl")));
    m_journal = std::make_unique<RotationJournal>(m_dir->filePath(QStringLiteral("rotations.json")));
    m_profile.name = QStringLiteral("Wizard");
    m_profile.baseUrl = m_sandbox->url();
    m_profile.apiKey = m_sandbox->adminCredentials().apiKey;
    m_profile.production = false;
    QString saveError;
    QVERIFY2(m_profiles->save(m_profile, &saveError), qPrintable(saveError)); // keychain markers need a saved profile

    std::optional<Result<ApiUser>> user;
    m_client->createUser(QStringLiteral("Rotated"), QStringLiteral("Trader"), nullptr,
                         [&](const Result<ApiUser> &r) { user = r; });
    QVERIFY(QTest::qWaitFor([&] { return user.has_value(); }, 15000) && user->ok());
    m_user = user->value->id;
    std::optional<Result<CreatedKey>> key;
    m_client->createKey(m_user, nullptr, [&](const Result<CreatedKey> &r) { key = r; });
    QVERIFY(QTest::qWaitFor([&] { return key.has_value(); }, 15000) && key->ok());
    m_oldKey = key->value->key.id;
    QVERIFY(keychaintest::write(*m_secrets, m_profile.userKeySecretEntry(m_user, m_oldKey), key->value->secret).ok());
    std::optional<Result<ApiKey>> ips;
    m_client->updateKeyIps(m_user, m_oldKey, {QStringLiteral("198.51.100.0/24")}, nullptr,
                           [&](const Result<ApiKey> &r) { ips = r; });
    QVERIFY(QTest::qWaitFor([&] { return ips.has_value(); }, 15000) && ips->ok());
}

void TestRotationWizard::cleanup()
{
    if (m_sandbox) {
        const QStringList ids = keyIds() << m_oldKey;
        for (const QString &id : ids)
            keychaintest::remove(*m_secrets, m_profile.userKeySecretEntry(m_user, id));
    }
    m_client.reset();
    m_nam.reset();
    m_sandbox.reset();
}

RotationWizard::Services TestRotationWizard::services()
{
    return {m_client.get(), m_secrets.get(), m_profiles.get(), m_audit.get(), m_journal.get(), m_profile};
}

QStringList TestRotationWizard::keyIds() const
{
    QStringList ids;
    for (const ApiKey &k : m_sandbox->keys(m_user))
        ids << k.id;
    return ids;
}

bool TestRotationWizard::confirmSecretWhenShown(RotationWizard &w, QString *shownSecret)
{
    if (!QTest::qWaitFor([&] { return w.secretDialog() != nullptr; }, 20000))
        return false;
    ui::SecretRevealDialog *d = w.secretDialog();
    if (shownSecret)
        *shownSecret = d->findChild<QLineEdit *>(QStringLiteral("secretField"))->text();
    d->findChild<QCheckBox *>(QStringLiteral("storedCheck"))->setChecked(true);
    d->findChild<QPushButton *>(QStringLiteral("doneButton"))->click();
    return true;
}

void TestRotationWizard::checkRotatedCleanly()
{
    const QList<ApiKey> keys = m_sandbox->keys(m_user);
    QCOMPARE(keys.size(), 1);
    QVERIFY(keys.first().id != m_oldKey);
    QCOMPARE(keys.first().whitelistedIps, QStringList{QStringLiteral("198.51.100.0/24")});
    SecretBytes s;
    QVERIFY(keychaintest::read(*m_secrets, m_profile.userKeySecretEntry(m_user, keys.first().id), &s).ok());
    QVERIFY(s.isBase64());
    QCOMPARE(keychaintest::read(*m_secrets, m_profile.userKeySecretEntry(m_user, m_oldKey)).status,
             SecretStore::Status::NotFound);
    QVERIFY(m_profiles->hasUserKeySecret(m_profile.name, m_user, keys.first().id));
    QVERIFY(m_journal->records().isEmpty());
}

void TestRotationWizard::fullRotation()
{
    RotationWizard w(services(), m_user, m_oldKey, keyIds());
    w.show();
    QSignalSpy resolved(&w, &RotationWizard::resolved);
    w.findChild<QPushButton *>(QStringLiteral("startButton"))->click();
    QVERIFY(QTest::qWaitFor([&] { return w.secretDialog() != nullptr; }, 20000));
    // While the secret is shown: it is already in the keychain, the old key still works.
    QCOMPARE(w.stepState(Step::KeepSecret), QStringLiteral("running"));
    QCOMPARE(w.stepState(Step::CreateKey), QStringLiteral("done"));
    QCOMPARE(w.stepState(Step::RevokeOldKey), QStringLiteral("waiting"));
    QVERIFY(keyIds().contains(m_oldKey));
    QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("closeButton"))->isEnabled());
    const QString newKey = w.rotation()->newKey()->id;
    SecretBytes stored;
    QVERIFY(keychaintest::read(*m_secrets, m_profile.userKeySecretEntry(m_user, newKey), &stored).ok());
    QString shown;
    QVERIFY(confirmSecretWhenShown(w, &shown));
    QCOMPARE(shown, QString::fromLatin1(stored.view()));
    QVERIFY(resolved.wait(20000));
    for (Step s : {Step::ReadOldKey, Step::CreateKey, Step::KeepSecret, Step::CopyAllowList, Step::RevokeOldKey,
                   Step::ForgetOldSecret})
        QCOMPARE(w.stepState(s), QStringLiteral("done"));
    checkRotatedCleanly();
    QStringList ops;
    for (const AuditEntry &e : m_audit->entries())
        ops << e.operation;
    QCOMPARE(ops, (QStringList{QStringLiteral("CreatePrimeApiUserKey"), QStringLiteral("UpdatePrimeApiUserKey"),
                               QStringLiteral("DeletePrimeApiUserKey")}));
}

void TestRotationWizard::interruptedCreateRollsBackAndRestarts()
{
    RotationWizard w(services(), m_user, m_oldKey, keyIds());
    w.show();
    connect(&w, &RotationWizard::keysChanged, this, [] {});
    m_sandbox->injectFault(QStringLiteral("CreatePrimeApiUserKey"), Fault::DropAfterApply);
    // The rotation reads the keys once before creating; the second read (after the drop) fails too.
    bool injected = false;
    w.start();
    connect(w.rotation(), &KeyRotation::stepChanged, this, [&](Step s) {
        if (s == Step::CreateKey && !injected) {
            injected = true;
            m_sandbox->injectFault(QStringLiteral("ListPrimeApiUserKeys"), Fault::DropAfterApply);
        }
    });
    QVERIFY(QTest::qWaitFor([&] { return w.recovery() && w.recovery()->assessment().valid; }, 30000));
    QCOMPARE(w.stepState(Step::CreateKey), QStringLiteral("failed"));
    QCOMPARE(w.stepState(Step::RevokeOldKey), QStringLiteral("skipped"));
    QCOMPARE(m_journal->records().size(), 1);
    QCOMPARE(keyIds().size(), 2); // the key Kraken created, whose secret never arrived
    auto *resume = w.findChild<QPushButton *>(QStringLiteral("resumeButton"));
    auto *rollBack = w.findChild<QPushButton *>(QStringLiteral("rollBackButton"));
    QVERIFY(!resume->isEnabled());
    QVERIFY(rollBack->isEnabled());
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("recoveryLabel"))->text().contains(QStringLiteral("left behind")));
    rollBack->click();
    auto *start = w.findChild<QPushButton *>(QStringLiteral("startButton"));
    QVERIFY(QTest::qWaitFor([&] { return start->isVisible() && start->isEnabled(); }, 20000));
    QCOMPARE(keyIds(), QStringList{m_oldKey});
    QVERIFY(m_journal->records().isEmpty());

    QSignalSpy resolved(&w, &RotationWizard::resolved);
    start->click();
    QVERIFY(confirmSecretWhenShown(w));
    QVERIFY(resolved.wait(20000));
    checkRotatedCleanly();
}

void TestRotationWizard::interruptedCopyResumesFromJournal()
{
    {
        RotationWizard w(services(), m_user, m_oldKey, keyIds());
        w.show();
        w.start();
        connect(w.rotation(), &KeyRotation::stepChanged, this, [&](Step s) {
            if (s == Step::CopyAllowList) {
                m_sandbox->injectFault(QStringLiteral("UpdatePrimeApiUserKey"), Fault::DropAfterApply);
                m_sandbox->injectFault(QStringLiteral("ListPrimeApiUserKeys"), Fault::DropAfterApply, 2);
            }
        });
        QVERIFY(confirmSecretWhenShown(w));
        QVERIFY(QTest::qWaitFor([&] { return w.rotation()->outcome() != KeyRotation::Outcome::Running; }, 30000));
        QCOMPARE(w.stepState(Step::CopyAllowList), QStringLiteral("failed"));
        QVERIFY(keyIds().contains(m_oldKey)); // never revoked before the new secret is safe and the copy known
        QVERIFY(QTest::qWaitFor([&] { return w.recovery() && !w.recovery()->isBusy(); }, 20000));
        // Closed here: the app could have crashed as well.
    }
    m_sandbox->clearFaults();
    const QList<RotationRecord> pending = m_journal->records();
    QCOMPARE(pending.size(), 1);
    QVERIFY(pending.first().newSecretKept);
    RotationJournal reopened(m_journal->path());
    RotationWizard::Services s = services();
    s.journal = &reopened;
    RotationWizard w(s, reopened.records().first());
    w.show();
    // Where it stopped is told by the step's title, not the journal's internal id.
    const QString intro = w.findChild<QLabel *>(QStringLiteral("introLabel"))->text();
    QCOMPARE(pending.first().step, KeyRotation::stepName(Step::CopyAllowList));
    QVERIFY2(intro.contains(QStringLiteral("Copy the allow-list to the new key")), qPrintable(intro));
    QVERIFY2(!intro.contains(pending.first().step), qPrintable(intro));
    QSignalSpy resolved(&w, &RotationWizard::resolved);
    auto *resume = w.findChild<QPushButton *>(QStringLiteral("resumeButton"));
    QVERIFY(QTest::qWaitFor([&] { return resume->isEnabled(); }, 20000));
    QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("startButton"))->isVisible());
    resume->click();
    QVERIFY(resolved.wait(20000));
    checkRotatedCleanly();
}

QTEST_MAIN(TestRotationWizard)
#include "tst_rotationwizard.moc"
