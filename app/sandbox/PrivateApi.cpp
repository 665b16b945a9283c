// SandboxServer: the /0/private/<Operation> endpoints — faults, authentication,
// permissions, then the operation's handler, in that order.
#include "SandboxServer.h"

#include "Auth.h"
#include "FaultInjector.h"
#include "Handlers.h"
#include "HttpFrontend.h"
#include "SandboxState.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QtHttpServer/QHttpServerRequest>

Q_DECLARE_LOGGING_CATEGORY(lcRequest)

namespace prime::sandbox {

namespace {
using Fault = SandboxServer::Fault;
constexpr qint64 kDefaultDelayMs = 60000;

QByteArray envelope(const QString &error, const QJsonObject &result = {})
{
    QJsonObject o{{QLatin1String("error"), error.isEmpty() ? QJsonArray() : QJsonArray{error}}};
    if (error.isEmpty())
        o.insert(QLatin1String("result"), result);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Answers that replace the real one before anything is applied.
void writeFault(QHttpServerResponder &r, Fault fault)
{
    switch (fault) {
    case Fault::Http500:
        r.write(QByteArrayLiteral("Internal Server Error"), QByteArrayLiteral("text/plain"),
                QHttpServerResponder::StatusCode::InternalServerError);
        break;
    case Fault::Http502Html:
        r.write(QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
                                  "Gateway</h1></center><hr><center>cloudflare</center></body></html>"),
                QByteArrayLiteral("text/html"), QHttpServerResponder::StatusCode::BadGateway);
        break;
    case Fault::RateLimit:
        HttpFrontend::writeJson(r, envelope(QStringLiteral("EAPI:Rate limit exceeded")), 200);
        break;
    case Fault::ServiceUnavailable:
        HttpFrontend::writeJson(r, envelope(QStringLiteral("EService:Unavailable")), 200);
        break;
    case Fault::Busy:
        HttpFrontend::writeJson(r, envelope(QStringLiteral("EService:Busy")), 200);
        break;
    case Fault::InvalidNonce:
        HttpFrontend::writeJson(r, envelope(QStringLiteral("EAPI:Invalid nonce")), 200);
        break;
    case Fault::NonJsonBody:
        r.write(QByteArrayLiteral("<html><body>Down for maintenance</body></html>"), QByteArrayLiteral("text/html"),
                QHttpServerResponder::StatusCode::Ok);
        break;
    case Fault::Delay:
    case Fault::DropAfterApply:
    case Fault::TruncatedBody:
        break;
    }
}
} // namespace

void SandboxServer::handlePrivate(const QHttpServerRequest &request, QTcpSocket *socket, const QString &operation)
{
    QElapsedTimer timer;
    timer.start();
    QHttpServerResponder responder = HttpFrontend::responder(request, socket);
    const Operation *op = findOperation(operation);
    const QString name = op ? op->name : operation.left(64);
    auto log = [&](int status, const QString &outcome) {
        m_handlingNs += timer.nsecsElapsed();
        qCInfo(lcRequest).noquote() << name << status << outcome << timer.elapsed() << "ms";
    };
    if (!op || request.method() != QHttpServerRequest::Method::Post) {
        const QString error = QStringLiteral("EGeneral:Unknown method");
        HttpFrontend::writeJson(responder, envelope(error), op ? 405 : 404);
        return log(op ? 405 : 404, error);
    }
    const QByteArray body = request.body();
    if (body.size() > m_options.maxBodyBytes) {
        const QString error = QStringLiteral("EGeneral:Invalid arguments");
        HttpFrontend::writeJson(responder, envelope(error), 413);
        return log(413, error);
    }
    const auto fault = m_faults->take(op->name);
    if (fault && !FaultInjector::appliesChange(fault->fault)) {
        writeFault(responder, fault->fault);
        return log(200, QStringLiteral("fault:") + FaultInjector::name(fault->fault));
    }

    const QByteArray uriPath = QByteArrayLiteral("/0/private/") + op->name.toLatin1();
    const auto auth = m_auth->check(*m_state, uriPath, header(request, "API-Key"), header(request, "API-Sign"), body);
    QString error = auth.error;
    QJsonObject result;
    if (error.isEmpty()) {
        scheduleSave(); // the key's nonce moved on
        const bool allowed = auth.key->kind == KeyRecord::Kind::Admin
                             || (auth.key->kind == KeyRecord::Kind::AdminReadOnly && !op->mutation);
        if (!allowed) {
            error = QStringLiteral("EGeneral:Permission denied");
        } else {
            const Reply reply = op->handler(*m_state, auth.params);
            error = reply.error;
            result = reply.result;
        }
    }
    const QByteArray answer = envelope(error, result);
    const QString outcome = error.isEmpty() ? QStringLiteral("ok") : error;
    if (!fault) {
        HttpFrontend::writeJson(responder, answer, 200);
        return log(200, outcome);
    }

    const QString faultName = QStringLiteral(" fault:") + FaultInjector::name(fault->fault);
    switch (fault->fault) {
    case Fault::DropAfterApply:
        // The change is applied; the client never hears about it.
        socket->abort();
        return log(0, outcome + faultName);
    case Fault::TruncatedBody: {
        // A consistent HTTP message whose JSON stops half way.
        const QByteArray half = answer.left(answer.size() / 2);
        HttpFrontend::writeJson(responder, half, 200);
        return log(200, outcome + faultName);
    }
    case Fault::Delay: {
        const qint64 delay = fault->delayMs > 0 ? fault->delayMs : kDefaultDelayMs;
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTimer::singleShot(delay, this, [held, answer, guard = QPointer<QTcpSocket>(socket)] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                HttpFrontend::writeJson(*held, answer, 200);
        });
        return log(200, outcome + faultName + QStringLiteral(" delayed ") + QString::number(delay) + QStringLiteral("ms"));
    }
    default:
        return;
    }
}

} // namespace prime::sandbox
