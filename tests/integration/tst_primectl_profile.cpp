// `primectl profile ...` as a user runs it: a child process with its own HOME,
// the secret on stdin, checked with secret-tool against the real Secret Service.
#include "KeychainTestSupport.h"
#include "ScriptedHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace keychaintest;

namespace {
const char *const kUsersAnswer =
    "{\"error\":[],\"result\":{\"data\":[{\"id\":\"U1\",\"name\":\"Ann\",\"status\":\"Enabled\",\"roles\":[\"Viewer\"]}]}}";
const char *const kBadKeyAnswer = "{\"error\":[\"EAPI:Invalid key\"]}";
const char *const kNoPermissionAnswer = "{\"error\":[\"EGeneral:Permission denied\"]}";

QByteArray randomSecret()
{
    QByteArray raw(64, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    return raw.toBase64();
}

QString uniqueName(const char *prefix)
{
    return QString::fromLatin1(prefix) + QString::number(QRandomGenerator::global()->generate(), 16);
}

// secret-tool prints the stored value: QtKeychain keeps binary entries base64-encoded.
QByteArray secretToolLookup(const QString &entry)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("PrimeAdmin"),
             QStringLiteral("user"), entry});
    if (!p.waitForFinished(20000))
        return "<secret-tool timed out>";
    return QByteArray::fromBase64(p.readAllStandardOutput().trimmed());
}

QByteArray secretToolSearch(const QString &entry)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
             QStringLiteral("PrimeAdmin"), QStringLiteral("user"), entry});
    p.waitForFinished(20000);
    return p.readAll();
}
} // namespace

class TestPrimectlProfile : public QObject
{
    Q_OBJECT

    QStringList m_cleanup; // profile names to remove at the end, with their homes
    QTemporaryDir m_home;

    QString home() const { return m_home.path(); }
    QString profilesFile() const { return home() + QStringLiteral("/.config/PrimeAdmin/profiles.ini"); }

    ChildRun add(const QString &name, const QString &url, const QString &apiKey, const QByteArray &stdinData,
                 const QStringList &extra = {})
    {
        m_cleanup << name;
        return runPrimectl(QStringList{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"), name,
                                       QStringLiteral("--url"), url, QStringLiteral("--api-key"), apiKey,
                                       QStringLiteral("--secret-stdin")} + extra,
                           stdinData, home());
    }

    QJsonArray list()
    {
        const ChildRun r = runPrimectl({QStringLiteral("profile"), QStringLiteral("list")}, {}, home());
        if (r.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(r.out).array();
    }

    bool listed(const QString &name)
    {
        for (const QJsonValue &v : list()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(PRIMECTL_PATH)), PRIMECTL_PATH);
        const QString problem = keychainProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
    }

    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_cleanup))
            runPrimectl({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("--name"), name,
                         QStringLiteral("--yes")}, {}, home());
    }

    void addListRemove()
    {
        const QByteArray secret = randomSecret();
        const QString name = uniqueName("prod-");
        const QString apiKey = uniqueName("PUB");
        // Pasted with spaces and newlines around it: stored trimmed.
        const ChildRun r = add(name, QStringLiteral("https://api.kraken.com"), apiKey, "  " + secret + "\r\n\n",
                               {QStringLiteral("--label"), QStringLiteral("Live desk")});
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        const QJsonObject added = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(added.value(QStringLiteral("name")).toString(), name);
        QCOMPARE(added.value(QStringLiteral("production")).toBool(), true);
        const QString entry = added.value(QStringLiteral("secretEntry")).toString();
        QVERIFY(entry.startsWith(QStringLiteral("https://api.kraken.com ")));

        // The secret is in the Secret Service, visible to secret-tool...
        QCOMPARE(secretToolLookup(entry), secret);
        QVERIFY(secretToolSearch(entry).contains(QByteArray("attribute.user = " + entry.toUtf8())));
        // ...and in no file under the home directory, nor in what primectl printed.
        QVERIFY(QFile::exists(profilesFile()));
        int files = 0;
        QStringList leaks = findInFiles(home(), leakPatterns(secret), &files);
        leaks << findIn(r.out + r.err, leakPatterns(secret), QStringLiteral("primectl output"));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        QVERIFY(files >= 1);

        QVERIFY(listed(name));
        const ChildRun table = runPrimectl({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--format"),
                                            QStringLiteral("table")}, {}, home());
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(name.toUtf8()));
        QVERIFY(table.out.contains("production"));

        // No terminal to ask on and no --yes: refuse, keep everything.
        const ChildRun refused = runPrimectl({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("--name"), name},
                                             "y\n", home());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--yes"), refused.err.constData());
        QVERIFY(listed(name));
        QCOMPARE(secretToolLookup(entry), secret);

        const ChildRun removed = runPrimectl({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("--name"),
                                              name, QStringLiteral("--yes")}, {}, home());
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QVERIFY(!listed(name));
        QVERIFY(secretToolLookup(entry).isEmpty());
    }

    void addRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("secret-on-argv") << QStringList{QStringLiteral("c2VjcmV0T25Bcmd2")} << QByteArray() << QByteArray("command line");
        QTest::newRow("not-base64") << QStringList() << QByteArray("not base64!\n") << QByteArray("base64");
        QTest::newRow("empty-stdin") << QStringList() << QByteArray("\n") << QByteArray("empty");
        QTest::newRow("plain-http") << QStringList{QStringLiteral("--url"), QStringLiteral("http://api.kraken.com")}
                                    << QByteArray("c2VjcmV0\n") << QByteArray("http://");
    }
    void addRefusesBadInput()
    {
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, stdinData);
        QFETCH(QByteArray, expected);
        const QString name = uniqueName("bad-");
        const ChildRun r = add(name, QStringLiteral("https://api.kraken.com"), uniqueName("K"), stdinData, extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QVERIFY(!r.err.contains("c2VjcmV0T25Bcmd2")); // never echo what might be a secret
        QVERIFY(!listed(name));
    }

    void addWithoutSecretStdinFlagIsRefused()
    {
        const ChildRun r = runPrimectl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"),
                                        uniqueName("x"), QStringLiteral("--api-key"), QStringLiteral("K")},
                                       "c2VjcmV0\n", home());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--secret-stdin"));
    }

    void testExplainsTheResult_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("ok") << QByteArray(kUsersAnswer)
                            << 0 << QByteArray("OK:");
        QTest::newRow("bad-key") << QByteArray(kBadKeyAnswer) << 3 << QByteArray("FAILED:");
        QTest::newRow("no-permission") << QByteArray(kNoPermissionAnswer) << 4 << QByteArray("FAILED:");
    }
    void testExplainsTheResult()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, expected);
        ScriptedHttpServer server;
        server.defaultAnswer = {200, answer};
        const QString name = uniqueName("sandbox-");
        const QByteArray secret = randomSecret();
        const ChildRun added = add(name, QString::fromLatin1(server.baseUrl()), uniqueName("K"), secret + '\n',
                                   {QStringLiteral("--test")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const ChildRun r = runPrimectl({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("--name"), name},
                                       {}, home());
        QCOMPARE(r.exitCode, exitCode);
        const QByteArray output = r.out + r.err;
        QVERIFY2(output.contains(expected), output.constData());
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests.first().path, QByteArray("/0/private/ListPrimeApiUsers"));
        QVERIFY(findIn(r.out + r.err, leakPatterns(secret), QStringLiteral("output")).isEmpty());
    }

    void globalProfileOptionNamesTheProfile()
    {
        // `primectl --profile NAME profile test` is the same as `profile test --name NAME`.
        ScriptedHttpServer server;
        server.defaultAnswer = {200, kUsersAnswer};
        const QString name = uniqueName("global-");
        const ChildRun added = add(name, QString::fromLatin1(server.baseUrl()), uniqueName("K"), randomSecret(),
                                   {QStringLiteral("--test")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const ChildRun r = runPrimectl({QStringLiteral("--profile"), name, QStringLiteral("profile"), QStringLiteral("test")},
                                       {}, home());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("OK:"));
    }

    void testWithUnknownProfileFails()
    {
        const ChildRun r = runPrimectl({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("--name"),
                                        uniqueName("nope")}, {}, home());
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("no profile"));
    }

    void noSecretServiceReachable()
    {
        QTemporaryDir emptyHome;
        const QByteArray secret = randomSecret();
        const ChildRun r = runPrimectl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"),
                                        QStringLiteral("offline"), QStringLiteral("--api-key"), QStringLiteral("K"),
                                        QStringLiteral("--secret-stdin")},
                                       secret + '\n', emptyHome.path(),
                                       {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")},
                                        {QStringLiteral("PRIME_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("5000")}});
        QVERIFY(r.finished);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("No keychain is available"), r.err.constData());
        QVERIFY2(r.elapsedMs < 15000, qPrintable(QString::number(r.elapsedMs)));
        QVERIFY(!QFile::exists(emptyHome.path() + QStringLiteral("/.config/PrimeAdmin/profiles.ini")));
        QStringList leaks = findInFiles(emptyHome.path(), leakPatterns(secret));
        leaks << findIn(r.out + r.err, leakPatterns(secret), QStringLiteral("primectl output"));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestPrimectlProfile)
#include "tst_primectl_profile.moc"
