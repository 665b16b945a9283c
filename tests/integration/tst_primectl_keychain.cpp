// primectl --profile against the sandbox and a real keychain (see .ci/test):
// new user-key secrets go to the keychain before anything is printed, rotation
// moves them, revocation removes them.
#include "KeychainTestSupport.h"
#include "ProfileCredentials.h"
#include "ProfileStore.h"
#include "RotationJournal.h"
#include "tst_primectl_support.h"

#include <QtTest>

using namespace primectltest;

class TestPrimectlKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keysCreateStoresSecret();
    void rotateMovesSecret();
    void ambiguousCreateReportsOrphan();
    void interruptedRotationIsJournaled();
    void revokeForgetsSecret();
    void unknownProfile();

private:
    QString run1(const QStringList &args, const char *field = "id");
    prime::SecretBytes stored(const QString &userId, const QString &keyId, prime::SecretStore::Status *status = nullptr);
    Harness *h = nullptr;
    std::unique_ptr<prime::ProfileStore> profiles;
    prime::ConnectionProfile profile;
    prime::SecretStore secrets;
};

void TestPrimectlKeychain::initTestCase()
{
    const QString problem = keychaintest::keychainProblem();
    if (!problem.isEmpty())
        QFAIL(qPrintable(problem));
}

void TestPrimectlKeychain::init()
{
    h = new Harness;
    QVERIFY(h->start(Harness::fastEmpty()));
    h->env.remove(QStringLiteral("PRIME_API_KEY"));
    h->env.remove(QStringLiteral("PRIME_API_SECRET_FILE"));
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    if (!bus.isEmpty())
        h->env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromLocal8Bit(bus));
    // The store primectl reads: <XDG_CONFIG_HOME>/PrimeAdmin/profiles.ini of the child.
    profiles = std::make_unique<prime::ProfileStore>(h->home.filePath(QStringLiteral("config/PrimeAdmin/profiles.ini")));
    const prime::Credentials admin = h->sandbox->adminCredentials();
    profile.name = QStringLiteral("sbx");
    profile.baseUrl = h->sandbox->url();
    profile.apiKey = admin.apiKey;
    profile.production = false;
    std::optional<prime::SecretStore::Outcome> saved;
    prime::saveProfileWithSecret(*profiles, secrets, profile, admin.secret, true, nullptr,
                                 [&](const prime::SecretStore::Outcome &o) { saved = o; });
    QVERIFY(QTest::qWaitFor([&] { return saved.has_value(); }, 60000));
    QVERIFY2(saved->ok(), qPrintable(saved->message));
    profile = *profiles->profile(QStringLiteral("sbx"));
}

void TestPrimectlKeychain::cleanup()
{
    std::optional<prime::SecretStore::Outcome> removed;
    prime::removeProfileWithSecrets(*profiles, secrets, QStringLiteral("sbx"), nullptr,
                                    [&](const prime::SecretStore::Outcome &o) { removed = o; });
    const bool answered = QTest::qWaitFor([&] { return removed.has_value(); }, 60000);
    profiles.reset();
    delete h;
    h = nullptr;
    QVERIFY2(answered && removed->ok(), "the test profile and its secrets could not be removed");
}

QString TestPrimectlKeychain::run1(const QStringList &args, const char *field)
{
    const Run r = h->run(QStringList(args) << QStringLiteral("--profile") << QStringLiteral("sbx"));
    if (r.code != 0)
        qWarning("%s", r.describe().constData());
    return r.object().value(QLatin1String(field)).toString();
}

prime::SecretBytes TestPrimectlKeychain::stored(const QString &userId, const QString &keyId,
                                                prime::SecretStore::Status *status)
{
    prime::SecretBytes secret;
    const prime::SecretStore::Outcome o = keychaintest::read(secrets, profile.userKeySecretEntry(userId, keyId), &secret);
    if (status)
        *status = o.status;
    return secret;
}

void TestPrimectlKeychain::keysCreateStoresSecret()
{
    const QString user = run1(QStringList{QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("--name"),
                                          QStringLiteral("Vault Bot"), QStringLiteral("--role"), QStringLiteral("Viewer")});
    QVERIFY(!user.isEmpty());
    Run r = h->run({QStringLiteral("keys"), QStringLiteral("create"), user, QStringLiteral("--profile"), QStringLiteral("sbx")});
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY2(!r.object().contains(QLatin1String("api_secret")), r.describe().constData());
    const QString key = r.object().value(QLatin1String("id")).toString();
    QVERIFY(stored(user, key).isBase64());
    QVERIFY(profiles->hasUserKeySecret(QStringLiteral("sbx"), user, key));

    // --show-secret prints the same secret the keychain holds.
    r = h->run({QStringLiteral("keys"), QStringLiteral("create"), user, QStringLiteral("--show-secret"),
                QStringLiteral("--profile"), QStringLiteral("sbx")});
    QVERIFY2(r.code == 0, r.describe().constData());
    const QString second = r.object().value(QLatin1String("id")).toString();
    QCOMPARE(stored(user, second).view().toByteArray(), r.object().value(QLatin1String("api_secret")).toString().toLatin1());
}

void TestPrimectlKeychain::rotateMovesSecret()
{
    const QString user = run1(QStringList{QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("--name"),
                                          QStringLiteral("Rotating Bot"), QStringLiteral("--role"), QStringLiteral("Trader")});
    const QString oldKey = run1({QStringLiteral("keys"), QStringLiteral("create"), user});
    QVERIFY(!oldKey.isEmpty());
    const Run r = h->run({QStringLiteral("keys"), QStringLiteral("rotate"), user, oldKey, QStringLiteral("--yes"),
                          QStringLiteral("--profile"), QStringLiteral("sbx")});
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY2(!r.object().contains(QLatin1String("api_secret")), r.describe().constData());
    const QString newKey = r.object().value(QLatin1String("id")).toString();
    QVERIFY(!newKey.isEmpty() && newKey != oldKey);
    QVERIFY(stored(user, newKey).isBase64());
    prime::SecretStore::Status status;
    stored(user, oldKey, &status);
    QCOMPARE(status, prime::SecretStore::Status::NotFound);
    QVERIFY(!profiles->hasUserKeySecret(QStringLiteral("sbx"), user, oldKey));
    QCOMPARE(h->sandbox->keys(user).size(), 1);
}

void TestPrimectlKeychain::ambiguousCreateReportsOrphan()
{
    const QString user = run1(QStringList{QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("--name"),
                                          QStringLiteral("Unlucky"), QStringLiteral("--role"), QStringLiteral("Viewer")});
    h->sandbox->injectFault(QStringLiteral("CreatePrimeApiUserKey"), prime::sandbox::SandboxServer::Fault::DropAfterApply, 1);
    const Run r = h->run({QStringLiteral("keys"), QStringLiteral("create"), user, QStringLiteral("--profile"), QStringLiteral("sbx")});
    QVERIFY2(r.code == 7, r.describe().constData());
    const QList<prime::ApiKey> keys = h->sandbox->keys(user);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(r.array().size(), 1);
    QVERIFY2(r.err.contains(keys.first().id.toUtf8()), r.describe().constData()); // named as an orphan to revoke
    QVERIFY(!profiles->hasUserKeySecret(QStringLiteral("sbx"), user, keys.first().id));
}

void TestPrimectlKeychain::interruptedRotationIsJournaled()
{
    const QString user = run1(QStringList{QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("--name"),
                                          QStringLiteral("Journaled"), QStringLiteral("--role"), QStringLiteral("Trader")});
    const QString oldKey = run1({QStringLiteral("keys"), QStringLiteral("create"), user});
    QVERIFY(!oldKey.isEmpty());
    // The revoke's answer is an HTTP 500 before anything happened: the rotation stops with both keys.
    h->sandbox->injectFault(QStringLiteral("DeletePrimeApiUserKey"), prime::sandbox::SandboxServer::Fault::Http500, 1);
    const Run r = h->run({QStringLiteral("keys"), QStringLiteral("rotate"), user, oldKey, QStringLiteral("--yes"),
                          QStringLiteral("--profile"), QStringLiteral("sbx")});
    QVERIFY2(r.code == 7, r.describe().constData());
    // The GUI's journal (same application name) holds the record to resume from.
    prime::RotationJournal journal(h->home.filePath(QStringLiteral("data/PrimeAdmin/prime-admin/rotations.json")));
    const QList<prime::RotationRecord> pending =
        journal.pending(QStringLiteral("sbx"), prime::SecretStore::normalizedBaseUrl(profile.baseUrl));
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().oldKeyId, oldKey);
    QCOMPARE(pending.first().keyIdsBefore, QStringList{oldKey});
    QVERIFY(!pending.first().newKeyId.isEmpty());
    QVERIFY(pending.first().newSecretKept);
    QVERIFY(!pending.first().oldRevoked);
    QCOMPARE(pending.first().outcome, QStringLiteral("outcome_unknown"));

    // A rotation that completes leaves no record behind.
    const Run again = h->run({QStringLiteral("keys"), QStringLiteral("rotate"), user, pending.first().newKeyId,
                              QStringLiteral("--yes"), QStringLiteral("--profile"), QStringLiteral("sbx")});
    QVERIFY2(again.code == 0, again.describe().constData());
    QCOMPARE(journal.records().size(), 1); // only the interrupted one
}

void TestPrimectlKeychain::revokeForgetsSecret()
{
    const QString user = run1(QStringList{QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("--name"),
                                          QStringLiteral("Short-lived"), QStringLiteral("--role"), QStringLiteral("Viewer")});
    const QString key = run1({QStringLiteral("keys"), QStringLiteral("create"), user});
    QVERIFY(stored(user, key).isBase64());
    const Run r = h->run({QStringLiteral("keys"), QStringLiteral("revoke"), user, key, QStringLiteral("--yes"),
                          QStringLiteral("--profile"), QStringLiteral("sbx")});
    QVERIFY2(r.code == 0, r.describe().constData());
    prime::SecretStore::Status status;
    stored(user, key, &status);
    QCOMPARE(status, prime::SecretStore::Status::NotFound);
}

void TestPrimectlKeychain::unknownProfile()
{
    const Run r = h->run(Harness::args("users list --profile nosuch"));
    QVERIFY2(r.code == 2, r.describe().constData());
    QVERIFY2(r.err.contains("no profile named"), r.describe().constData());
}

QTEST_GUILESS_MAIN(TestPrimectlKeychain)
#include "tst_primectl_keychain.moc"
