// Runs the built primectl as a process against an in-process prime-sandbox
// server on loopback (shared by tst_primectl*.cpp).
#pragma once

#include "SandboxServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace primectltest {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(code) + "\nstdout: " + out.left(2000) + "\nstderr: " + err.left(2000);
    }
};

class Harness
{
public:
    // A fresh sandbox (empty unless told) with short, real-time delays, and a
    // private HOME/XDG tree so nonce files and settings never touch the user's.
    bool start(prime::sandbox::SandboxServer::Options o = {})
    {
        if (!home.isValid())
            return false;
        o.port = 0;
        sandbox = std::make_unique<prime::sandbox::SandboxServer>(o);
        QString error;
        if (!sandbox->start(&error)) {
            qWarning("sandbox did not start: %s", qPrintable(error));
            return false;
        }
        useCredentials(sandbox->adminCredentials());
        return true;
    }

    static prime::sandbox::SandboxServer::Options fastEmpty()
    {
        prime::sandbox::SandboxServer::Options o;
        o.seed = prime::sandbox::SandboxServer::Options::Seed::Empty;
        o.confirmDelayMs = 200;
        o.transferDelayMs = 200;
        o.completeDelayMs = 200;
        return o;
    }

    // Points PRIME_API_KEY / PRIME_API_SECRET_FILE at these credentials.
    void useCredentials(const prime::Credentials &c)
    {
        const QString secretPath = home.filePath(QStringLiteral("secret-") + c.apiKey);
        QFile f(secretPath);
        if (f.open(QIODevice::WriteOnly))
            f.write(c.secret.view().toByteArray() + '\n');
        env = QProcessEnvironment();
        for (const char *keep : {"PATH", "LANG", "LC_ALL", "TMPDIR"}) {
            const QByteArray v = qgetenv(keep);
            if (!v.isEmpty())
                env.insert(QString::fromLatin1(keep), QString::fromLocal8Bit(v));
        }
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("PRIME_API_URL"), sandbox->url().toString());
        env.insert(QStringLiteral("PRIME_API_KEY"), c.apiKey);
        env.insert(QStringLiteral("PRIME_API_SECRET_FILE"), secretPath);
    }

    // Runs primectl to the end while this thread's event loop keeps serving the sandbox.
    Run run(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 60000) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PRIMECTL_PATH), args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
            r.err = "primectl did not finish in time";
            return r;
        }
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        return r;
    }

    static QStringList args(const char *line)
    {
        return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

    QTemporaryDir home;
    QProcessEnvironment env;
    std::unique_ptr<prime::sandbox::SandboxServer> sandbox;
};

} // namespace primectltest
