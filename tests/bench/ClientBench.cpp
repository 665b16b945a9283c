#include "Benches.h"

#include "BenchRunner.h"
#include "PrimeClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

namespace {
const QByteArray kSecret =
    "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
const QByteArray kAnswer =
    R"({"error":[],"result":{"data":[{"id":"2T0RXL9B8K5D6","name":"Test User","status":"Enabled","roles":["Trader"]}]}})";
} // namespace

BenchResult benchClientOverhead(bool quick)
{
    QHttpServer server;
    server.route(QStringLiteral("/0/private/ListPrimeApiUsers"), QHttpServerRequest::Method::Post,
                 [](const QHttpServerRequest &) {
                     return QHttpServerResponse(QByteArrayLiteral("application/json"), kAnswer);
                 });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const int perRep = quick ? 200 : 1000;

    QNetworkAccessManager nam;
    QTemporaryDir dir;
    prime::Credentials credentials{base, QStringLiteral("BENCHKEY"), prime::SecretBytes(kSecret)};
    prime::TransportOptions options;
    options.rateTier = prime::RateLimiter::Tier::unlimited(); // a local server, as with the sandbox
    options.nonceStatePath = dir.filePath(QStringLiteral("nonce")); // persisted, as in real use
    prime::PrimeClient client(&nam, credentials, options);

    // The floor posts the same kind of bytes with the same headers, nothing else.
    const QByteArray body = "{\"nonce\":1764000000000000}";
    auto floor = [&] {
        QEventLoop loop;
        int left = perRep;
        QElapsedTimer t;
        t.start();
        std::function<void()> next = [&] {
            QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/0/private/ListPrimeApiUsers")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("API-Key", "BENCHKEY");
            request.setRawHeader("API-Sign", "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==");
            QNetworkReply *reply = nam.post(request, body);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->readAll();
                reply->deleteLater();
                if (--left == 0)
                    loop.quit();
                else
                    next();
            });
        };
        next();
        loop.exec();
        return double(t.nsecsElapsed()) / perRep / 1000.0;
    };
    auto ours = [&] {
        QEventLoop loop;
        int left = perRep;
        QElapsedTimer t;
        t.start();
        std::function<void()> next = [&] {
            client.listUsers(&loop, [&](const prime::Result<QList<prime::ApiUser>> &r) {
                if (!r.ok())
                    qFatal("client bench call failed: %s", qPrintable(r.error.details()));
                if (--left == 0)
                    loop.quit();
                else
                    next();
            });
        };
        next();
        loop.exec();
        return double(t.nsecsElapsed()) / perRep / 1000.0;
    };
    return runInterleaved(QStringLiteral("client_overhead"), QStringLiteral("us/request"), quick ? 5 : 21,
                          floor, ours);
}
