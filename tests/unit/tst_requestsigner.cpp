#include "RequestSigner.h"
#include "PrimeTransport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace prime;

namespace {
// Kraken's published test secret (reference 2.3).
const QByteArray kOfficialSecret =
    "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
} // namespace

class TestRequestSigner : public QObject
{
    Q_OBJECT
private slots:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<quint64>("nonce");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("official form vector")
            << QByteArray("/0/private/AddOrder") << quint64(1616492376594)
            << QByteArray("nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25")
            << QByteArray("4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==");
        QTest::newRow("json list users")
            << QByteArray("/0/private/ListPrimeApiUsers") << quint64(1616492376594)
            << QByteArray("{\"nonce\":1616492376594}")
            << QByteArray("XLGGWFb8g4TYNzuMWfmVvGq3JYiEgSzvedsR/lx5nl9jqHaoC2N+7SOskLPeleiprOlb0kaflZUIDvB5JlMvEQ==");
        QTest::newRow("json list keys compact")
            << QByteArray("/0/private/ListPrimeApiUserKeys") << quint64(1616492376594)
            << QByteArray("{\"nonce\":1616492376594,\"user_id\":\"2T0RXL9B8K5D6\"}")
            << QByteArray("s00Io6+kbAPuXdf7KzWXFJ5chhMUZ1ZaMoPErjs7hNK4A627qn2KzZ3s1slpwAI7RTzgH8T6o0uYKPSgkvgpfQ==");
        QTest::newRow("json list keys spaced")
            << QByteArray("/0/private/ListPrimeApiUserKeys") << quint64(1616492376594)
            << QByteArray("{\"nonce\": 1616492376594, \"user_id\": \"2T0RXL9B8K5D6\"}")
            << QByteArray("uXl7DriVk3qmGk2AwmZSpdIR51v4Rx7moQbmFGFr4TMAkaUlS4+p15guruY/rMyrJcPTOx+FwroJVxPf9tQ6TQ==");
    }
    void vectors()
    {
        QFETCH(QByteArray, path);
        QFETCH(quint64, nonce);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        const RequestSigner signer{SecretBytes(kOfficialSecret)};
        QVERIFY2(signer.isValid(), qPrintable(signer.errorString()));
        QCOMPARE(signer.sign(path, nonce, body), expected);
        // Signing twice from the same keyed context gives the same answer.
        QCOMPARE(signer.sign(path, nonce, body), expected);
        QVERIFY(signer.verify(path, QByteArray::number(nonce), body, expected));
        QByteArray tampered = body;
        tampered[tampered.size() - 1] = ' ';
        QVERIFY(!signer.verify(path, QByteArray::number(nonce), tampered, expected));
    }

    void bodyBuilderMatchesVectors()
    {
        // The transport's body for these params must be the exact bytes of the JSON vectors.
        QCOMPARE(PrimeTransport::buildBody(1616492376594ULL, {}), QByteArray("{\"nonce\":1616492376594}"));
        QCOMPARE(PrimeTransport::buildBody(1616492376594ULL, {{QStringLiteral("user_id"), QStringLiteral("2T0RXL9B8K5D6")}}),
                 QByteArray("{\"nonce\":1616492376594,\"user_id\":\"2T0RXL9B8K5D6\"}"));
        // A nonce above 2^53 keeps all of its digits (never through double).
        QCOMPARE(PrimeTransport::buildBody(18446744073709551615ULL, {}),
                 QByteArray("{\"nonce\":18446744073709551615}"));
        QCOMPARE(PrimeTransport::buildBody(9007199254740993ULL, {{QStringLiteral("a"), QJsonArray{1}}}),
                 QByteArray("{\"nonce\":9007199254740993,\"a\":[1]}"));
    }

    void trimsPastedSecret()
    {
        const RequestSigner signer{SecretBytes(QByteArray("  \n" + kOfficialSecret + "\r\n"))};
        QVERIFY(signer.isValid());
        QCOMPARE(signer.sign("/0/private/ListPrimeApiUsers", 1616492376594ULL, "{\"nonce\":1616492376594}"),
                 QByteArray("XLGGWFb8g4TYNzuMWfmVvGq3JYiEgSzvedsR/lx5nl9jqHaoC2N+7SOskLPeleiprOlb0kaflZUIDvB5JlMvEQ=="));
    }

    void invalidSecrets_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("placeholder from the docs") << QByteArray("6xq8p1mvk9r3n7swt2l5cj4eaydhzbf");
        QTest::newRow("bad characters") << QByteArray("kQH5HW/8p1uGOVjb!!!7FunAmGO8lsSU");
        QTest::newRow("truncated") << kOfficialSecret.left(kOfficialSecret.size() - 3);
    }
    void invalidSecrets()
    {
        QFETCH(QByteArray, secret);
        const RequestSigner signer{SecretBytes(secret)};
        QVERIFY(!signer.isValid());
        QVERIFY(!signer.errorString().isEmpty());
        QVERIFY(signer.sign("/0/private/X", 1, "{}").isEmpty());
    }

    void secretBytesWipesOnRelease()
    {
        // The release observer sees each buffer after the wipe and before it is freed.
        static QList<QByteArray> released;
        released.clear();
        setWipeObserver([](const char *data, qsizetype size) { released.append(QByteArray(data, size)); });
        {
            SecretBytes s{QByteArrayView(kOfficialSecret)};
            SecretBytes copy = s;          // deep copy: wiped on its own
            SecretBytes moved = std::move(copy);
            QCOMPARE(moved, s);
        }
        setWipeObserver(nullptr);
        QCOMPARE(released.size(), 2);
        for (const QByteArray &buffer : std::as_const(released)) {
            QCOMPARE(buffer.size(), kOfficialSecret.size());
            QCOMPARE(buffer.count('\0'), buffer.size()); // every byte zeroed
        }
    }

    void adoptWipesTheSource()
    {
        QByteArray source(kOfficialSecret.constData(), kOfficialSecret.size());
        const SecretBytes s = SecretBytes::adopt(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(QByteArray(s.constData(), s.size()), kOfficialSecret);
    }

    void trimmedAndBase64()
    {
        const SecretBytes pasted{QByteArrayView("\t abc= \n")};
        QCOMPARE(QByteArray(pasted.trimmed().constData(), pasted.trimmed().size()), QByteArray("abc="));
        QVERIFY(SecretBytes(QByteArrayView(kOfficialSecret)).isBase64());
        QVERIFY(!SecretBytes(QByteArrayView("abc")).isBase64());
        QVERIFY(!SecretBytes(QByteArrayView("ab c")).isBase64());
    }
};

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
