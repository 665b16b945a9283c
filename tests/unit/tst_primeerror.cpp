#include "PrimeError.h"

#include <QTest>

using namespace prime;
using C = PrimeError::Category;
Q_DECLARE_METATYPE(PrimeError::Category)

class TestPrimeError : public QObject
{
    Q_OBJECT
private slots:
    void categorize_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<PrimeError::Category>("category");
        QTest::newRow("key") << QStringLiteral("EAPI:Invalid key") << C::Authentication;
        QTest::newRow("signature") << QStringLiteral("EAPI:Invalid signature") << C::Authentication;
        QTest::newRow("nonce") << QStringLiteral("EAPI:Invalid nonce") << C::Nonce;
        QTest::newRow("lockout") << QStringLiteral("EGeneral:Temporary lockout") << C::Lockout;
        QTest::newRow("permission") << QStringLiteral("EGeneral:Permission denied") << C::Permission;
        QTest::newRow("account permission") << QStringLiteral("EAccount:Invalid permissions") << C::Permission;
        QTest::newRow("args") << QStringLiteral("EGeneral:Invalid arguments") << C::InvalidArguments;
        QTest::newRow("args field") << QStringLiteral("EGeneral:Invalid arguments:user_id") << C::InvalidArguments;
        QTest::newRow("internal") << QStringLiteral("EGeneral:Internal error:5") << C::ServiceUnavailable;
        QTest::newRow("rate") << QStringLiteral("EAPI:Rate limit exceeded") << C::RateLimit;
        QTest::newRow("throttled") << QStringLiteral("EService: Throttled: 1700000000") << C::RateLimit;
        QTest::newRow("unavailable") << QStringLiteral("EService:Unavailable") << C::ServiceUnavailable;
        QTest::newRow("busy") << QStringLiteral("EService:Busy") << C::ServiceUnavailable;
        QTest::newRow("deadline") << QStringLiteral("EService:Deadline elapsed") << C::ServiceUnavailable;
        QTest::newRow("account disabled") << QStringLiteral("EAuth:Account temporary disabled") << C::Authentication;
        QTest::newRow("auth rate") << QStringLiteral("EAuth:Rate limit exceeded") << C::RateLimit;
        QTest::newRow("unknown") << QStringLiteral("EFoo:Bar") << C::Other;
    }
    void categorize()
    {
        QFETCH(QString, error);
        QFETCH(PrimeError::Category, category);
        QCOMPARE(PrimeError::categorize(error), category);
        const PrimeError e = PrimeError::fromKraken({error});
        QCOMPARE(e.category, category);
        QVERIFY(!e.message().isEmpty());
        QVERIFY(!e.message().contains(QStringLiteral("EAPI"))); // raw strings only in details
        QVERIFY(e.details().contains(error));
    }

    void warningsAreSkipped()
    {
        const PrimeError e = PrimeError::fromKraken({QStringLiteral("WGeneral:Something"), QStringLiteral("EAPI:Invalid nonce")});
        QCOMPARE(e.category, C::Nonce);
    }

    void invalidArgumentField()
    {
        const PrimeError e = PrimeError::fromKraken({QStringLiteral("EGeneral:Invalid arguments:whitelisted_ips")});
        QCOMPARE(e.detail, QStringLiteral("whitelisted_ips"));
        QVERIFY(e.message().contains(QStringLiteral("whitelisted_ips")));
    }

    void throttledRetryTime()
    {
        QCOMPARE(PrimeError::fromKraken({QStringLiteral("EService: Throttled: 1700000000")}).retryAtSecs,
                 std::optional<qint64>(1700000000));
        QCOMPARE(PrimeError::fromKraken({QStringLiteral("EService:Throttled:[1700000001]")}).retryAtSecs,
                 std::optional<qint64>(1700000001));
        // Implausible times are ignored rather than overflowing a millisecond computation.
        QCOMPARE(PrimeError::fromKraken({QStringLiteral("EService:Throttled:9223372036854775807")}).retryAtSecs,
                 std::optional<qint64>());
    }

    void outcomeUnknownIsSpelledOut()
    {
        PrimeError e = PrimeError::make(C::Timeout);
        const QString plain = e.message();
        e.outcomeUnknown = true;
        QVERIFY(e.message().size() > plain.size());
        QVERIFY(e.message().contains(QStringLiteral("re-read")));
    }
};

QTEST_GUILESS_MAIN(TestPrimeError)
#include "tst_primeerror.moc"
