// Connection profiles in QSettings, entry naming, pasted-secret cleaning and the
// core-dump switch: everything about profiles that needs no keychain.
#include "ConnectionProfile.h"
#include "CoreDumps.h"
#include "ProfileCredentials.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prime;

namespace {
ConnectionProfile sample(const QString &name = QStringLiteral("Production"))
{
    ConnectionProfile p;
    p.name = name;
    p.apiKey = QStringLiteral("PUBKEY+abc/123=");
    p.label = QStringLiteral("Live");
    return p;
}
} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("p%1/profiles.ini").arg(++m_file)); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saveAndLoadRoundTrip()
    {
        ProfileStore store(freshPath());
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        ConnectionProfile p = sample(QStringLiteral("Prod EU (main)"));
        p.baseUrl = QUrl(QStringLiteral("https://api.kraken.com"));
        p.requiresOtp = true;
        p.production = false;
        p.colour = QStringLiteral("#AABBCC");
        QString error;
        QVERIFY2(store.save(p, &error), qPrintable(error));
        QCOMPARE(changed.size(), 1);
        const auto loaded = store.profile(p.name);
        QVERIFY(loaded);
        p.colour = QStringLiteral("#aabbcc");
        QCOMPARE(*loaded, p);
        // A second store on the same file sees it (the GUI and primectl share it).
        ProfileStore other(store.settingsPath());
        QCOMPARE(other.profiles().size(), 1);
        QCOMPARE(other.profiles().first().name, p.name);
    }

    void pastedKeyIsTrimmed()
    {
        ProfileStore store(freshPath());
        ConnectionProfile p = sample();
        p.apiKey = QStringLiteral("  PUBKEY\r\n");
        QVERIFY(store.save(p));
        QCOMPARE(store.profile(p.name)->apiKey, QStringLiteral("PUBKEY"));
    }

    void settingsNeverHoldTheSecretButTheReference()
    {
        ProfileStore store(freshPath());
        const ConnectionProfile p = sample();
        QVERIFY(store.save(p));
        QFile f(store.settingsPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ini = f.readAll();
        QVERIFY(ini.contains("PUBKEY"));
        QVERIFY(ini.contains("secretEntry"));
        QVERIFY(!ini.contains("secret="));
    }

    void invalidProfiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("apiKey");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no-name") << "" << "https://api.kraken.com" << "K" << "#000000" << "name";
        QTest::newRow("slash-name") << "a/b" << "https://api.kraken.com" << "K" << "#000000" << "'/'";
        QTest::newRow("long-name") << QString(65, u'n') << "https://api.kraken.com" << "K" << "#000000" << "64";
        QTest::newRow("plain-http") << "n" << "http://api.kraken.com" << "K" << "#000000" << "http://";
        QTest::newRow("bad-url") << "n" << "not a url" << "K" << "#000000" << "valid URL";
        QTest::newRow("no-key") << "n" << "https://api.kraken.com" << "" << "#000000" << "API key";
        QTest::newRow("space-in-key") << "n" << "https://api.kraken.com" << "AB CD" << "#000000" << "API key";
        QTest::newRow("bad-colour") << "n" << "https://api.kraken.com" << "K" << "red" << "#rrggbb";
    }
    void invalidProfiles()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, apiKey);
        QFETCH(QString, colour);
        QFETCH(QString, expected);
        ConnectionProfile p;
        p.name = name;
        p.baseUrl = QUrl(url);
        p.apiKey = apiKey;
        p.colour = colour;
        ProfileStore store(freshPath());
        QString error;
        QVERIFY(!store.save(p, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(store.profiles().isEmpty());
    }

    void loopbackHttpIsAllowed()
    {
        ProfileStore store(freshPath());
        ConnectionProfile p = sample(QStringLiteral("sandbox"));
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8443"));
        QString error;
        QVERIFY2(store.save(p, &error), qPrintable(error));
    }

    void oneKeyOnOneServerBelongsToOneProfile()
    {
        ProfileStore store(freshPath());
        QVERIFY(store.save(sample(QStringLiteral("a"))));
        QString error;
        ConnectionProfile b = sample(QStringLiteral("b"));
        b.baseUrl = QUrl(QStringLiteral("https://API.kraken.com/"));
        QVERIFY(!store.save(b, &error));
        QVERIFY2(error.contains(QStringLiteral("\"a\"")), qPrintable(error));
        b.baseUrl = QUrl(QStringLiteral("http://localhost:9000")); // same key id, other server: fine
        QVERIFY2(store.save(b, &error), qPrintable(error));
    }

    void removeAndLastProfile()
    {
        ProfileStore store(freshPath());
        QVERIFY(store.save(sample(QStringLiteral("one"))));
        ConnectionProfile two = sample(QStringLiteral("two"));
        two.apiKey = QStringLiteral("OTHER");
        QVERIFY(store.save(two));
        store.setLastProfileName(QStringLiteral("two"));
        QCOMPARE(store.lastProfileName(), QStringLiteral("two"));
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.profiles().first().name, QStringLiteral("one"));
        QVERIFY(store.remove(QStringLiteral("two")));
        QVERIFY(!store.remove(QStringLiteral("two")));
        QVERIFY(store.lastProfileName().isEmpty());
        QCOMPARE(store.profiles().size(), 1);
    }

    void renameKeepsEverything()
    {
        ProfileStore store(freshPath());
        QVERIFY(store.save(sample(QStringLiteral("old"))));
        ConnectionProfile other = sample(QStringLiteral("other"));
        other.apiKey = QStringLiteral("OTHER");
        QVERIFY(store.save(other));
        store.addUserKeySecret(QStringLiteral("old"), QStringLiteral("U1"), QStringLiteral("K1"));
        store.setLastProfileName(QStringLiteral("old"));
        const QString entry = store.profile(QStringLiteral("old"))->secretEntry();
        QString error;
        QVERIFY(!store.rename(QStringLiteral("old"), QStringLiteral("other"), &error));
        QVERIFY2(error.contains(QStringLiteral("exists")), qPrintable(error));
        QVERIFY(!store.rename(QStringLiteral("old"), QStringLiteral("a/b"), &error));
        QVERIFY(!store.rename(QStringLiteral("nosuch"), QStringLiteral("x"), &error));
        QVERIFY2(store.rename(QStringLiteral("old"), QStringLiteral("new name"), &error), qPrintable(error));
        QVERIFY(!store.profile(QStringLiteral("old")));
        const auto renamed = store.profile(QStringLiteral("new name"));
        QVERIFY(renamed);
        QCOMPARE(renamed->secretEntry(), entry); // the keychain entry does not move
        QVERIFY(store.hasUserKeySecret(QStringLiteral("new name"), QStringLiteral("U1"), QStringLiteral("K1")));
        QCOMPARE(store.lastProfileName(), QStringLiteral("new name"));
    }

    void checkSaveMatchesSave()
    {
        ProfileStore store(freshPath());
        QVERIFY(store.save(sample(QStringLiteral("a"))));
        QVERIFY(!store.checkSave(sample(QStringLiteral("b"))).isEmpty()); // same key, same server
        QVERIFY(store.checkSave(sample(QStringLiteral("a"))).isEmpty());  // replacing itself
        ConnectionProfile bad = sample(QStringLiteral("c"));
        bad.apiKey.clear();
        QVERIFY(!store.checkSave(bad).isEmpty());
    }

    void userKeySecretsAreRecorded()
    {
        ProfileStore store(freshPath());
        QVERIFY(store.save(sample(QStringLiteral("p"))));
        store.addUserKeySecret(QStringLiteral("p"), QStringLiteral("U/1"), QStringLiteral("K 1"));
        store.addUserKeySecret(QStringLiteral("p"), QStringLiteral("U/1"), QStringLiteral("K 1"));
        store.addUserKeySecret(QStringLiteral("p"), QStringLiteral("U2"), QStringLiteral("K2"));
        store.addUserKeySecret(QStringLiteral("nosuchprofile"), QStringLiteral("U"), QStringLiteral("K"));
        QCOMPARE(store.userKeysWithSecret(QStringLiteral("p")).size(), 2);
        QVERIFY(store.hasUserKeySecret(QStringLiteral("p"), QStringLiteral("U/1"), QStringLiteral("K 1")));
        QVERIFY(!store.hasUserKeySecret(QStringLiteral("p"), QStringLiteral("U"), QStringLiteral("1/K 1")));
        QVERIFY(!store.profile(QStringLiteral("nosuchprofile")));
        store.removeUserKeySecret(QStringLiteral("p"), QStringLiteral("U/1"), QStringLiteral("K 1"));
        const QList<ProfileStore::UserKeyRef> left{{QStringLiteral("U2"), QStringLiteral("K2")}};
        QVERIFY(store.userKeysWithSecret(QStringLiteral("p")) == left);
    }

    void entriesCannotCollide()
    {
        ConnectionProfile p = sample();
        // Percent-encoding keeps the user/key boundary unambiguous.
        QVERIFY(p.userKeySecretEntry(QStringLiteral("a/b"), QStringLiteral("c"))
                != p.userKeySecretEntry(QStringLiteral("a"), QStringLiteral("b/c")));
        // An admin key and a user key with the same id are different entries.
        p.apiKey = QStringLiteral("K1");
        QVERIFY(p.secretEntry() != p.userKeySecretEntry(QString(), QStringLiteral("K1")));
        QVERIFY(p.secretEntry().startsWith(QStringLiteral("https://api.kraken.com ")));
        ConnectionProfile q = p;
        q.baseUrl = QUrl(QStringLiteral("https://api.kraken.com:8443"));
        QVERIFY(p.secretEntry() != q.secretEntry());
    }

    void pastedSecrets_data()
    {
        QTest::addColumn<QByteArray>("pasted");
        QTest::addColumn<QByteArray>("clean"); // empty: refused
        QTest::addColumn<QString>("error");
        QTest::newRow("plain") << QByteArray("c2VjcmV0") << QByteArray("c2VjcmV0") << QString();
        QTest::newRow("newline") << QByteArray("c2VjcmV0\n") << QByteArray("c2VjcmV0") << QString();
        QTest::newRow("crlf-spaces") << QByteArray("  c2VjcmV0\r\n\r\n") << QByteArray("c2VjcmV0") << QString();
        QTest::newRow("not-base64") << QByteArray("not base64!") << QByteArray() << QStringLiteral("base64");
        QTest::newRow("bad-padding") << QByteArray("c2VjcmV0=") << QByteArray() << QStringLiteral("base64");
        QTest::newRow("empty") << QByteArray(" \n") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("too-long") << QByteArray(SecretStore::kMaxSecretBytes + 4, 'A') << QByteArray() << QStringLiteral("longer");
    }
    void pastedSecrets()
    {
        QFETCH(QByteArray, pasted);
        QFETCH(QByteArray, clean);
        QFETCH(QString, error);
        QString problem;
        const SecretBytes result = cleanPastedSecret(SecretBytes(QByteArrayView(pasted)), &problem);
        QCOMPARE(QByteArray(result.constData(), result.size()), clean);
        if (error.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(error), qPrintable(problem));
    }

    void coreDumpsCanBeDisabled()
    {
        QString error;
        QVERIFY2(disableCoreDumps(&error), qPrintable(error));
        QVERIFY(coreDumpsDisabled());
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
