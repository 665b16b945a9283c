// With no Secret Service reachable (the session bus address points nowhere),
// every SecretStore call must end quickly with BackendUnavailable and a message
// that names the keychain, and nothing may be written to disk instead.
#include "ConnectionProfile.h"
#include "KeychainTestSupport.h"
#include "ProfileCredentials.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

using namespace prime;
using namespace keychaintest;
using Status = SecretStore::Status;

namespace {
const QByteArray kSecret = "VW5hdmFpbGFibGVLZXljaGFpblNlY3JldDAxMjM0NTY3ODk=";
constexpr int kTimeoutMs = 5000;
QString g_home; // set by main() before anything reads the environment
} // namespace

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

    void expectUnavailable(const SecretStore::Outcome &o, qint64 elapsedMs)
    {
        QCOMPARE(o.status, Status::BackendUnavailable);
        QVERIFY2(o.message.contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(o.message));
        QVERIFY2(o.message.contains(QStringLiteral("Secret Service")), qPrintable(o.message));
        QVERIFY2(elapsedMs < kTimeoutMs + 2000, qPrintable(QString::number(elapsedMs)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("unix:path=/nonexistent"));
    }

    void writeReadRemoveSayNoKeychain()
    {
        SecretStore store;
        store.setTimeoutMs(kTimeoutMs);
        const QString entry = SecretStore::entryName(QUrl(QStringLiteral("https://api.kraken.com")), QStringLiteral("k"));
        QElapsedTimer t;
        t.start();
        expectUnavailable(write(store, entry, SecretBytes(QByteArrayView(kSecret))), t.elapsed());
        t.restart();
        expectUnavailable(read(store, entry), t.elapsed());
        t.restart();
        expectUnavailable(remove(store, entry), t.elapsed());
    }

    void probeSaysUnavailable()
    {
        SecretStore store;
        store.setTimeoutMs(kTimeoutMs);
        std::optional<SecretStore::Outcome> result;
        QElapsedTimer t;
        t.start();
        store.probe(nullptr, [&](const SecretStore::Outcome &o) { result = o; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs * 3));
        expectUnavailable(*result, t.elapsed());
    }

    void addingAProfileStoresNothing()
    {
        ProfileStore profiles;
        SecretStore secrets;
        secrets.setTimeoutMs(kTimeoutMs);
        ConnectionProfile p;
        p.name = QStringLiteral("nokeychain");
        p.apiKey = QStringLiteral("PUBLICKEY");
        std::optional<SecretStore::Outcome> result;
        QElapsedTimer t;
        t.start();
        saveProfileWithSecret(profiles, secrets, p, SecretBytes(QByteArrayView(kSecret)), false, nullptr,
                              [&](const SecretStore::Outcome &o) { result = o; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs * 3));
        expectUnavailable(*result, t.elapsed());
        QVERIFY(!profiles.profile(p.name));
        QVERIFY(!QFile::exists(profiles.settingsPath()));
    }

    void nothingReachedTheDisk()
    {
        int files = 0;
        const QStringList hits = findInFiles(g_home, leakPatterns(kSecret), &files);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        // No plain-text fallback store of any kind appeared either.
        const QStringList fallbackHits = findInFiles(g_home, {QByteArray("PrimeAdmin"), QByteArray("nokeychain")});
        QVERIFY2(fallbackHits.isEmpty(), qPrintable(fallbackHits.join(u'\n')));
    }

    void scannerFindsAPlantedSecret() // the scan above can fail
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("planted.ini")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("secret=" + QByteArray::fromBase64(kSecret).toHex() + '\n');
        f.close();
        QCOMPARE(findInFiles(dir.path(), leakPatterns(kSecret)).size(), 1);
    }
};

int main(int argc, char *argv[])
{
    // Before Qt or libsecret look at the environment: no bus, and a private home
    // whose every file we can inspect afterwards.
    static QTemporaryDir home;
    if (!home.isValid())
        return 1;
    g_home = home.path();
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(var, home.path().toLocal8Bit());
    QCoreApplication app(argc, argv);
    TestKeychainUnavailable test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_unavailable.moc"
