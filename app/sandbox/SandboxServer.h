// prime_sandbox: a faithful local Prime REST server (QHttpServer), used in
// process by tests and `prime-admin --sandbox`, and as the prime-sandbox tool.
// Behaviour follows the API reference and design.md "Decisions"; choices the
// documents leave open are listed in app/sandbox/README.md.
#pragma once

#include "Credentials.h"
#include "Settlement.h"
#include "ApiKey.h"
#include "ApiUser.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServerRequest;
class QTcpSocket;
class QTimer;

namespace prime::sandbox {

class Authenticator;
class FaultInjector;
class HttpFrontend;
class SandboxClock;
class SandboxState;

// SandboxServer::Options (outside the class so that `Options options = {}` compiles).
struct SandboxOptions
{
    enum class Seed { Demo, Empty } seed = Seed::Demo;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    bool allowRemote = false;
    double clockSpeed = 1.0;
    qint64 confirmDelayMs = 5000;
    qint64 transferDelayMs = 8000;
    QString statePath;
    qint64 completeDelayMs = 5000;  // settled -> completed
    int lockoutThreshold = 8;       // auth failures per minute before a lockout
    qint64 lockoutMs = 15 * 60000;
    qint64 maxBodyBytes = 64 * 1024; // larger bodies: Invalid arguments (connection cut at 1 MiB)
    bool controlApi = true;          // /sandbox/... routes (loopback clients only)
};

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    using Options = SandboxOptions;
    enum class Fault { Http500, Http502Html, Delay, DropAfterApply, RateLimit, ServiceUnavailable, Busy, TruncatedBody, NonJsonBody, InvalidNonce };

    explicit SandboxServer(Options options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(QString *error = nullptr); // listens; port 0 = free port
    QUrl url() const;                      // e.g. http://127.0.0.1:PORT
    prime::Credentials adminCredentials() const;
    prime::Credentials readOnlyAdminCredentials() const;

    void advanceClock(qint64 ms);
    void setClockFrozen(bool frozen);
    qint64 nowMs() const;

    void injectFault(const QString &operation, Fault fault, int count = 1, qint64 delayMs = 0);
    void clearFaults();
    // Books a synthetic trade: positive amounts are bought (incoming to the client).
    // Returns the trade id, empty when the amount or asset kind is invalid.
    QString bookTrade(const QString &asset, const QString &signedAmount,
                      const QString &assetKind = QStringLiteral("currency"));

    // Read access for tests (the same records the API serves).
    QList<prime::ApiUser> users() const;
    QList<prime::ApiKey> keys(const QString &userId) const;
    QList<prime::Batch> batches() const; // newest first
    int transferCount(const QString &batchId, const QString &asset) const;
    int unsettledTradeCount(const QString &assetKind = QStringLiteral("currency")) const;
    // Appends `count` completed historical batches (pagination tests, demo history).
    void addCompletedBatches(int count, const QString &assetKind = QStringLiteral("currency"));

    // {"url","api_key","api_secret","read_only_api_key","read_only_api_secret"}, mode 0600.
    bool writeCredentials(const QString &path, QString *error = nullptr) const;
    bool saveState(QString *error = nullptr) const;

    SandboxState &state() { return *m_state; }
    // Time spent handling /0/private requests since start (benchmarks' floor).
    qint64 handlingNanoseconds() const { return m_handlingNs; }

private:
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    void handlePrivate(const QHttpServerRequest &request, QTcpSocket *socket, const QString &operation);
    void handleControl(const QHttpServerRequest &request, QTcpSocket *socket);
    void tick();
    void scheduleSave();
    prime::Credentials credentialsFor(int kind) const;

    Options m_options;
    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<FaultInjector> m_faults;
    HttpFrontend *m_http = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_saveTimer = nullptr;
    quint16 m_port = 0;
    qint64 m_handlingNs = 0;
};

} // namespace prime::sandbox
