// The leak test: a full create-profile + create-key scenario with recognisable
// secrets, then every file under the private home (settings, logs, nonces), the
// children's stdout/stderr and this process's own log output are searched for the
// secrets in every shape they could take. Nothing may be found.
#include "ConnectionProfile.h"
#include "KeychainTestSupport.h"
#include "LogFile.h"
#include "PrimeClient.h"
#include "ProfileCredentials.h"
#include "ProfileStore.h"
#include "ScriptedHttpServer.h"

#include <QMutex>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prime;
using namespace keychaintest;

namespace {
// "LEAKTEST-ADMIN-SECRET-..." and "LEAKTEST-USERKEY-SECRET-..." in base64: easy to spot.
const QByteArray kAdminSecret = QByteArray("LEAKTEST-ADMIN-SECRET-0123456789abcdef0123456789abcdef").toBase64();
const QByteArray kUserKeySecret = QByteArray("LEAKTEST-USERKEY-SECRET-fedcba9876543210fedcba98765432").toBase64();

QString g_home;
QMutex g_logMutex;
QByteArray g_log; // everything this process logged
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += message.toUtf8() + '\n';
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QByteArray createKeyAnswer()
{
    return "{\"error\":[],\"result\":{\"id\":\"KEY-7\",\"api_key\":\"USERPUBKEY7\",\"user_id\":\"U-42\","
           "\"permissions\":[\"Trade\"],\"api_secret\":\"" + kUserKeySecret + "\"}}";
}
} // namespace

class TestSecretLeak : public QObject
{
    Q_OBJECT

    QByteArray m_childOutput;
    std::unique_ptr<LogFile> m_logFile;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The application log, as prime-admin writes it (<AppDataLocation>/logs, under
        // the private home); then our raw capture on top of it (QTest installs its own
        // handler in qExec(), so this happens here), which sees messages unredacted.
        m_logFile = std::make_unique<LogFile>(LogFile::defaultDirectory());
        LogFile::install(m_logFile.get());
        g_previousHandler = qInstallMessageHandler(captureMessages);
        const QString problem = keychainProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
    }

    void createProfileAndKeyLeaveNoTrace()
    {
        ScriptedHttpServer server;
        const QString profileName = QStringLiteral("leak-") + QString::number(QCoreApplication::applicationPid());

        // 1. A user adds a profile with primectl (secret on stdin).
        const ChildRun add = runPrimectl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"),
                                          profileName, QStringLiteral("--url"), QString::fromLatin1(server.baseUrl()),
                                          QStringLiteral("--api-key"), QStringLiteral("ADMINPUBKEY"),
                                          QStringLiteral("--secret-stdin"), QStringLiteral("--test")},
                                         kAdminSecret + '\n', g_home);
        m_childOutput += add.out + add.err;
        QVERIFY2(add.exitCode == 0, add.err.constData());

        // 2. The app loads the profile and its secret, and creates a user key.
        ProfileStore profiles(g_home + QStringLiteral("/.config/PrimeAdmin/profiles.ini"));
        const std::optional<ConnectionProfile> profile = profiles.profile(profileName);
        QVERIFY(profile);
        SecretStore secrets;
        std::optional<Credentials> credentials;
        bool loaded = false;
        loadCredentials(*profile, secrets, this, [&](std::optional<Credentials> c, const SecretStore::Outcome &o) {
            QVERIFY2(o.ok(), qPrintable(o.message));
            credentials = std::move(c);
            loaded = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return loaded; }, 20000));
        QVERIFY(credentials);
        QVERIFY(credentials->secret == SecretBytes(QByteArrayView(kAdminSecret)));

        server.enqueue({200, createKeyAnswer()});
        QNetworkAccessManager nam;
        PrimeClient client(&nam, std::move(*credentials)); // default nonce file: under the private home
        std::optional<Result<CreatedKey>> created;
        client.createKey(QStringLiteral("U-42"), this, [&](const Result<CreatedKey> &r) { created = r; });
        QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, 20000));
        QVERIFY2(created->ok(), qPrintable(created->error.details()));
        QVERIFY(created->value->secret == SecretBytes(QByteArrayView(kUserKeySecret)));

        // 3. The key's secret goes to the keychain under the profile, user and key.
        std::optional<SecretStore::Outcome> stored;
        storeUserKeySecret(profiles, secrets, *profile, QStringLiteral("U-42"), created->value->key.id,
                           created->value->secret, this, [&](const SecretStore::Outcome &o) { stored = o; });
        QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 20000));
        QVERIFY2(stored->ok(), qPrintable(stored->message));
        QVERIFY(profiles.hasUserKeySecret(profileName, QStringLiteral("U-42"), QStringLiteral("KEY-7")));
        SecretBytes back;
        QVERIFY(read(secrets, profile->userKeySecretEntry(QStringLiteral("U-42"), QStringLiteral("KEY-7")), &back).ok());
        QVERIFY(back == SecretBytes(QByteArrayView(kUserKeySecret)));
        created.reset();

        // 4. Scripts look at it: list and test (the server answers the read).
        server.enqueue({200, "{\"error\":[],\"result\":{\"data\":[]}}"});
        for (const QStringList &args : {QStringList{QStringLiteral("profile"), QStringLiteral("list")},
                                        QStringList{QStringLiteral("profile"), QStringLiteral("test"),
                                                    QStringLiteral("--name"), profileName}}) {
            const ChildRun r = runPrimectl(args, {}, g_home);
            m_childOutput += r.out + r.err;
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
    }

    void nothingLeaked()
    {
        QList<QByteArray> patterns = leakPatterns(kAdminSecret) + leakPatterns(kUserKeySecret);
        int files = 0;
        QStringList leaks = findInFiles(g_home, patterns, &files);
        leaks << findIn(m_childOutput, patterns, QStringLiteral("primectl stdout/stderr"));
        {
            QMutexLocker lock(&g_logMutex);
            leaks << findIn(g_log, patterns, QStringLiteral("this test's log output"));
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        // The scan looked at real files: the profiles file, the nonce marks, the log.
        QVERIFY2(files >= 3, qPrintable(QString::number(files)));
        QVERIFY(QFileInfo(m_logFile->filePath()).size() > 0);
        QVERIFY(!g_log.isEmpty()); // debug logging was on, so there was something to search
        QVERIFY(!m_childOutput.isEmpty());
    }

    void scannerFindsEveryShape_data()
    {
        QTest::addColumn<QByteArray>("planted");
        const QByteArray raw = QByteArray::fromBase64(kAdminSecret);
        QTest::newRow("base64") << kAdminSecret;
        QTest::newRow("raw") << raw;
        QTest::newRow("hex") << raw.toHex();
        QTest::newRow("HEX") << raw.toHex().toUpper();
    }
    void scannerFindsEveryShape() // the scans above can fail
    {
        QFETCH(QByteArray, planted);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral(".hidden/app.log")));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral(".hidden"))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("line before\n" + planted + "\nline after\n");
        f.close();
        QVERIFY(!findInFiles(dir.path(), leakPatterns(kAdminSecret)).isEmpty());
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        LogFile::install(nullptr);
        const ChildRun r = runPrimectl({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("--name"),
                                        QStringLiteral("leak-") + QString::number(QCoreApplication::applicationPid()),
                                        QStringLiteral("--yes")}, {}, g_home);
        QCOMPARE(r.exitCode, 0);
    }
};

int main(int argc, char *argv[])
{
    // A private home for this process and its children: everything either writes
    // (settings, logs, nonce marks) lands here and is scanned.
    static QTemporaryDir home;
    if (!home.isValid())
        return 1;
    g_home = home.path();
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/.local/share")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/.cache")).toLocal8Bit());
    qputenv("XDG_STATE_HOME", (home.path() + QStringLiteral("/.local/state")).toLocal8Bit());
    qputenv("QT_LOGGING_RULES", "prime.*=true");
    QCoreApplication app(argc, argv);
    TestSecretLeak test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secret_leak.moc"
