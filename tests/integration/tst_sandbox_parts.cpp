// The sandbox's building blocks: exact decimals, raw nonce extraction, the
// simulated clock and the fault table.
#include "Auth.h"
#include "Decimal.h"
#include "FaultInjector.h"
#include "SandboxClock.h"

#include <QTest>

using namespace prime::sandbox;

class TestSandboxParts : public QObject
{
    Q_OBJECT

private slots:
    void decimalParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: invalid
        QTest::newRow("int") << QStringLiteral("42") << QStringLiteral("42");
        QTest::newRow("fraction") << QStringLiteral("1.50") << QStringLiteral("1.5");
        QTest::newRow("negative") << QStringLiteral("-0.25") << QStringLiteral("-0.25");
        QTest::newRow("plus") << QStringLiteral("+3") << QStringLiteral("3");
        QTest::newRow("18 places") << QStringLiteral("0.000000000000000001") << QStringLiteral("0.000000000000000001");
        QTest::newRow("19 places") << QStringLiteral("0.0000000000000000001") << QString();
        QTest::newRow("19 int digits") << QStringLiteral("9999999999999999999") << QStringLiteral("9999999999999999999");
        QTest::newRow("20 int digits") << QStringLiteral("10000000000000000000") << QString();
        QTest::newRow("zero") << QStringLiteral("-0.000") << QStringLiteral("0");
        QTest::newRow("exponent") << QStringLiteral("1e3") << QString();
        QTest::newRow("leading point") << QStringLiteral(".5") << QString();
        QTest::newRow("trailing point") << QStringLiteral("5.") << QString();
        QTest::newRow("two points") << QStringLiteral("1.2.3") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("sign only") << QStringLiteral("-") << QString();
        QTest::newRow("space") << QStringLiteral(" 1") << QString();
    }
    void decimalParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto d = Decimal::parse(text);
        QCOMPARE(d.has_value(), !canonical.isEmpty());
        if (d)
            QCOMPARE(d->toString(), canonical);
    }

    void decimalSums_data()
    {
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<QString>("sum");
        QTest::newRow("tenths") << QStringList{QStringLiteral("0.1"), QStringLiteral("0.2")} << QStringLiteral("0.3");
        QTest::newRow("to zero") << QStringList{QStringLiteral("1.25"), QStringLiteral("-1.25")} << QStringLiteral("0");
        QTest::newRow("sign change") << QStringList{QStringLiteral("1"), QStringLiteral("-3.5")} << QStringLiteral("-2.5");
        QTest::newRow("tiny + big") << QStringList{QStringLiteral("9999999999999999998"), QStringLiteral("0.000000000000000001")}
                                    << QStringLiteral("9999999999999999998.000000000000000001");
        QTest::newRow("many cents") << QStringList(100, QStringLiteral("0.01")) << QStringLiteral("1");
    }
    void decimalSums()
    {
        QFETCH(QStringList, terms);
        QFETCH(QString, sum);
        Decimal total;
        for (const QString &t : terms)
            total += Decimal::fromString(t);
        QCOMPARE(total.toString(), sum);
        QCOMPARE(total.abs().isNegative(), false);
        QCOMPARE((total - total).isZero(), true);
    }

    void rawNonce_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("digits"); // empty: none
        QTest::newRow("first") << QByteArray("{\"nonce\":123,\"a\":1}") << QByteArray("123");
        QTest::newRow("spaces") << QByteArray("{ \"a\" : \"nonce\" , \"nonce\" : 77 }") << QByteArray("77");
        QTest::newRow("last") << QByteArray("{\"a\":[1,{\"nonce\":1}],\"nonce\":18446744073709551615}") << QByteArray("18446744073709551615");
        QTest::newRow("escaped key text") << QByteArray("{\"x\\\"nonce\":5,\"nonce\":6}") << QByteArray("6");
        QTest::newRow("nested only") << QByteArray("{\"a\":{\"nonce\":5}}") << QByteArray();
        QTest::newRow("string") << QByteArray("{\"nonce\":\"5\"}") << QByteArray();
        QTest::newRow("fraction") << QByteArray("{\"nonce\":5.0}") << QByteArray();
        QTest::newRow("exponent") << QByteArray("{\"nonce\":5e3}") << QByteArray();
        QTest::newRow("leading zero") << QByteArray("{\"nonce\":05}") << QByteArray();
        QTest::newRow("overflow") << QByteArray("{\"nonce\":18446744073709551616}") << QByteArray();
        QTest::newRow("duplicate") << QByteArray("{\"nonce\":1,\"nonce\":2}") << QByteArray();
    }
    void rawNonce()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, digits);
        const auto n = Authenticator::rawNonce(json);
        QCOMPARE(n.value_or(QByteArray()), digits);
    }

    void clock()
    {
        SandboxClock c(1000, 1.0);
        c.setFrozen(true);
        const qint64 t = c.nowMs();
        QTest::qWait(30);
        QCOMPARE(c.nowMs(), t);
        c.advance(500);
        QCOMPARE(c.nowMs(), t + 500);
        c.advance(-100); // never backwards
        QCOMPARE(c.nowMs(), t + 500);
        c.setSpeed(100.0);
        c.setFrozen(false);
        QTest::qWait(50);
        QVERIFY(c.nowMs() >= t + 500 + 50 * 100 - 100);
    }

    void faultNames()
    {
        using F = prime::sandbox::SandboxServer::Fault;
        for (F f : {F::Http500, F::Http502Html, F::Delay, F::DropAfterApply, F::RateLimit, F::ServiceUnavailable, F::Busy,
                    F::TruncatedBody, F::NonJsonBody, F::InvalidNonce}) {
            QVERIFY(!FaultInjector::name(f).isEmpty());
            QCOMPARE(FaultInjector::fromName(FaultInjector::name(f)), std::optional<F>(f));
        }
        QVERIFY(!FaultInjector::fromName(QStringLiteral("meteor")));
        FaultInjector inj;
        inj.arm(QStringLiteral("A"), F::Busy, 2, 0);
        inj.arm(QStringLiteral("A"), F::Http500, 1, 0);
        QCOMPARE(inj.take(QStringLiteral("B")).has_value(), false);
        QCOMPARE(inj.take(QStringLiteral("A"))->fault, F::Busy);
        QCOMPARE(inj.take(QStringLiteral("A"))->fault, F::Busy);
        QCOMPARE(inj.take(QStringLiteral("A"))->fault, F::Http500);
        QCOMPARE(inj.take(QStringLiteral("A")).has_value(), false);
    }
};

QTEST_MAIN(TestSandboxParts)
#include "tst_sandbox_parts.moc"
