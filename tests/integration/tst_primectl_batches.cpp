// primectl batches / call as a process against the sandbox.
#include "tst_primectl_support.h"

#include <QtTest>

using namespace primectltest;
using Fault = prime::sandbox::SandboxServer::Fault;

class TestPrimectlBatches : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void settleFlow();
    void settleNeedsConfirmationWithoutTerminal();
    void settleOutcomeUnknownIsNotRetried();
    void settleConfirmOnTerminal_data();
    void settleConfirmOnTerminal();
    void createOutcomeUnknownListsActiveBatches();
    void settleAllAfterLostAnswer_data();
    void settleAllAfterLostAnswer();
    void listAllAcrossPages();
    void listFilters();
    void waitTimesOut();
    void exportCsv();
    void callRaw();

private:
    QString createBatch();
    Harness *h = nullptr;
};

void TestPrimectlBatches::init()
{
    h = new Harness;
    QVERIFY(h->start(Harness::fastEmpty()));
}

void TestPrimectlBatches::cleanup()
{
    delete h;
    h = nullptr;
}

QString TestPrimectlBatches::createBatch()
{
    h->sandbox->bookTrade(QStringLiteral("BTC"), QStringLiteral("1.25"));
    h->sandbox->bookTrade(QStringLiteral("USD"), QStringLiteral("-50000.12"));
    const Run r = h->run(Harness::args("batches create"));
    if (r.code != 0)
        qWarning("%s", r.describe().constData());
    return r.object().value(QLatin1String("id")).toString();
}

void TestPrimectlBatches::settleFlow()
{
    const QString batch = createBatch();
    QVERIFY(!batch.isEmpty());
    Run r = h->run({QStringLiteral("batches"), QStringLiteral("get"), batch});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.object().value(QLatin1String("legs")).toArray().size(), 2);

    r = h->run({QStringLiteral("batches"), QStringLiteral("wait"), batch, QStringLiteral("--for"),
                QStringLiteral("confirmed"), QStringLiteral("--timeout"), QStringLiteral("30")});
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY(r.object().value(QLatin1String("attributes")).toObject().value(QLatin1String("confirmed")).toBool());

    r = h->run({QStringLiteral("batches"), QStringLiteral("settle"), batch, QStringLiteral("BTC"), QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, r.describe().constData());
    const QJsonObject attrs = r.object().value(QLatin1String("attributes")).toObject();
    QCOMPARE(attrs.value(QLatin1String("transfer_asset")).toString(), QStringLiteral("BTC"));
    QCOMPARE(attrs.value(QLatin1String("transfer_amount")).toString(), QStringLiteral("1.25"));
    QVERIFY(!r.object().value(QLatin1String("id")).toString().isEmpty());

    r = h->run({QStringLiteral("batches"), QStringLiteral("settle-all"), batch, QStringLiteral("--yes")});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.array().size(), 1); // BTC is under way already: only USD is left
    QCOMPARE(r.array().first().toObject().value(QLatin1String("attributes")).toObject()
                 .value(QLatin1String("transfer_amount")).toString(),
             QStringLiteral("50000.12"));
    QCOMPARE(h->sandbox->transferCount(batch, QStringLiteral("BTC")), 1);
    QCOMPARE(h->sandbox->transferCount(batch, QStringLiteral("USD")), 1);

    r = h->run({QStringLiteral("batches"), QStringLiteral("wait"), batch, QStringLiteral("--timeout"), QStringLiteral("30")});
    QVERIFY2(r.code == 0, r.describe().constData());
    for (const QJsonValue &leg : r.object().value(QLatin1String("legs")).toArray())
        QCOMPARE(leg.toObject().value(QLatin1String("status")).toString(), QStringLiteral("settled"));

    r = h->run({QStringLiteral("batches"), QStringLiteral("wait"), batch, QStringLiteral("--for"),
                QStringLiteral("completed"), QStringLiteral("--timeout"), QStringLiteral("30")});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.object().value(QLatin1String("attributes")).toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("completed"));
}

void TestPrimectlBatches::settleNeedsConfirmationWithoutTerminal()
{
    const QString batch = createBatch();
    QVERIFY(!batch.isEmpty());
    QVERIFY(h->run({QStringLiteral("batches"), QStringLiteral("wait"), batch, QStringLiteral("--for"),
                    QStringLiteral("confirmed")}).code == 0);
    for (const QStringList &args : {QStringList{QStringLiteral("batches"), QStringLiteral("settle"), batch, QStringLiteral("BTC")},
                                    QStringList{QStringLiteral("batches"), QStringLiteral("settle-all"), batch}}) {
        const Run r = h->run(args);
        QVERIFY2(r.code == 2, r.describe().constData());
        QVERIFY2(r.err.contains("no terminal"), r.describe().constData());
    }
    QCOMPARE(h->sandbox->transferCount(batch, QStringLiteral("BTC")), 0);
    QCOMPARE(h->sandbox->transferCount(batch, QStringLiteral("USD")), 0);
}

void TestPrimectlBatches::settleOutcomeUnknownIsNotRetried()
{
    const QString batch = createBatch();
    QVERIFY(h->run({QStringLiteral("batches"), QStringLiteral("wait"), batch, QStringLiteral("--for"),
                    QStringLiteral("confirmed")}).code == 0);
    h->sandbox->injectFault(QStringLiteral("SettlePrimeSettlementBatchAsset"), Fault::DropAfterApply, 1);
    const Run r = h->run({QStringLiteral("batches"), QStringLiteral("settle"), batch, QStringLiteral("BTC"), QStringLiteral("--yes")});
    QVERIFY2(r.code == 7, r.describe().constData());
    QVERIFY2(r.err.contains("settlement started"), r.describe().constData());
    QCOMPARE(h->sandbox->transferCount(batch, QStringLiteral("BTC")), 1);
}

void TestPrimectlBatches::settleConfirmOnTerminal_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("transfers");
    QTest::newRow("yes") << QByteArray("yes\n") << 0 << 1;
    QTest::newRow("no") << QByteArray("no\n") << 9 << 0;
}

void TestPrimectlBatches::settleConfirmOnTerminal()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, expected);
    QFETCH(int, transfers);
    const QString batch = createBatch();
    QVERIFY(h->run({QStringLiteral("batches"), QStringLiteral("wait"), batch, QStringLiteral("--for"),
                    QStringLiteral("confirmed")}).code == 0);
    // util-linux `script` gives primectl a pseudo-terminal; the prompt shows the leg's amount.
    QProcess p;
    p.setProcessEnvironment(h->env);
    p.start(QStringLiteral("script"), {QStringLiteral("-qec"),
                                       QStringLiteral(PRIMECTL_PATH " batches settle ") + batch + QStringLiteral(" USD"),
                                       QStringLiteral("/dev/null")});
    QVERIFY2(p.waitForStarted(10000), "util-linux script is needed for this test");
    p.write(answer);
    QVERIFY(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000));
    const QByteArray output = p.readAll();
    QVERIFY2(p.exitCode() == expected, output.constData());
    QVERIFY2(output.contains("outgoing 50000.12 USD"), output.constData());
    QCOMPARE(h->sandbox->transferCount(batch, QStringLiteral("USD")), transfers);
}

void TestPrimectlBatches::createOutcomeUnknownListsActiveBatches()
{
    h->sandbox->bookTrade(QStringLiteral("BTC"), QStringLiteral("2"));
    h->sandbox->injectFault(QStringLiteral("CreatePrimeSettlementBatch"), Fault::DropAfterApply, 1);
    const Run r = h->run(Harness::args("batches create"));
    QVERIFY2(r.code == 7, r.describe().constData());
    QCOMPARE(h->sandbox->batches().size(), 1); // created once, never re-sent
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().first().toObject().value(QLatin1String("id")).toString(), h->sandbox->batches().first().id);
}

void TestPrimectlBatches::settleAllAfterLostAnswer_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("transfers"); // legs with a transfer afterwards
    QTest::addColumn<int>("printed");
    // Applied, then the connection dropped: the re-read shows the transfer, the run goes on.
    QTest::newRow("applied") << int(Fault::DropAfterApply) << 0 << 2 << 2;
    // HTTP 500 before anything happened: no transfer on re-reading, the run stops there.
    QTest::newRow("not applied") << int(Fault::Http500) << 7 << 0 << 0;
}

void TestPrimectlBatches::settleAllAfterLostAnswer()
{
    QFETCH(int, fault);
    QFETCH(int, expected);
    QFETCH(int, transfers);
    QFETCH(int, printed);
    const QString batch = createBatch();
    QVERIFY(h->run({QStringLiteral("batches"), QStringLiteral("wait"), batch, QStringLiteral("--for"),
                    QStringLiteral("confirmed")}).code == 0);
    h->sandbox->injectFault(QStringLiteral("SettlePrimeSettlementBatchAsset"), Fault(fault), 1);
    const Run r = h->run({QStringLiteral("batches"), QStringLiteral("settle-all"), batch, QStringLiteral("--yes")});
    QVERIFY2(r.code == expected, r.describe().constData());
    QCOMPARE(r.array().size(), printed);
    QCOMPARE(h->sandbox->transferCount(batch, QStringLiteral("BTC")) + h->sandbox->transferCount(batch, QStringLiteral("USD")),
             transfers);
}

void TestPrimectlBatches::listAllAcrossPages()
{
    h->sandbox->addCompletedBatches(7);
    const QList<prime::Batch> expected = h->sandbox->batches();
    QCOMPARE(expected.size(), 7);

    Run r = h->run(Harness::args("batches list --limit 3"));
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.array().size(), 3);
    QVERIFY2(r.err.contains("more batches exist"), r.describe().constData());

    r = h->run(Harness::args("batches list --limit 3 --all"));
    QVERIFY2(r.code == 0, r.describe().constData());
    const QJsonArray all = r.array();
    QCOMPARE(all.size(), expected.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).toObject().value(QLatin1String("id")).toString(), expected.at(i).id);

    r = h->run(Harness::args("batches list --limit 3 --offset 6"));
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().first().toObject().value(QLatin1String("id")).toString(), expected.last().id);
}

void TestPrimectlBatches::listFilters()
{
    h->sandbox->addCompletedBatches(2);
    const QString open = createBatch();
    QVERIFY(!open.isEmpty());
    Run r = h->run(Harness::args("batches list --status unsettled --all"));
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().first().toObject().value(QLatin1String("id")).toString(), open);

    r = h->run(Harness::args("batches list --status completed --status unsettled"));
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.array().size(), 3);
}

void TestPrimectlBatches::waitTimesOut()
{
    h->sandbox->setClockFrozen(true); // the batch can never be confirmed
    const QString batch = createBatch();
    QVERIFY(!batch.isEmpty());
    const Run r = h->run({QStringLiteral("batches"), QStringLiteral("wait"), batch, QStringLiteral("--timeout"), QStringLiteral("1")});
    QVERIFY2(r.code == 8, r.describe().constData());
    QCOMPARE(r.object().value(QLatin1String("id")).toString(), batch);
    QVERIFY2(r.err.contains("gave up"), r.describe().constData());
}

void TestPrimectlBatches::exportCsv()
{
    const QString batch = createBatch();
    const QString file = h->home.filePath(QStringLiteral("batch.csv"));
    const Run r = h->run({QStringLiteral("batches"), QStringLiteral("export"), batch, QStringLiteral("--csv"), file});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.object().value(QLatin1String("rows")).toInt(), 2);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // header, two legs, empty tail after the last CRLF
    QVERIFY(lines.at(0).startsWith("batch_id,batch_status,confirmed,asset,direction,amount,"));
    QVERIFY(lines.at(0).endsWith('\r'));
    const QByteArray body = lines.at(1) + lines.at(2);
    QVERIFY2(body.contains(",BTC,incoming,1.25,"), body.constData());
    QVERIFY2(body.contains(",USD,outgoing,50000.12,"), body.constData());

    // The full layout (as the desktop app exports it): a batch row, a row per leg and per trade.
    const Run full = h->run({QStringLiteral("batches"), QStringLiteral("export"), batch, QStringLiteral("--csv"),
                             QStringLiteral("-"), QStringLiteral("--layout"), QStringLiteral("full")});
    QVERIFY2(full.code == 0, full.describe().constData());
    QVERIFY2(full.out.startsWith("record,batch_id,"), full.describe().constData());
    QCOMPARE(full.out.count("\r\nleg,"), 2);
    QCOMPARE(full.out.count("\r\ntrade,"), 2);
}

void TestPrimectlBatches::callRaw()
{
    Run r = h->run(Harness::args("call ListPrimeApiUsers"));
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY(r.object().value(QLatin1String("data")).isArray());

    r = h->run({QStringLiteral("call"), QStringLiteral("CreatePrimeApiUser"), QStringLiteral("--body"),
                QStringLiteral("{\"name\":\"Raw\",\"role\":\"Viewer\"}")});
    QVERIFY2(r.code == 2, r.describe().constData()); // a mutation needs --yes without a terminal
    QVERIFY(h->sandbox->users().isEmpty());

    r = h->run({QStringLiteral("call"), QStringLiteral("CreatePrimeApiUser"), QStringLiteral("--yes"),
                QStringLiteral("--body"), QStringLiteral("{\"name\":\"Raw\",\"role\":\"Viewer\"}")});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.object().value(QLatin1String("name")).toString(), QStringLiteral("Raw"));

    r = h->run({QStringLiteral("call"), QStringLiteral("GetPrimeApiUser"), QStringLiteral("--body"),
                QStringLiteral("{\"user_id\":1}")});
    QVERIFY2(r.code == 5, r.describe().constData());
    QVERIFY2(r.err.contains("EGeneral:Invalid arguments"), r.describe().constData());
}

QTEST_GUILESS_MAIN(TestPrimectlBatches)
#include "tst_primectl_batches.moc"
