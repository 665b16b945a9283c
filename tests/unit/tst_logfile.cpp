// The log file and its redaction layer: no secret, signature or API-Sign value
// reaches the file, whichever way it is logged.
#include <LogFile.h>
#include <Redaction.h>
#include <RequestSigner.h>
#include <SecretBytes.h>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

using namespace prime;

Q_LOGGING_CATEGORY(lcTestLog, "prime.test.log")

namespace {
// Kraken's published example secret (not a live key).
const QByteArray kSecret =
    "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT
private slots:
    void redact_data();
    void redact();
    void messageHandlerRedactsEveryLevel();
    void signatureNeverReachesTheFile();
    void rotates();
};

void TestLogFile::redact_data()
{
    const QString secret = QString::fromLatin1(kSecret);
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mustNotContain");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("bare secret") << QStringLiteral("pasted ") + secret << secret.left(20) << QStringLiteral("pasted [redacted]");
    QTest::newRow("json api_secret") << QStringLiteral("{\"api_secret\":\"abc123short\"}") << QStringLiteral("abc123short") << QStringLiteral("\"api_secret\":\"[redacted]");
    QTest::newRow("escaped json secret") << QStringLiteral("{\\\"secret\\\":\\\"s3cr3t\\\"}") << QStringLiteral("s3cr3t") << QStringLiteral("[redacted]");
    QTest::newRow("header line") << QStringLiteral("API-Sign: 4/dpxb3iT4tp") << QStringLiteral("4/dpxb3iT4tp") << QStringLiteral("API-Sign: [redacted]");
    QTest::newRow("qdebug header pair") << QStringLiteral("(\"API-Sign\", \"short+sig==\")") << QStringLiteral("short+sig") << QStringLiteral("[redacted]");
    QTest::newRow("case-insensitive") << QStringLiteral("api-sign=XYZ") << QStringLiteral("XYZ") << QStringLiteral("[redacted]");
    QTest::newRow("password") << QStringLiteral("password=hunter2") << QStringLiteral("hunter2") << QStringLiteral("password=[redacted]");
    QTest::newRow("plain words stay") << QStringLiteral("loaded 12 users from 127.0.0.1") << QStringLiteral("[redacted]") << QStringLiteral("loaded 12 users from 127.0.0.1");
}

void TestLogFile::redact()
{
    QFETCH(QString, input);
    QFETCH(QString, mustNotContain);
    QFETCH(QString, mustContain);
    const QString out = Redaction::redact(input);
    QVERIFY2(!out.contains(mustNotContain), qPrintable(out));
    QVERIFY2(out.contains(mustContain), qPrintable(out));
}

void TestLogFile::messageHandlerRedactsEveryLevel()
{
    QTemporaryDir dir;
    LogFile log(dir.path());
    LogFile::install(&log);
    const QString secret = QString::fromLatin1(kSecret);
    qCDebug(lcTestLog) << "secret" << secret;
    qCInfo(lcTestLog).noquote() << QStringLiteral("body {\"nonce\":1,\"api_secret\":\"") + secret
                                 + QStringLiteral("\"}");
    qCWarning(lcTestLog) << "header" << QByteArrayLiteral("API-Sign") << kSecret;
    qWarning("%s", kSecret.constData());
    LogFile::install(nullptr);
    const QByteArray content = readAll(log.filePath());
    QVERIFY(content.contains("prime.test.log"));
    QCOMPARE(content.count('\n'), 4);
    QVERIFY2(!content.contains(kSecret.left(16)), content.constData());
    QVERIFY(content.contains("[redacted]"));
    qCInfo(lcTestLog) << "after uninstall";
    QVERIFY(!readAll(log.filePath()).contains("after uninstall"));
}

void TestLogFile::signatureNeverReachesTheFile()
{
    // A real signature and request headers, logged the way a careless debug line would.
    const QByteArray path = "/0/private/ListPrimeApiUsers";
    const QByteArray body = "{\"nonce\":1616492376594}";
    const RequestSigner signer{SecretBytes(kSecret)};
    const QByteArray signature = signer.sign(path, 1616492376594, body);
    QVERIFY(!signature.isEmpty());
    QNetworkRequest request;
    request.setRawHeader("API-Key", "PUBLICKEY");
    request.setRawHeader("API-Sign", signature);

    QTemporaryDir dir;
    LogFile log(dir.path());
    LogFile::install(&log);
    qCWarning(lcTestLog) << "headers" << request.rawHeaderList() << request.rawHeader("API-Sign");
    qCWarning(lcTestLog).nospace() << "API-Sign:" << signature;
    LogFile::install(nullptr);
    // write() redacts on its own too.
    log.write(QtWarningMsg, QMessageLogContext(), QString::fromLatin1(signature));
    const QByteArray content = readAll(log.filePath());
    QCOMPARE(content.count('\n'), 3);
    QVERIFY2(!content.contains(signature.left(12)), content.constData());
}

void TestLogFile::rotates()
{
    QTemporaryDir dir;
    LogFile log(dir.path(), 400, 2);
    const QString line = QStringLiteral("rotation test ").repeated(6) + QStringLiteral("line ");
    for (int i = 0; i < 20; ++i)
        log.write(QtInfoMsg, QMessageLogContext(), line + QString::number(i));
    const QString base = log.filePath();
    QVERIFY(QFile::exists(base));
    QVERIFY(QFile::exists(base + QStringLiteral(".1")));
    QVERIFY(QFile::exists(base + QStringLiteral(".2")));
    QVERIFY(!QFile::exists(base + QStringLiteral(".3")));
    QVERIFY(QFileInfo(base).size() <= 400);
    QVERIFY(readAll(base).contains("line 19"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3);
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
