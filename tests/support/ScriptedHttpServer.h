#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QTcpServer>

// A tiny HTTP/1.1 server for client tests: real sockets on loopback, answers
// scripted one per request, and every request recorded byte for byte.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        int status = 200;
        QByteArray body = R"({"error":[],"result":{}})";
        QByteArray contentType = "application/json";
        int delayMs = 0;
        bool drop = false; // close the connection without answering
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;
    quint16 port() const { return m_server.serverPort(); }
    QByteArray baseUrl() const;

    void enqueue(const Answer &answer) { m_script.enqueue(answer); }
    Answer defaultAnswer;
    QList<Request> requests;
    int maxConcurrent = 0; // most requests received but not yet answered at once

signals:
    void requestReceived();

private:
    void onReadyRead(QTcpSocket *socket);
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QQueue<Answer> m_script;
    int m_open = 0;
};
