#include <QProcess>
#include <QTest>

// Runs the built primectl: the diagnostic users reach for on EAPI:Invalid signature.
class TestPrimectlSign : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &args, const QByteArray &stdinData)
    {
        QProcess p;
        p.start(QStringLiteral(PRIMECTL_PATH), args);
        if (!p.waitForStarted(10000))
            return {};
        p.write(stdinData);
        p.closeWriteChannel();
        p.waitForFinished(20000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

private slots:
    void vectors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("official") << QStringLiteral("/0/private/AddOrder")
                                  << QStringLiteral("nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25")
                                  << QByteArray("4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==\n");
        QTest::newRow("json") << QStringLiteral("/0/private/ListPrimeApiUserKeys")
                              << QStringLiteral("{\"nonce\":1616492376594,\"user_id\":\"2T0RXL9B8K5D6\"}")
                              << QByteArray("s00Io6+kbAPuXdf7KzWXFJ5chhMUZ1ZaMoPErjs7hNK4A627qn2KzZ3s1slpwAI7RTzgH8T6o0uYKPSgkvgpfQ==\n");
    }
    void vectors()
    {
        QFETCH(QString, path);
        QFETCH(QString, body);
        QFETCH(QByteArray, expected);
        const Run r = run({QStringLiteral("sign"), QStringLiteral("--path"), path, QStringLiteral("--nonce"),
                           QStringLiteral("1616492376594"), QStringLiteral("--body"), body},
                          "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, expected); // only the API-Sign
        QVERIFY(r.err.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("stdinData");
        QTest::addColumn<QByteArray>("message");
        const QByteArray secret = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==\n";
        QTest::newRow("missing body") << QStringList{QStringLiteral("sign"), QStringLiteral("--path"), QStringLiteral("/0/private/X"), QStringLiteral("--nonce"), QStringLiteral("1")} << secret << QByteArray("required");
        QTest::newRow("bad nonce") << QStringList{QStringLiteral("sign"), QStringLiteral("--path"), QStringLiteral("/0/private/X"), QStringLiteral("--nonce"), QStringLiteral("-5"), QStringLiteral("--body"), QStringLiteral("{}")} << secret << QByteArray("unsigned");
        QTest::newRow("bad path") << QStringList{QStringLiteral("sign"), QStringLiteral("--path"), QStringLiteral("0/private/X"), QStringLiteral("--nonce"), QStringLiteral("1"), QStringLiteral("--body"), QStringLiteral("{}")} << secret << QByteArray("URI path");
        QTest::newRow("secret as argument") << QStringList{QStringLiteral("sign"), QStringLiteral("--path"), QStringLiteral("/0/private/X"), QStringLiteral("--nonce"), QStringLiteral("1"), QStringLiteral("--body"), QStringLiteral("{}"), QStringLiteral("kQH5HW")} << secret << QByteArray("never accepted");
        QTest::newRow("no secret") << QStringList{QStringLiteral("sign"), QStringLiteral("--path"), QStringLiteral("/0/private/X"), QStringLiteral("--nonce"), QStringLiteral("1"), QStringLiteral("--body"), QStringLiteral("{}")} << QByteArray() << QByteArray("no secret");
        QTest::newRow("secret not base64") << QStringList{QStringLiteral("sign"), QStringLiteral("--path"), QStringLiteral("/0/private/X"), QStringLiteral("--nonce"), QStringLiteral("1"), QStringLiteral("--body"), QStringLiteral("{}")} << QByteArray("6xq8p1mvk9r3n7swt2l5cj4eaydhzbf\n") << QByteArray("base64");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, stdinData);
        QFETCH(QByteArray, message);
        const Run r = run(args, stdinData);
        QVERIFY(r.exitCode > 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPrimectlSign)
#include "tst_primectl_sign.moc"
