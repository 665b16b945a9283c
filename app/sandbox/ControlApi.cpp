// SandboxServer: the control API for out-of-process tests (/sandbox/...),
// answered only to loopback clients. Routes are documented in README.md.
#include "SandboxServer.h"

#include "FaultInjector.h"
#include "HttpFrontend.h"
#include "SandboxState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QtHttpServer/QHttpServerRequest>

Q_DECLARE_LOGGING_CATEGORY(lcRequest)

namespace prime::sandbox {

namespace {
QByteArray ok(const QJsonObject &result)
{
    return QJsonDocument(QJsonObject{{QLatin1String("error"), QJsonArray()}, {QLatin1String("result"), result}})
        .toJson(QJsonDocument::Compact);
}
QByteArray bad(const QString &field)
{
    return QJsonDocument(QJsonObject{{QLatin1String("error"),
                                      QJsonArray{QString(QStringLiteral("EGeneral:Invalid arguments:") + field)}}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

void SandboxServer::handleControl(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = HttpFrontend::responder(request, socket);
    const QString path = request.url().path();
    auto answer = [&](const QByteArray &body, int status) {
        HttpFrontend::writeJson(responder, body, status);
        qCInfo(lcRequest).noquote() << path.left(64) << status;
    };
    if (!request.remoteAddress().isLoopback())
        return answer(bad(QStringLiteral("remote")), 403);
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    auto status = [this] {
        return QJsonObject{{QLatin1String("now"), m_clock->nowMs()},
                           {QLatin1String("frozen"), m_clock->isFrozen()},
                           {QLatin1String("speed"), m_clock->speed()},
                           {QLatin1String("users"), m_state->users.size()},
                           {QLatin1String("batches"), m_state->batches.size()}};
    };

    if (path == QLatin1String("/sandbox/status"))
        return answer(ok(status()), 200);
    if (!post)
        return answer(bad(QStringLiteral("method")), 405);
    if (path == QLatin1String("/sandbox/clock/advance")) {
        const QJsonValue ms = body.value(QLatin1String("ms"));
        if (!ms.isDouble() || ms.toDouble() < 0)
            return answer(bad(QStringLiteral("ms")), 400);
        advanceClock(ms.toInteger());
        return answer(ok(status()), 200);
    }
    if (path == QLatin1String("/sandbox/clock/freeze")) {
        const QJsonValue frozen = body.value(QLatin1String("frozen"));
        if (!frozen.isBool())
            return answer(bad(QStringLiteral("frozen")), 400);
        setClockFrozen(frozen.toBool());
        return answer(ok(status()), 200);
    }
    if (path == QLatin1String("/sandbox/trades")) {
        const QString id = bookTrade(body.value(QLatin1String("asset")).toString(),
                                     body.value(QLatin1String("amount")).toString(),
                                     body.value(QLatin1String("asset_kind")).toString(QStringLiteral("currency")));
        if (id.isEmpty())
            return answer(bad(QStringLiteral("amount")), 400);
        return answer(ok(QJsonObject{{QLatin1String("trade_id"), id}}), 200);
    }
    if (path == QLatin1String("/sandbox/faults")) {
        const QString operation = body.value(QLatin1String("operation")).toString();
        const auto fault = FaultInjector::fromName(body.value(QLatin1String("fault")).toString());
        const int count = body.value(QLatin1String("count")).toInt(1);
        if (operation.isEmpty())
            return answer(bad(QStringLiteral("operation")), 400);
        if (!fault)
            return answer(bad(QStringLiteral("fault")), 400);
        if (count < 1)
            return answer(bad(QStringLiteral("count")), 400);
        injectFault(operation, *fault, count, body.value(QLatin1String("delay_ms")).toInteger());
        return answer(ok(QJsonObject{{QLatin1String("armed"), count}}), 200);
    }
    if (path == QLatin1String("/sandbox/faults/clear")) {
        clearFaults();
        return answer(ok({}), 200);
    }
    answer(bad(QStringLiteral("path")), 404);
}

} // namespace prime::sandbox
