// SecretStore against a real Secret Service (gnome-keyring in a private D-Bus
// session, see .ci/test). Without one these tests fail, on purpose.
#include "ConnectionProfile.h"
#include "KeychainTestSupport.h"
#include "SecretStore.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace prime;
using namespace keychaintest;
using Status = SecretStore::Status;
Q_DECLARE_METATYPE(prime::SecretBytes)

namespace {
QString uniqueEntry(const char *tag)
{
    return SecretStore::entryName(QUrl(QStringLiteral("https://tst-secretstore.invalid")),
                                  QString::fromLatin1(tag) + QLatin1Char('-')
                                      + QString::number(QRandomGenerator::global()->generate64(), 16));
}

SecretBytes bytes(const QByteArray &b)
{
    return SecretBytes(QByteArrayView(b));
}
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

    QStringList m_entries; // removed at the end, whatever happened

    QString entry(const char *tag)
    {
        m_entries << uniqueEntry(tag);
        return m_entries.last();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString problem = keychainProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
    }

    void cleanupTestCase()
    {
        SecretStore store;
        for (const QString &e : std::as_const(m_entries))
            remove(store, e);
    }

    void roundTrip_data()
    {
        QTest::addColumn<SecretBytes>("secret");
        QTest::newRow("kraken-secret") << bytes("kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==");
        QTest::newRow("binary") << bytes(QByteArray("\x00\x01\xff\xfe\n\r\t \x7f", 9));
        QTest::newRow("one-byte") << bytes("x");
        QTest::newRow("at-limit") << bytes(QByteArray(SecretStore::kMaxSecretBytes, 'a'));
    }
    void roundTrip()
    {
        QFETCH(SecretBytes, secret);
        SecretStore store;
        const QString e = entry("roundtrip");
        const SecretStore::Outcome w = write(store, e, secret);
        QVERIFY2(w.ok(), qPrintable(w.message));
        SecretBytes back;
        const SecretStore::Outcome r = read(store, e, &back);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(back == secret);
    }

    void overwriteReplaces()
    {
        SecretStore store;
        const QString e = entry("overwrite");
        QVERIFY(write(store, e, bytes("Zmlyc3Q=")).ok());
        QVERIFY(write(store, e, bytes("c2Vjb25k")).ok());
        SecretBytes back;
        QVERIFY(read(store, e, &back).ok());
        QVERIFY(back == bytes("c2Vjb25k"));
    }

    void removeDeletesAndIsIdempotent()
    {
        SecretStore store;
        const QString e = entry("remove");
        QVERIFY(write(store, e, bytes("Z29uZQ==")).ok());
        const SecretStore::Outcome d = remove(store, e);
        QVERIFY2(d.ok(), qPrintable(d.message));
        QCOMPARE(read(store, e).status, Status::NotFound);
        // Deleting what is not there is fine: the goal (no secret) holds.
        QVERIFY(remove(store, e).ok());
    }

    void readMissingIsNotFound()
    {
        SecretStore store;
        SecretBytes back = bytes("stale");
        const SecretStore::Outcome r = read(store, entry("missing"), &back);
        QCOMPARE(r.status, Status::NotFound);
        QVERIFY(!r.message.isEmpty());
        QVERIFY(back.isEmpty());
    }

    void sameKeyIdOnTwoServersDoesNotCollide()
    {
        ConnectionProfile live;
        live.baseUrl = QUrl(QStringLiteral("https://api.kraken.com"));
        live.apiKey = QStringLiteral("SAMEKEY") + QString::number(QRandomGenerator::global()->generate(), 16);
        ConnectionProfile local = live;
        local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8443"));
        QVERIFY(live.secretEntry() != local.secretEntry());
        QVERIFY(live.userKeySecretEntry(QStringLiteral("U1"), QStringLiteral("K1"))
                != local.userKeySecretEntry(QStringLiteral("U1"), QStringLiteral("K1")));
        m_entries << live.secretEntry() << local.secretEntry();

        SecretStore store;
        QVERIFY(write(store, live.secretEntry(), bytes("bGl2ZQ==")).ok());
        QVERIFY(write(store, local.secretEntry(), bytes("bG9jYWw=")).ok());
        SecretBytes a, b;
        QVERIFY(read(store, live.secretEntry(), &a).ok());
        QVERIFY(read(store, local.secretEntry(), &b).ok());
        QVERIFY(a == bytes("bGl2ZQ=="));
        QVERIFY(b == bytes("bG9jYWw="));
        QVERIFY(remove(store, local.secretEntry()).ok());
        QVERIFY(read(store, live.secretEntry(), &a).ok());
        QVERIFY(a == bytes("bGl2ZQ=="));
    }

    void tooLargeIsRefusedAndNothingStored()
    {
        SecretStore store;
        const QString e = entry("toolarge");
        const SecretStore::Outcome w = write(store, e, bytes(QByteArray(SecretStore::kMaxSecretBytes + 1, 'a')));
        QCOMPARE(w.status, Status::TooLarge);
        QVERIFY(w.message.contains(QString::number(SecretStore::kMaxSecretBytes)));
        QCOMPARE(read(store, e).status, Status::NotFound);
    }

    // Another writer replaces the entry between our write and our read-back: the
    // write must not be reported as stored.
    void verificationFailsWhenAnotherWriterWins()
    {
        SecretStore ours;
        SecretStore theirs;
        const QString e = entry("race");
        std::optional<SecretStore::Outcome> ourResult, theirResult;
        ours.write(e, bytes("b3Vycw=="), nullptr, [&](const SecretStore::Outcome &o) { ourResult = o; });
        theirs.write(e, bytes("dGhlaXJz"), nullptr, [&](const SecretStore::Outcome &o) { theirResult = o; });
        QVERIFY(QTest::qWaitFor([&] { return ourResult && theirResult; }, 20000));
        QCOMPARE(ourResult->status, Status::VerificationFailed);
        QVERIFY(!ourResult->message.isEmpty());
        QVERIFY2(theirResult->ok(), qPrintable(theirResult->message));
        SecretBytes back;
        QVERIFY(read(ours, e, &back).ok());
        QVERIFY(back == bytes("dGhlaXJz"));
    }

    // The entry is deleted between our write and our read-back.
    void verificationFailsWhenTheEntryVanishes()
    {
        SecretStore store;
        const QString e = entry("vanish");
        std::optional<SecretStore::Outcome> written, removed;
        store.write(e, bytes("dmFuaXNo"), nullptr, [&](const SecretStore::Outcome &o) { written = o; });
        store.remove(e, nullptr, [&](const SecretStore::Outcome &o) { removed = o; });
        QVERIFY(QTest::qWaitFor([&] { return written && removed; }, 20000));
        QCOMPARE(written->status, Status::VerificationFailed);
        QVERIFY(removed->ok());
    }

    void timeoutIsReported()
    {
        SecretStore store;
        store.setTimeoutMs(0); // no keychain answers within the same event-loop pass
        const QString e = entry("timeout");
        QElapsedTimer t;
        t.start();
        const SecretStore::Outcome r = read(store, e);
        QCOMPARE(r.status, Status::Timeout);
        QVERIFY(r.message.contains(QStringLiteral("did not answer")));
        QVERIFY(t.elapsed() < 5000);
        // The abandoned job still finishes on its own; the store keeps working.
        SecretStore fresh;
        QCOMPARE(read(fresh, e).status, Status::NotFound);
    }

    void probeSaysAvailable()
    {
        SecretStore store;
        std::optional<SecretStore::Outcome> result;
        store.probe(nullptr, [&](const SecretStore::Outcome &o) { result = o; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QVERIFY2(result->ok(), qPrintable(result->message));
    }

    void callbacksNeverRunSynchronously()
    {
        SecretStore store;
        bool called = false;
        store.write(QString(), bytes("eA=="), nullptr, [&](const SecretStore::Outcome &o) {
            called = true;
            QCOMPARE(o.status, Status::Error);
        });
        QVERIFY(!called);
        QVERIFY(QTest::qWaitFor([&] { return called; }, 1000));
    }

    void destroyedContextSkipsCallback()
    {
        SecretStore store;
        auto *context = new QObject;
        bool called = false;
        bool control = false;
        store.read(entry("ctx"), context, [&](const SecretStore::Outcome &, const SecretBytes &) { called = true; });
        delete context;
        store.read(entry("ctx2"), nullptr, [&](const SecretStore::Outcome &, const SecretBytes &) { control = true; });
        QVERIFY(QTest::qWaitFor([&] { return control; }, 10000));
        QVERIFY(!called);
    }

    void entryNames_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("case-and-slash") << "https://API.Kraken.com/" << "https://api.kraken.com" << true;
        QTest::newRow("default-port") << "https://api.kraken.com:443" << "https://api.kraken.com" << true;
        QTest::newRow("user-info-dropped") << "https://me@api.kraken.com" << "https://api.kraken.com" << true;
        QTest::newRow("other-port") << "http://127.0.0.1:8080" << "http://127.0.0.1:8081" << false;
        QTest::newRow("scheme") << "http://localhost" << "https://localhost" << false;
        QTest::newRow("path") << "https://h.example/a" << "https://h.example/b" << false;
    }
    void entryNames()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const QString ea = SecretStore::entryName(QUrl(a), QStringLiteral("key"));
        const QString eb = SecretStore::entryName(QUrl(b), QStringLiteral("key"));
        QCOMPARE(ea == eb, same);
        QVERIFY(ea.endsWith(QStringLiteral(" key")));
        QCOMPARE(ea.count(QLatin1Char(' ')), 1); // the URL part never holds a space
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
