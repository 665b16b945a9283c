// tst_secret_audit, the other programs on the same home: primectl on the saved
// profile, prime-admin aborted while it holds the profile's secret, and both
// screenshot runs (the executable's, and in process where paints are watched).
#include "SecretAuditTest.h"

#include <SandboxSession.h>
#include <SandboxState.h>
#include <ScreenshotRenderer.h>
#include <SecretStore.h>
#include <Session.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <csignal>

using namespace prime;
using namespace prime::ui;
using namespace secretaudit;

void TestSecretAudit::primectlCreatesAndRotatesKeys()
{
    QVERIFY(!m_userId.isEmpty());
    const QString dir = g_dirs->home + QStringLiteral("/primectl");
    QVERIFY(QDir().mkpath(dir));
    const QStringList profileArgs{QStringLiteral("--profile"), kProfileName, QStringLiteral("--format"), QStringLiteral("json")};
    const auto keyIdIn = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object().value(QLatin1StringView("id")).toString()
                                           : QString();
    };
    ChildOptions toFile;
    toFile.stdoutFile = dir + QStringLiteral("/keys-create.json");
    const Child created = runChild(QStringLiteral(PRIMECTL_PATH),
                                   profileArgs + QStringList{QStringLiteral("keys"), QStringLiteral("create"), m_userId},
                                   *g_dirs, toFile);
    keepOutput(QStringLiteral("primectl keys create"), created);
    QVERIFY2(created.finished && created.exitCode == 0, created.err.constData());
    const QString keyId = keyIdIn(dir + QStringLiteral("/keys-create.json"));
    QVERIFY(!keyId.isEmpty());
    harvest();
    QVERIFY(keychainSecret(profile().userKeySecretEntry(m_userId, keyId)) == serverSecret(keyId));

    toFile.stdoutFile = dir + QStringLiteral("/keys-rotate.json");
    const Child rotated = runChild(QStringLiteral(PRIMECTL_PATH),
                                   profileArgs + QStringList{QStringLiteral("keys"), QStringLiteral("rotate"), m_userId,
                                                             keyId, QStringLiteral("--yes")},
                                   *g_dirs, toFile);
    keepOutput(QStringLiteral("primectl keys rotate"), rotated);
    QVERIFY2(rotated.finished && rotated.exitCode == 0, rotated.err.constData());
    const QString newId = keyIdIn(dir + QStringLiteral("/keys-rotate.json"));
    QVERIFY(!newId.isEmpty() && newId != keyId);
    QVERIFY(!m_server->state().keyById(keyId));
    QVERIFY(keychainSecret(profile().userKeySecretEntry(m_userId, newId)) == serverSecret(newId));
}

// A crash while secrets are in memory: prime-admin opens the profile (its secret
// read from the keychain and used), then gets SIGABRT. Core files are allowed
// by the limits it inherits, so none appearing is the app's own doing.
void TestSecretAudit::abortedAppLeavesNoCoreAndNoSecret()
{
    const QString cwd = g_dirs->home + QStringLiteral("/crash");
    QVERIFY(QDir().mkpath(cwd));
    bool loaded = false;
    QByteArray limits;
    ChildOptions options;
    options.workingDirectory = cwd;
    options.timeoutMs = 30000;
    options.childSetup = allowCoreDumpsInChild;
    options.whileRunning = [&](QProcess &p) {
        p.setReadChannel(QProcess::StandardError);
        loaded = QTest::qWaitFor([&] { return p.peek(1 << 20).contains("prime.ui.loader: loaded"); }, 30000);
        QFile f(QStringLiteral("/proc/%1/limits").arg(p.processId()));
        if (f.open(QIODevice::ReadOnly))
            limits = f.readAll();
        ::kill(pid_t(p.processId()), SIGABRT);
    };
    const Child run = runChild(QStringLiteral(PRIME_ADMIN_BINARY), {QStringLiteral("--profile"), kProfileName}, *g_dirs,
                               options);
    keepOutput(QStringLiteral("aborted prime-admin"), run);
    QVERIFY2(loaded, run.err.constData());
    QVERIFY(run.crashed);
    // "Max core file size  0  0  bytes": the app lowered the limit we raised.
    const QList<QByteArray> line = [&] {
        for (const QByteArray &l : limits.split('\n'))
            if (l.startsWith("Max core file size"))
                return l.simplified().split(' ');
        return QList<QByteArray>();
    }();
    QVERIFY2(line.size() >= 6 && line.at(4) == "0" && line.at(5) == "0", limits.constData());
    QDirIterator it(g_dirs->root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString name = QFileInfo(it.next()).fileName();
        QVERIFY2(!(name == QLatin1String("core") || name.startsWith(QLatin1String("core."))), qPrintable(name));
    }
    QFile pattern(QStringLiteral("/proc/sys/kernel/core_pattern"));
    if (pattern.open(QIODevice::ReadOnly))
        qInfo().noquote() << "core_pattern:" << pattern.readAll().trimmed() << "(a core would have been written there)";
}

void TestSecretAudit::screenshotRunOfTheApp()
{
    const QString out = g_dirs->home + QStringLiteral("/screenshots/app");
    const Child run = runChild(QStringLiteral(PRIME_ADMIN_BINARY),
                               {QStringLiteral("--sandbox"), QStringLiteral("--screenshots"), out}, *g_dirs,
                               ChildOptions());
    keepOutput(QStringLiteral("prime-admin --screenshots"), run);
    QVERIFY2(run.finished && run.exitCode == 0, run.err.constData());
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 11);
}

// The same screenshot run in this process, where what each widget paints is
// seen: no secret may be painted in clear (the PNGs themselves are compressed).
void TestSecretAudit::screenshotsPaintNoSecretInClear()
{
    QVERIFY(m_paints);
    m_paintHits << m_paints->takeHits(); // the workflow's, checked at the end
    ProfileStore profiles;
    SecretStore secrets;
    QTemporaryDir scratch; // as main.cpp: screenshots get an empty audit log
    AuditLog audit(scratch.filePath(QStringLiteral("audit.jsonl")));
    MainWindow window(&profiles, &secrets, &audit);
    window.setSandboxFactory([this](QString *error) {
        Session *s = shell::startSandboxSession(error);
        m_shotServer = shell::sandboxOf(s);
        harvest();
        return s;
    });
    ScreenshotRenderer renderer(&window, g_dirs->home + QStringLiteral("/screenshots/in-process"));
    QSignalSpy finished(&renderer, &ScreenshotRenderer::finished);
    renderer.start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    harvest();
    QVERIFY(m_shotServer);
    const QStringList hits = m_paints->takeHits();
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}
