// primectl as a process against the sandbox: users, keys, usage, help, exit codes.
#include "tst_primectl_support.h"

#include <QtTest>

using namespace primectltest;
using Fault = prime::sandbox::SandboxServer::Fault;

class TestPrimectl : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void usersLifecycle();
    void usageErrors_data();
    void usageErrors();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void exitCodes_data();
    void exitCodes();
    void createOutcomeUnknownRereads();
    void secretFromStdin();
    void keysLifecycle();
    void keyCreateOutcomeUnknownListsKeys();
    void revokeNeedsConfirmationWithoutTerminal();
    void confirmOnTerminal_data();
    void confirmOnTerminal();
    void rotateInSafeOrder();
    void rotateStopsBeforeRevokingWhenCreateFails();
    void rotateOutcomeUnknownKeepsOldKey();
    void tableFormat();
    void auditLogRecordsMutations();
    void secretsNeverLogged();
    void interruptedMutationIsOutcomeUnknown();

private:
    QString createUser(const QString &name = QStringLiteral("Script Bot"));
    QString createKey(const QString &userId);
    Harness *h = nullptr;
};

void TestPrimectl::init()
{
    h = new Harness;
    QVERIFY(h->start(Harness::fastEmpty()));
}

void TestPrimectl::cleanup()
{
    delete h;
    h = nullptr;
}

QString TestPrimectl::createUser(const QString &name)
{
    const Run r = h->run({QStringLiteral("users"), QStringLiteral("create"), QStringLiteral("--name"), name,
                          QStringLiteral("--role"), QStringLiteral("Trader")});
    if (r.code != 0)
        qWarning("%s", r.describe().constData());
    return r.object().value(QLatin1String("id")).toString();
}

QString TestPrimectl::createKey(const QString &userId)
{
    const Run r = h->run({QStringLiteral("keys"), QStringLiteral("create"), userId, QStringLiteral("--show-secret")});
    if (r.code != 0)
        qWarning("%s", r.describe().constData());
    return r.object().value(QLatin1String("id")).toString();
}

void TestPrimectl::usersLifecycle()
{
    Run r = h->run(Harness::args("users create --name Ops --role Viewer"));
    QVERIFY2(r.code == 0, r.describe().constData());
    const QJsonObject user = r.object();
    const QString id = user.value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(user.value(QLatin1String("name")).toString(), QStringLiteral("Ops"));
    QCOMPARE(user.value(QLatin1String("status")).toString(), QStringLiteral("Enabled"));
    QCOMPARE(user.value(QLatin1String("roles")).toArray(), QJsonArray{QStringLiteral("Viewer")});

    r = h->run({QStringLiteral("users"), QStringLiteral("get"), id});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.object(), user);

    r = h->run(Harness::args("users list"));
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY(r.json().isArray());
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().first().toObject(), user);

    r = h->run({QStringLiteral("users"), QStringLiteral("rename"), id, QStringLiteral("--name"), QStringLiteral("Ops 2")});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.object().value(QLatin1String("name")).toString(), QStringLiteral("Ops 2"));

    r = h->run({QStringLiteral("users"), QStringLiteral("disable"), id});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.object().value(QLatin1String("status")).toString(), QStringLiteral("Disabled"));
    QCOMPARE(h->sandbox->users().first().status, QStringLiteral("Disabled"));

    r = h->run({QStringLiteral("users"), QStringLiteral("enable"), id});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.object().value(QLatin1String("status")).toString(), QStringLiteral("Enabled"));

    r = h->run({QStringLiteral("users"), QStringLiteral("set-role"), id, QStringLiteral("--role"), QStringLiteral("Trader")});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.object().value(QLatin1String("roles")).toArray(), QJsonArray{QStringLiteral("Trader")});
    QCOMPARE(h->sandbox->users().first().roles, QStringList{QStringLiteral("Trader")});
}

void TestPrimectl::usageErrors_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("unknown command") << "frobnicate" << "unknown command";
    QTest::newRow("no subcommand") << "users" << "missing subcommand";
    QTest::newRow("unknown subcommand") << "keys frob" << "unknown subcommand";
    QTest::newRow("bad role") << "users create --name X --role Admin" << "Viewer or Trader";
    QTest::newRow("missing name") << "users create --role Viewer" << "--name";
    QTest::newRow("missing user id") << "users get" << "missing USER_ID";
    QTest::newRow("extra argument") << "users get A B" << "unexpected argument";
    QTest::newRow("secret as option") << "users list --secret abc" << "Unknown option";
    QTest::newRow("no --ips") << "keys set-ips U K" << "--ips is required";
    QTest::newRow("bad ip") << "keys set-ips U K --ips 192.0.2.1,300.1.1.1" << "300.1.1.1";
    QTest::newRow("secret with nowhere to go") << "keys create U" << "--show-secret";
    QTest::newRow("limit too large") << "batches list --limit 500" << "--limit";
    QTest::newRow("bad status") << "batches list --status open" << "--status";
    QTest::newRow("bad asset kind") << "batches create --asset-kind spot" << "--asset-kind";
    QTest::newRow("bad wait target") << "batches wait B --for done" << "--for";
    QTest::newRow("bad format") << "users list --format xml" << "--format";
    QTest::newRow("export without file") << "batches export B" << "--csv";
    QTest::newRow("call body not object") << "call ListPrimeApiUsers --body [1]" << "JSON object";
    QTest::newRow("call body with nonce") << "call ListPrimeApiUsers --body {\"nonce\":1}" << "nonce";
}

void TestPrimectl::usageErrors()
{
    QFETCH(QString, line);
    QFETCH(QString, stderrContains);
    const int usersBefore = int(h->sandbox->users().size());
    const Run r = h->run(line.split(QLatin1Char(' ')));
    QVERIFY2(r.code == 2, r.describe().constData());
    QVERIFY2(r.out.isEmpty(), r.describe().constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.describe().constData());
    QCOMPARE(h->sandbox->users().size(), usersBefore);
}

void TestPrimectl::helpForEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *c : {"users list", "users get", "users create", "users rename", "users enable",
                          "users disable", "users set-role", "keys list", "keys create", "keys set-ips",
                          "keys revoke", "keys rotate", "batches list", "batches get", "batches create",
                          "batches settle", "batches settle-all", "batches wait", "batches export", "call", "sign"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestPrimectl::helpForEveryCommand()
{
    QFETCH(QString, command);
    const Run r = h->run(command.split(QLatin1Char(' ')) << QStringLiteral("--help"));
    QVERIFY2(r.code == 0, r.describe().constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.startsWith(QStringLiteral("Usage: primectl ") + command), r.describe().constData());
    QVERIFY2(text.contains(QStringLiteral("Example")), r.describe().constData());
}

void TestPrimectl::exitCodes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("credentials"); // admin, readonly, wrongkey, none
    QTest::addColumn<QString>("faultOperation");
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("ok") << "users list" << "admin" << "" << -1 << 0 << "";
    QTest::newRow("no credentials") << "users list" << "none" << "" << -1 << 3 << "PRIME_API_KEY";
    QTest::newRow("unknown key") << "users list" << "wrongkey" << "" << -1 << 3 << "EAPI:Invalid key";
    QTest::newRow("invalid nonce") << "users list" << "admin" << "ListPrimeApiUsers" << int(Fault::InvalidNonce) << 3
                                   << "EAPI:Invalid nonce";
    QTest::newRow("permission") << "users create --name X --role Viewer" << "readonly" << "" << -1 << 4
                                << "EGeneral:Permission denied";
    QTest::newRow("invalid arguments") << "users get NOSUCHUSER" << "admin" << "" << -1 << 5
                                       << "EGeneral:Invalid arguments";
    QTest::newRow("transient read") << "users list" << "admin" << "ListPrimeApiUsers" << int(Fault::ServiceUnavailable)
                                    << 6 << "EService:Unavailable";
    QTest::newRow("transient mutation") << "batches create" << "admin" << "CreatePrimeSettlementBatch"
                                        << int(Fault::ServiceUnavailable) << 6 << "EService:Unavailable";
    QTest::newRow("outcome unknown") << "users create --name X --role Viewer" << "admin" << "CreatePrimeApiUser"
                                     << int(Fault::Http500) << 7 << "HTTP 500";
}

void TestPrimectl::exitCodes()
{
    QFETCH(QString, line);
    QFETCH(QString, credentials);
    QFETCH(QString, faultOperation);
    QFETCH(int, fault);
    QFETCH(int, expected);
    QFETCH(QString, stderrContains);
    if (credentials == QLatin1String("readonly")) {
        h->useCredentials(h->sandbox->readOnlyAdminCredentials());
    } else if (credentials == QLatin1String("wrongkey")) {
        prime::Credentials c = h->sandbox->adminCredentials();
        c.apiKey = QStringLiteral("KRANOSUCHKEY");
        h->useCredentials(c);
    } else if (credentials == QLatin1String("none")) {
        h->env.remove(QStringLiteral("PRIME_API_KEY"));
    }
    if (fault >= 0)
        h->sandbox->injectFault(faultOperation, Fault(fault), 10);
    const Run r = h->run(line.split(QLatin1Char(' ')));
    QVERIFY2(r.code == expected, r.describe().constData());
    if (!stderrContains.isEmpty())
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrContains), r.describe().constData());
    if (expected != 0 && expected != 7)
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
}

void TestPrimectl::createOutcomeUnknownRereads()
{
    // The server creates the user, then the connection drops: never retried, re-read instead.
    h->sandbox->injectFault(QStringLiteral("CreatePrimeApiUser"), Fault::DropAfterApply, 1);
    const Run r = h->run(Harness::args("users create --name Lost --role Viewer"));
    QVERIFY2(r.code == 7, r.describe().constData());
    QCOMPARE(h->sandbox->users().size(), 1);
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("Lost"));
    QVERIFY2(r.err.contains("probably created"), r.describe().constData());
}

void TestPrimectl::secretFromStdin()
{
    const QByteArray secret = h->sandbox->adminCredentials().secret.view().toByteArray();
    h->env.remove(QStringLiteral("PRIME_API_SECRET_FILE"));
    Run r = h->run(Harness::args("users list"));
    QVERIFY2(r.code == 3, r.describe().constData());
    QVERIFY2(r.err.contains("--secret-stdin"), r.describe().constData());
    r = h->run(Harness::args("users list --secret-stdin"), secret + '\n');
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY(r.json().isArray());
    // Global options may also come before the command.
    r = h->run(Harness::args("--secret-stdin --format table users list"), secret + '\n');
    QVERIFY2(r.code == 0, r.describe().constData());
}

void TestPrimectl::keysLifecycle()
{
    const QString user = createUser();
    QVERIFY(!user.isEmpty());
    Run r = h->run({QStringLiteral("keys"), QStringLiteral("create"), user, QStringLiteral("--show-secret")});
    QVERIFY2(r.code == 0, r.describe().constData());
    const QJsonObject key = r.object();
    const QString keyId = key.value(QLatin1String("id")).toString();
    QVERIFY(!keyId.isEmpty());
    QCOMPARE(key.value(QLatin1String("user_id")).toString(), user);
    QVERIFY(!key.value(QLatin1String("api_key")).toString().isEmpty());
    const QByteArray secret = key.value(QLatin1String("api_secret")).toString().toLatin1();
    QVERIFY(prime::SecretBytes(secret).isBase64());

    r = h->run({QStringLiteral("keys"), QStringLiteral("set-ips"), user, keyId, QStringLiteral("--ips"),
                QStringLiteral("192.0.2.10, 192.0.2.11")});
    QVERIFY2(r.code == 0, r.describe().constData());
    const QJsonArray ips{QStringLiteral("192.0.2.10"), QStringLiteral("192.0.2.11")};
    QCOMPARE(r.object().value(QLatin1String("whitelisted_ips")).toArray(), ips);
    QVERIFY(!r.object().contains(QLatin1String("api_secret")));

    r = h->run({QStringLiteral("keys"), QStringLiteral("list"), user});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.array().size(), 1);
    const QJsonObject listed = r.array().first().toObject();
    QCOMPARE(listed.value(QLatin1String("key")).toString(), key.value(QLatin1String("api_key")).toString());
    QCOMPARE(listed.value(QLatin1String("whitelisted_ips")).toArray(), ips);
    QVERIFY(!r.out.contains(secret));

    r = h->run({QStringLiteral("keys"), QStringLiteral("set-ips"), user, keyId, QStringLiteral("--ips"), QString()});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.object().value(QLatin1String("whitelisted_ips")).toArray(), QJsonArray());

    r = h->run({QStringLiteral("keys"), QStringLiteral("revoke"), user, keyId, QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.object().value(QLatin1String("deleted")).toBool(), true);
    QVERIFY(h->sandbox->keys(user).isEmpty());
}

void TestPrimectl::keyCreateOutcomeUnknownListsKeys()
{
    const QString user = createUser();
    h->sandbox->injectFault(QStringLiteral("CreatePrimeApiUserKey"), Fault::DropAfterApply, 1);
    const Run r = h->run({QStringLiteral("keys"), QStringLiteral("create"), user, QStringLiteral("--show-secret")});
    QVERIFY2(r.code == 7, r.describe().constData());
    QCOMPARE(h->sandbox->keys(user).size(), 1); // sent once: the server made one key
    QCOMPARE(r.array().size(), 1);             // the re-read shows it, without any secret
    QVERIFY(!r.array().first().toObject().contains(QLatin1String("api_secret")));
    QVERIFY2(r.err.contains("revoke it"), r.describe().constData());
}

void TestPrimectl::revokeNeedsConfirmationWithoutTerminal()
{
    const QString user = createUser();
    const QString keyId = createKey(user);
    QVERIFY(!keyId.isEmpty());
    for (const char *sub : {"revoke", "rotate"}) {
        const Run r = h->run({QStringLiteral("keys"), QString::fromLatin1(sub), user, keyId});
        QVERIFY2(r.code == 2, r.describe().constData());
        QVERIFY2(r.err.contains("--yes"), r.describe().constData());
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(h->sandbox->keys(user).size(), 1);
    QCOMPARE(h->sandbox->keys(user).first().id, keyId);
}

void TestPrimectl::confirmOnTerminal_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("keysLeft");
    QTest::newRow("yes") << QByteArray("y\n") << 0 << 0;
    QTest::newRow("no") << QByteArray("n\n") << 9 << 1;
    QTest::newRow("just enter") << QByteArray("\n") << 9 << 1;
}

void TestPrimectl::confirmOnTerminal()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, expected);
    QFETCH(int, keysLeft);
    const QString user = createUser();
    const QString keyId = createKey(user);
    QVERIFY(!keyId.isEmpty());
    // util-linux `script` gives primectl a pseudo-terminal, as a person at a shell has.
    const QString command = QStringLiteral(PRIMECTL_PATH " keys revoke ") + user + QLatin1Char(' ') + keyId;
    QProcess p;
    p.setProcessEnvironment(h->env);
    p.start(QStringLiteral("script"), {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
    QVERIFY2(p.waitForStarted(10000), "util-linux script is needed for this test");
    p.write(answer);
    QVERIFY(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000));
    const QByteArray output = p.readAll();
    QVERIFY2(p.exitCode() == expected, output.constData());
    QVERIFY2(output.contains("[y/N]"), output.constData());
    QCOMPARE(h->sandbox->keys(user).size(), keysLeft);
}

void TestPrimectl::rotateInSafeOrder()
{
    const QString user = createUser();
    const QString oldKey = createKey(user);
    Run r = h->run({QStringLiteral("keys"), QStringLiteral("set-ips"), user, oldKey, QStringLiteral("--ips"),
                    QStringLiteral("198.51.100.7")});
    QVERIFY2(r.code == 0, r.describe().constData());

    r = h->run({QStringLiteral("keys"), QStringLiteral("rotate"), user, oldKey, QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, r.describe().constData());
    // Without a profile stdout is the only copy of the new secret.
    const QJsonObject printed = r.object();
    const QString newKey = printed.value(QLatin1String("id")).toString();
    QVERIFY(!newKey.isEmpty() && newKey != oldKey);
    QVERIFY(prime::SecretBytes(printed.value(QLatin1String("api_secret")).toString().toLatin1()).isBase64());
    const QList<prime::ApiKey> keys = h->sandbox->keys(user);
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().id, newKey);
    QCOMPARE(keys.first().whitelistedIps, QStringList{QStringLiteral("198.51.100.7")});
    // The journal on stderr shows the order.
    const QString err = QString::fromUtf8(r.err);
    const qsizetype kept = err.indexOf(QStringLiteral("[keep_secret]"));
    const qsizetype copied = err.indexOf(QStringLiteral("[copy_allow_list]"));
    const qsizetype revoked = err.indexOf(QStringLiteral("[revoke_old_key]"));
    QVERIFY2(kept >= 0 && copied > kept && revoked > copied, r.describe().constData());
}

void TestPrimectl::rotateStopsBeforeRevokingWhenCreateFails()
{
    const QString user = createUser();
    const QString oldKey = createKey(user);
    h->sandbox->injectFault(QStringLiteral("CreatePrimeApiUserKey"), Fault::ServiceUnavailable, 1);
    const Run r = h->run({QStringLiteral("keys"), QStringLiteral("rotate"), user, oldKey, QStringLiteral("--yes")});
    QVERIFY2(r.code == 6, r.describe().constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(h->sandbox->keys(user).size(), 1);
    QCOMPARE(h->sandbox->keys(user).first().id, oldKey);
}

void TestPrimectl::rotateOutcomeUnknownKeepsOldKey()
{
    const QString user = createUser();
    const QString oldKey = createKey(user);
    // The revoke is answered with HTTP 500 before the server acts: the re-read
    // finds the old key still active, so the rotation stops with "outcome unknown".
    h->sandbox->injectFault(QStringLiteral("DeletePrimeApiUserKey"), Fault::Http500, 1);
    const Run r = h->run({QStringLiteral("keys"), QStringLiteral("rotate"), user, oldKey, QStringLiteral("--yes")});
    QVERIFY2(r.code == 7, r.describe().constData());
    const QString newKey = r.object().value(QLatin1String("id")).toString();
    QVERIFY2(r.object().contains(QLatin1String("api_secret")), r.describe().constData());
    QCOMPARE(h->sandbox->keys(user).size(), 2);
    QVERIFY2(r.err.contains("still active"), r.describe().constData());
    QVERIFY(!newKey.isEmpty());
}

void TestPrimectl::tableFormat()
{
    createUser(QStringLiteral("Table User"));
    const Run r = h->run(Harness::args("users list --format table"));
    QVERIFY2(r.code == 0, r.describe().constData());
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("ID")));
    QVERIFY(lines.at(0).contains(QStringLiteral("NAME")));
    QVERIFY(lines.at(1).contains(QStringLiteral("Table User")));
}

void TestPrimectl::auditLogRecordsMutations()
{
    const QString user = createUser(QStringLiteral("Audited"));
    QVERIFY(!user.isEmpty());
    QVERIFY(h->run({QStringLiteral("users"), QStringLiteral("disable"), user}).code == 0);
    QVERIFY(h->run(Harness::args("users list")).code == 0); // reads are not audited
    QVERIFY(h->run(Harness::args("users rename NOSUCHUSER --name X")).code == 5);
    // The GUI's audit log: same organisation and application name.
    QFile f(h->home.filePath(QStringLiteral("data/PrimeAdmin/prime-admin/audit.jsonl")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QJsonObject> entries;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.isEmpty())
            entries << QJsonDocument::fromJson(line).object();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).value(QLatin1String("operation")).toString(), QStringLiteral("CreatePrimeApiUser"));
    QCOMPARE(entries.at(1).value(QLatin1String("operation")).toString(), QStringLiteral("UpdatePrimeApiUser"));
    QCOMPARE(entries.at(1).value(QLatin1String("targets")).toArray(), QJsonArray{user});
    QCOMPARE(entries.at(1).value(QLatin1String("outcome")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(entries.at(2).value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
    QVERIFY(entries.at(2).value(QLatin1String("detail")).toString().contains(QStringLiteral("EGeneral:Invalid arguments")));
}

void TestPrimectl::secretsNeverLogged()
{
    // Every log category on, as someone debugging a script would turn it on.
    h->env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    const QByteArray admin = h->sandbox->adminCredentials().secret.view().toByteArray();
    const QList<QByteArray> adminForms{admin, QByteArray::fromBase64(admin), QByteArray::fromBase64(admin).toHex()};
    const QString user = createUser();
    QList<Run> runs;
    runs << h->run(Harness::args("users list"));
    const Run created = h->run({QStringLiteral("keys"), QStringLiteral("create"), user, QStringLiteral("--show-secret")});
    QVERIFY2(created.code == 0, created.describe().constData());
    runs << created;
    const QString keyId = created.object().value(QLatin1String("id")).toString();
    const Run rotated = h->run({QStringLiteral("keys"), QStringLiteral("rotate"), user, keyId, QStringLiteral("--yes")});
    QVERIFY2(rotated.code == 0, rotated.describe().constData());
    runs << rotated;
    QVERIFY2(!runs.at(0).err.isEmpty(), "logging rules were not applied: the test would prove nothing");
    for (const Run &r : std::as_const(runs)) {
        for (const QByteArray &form : adminForms)
            QVERIFY2(!r.out.contains(form) && !r.err.contains(form), r.describe().constData());
    }
    // A user-key secret goes to stdout once (asked for) and never to stderr.
    for (const Run *r : {&created, &rotated}) {
        const QByteArray secret = r->object().value(QLatin1String("api_secret")).toString().toLatin1();
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!r->err.contains(secret) && !r->err.contains(QByteArray::fromBase64(secret).toHex()),
                 r->describe().constData());
    }
}

void TestPrimectl::interruptedMutationIsOutcomeUnknown()
{
    // The server applies the change, then sits on the answer: SIGTERM arrives meanwhile.
    h->sandbox->injectFault(QStringLiteral("CreatePrimeApiUser"), Fault::Delay, 1, 20000);
    QProcess p;
    p.setProcessEnvironment(h->env);
    p.start(QStringLiteral(PRIMECTL_PATH), Harness::args("users create --name Slow --role Viewer"));
    QVERIFY(p.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor([this] { return h->sandbox->users().size() == 1; }, 15000));
    p.terminate();
    QVERIFY(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 15000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 7, err.constData());
    QVERIFY2(err.contains("CreatePrimeApiUser was in flight"), err.constData());

    // Nothing in flight: the plain interruption code.
    h->sandbox->setClockFrozen(true);
    h->sandbox->bookTrade(QStringLiteral("BTC"), QStringLiteral("1"));
    const QString batch = h->run(Harness::args("batches create")).object().value(QLatin1String("id")).toString();
    QVERIFY(!batch.isEmpty());
    QProcess w;
    w.setProcessEnvironment(h->env);
    w.start(QStringLiteral(PRIMECTL_PATH), {QStringLiteral("batches"), QStringLiteral("wait"), batch});
    QVERIFY(w.waitForStarted(10000));
    QByteArray progress;
    QVERIFY(QTest::qWaitFor([&] {
        progress += w.readAllStandardError();
        return progress.contains("not confirmed"); // the first poll answered: now it waits
    }, 15000));
    w.terminate();
    QVERIFY(QTest::qWaitFor([&w] { return w.state() == QProcess::NotRunning; }, 15000));
    QVERIFY2(w.exitCode() == 130, w.readAllStandardError().constData());
}

QTEST_GUILESS_MAIN(TestPrimectl)
#include "tst_primectl.moc"
