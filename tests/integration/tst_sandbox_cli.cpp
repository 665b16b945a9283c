// The prime-sandbox tool as a separate process: options, refusal of remote
// addresses, the credentials file, request logging, the HTTP control API and
// --state across restarts.
#include "tst_sandbox_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace prime;
using namespace sandboxtest;
using C = PrimeError::Category;

namespace {
struct Running
{
    std::unique_ptr<QProcess> process;
    QJsonObject credentials;
    Credentials admin() const
    {
        Credentials c;
        c.baseUrl = QUrl(credentials.value(QStringLiteral("url")).toString());
        c.apiKey = credentials.value(QStringLiteral("api_key")).toString();
        c.secret = SecretBytes(credentials.value(QStringLiteral("api_secret")).toString().toLatin1());
        return c;
    }
};

QString binary() { return QStringLiteral(PRIME_SANDBOX_BIN); }
} // namespace

class TestSandboxCli : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;

    Running launch(const QStringList &extra, const QString &credentialsFile)
    {
        Running r;
        QFile::remove(credentialsFile);
        r.process = std::make_unique<QProcess>();
        r.process->start(binary(), QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                               QStringLiteral("--credentials-out"), credentialsFile} + extra);
        if (!QTest::qWaitFor([&] { return QFile(credentialsFile).size() > 0; }, 15000))
            return r;
        QFile f(credentialsFile);
        if (!f.open(QIODevice::ReadOnly))
            return r;
        r.credentials = QJsonDocument::fromJson(f.readAll()).object();
        return r;
    }

    QJsonObject control(const QUrl &base, const QString &path, const QJsonObject &body, int *status = nullptr)
    {
        QNetworkRequest req(QUrl(base.toString() + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_nam.post(req, QJsonDocument(body).toJson());
        const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        if (status)
            *status = 0;
        if (!finished)
            return {};
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(binary()));
    }

    void helpAndVersion()
    {
        QProcess p;
        p.start(binary(), {QStringLiteral("--help")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray help = p.readAllStandardOutput();
        for (const char *option : {"--listen", "--seed", "--credentials-out", "--state", "--allow-remote",
                                   "--confirm-delay", "--transfer-delay", "--clock-speed"})
            QVERIFY2(help.contains(option), option);
        p.start(binary(), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.readAllStandardOutput().contains(PRIME_VERSION));
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("remote address") << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")} << QByteArray("loopback");
        QTest::newRow("lan address") << QStringList{QStringLiteral("--listen"), QStringLiteral("192.0.2.1:8800")} << QByteArray("loopback");
        QTest::newRow("no port") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")} << QByteArray("host:port");
        QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("full")} << QByteArray("--seed");
        QTest::newRow("speed") << QStringList{QStringLiteral("--clock-speed"), QStringLiteral("0")} << QByteArray("--clock-speed");
        QTest::newRow("delay") << QStringList{QStringLiteral("--confirm-delay"), QStringLiteral("-1")} << QByteArray("delays");
    }
    void refusesBadOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QProcess p;
        p.start(binary(), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(p.readAllStandardError().contains(message), message.constData());
    }

    void servesAClientAndLogs()
    {
        const QString credsPath = m_dir.filePath(QStringLiteral("creds.json"));
        Running r = launch({}, credsPath);
        QVERIFY(!r.credentials.isEmpty());
        QCOMPARE(QFile(credsPath).permissions() & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::Permissions());
        QVERIFY(r.credentials.value(QStringLiteral("url")).toString().startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(!r.credentials.value(QStringLiteral("read_only_api_key")).toString().isEmpty());

        PrimeClient c(&m_nam, r.admin(), testTransport());
        SANDBOX_CALL(QList<ApiUser>, users, c.listUsers(nullptr, users.callback()));
        QVERIFY2(users.result->ok(), qPrintable(users.result->error.details()));
        QVERIFY(users.result->value->size() >= 12);

        r.process->terminate();
        QVERIFY(r.process->waitForFinished(10000));
        QCOMPARE(r.process->exitStatus(), QProcess::NormalExit);
        const QByteArray log = r.process->readAllStandardError();
        QVERIFY2(log.contains("ListPrimeApiUsers 200 ok"), log.constData());
        QVERIFY(!log.contains(r.credentials.value(QStringLiteral("api_secret")).toString().toLatin1()));
        QVERIFY(!log.contains(r.credentials.value(QStringLiteral("api_key")).toString().toLatin1()));
    }

    void controlApi()
    {
        Running r = launch({QStringLiteral("--seed"), QStringLiteral("empty"), QStringLiteral("--quiet"),
                            QStringLiteral("--confirm-delay"), QStringLiteral("1000")},
                           m_dir.filePath(QStringLiteral("creds2.json")));
        QVERIFY(!r.credentials.isEmpty());
        const QUrl base = r.admin().baseUrl;
        int status = 0;
        QJsonObject o = control(base, QStringLiteral("/sandbox/clock/freeze"), {{QStringLiteral("frozen"), true}}, &status);
        QCOMPARE(status, 200);
        QVERIFY(o.value(QStringLiteral("result")).toObject().value(QStringLiteral("frozen")).toBool());
        o = control(base, QStringLiteral("/sandbox/trades"), {{QStringLiteral("asset"), QStringLiteral("BTC")}, {QStringLiteral("amount"), QStringLiteral("-0.75")}}, &status);
        QCOMPARE(status, 200);
        QVERIFY(!o.value(QStringLiteral("result")).toObject().value(QStringLiteral("trade_id")).toString().isEmpty());
        control(base, QStringLiteral("/sandbox/trades"), {{QStringLiteral("asset"), QStringLiteral("BTC")}, {QStringLiteral("amount"), QStringLiteral("1e3")}}, &status);
        QCOMPARE(status, 400);

        PrimeClient c(&m_nam, r.admin(), testTransport());
        SANDBOX_CALL(Batch, b, c.createBatch(QString(), nullptr, b.callback()));
        QVERIFY2(b.result->ok(), qPrintable(b.result->error.details()));
        QCOMPARE(b.result->value->legs.first().direction, QStringLiteral("outgoing"));
        control(base, QStringLiteral("/sandbox/clock/advance"), {{QStringLiteral("ms"), 1000}}, &status);
        QCOMPARE(status, 200);
        SANDBOX_CALL(Batch, got, c.getBatch(b.result->value->id, nullptr, got.callback()));
        QVERIFY(got.result->value->confirmed);

        control(base, QStringLiteral("/sandbox/faults"), {{QStringLiteral("operation"), QStringLiteral("ListPrimeApiUsers")}, {QStringLiteral("fault"), QStringLiteral("busy")}, {QStringLiteral("count"), 2}}, &status);
        QCOMPARE(status, 200);
        control(base, QStringLiteral("/sandbox/faults"), {{QStringLiteral("operation"), QStringLiteral("X")}, {QStringLiteral("fault"), QStringLiteral("meteor")}}, &status);
        QCOMPARE(status, 400);
        for (int i = 0; i < 2; ++i) {
            SANDBOX_CALL(QList<ApiUser>, busy, c.listUsers(nullptr, busy.callback()));
            QCOMPARE(busy.result->error.category, C::ServiceUnavailable);
        }
        SANDBOX_CALL(QList<ApiUser>, fine, c.listUsers(nullptr, fine.callback()));
        QVERIFY(fine.result->ok());

        QNetworkReply *reply = m_nam.get(QNetworkRequest(QUrl(base.toString() + QStringLiteral("/sandbox/status"))));
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("result")).toObject().value(QStringLiteral("batches")).toInt(), 1);
        delete reply;
        r.process->terminate();
        QVERIFY(r.process->waitForFinished(10000));
    }

    void stateAcrossRestarts()
    {
        const QString state = m_dir.filePath(QStringLiteral("state.json"));
        const QString creds = m_dir.filePath(QStringLiteral("creds3.json"));
        const QStringList args{QStringLiteral("--seed"), QStringLiteral("empty"), QStringLiteral("--state"), state};
        Running first = launch(args, creds);
        QVERIFY(!first.credentials.isEmpty());
        QString userId;
        {
            PrimeClient c(&m_nam, first.admin(), testTransport());
            SANDBOX_CALL(ApiUser, u, c.createUser(QStringLiteral("Survivor"), QStringLiteral("Trader"), nullptr, u.callback()));
            QVERIFY(u.result->ok());
            userId = u.result->value->id;
        }
        first.process->terminate();
        QVERIFY(first.process->waitForFinished(10000));
        QCOMPARE(QFile(state).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        Running second = launch(args, creds);
        QVERIFY(!second.credentials.isEmpty());
        QCOMPARE(second.credentials.value(QStringLiteral("api_key")), first.credentials.value(QStringLiteral("api_key")));
        PrimeClient c(&m_nam, second.admin(), testTransport());
        SANDBOX_CALL(ApiUser, got, c.getUser(userId, nullptr, got.callback()));
        QVERIFY2(got.result->ok(), qPrintable(got.result->error.details()));
        QCOMPARE(got.result->value->name, QStringLiteral("Survivor"));
        second.process->terminate();
        QVERIFY(second.process->waitForFinished(10000));
    }
};

QTEST_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
