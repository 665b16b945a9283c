#include "PrimeClient.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prime;

// A local TLS server with a self-signed certificate: the client must refuse it
// with a clear message, and there is no switch to make it accept.
class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;
    QSslServer m_server;
    int m_httpRequests = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QSslSocket::supportsSsl());
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       m_dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile certFile(m_dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(m_dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        m_cert = QSslCertificate(&certFile, QSsl::Pem);
        m_key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!m_cert.isNull() && !m_key.isNull());

        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_cert);
        config.setPrivateKey(m_key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(config);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (s->readAll().contains("\r\n\r\n")) {
                        ++m_httpRequests;
                        s->write("HTTP/1.1 200 OK\r\nContent-Length: 37\r\nConnection: close\r\n\r\n"
                                 "{\"error\":[],\"result\":{\"data\":[]}}\r\n\r\n");
                        s->disconnectFromHost();
                    }
                });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }

    void serverWorksForATrustingPeer()
    {
        // Control: with the certificate trusted, the same server completes a request.
        QSslSocket socket;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificate(m_cert);
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.serverPort());
        // The server runs on this thread: wait without blocking its event loop.
        QVERIFY(QTest::qWaitFor([&] { return socket.isEncrypted(); }, 10000));
        socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return m_httpRequests == 1; }, 10000));
    }

    void clientRefusesSelfSignedCertificate()
    {
        QNetworkAccessManager nam;
        Credentials c;
        c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()));
        c.apiKey = QStringLiteral("K");
        c.secret = SecretBytes(QByteArrayView("kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg=="));
        TransportOptions options;
        options.nonceStatePath = QStringLiteral("-");
        options.maxReadAttempts = 3;
        PrimeClient client(&nam, std::move(c), options);
        const int before = m_httpRequests;
        std::optional<Result<ApiUser>> result;
        client.createUser(QStringLiteral("n"), QStringLiteral("Viewer"), nullptr,
                          [&result](const Result<ApiUser> &r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QCOMPARE(result->error.category, PrimeError::Category::Tls);
        QVERIFY(!result->error.outcomeUnknown); // nothing was sent
        QVERIFY(result->error.message().contains(QStringLiteral("certificate")));
        QVERIFY2(result->error.details().contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                     || result->error.details().contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
                 qPrintable(result->error.details()));
        QCOMPARE(m_httpRequests, before); // no request bytes reached the server
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
