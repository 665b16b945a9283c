#include "RateLimiter.h"

#include <QTest>

using namespace prime;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void starterTierBurstThenWait()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimiter::Tier::starter(), [&now] { return now; });
        for (int i = 0; i < 15; ++i) {
            QCOMPARE(limiter.delayFor(), qint64(0));
            limiter.record();
        }
        // The 16th call must wait for one unit to decay at 0.33/s.
        QCOMPARE(limiter.delayFor(), qint64(3031));
        now += 3031;
        QCOMPARE(limiter.delayFor(), qint64(0));
        limiter.record();
        QVERIFY(limiter.delayFor() > 0);
    }

    void decaysToZero()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimiter::Tier::pro(), [&now] { return now; });
        for (int i = 0; i < 20; ++i)
            limiter.record();
        QCOMPARE(limiter.counter(), 20.0);
        now += 5000;
        QCOMPARE(limiter.counter(), 15.0);
        now += 100000;
        QCOMPARE(limiter.counter(), 0.0);
    }

    void saturateAfterServerSaysSo()
    {
        qint64 now = 0;
        RateLimiter limiter(RateLimiter::Tier::intermediate(), [&now] { return now; });
        limiter.record();
        limiter.saturate();
        QCOMPARE(limiter.delayFor(), qint64(2000)); // one unit at 0.5/s
    }

    void unlimitedNeverWaits()
    {
        RateLimiter limiter(RateLimiter::Tier::unlimited());
        for (int i = 0; i < 1000; ++i)
            limiter.record();
        limiter.saturate();
        QCOMPARE(limiter.delayFor(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
