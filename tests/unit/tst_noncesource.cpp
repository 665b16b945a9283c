#include "NonceSource.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <atomic>
#include <set>

using namespace prime;

class TestNonceSource : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void strictlyIncreasingWithFrozenClock()
    {
        NonceSource nonces(QString(), [] { return quint64(1000000); });
        quint64 previous = 0;
        for (int i = 0; i < 1000; ++i) {
            const quint64 n = nonces.next();
            QVERIFY(n > previous);
            previous = n;
        }
        QCOMPARE(previous, quint64(1000999));
    }

    void followsTheClockInMicroseconds()
    {
        NonceSource nonces{QString()};
        const quint64 before = NonceSource::systemClockMicros();
        const quint64 n = nonces.next();
        const quint64 after = NonceSource::systemClockMicros();
        QVERIFY(n >= before && n <= after + 1);
    }

    void concurrentThreadsNeverCollide()
    {
        QTemporaryDir dir;
        NonceSource nonces(dir.filePath(QStringLiteral("key")), [] { return quint64(42); });
        constexpr int kThreads = 8;
        constexpr int kPerThread = 2000;
        QList<QList<quint64>> drawn(kThreads);
        QList<QFuture<void>> futures;
        for (int t = 0; t < kThreads; ++t)
            futures.append(QtConcurrent::run([&nonces, &drawn, t] {
                for (int i = 0; i < kPerThread; ++i)
                    drawn[t].append(nonces.next());
            }));
        for (auto &f : futures)
            f.waitForFinished();
        std::set<quint64> all;
        for (const auto &list : drawn) {
            for (qsizetype i = 1; i < list.size(); ++i)
                QVERIFY(list[i] > list[i - 1]); // each thread sees increasing values
            all.insert(list.cbegin(), list.cend());
        }
        QCOMPARE(all.size(), size_t(kThreads * kPerThread)); // no duplicates across threads
    }

    void survivesRestartWithClockSetBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key"));
        quint64 lastBeforeRestart = 0;
        {
            NonceSource nonces(path, [] { return quint64(5000000000000000); });
            for (int i = 0; i < 10; ++i)
                lastBeforeRestart = nonces.next();
        }
        // "Restart" with the wall clock an hour behind.
        NonceSource restarted(path, [] { return quint64(5000000000000000 - 3600000000ULL); });
        QCOMPARE(restarted.next(), lastBeforeRestart + 1);
    }

    void twoSourcesOnOneFileInterleave()
    {
        // Two programs sharing a key: each draw sees the other's high-water mark.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared"));
        NonceSource a(path, [] { return quint64(7); });
        NonceSource b(path, [] { return quint64(7); });
        quint64 previous = 0;
        for (int i = 0; i < 100; ++i) {
            const quint64 n = (i % 3 == 0) ? b.next() : a.next();
            QVERIFY(n > previous);
            previous = n;
        }
    }

    void leaseExcludesOtherHoldersUntilUnlocked()
    {
        // A request holds the key from drawing its nonce until its answer: a second
        // program (another open file) must wait, never draw in between.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leased"));
        NonceSource a(path, [] { return quint64(10); });
        NonceSource b(path, [] { return quint64(10); });
        QVERIFY(a.tryLock());
        QVERIFY(!a.tryLock()); // one request at a time per source, too
        QVERIFY(!b.tryLock());
        const quint64 first = a.nextLocked();
        a.unlock();
        QVERIFY(b.tryLock());
        QVERIFY(!a.tryLock());
        QVERIFY(b.nextLocked() > first);
        b.unlock();
        QVERIFY(a.tryLock());
        a.unlock();
    }

    void clockJumpForwardIsFollowed()
    {
        quint64 now = 100;
        NonceSource nonces(QString(), [&now] { return now; });
        QCOMPARE(nonces.next(), quint64(100));
        now = 50; // back
        QCOMPARE(nonces.next(), quint64(101));
        now = 10000; // forward
        QCOMPARE(nonces.next(), quint64(10000));
    }

    void defaultPathSeparatesServersAndKeys()
    {
        const QString a = NonceSource::defaultStatePath(QStringLiteral("https://api.kraken.com"), QStringLiteral("K1"));
        const QString b = NonceSource::defaultStatePath(QStringLiteral("http://127.0.0.1:1234"), QStringLiteral("K1"));
        const QString c = NonceSource::defaultStatePath(QStringLiteral("https://api.kraken.com"), QStringLiteral("K2"));
        QVERIFY(a != b && a != c && b != c);
        QVERIFY(!a.contains(QStringLiteral("K1"))); // the key itself is not in the file name
    }
};

QTEST_GUILESS_MAIN(TestNonceSource)
#include "tst_noncesource.moc"
