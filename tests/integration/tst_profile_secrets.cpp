// The profile + keychain steps together (ProfileCredentials) against a real
// Secret Service: the order that never leaves a profile without its secret, nor
// a secret without its profile, nor one profile's secret overwritten by another.
#include "ConnectionProfile.h"
#include "KeychainTestSupport.h"
#include "ProfileCredentials.h"
#include "ProfileStore.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prime;
using namespace keychaintest;
using Status = SecretStore::Status;

namespace {
const QByteArray kSecretA = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=";
const QByteArray kSecretB = "QkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkI=";

SecretBytes bytes(const QByteArray &b)
{
    return SecretBytes(QByteArrayView(b));
}
} // namespace

class TestProfileSecrets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore m_secrets;
    QStringList m_entries;

    ConnectionProfile profile(const QString &name)
    {
        ConnectionProfile p;
        p.name = name;
        p.baseUrl = QUrl(QStringLiteral("https://tst-profile-secrets.invalid"));
        p.apiKey = QStringLiteral("K") + QString::number(QRandomGenerator::global()->generate64(), 16);
        m_entries << p.secretEntry();
        return p;
    }

    SecretStore::Outcome save(const ConnectionProfile &p, const QByteArray &secret, bool replace = false)
    {
        std::optional<SecretStore::Outcome> result;
        saveProfileWithSecret(*m_profiles, m_secrets, p, bytes(secret), replace, nullptr,
                              [&](const SecretStore::Outcome &o) { result = o; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return {Status::Error, QStringLiteral("test: no callback")};
        return *result;
    }

    SecretStore::Outcome removeProfile(const QString &name)
    {
        std::optional<SecretStore::Outcome> result;
        removeProfileWithSecrets(*m_profiles, m_secrets, name, nullptr,
                                 [&](const SecretStore::Outcome &o) { result = o; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return {Status::Error, QStringLiteral("test: no callback")};
        return *result;
    }

    std::pair<std::optional<Credentials>, SecretStore::Outcome> load(const ConnectionProfile &p)
    {
        std::optional<std::pair<std::optional<Credentials>, SecretStore::Outcome>> result;
        loadCredentials(p, m_secrets, nullptr, [&](std::optional<Credentials> c, const SecretStore::Outcome &o) {
            result.emplace(std::move(c), o);
        });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return {std::nullopt, {Status::Error, QStringLiteral("test: no callback")}};
        return std::move(*result);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString problem = keychainProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
    }

    void init() { m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini"))); }
    void cleanup() { QFile::remove(m_profiles->settingsPath()); }

    void cleanupTestCase()
    {
        for (const QString &e : std::as_const(m_entries))
            remove(m_secrets, e);
    }

    void savedProfileLoadsItsCredentials()
    {
        const ConnectionProfile p = profile(QStringLiteral("main"));
        const SecretStore::Outcome o = save(p, "  " + kSecretA + "\n");
        QVERIFY2(o.ok(), qPrintable(o.message));
        QVERIFY(m_profiles->profile(QStringLiteral("main")));
        const auto [credentials, outcome] = load(*m_profiles->profile(QStringLiteral("main")));
        QVERIFY2(credentials, qPrintable(outcome.message));
        QCOMPARE(credentials->apiKey, p.apiKey);
        QCOMPARE(credentials->baseUrl, p.baseUrl);
        QVERIFY(credentials->secret == bytes(kSecretA)); // trimmed on the way in
    }

    void missingSecretIsExplained()
    {
        const ConnectionProfile p = profile(QStringLiteral("orphan"));
        QVERIFY(m_profiles->save(p)); // a profile whose secret was never stored
        const auto [credentials, outcome] = load(p);
        QVERIFY(!credentials);
        QCOMPARE(outcome.status, Status::NotFound);
        QVERIFY2(outcome.message.contains(QStringLiteral("orphan")), qPrintable(outcome.message));
    }

    void invalidSecretTouchesNothing()
    {
        const ConnectionProfile p = profile(QStringLiteral("bad"));
        const SecretStore::Outcome o = save(p, "not base64!");
        QCOMPARE(o.status, Status::Error);
        QVERIFY(o.message.contains(QStringLiteral("base64")));
        QVERIFY(!m_profiles->profile(QStringLiteral("bad")));
        QCOMPARE(read(m_secrets, p.secretEntry()).status, Status::NotFound);
    }

    void existingNameIsNotReplacedUnasked()
    {
        const ConnectionProfile p = profile(QStringLiteral("dup"));
        QVERIFY(save(p, kSecretA).ok());
        const SecretStore::Outcome o = save(p, kSecretB);
        QCOMPARE(o.status, Status::Error);
        QVERIFY(o.message.contains(QStringLiteral("exists")));
        SecretBytes kept;
        QVERIFY(read(m_secrets, p.secretEntry(), &kept).ok());
        QVERIFY(kept == bytes(kSecretA));
    }

    // Same key on the same server under another name: refused before the
    // keychain is touched, so the first profile keeps its secret.
    void anotherProfilesKeyIsLeftAlone()
    {
        const ConnectionProfile first = profile(QStringLiteral("first"));
        QVERIFY(save(first, kSecretA).ok());
        ConnectionProfile second = first;
        second.name = QStringLiteral("second");
        const SecretStore::Outcome o = save(second, kSecretB);
        QCOMPARE(o.status, Status::Error);
        QVERIFY2(o.message.contains(QStringLiteral("\"first\"")), qPrintable(o.message));
        SecretBytes kept;
        QVERIFY(read(m_secrets, first.secretEntry(), &kept).ok());
        QVERIFY(kept == bytes(kSecretA));
        QVERIFY(!m_profiles->profile(QStringLiteral("second")));
    }

    void replacingTheKeyRemovesTheOldSecret()
    {
        const ConnectionProfile old = profile(QStringLiteral("rotating"));
        QVERIFY(save(old, kSecretA).ok());
        const ConnectionProfile renewed = profile(QStringLiteral("rotating")); // new API key
        const SecretStore::Outcome o = save(renewed, kSecretB, true);
        QVERIFY2(o.ok(), qPrintable(o.message));
        QCOMPARE(m_profiles->profile(QStringLiteral("rotating"))->apiKey, renewed.apiKey);
        QCOMPARE(read(m_secrets, old.secretEntry()).status, Status::NotFound);
        SecretBytes now;
        QVERIFY(read(m_secrets, renewed.secretEntry(), &now).ok());
        QVERIFY(now == bytes(kSecretB));
    }

    void removingAProfileDeletesAllItsSecrets()
    {
        const ConnectionProfile p = profile(QStringLiteral("leaving"));
        QVERIFY(save(p, kSecretA).ok());
        std::optional<SecretStore::Outcome> stored;
        storeUserKeySecret(*m_profiles, m_secrets, p, QStringLiteral("U1"), QStringLiteral("KEY1"), bytes(kSecretB),
                           nullptr, [&](const SecretStore::Outcome &o) { stored = o; });
        QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 30000));
        QVERIFY2(stored->ok(), qPrintable(stored->message));
        const QString userKeyEntry = p.userKeySecretEntry(QStringLiteral("U1"), QStringLiteral("KEY1"));
        m_entries << userKeyEntry;
        QVERIFY(m_profiles->hasUserKeySecret(p.name, QStringLiteral("U1"), QStringLiteral("KEY1")));
        QVERIFY(read(m_secrets, userKeyEntry).ok());

        const SecretStore::Outcome o = removeProfile(p.name);
        QVERIFY2(o.ok(), qPrintable(o.message));
        QVERIFY(!m_profiles->profile(p.name));
        QCOMPARE(read(m_secrets, p.secretEntry()).status, Status::NotFound);
        QCOMPARE(read(m_secrets, userKeyEntry).status, Status::NotFound);
        QCOMPARE(removeProfile(p.name).status, Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestProfileSecrets)
#include "tst_profile_secrets.moc"
