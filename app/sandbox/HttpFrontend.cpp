#include "HttpFrontend.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcHttp, "prime.sandbox.http")

namespace prime::sandbox {

namespace {
// Counts bytes a client sends while no answer goes back and aborts the
// connection past the cap, so a huge or endless body never exhausts memory.
// Its readyRead slot is connected before QAbstractHttpServer's, which drains
// the socket on each readyRead, so bytesAvailable() is the newly arrived part.
class CappedTcpServer : public QTcpServer
{
public:
    CappedTcpServer(qint64 cap, QObject *parent) : QTcpServer(parent), m_cap(cap) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        auto *received = new qint64(0);
        connect(socket, &QObject::destroyed, socket, [received] { delete received; });
        connect(socket, &QTcpSocket::readyRead, socket, [socket, received, cap = m_cap] {
            *received += socket->bytesAvailable();
            if (*received > cap) {
                qCWarning(lcHttp) << "request larger than" << cap << "bytes: connection closed";
                socket->abort();
            }
        });
        connect(socket, &QTcpSocket::bytesWritten, socket, [received] { *received = 0; });
        addPendingConnection(socket);
    }

private:
    qint64 m_cap;
};
} // namespace

HttpFrontend::HttpFrontend(Handler handler, qint64 maxUnansweredBytes, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler)), m_maxUnanswered(maxUnansweredBytes)
{
}

quint16 HttpFrontend::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    auto *server = new CappedTcpServer(m_maxUnanswered, this);
    if (!server->listen(address, port)) {
        if (error)
            *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

void HttpFrontend::writeJson(QHttpServerResponder &responder, const QByteArray &body, int status)
{
    responder.write(body, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
                    QHttpServerResponder::StatusCode(status));
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

} // namespace prime::sandbox
