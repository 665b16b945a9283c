// Two primectl processes and this process's own client, all on one API key at
// the same time: the shared, locked high-water mark per key means the sandbox
// (which enforces Kraken's rule) never sees a nonce that is not larger.
#include "NonceSource.h"
#include "PrimeClient.h"
#include "tst_primectl_support.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QStandardPaths>

using namespace primectltest;

class TestNonceProcesses : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void twoProcessesAndTheGuiShareOneKey()
    {
        Harness h;
        QVERIFY(h.start());
        const prime::Credentials admin = h.sandbox->adminCredentials();

        // The in-process client uses the very file the primectl children use.
        const QString childNonces = h.home.filePath(QStringLiteral("data/PrimeAdmin/prime-admin/nonces/"));
        const QString fileName =
            QFileInfo(prime::NonceSource::defaultStatePath(admin.baseUrl.toString(), admin.apiKey)).fileName();
        prime::TransportOptions options;
        options.nonceStatePath = childNonces + fileName;
        options.rateTier = prime::RateLimiter::Tier::unlimited();
        QNetworkAccessManager nam;
        prime::PrimeClient gui(&nam, admin, options);

        constexpr int kRunsPerWorker = 12;
        constexpr int kGuiCalls = 40;
        int finishedRuns = 0;
        QStringList failures;
        std::function<void(int, int)> runChain = [&](int worker, int left) {
            if (left == 0)
                return;
            auto *p = new QProcess(this);
            p->setProcessEnvironment(h.env);
            connect(p, &QProcess::finished, this, [&, p, worker, left](int code, QProcess::ExitStatus status) {
                const QByteArray err = p->readAllStandardError();
                if (status != QProcess::NormalExit || code != 0 || err.contains("nonce"))
                    failures << QStringLiteral("worker %1: exit %2: %3").arg(worker).arg(code).arg(QString::fromUtf8(err));
                ++finishedRuns;
                p->deleteLater();
                runChain(worker, left - 1);
            });
            p->start(QStringLiteral(PRIMECTL_PATH), {QStringLiteral("users"), QStringLiteral("list")});
        };
        runChain(1, kRunsPerWorker);
        runChain(2, kRunsPerWorker);

        int guiDone = 0;
        for (int i = 0; i < kGuiCalls; ++i)
            gui.listUsers(nullptr, [&](const prime::Result<QList<prime::ApiUser>> &r) {
                if (!r.ok())
                    failures << QStringLiteral("gui: ") + r.error.details();
                ++guiDone;
            });

        QVERIFY(QTest::qWaitFor([&] { return finishedRuns == 2 * kRunsPerWorker && guiDone == kGuiCalls; }, 120000));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(QFileInfo::exists(options.nonceStatePath)); // the mark really was shared on disk
    }
};

QTEST_GUILESS_MAIN(TestNonceProcesses)
#include "tst_nonce_processes.moc"
