#pragma once

#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerResponder>

#include <functional>

class QTcpServer;

namespace prime::sandbox {

// The HTTP layer: QAbstractHttpServer gives the parsed request together with its
// socket, which the sandbox needs to answer late (Delay) or cut the connection
// after applying a change (DropAfterApply). The listening socket caps how much
// a client may send before an answer (no unbounded request bodies).
class HttpFrontend : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    HttpFrontend(Handler handler, qint64 maxUnansweredBytes, QObject *parent = nullptr);

    // Listens on address:port (0: any free port); returns the port or 0.
    quint16 listenOn(const QHostAddress &address, quint16 port, QString *error);

    static QHttpServerResponder responder(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        return makeResponder(request, socket);
    }
    static void writeJson(QHttpServerResponder &responder, const QByteArray &body, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Handler m_handler;
    qint64 m_maxUnanswered;
};

} // namespace prime::sandbox
