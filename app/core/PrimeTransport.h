#pragma once

#include "Credentials.h"
#include "PrimeError.h"
#include "RateLimiter.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQueue>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace prime {

class NonceSource;
class RequestSigner;

enum class CallKind { Read, Mutation };

struct TransportOptions
{
    int timeoutMs = 30000;
    int maxReadAttempts = 3; // reads only; mutations are sent once
    int backoffBaseMs = 1000;
    int backoffCapMs = 60000;
    // High-water-mark file of the key's nonces; empty: NonceSource::defaultStatePath().
    // "-" keeps nonces in memory only (tests that need no persistence).
    QString nonceStatePath;
    QByteArray userAgent; // empty: "PrimeAdmin/<version> (Qt <version>)"
    // Client-side model of Kraken's call counter; unlimited for the local sandbox.
    RateLimiter::Tier rateTier = RateLimiter::Tier::intermediate();
    // How long the queue pauses after EAPI:Rate limit exceeded / EGeneral:Temporary lockout.
    int rateLimitPauseMs = 5000;
    int lockoutPauseMs = 15 * 60 * 1000;
};

// The request queue of one API key. Requests leave the queue one at a time; the
// nonce is drawn and the body signed when a request leaves, so nonces reach
// Kraken in order. It builds the JSON body once, signs exactly those bytes and
// sends them; reads the {"error":[...],"result":...} envelope; retries reads
// with backoff on transient failures; never retries a mutation, and marks a
// mutation that failed ambiguously as "outcome unknown".
class PrimeTransport : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const PrimeError &error, const QJsonObject &result,
                                    const QStringList &warnings)>;

    PrimeTransport(QNetworkAccessManager *nam, Credentials credentials,
                   TransportOptions options = {}, QObject *parent = nullptr);
    ~PrimeTransport() override;

    // Empty when requests can be sent; otherwise why not (bad secret, refused URL).
    QString configurationError() const { return m_configError; }
    const QUrl &baseUrl() const { return m_credentials.baseUrl; }
    const QString &apiKey() const { return m_credentials.apiKey; }

    // Queues a call of /0/private/<operation>. `done` runs on this object's thread,
    // unless `context` was destroyed meanwhile. Returns an id for cancel().
    quint64 submit(const QString &operation, const QJsonObject &params, CallKind kind,
                   QObject *context, Done done);
    // Cancels a queued call, or a read in flight. A mutation already sent cannot be
    // cancelled (its outcome would become unknown); returns false then.
    bool cancel(quint64 id);
    void cancelAllReads();
    int pendingCount() const;

    // After a rate limit or lockout answer the queue pauses instead of hammering
    // Kraken; the UI shows a countdown to pausedUntilMs() and may resume early.
    bool isPaused() const;
    qint64 pausedUntilMs() const { return m_pausedUntilMs; } // Unix ms, 0 when running
    void resume();

    // The exact body for a request: {"nonce":<digits>[,<params>]}; public for tests.
    static QByteArray buildBody(quint64 nonce, const QJsonObject &params);

signals:
    void pendingCountChanged(int count);
    // Each HTTP request leaving the queue (a read's retries count separately).
    void requestSent(const QString &operation, int attempt);
    void callSucceeded(const QString &operation);
    void callFailed(const QString &operation, const prime::PrimeError &error);
    void paused(qint64 untilMs, const prime::PrimeError &reason);
    void resumed();

private:
    struct Call;
    void startNext();
    void send(Call *call);
    void finishReply(QNetworkReply *reply);
    void complete(std::unique_ptr<Call> call, const PrimeError &error, const QJsonObject &result,
                  const QStringList &warnings);
    void scheduleRetry(const PrimeError &error);
    void pauseFor(const PrimeError &error);

    QNetworkAccessManager *m_nam;
    Credentials m_credentials;
    TransportOptions m_options;
    QString m_configError;
    std::unique_ptr<RequestSigner> m_signer;
    std::unique_ptr<NonceSource> m_nonces;
    QList<Call *> m_queue;
    std::unique_ptr<Call> m_current; // in flight or waiting for its retry
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout;
    QTimer *m_retry;
    QTimer *m_resume; // ends a pause or a client-side rate-limit wait
    RateLimiter m_limiter;
    qint64 m_pausedUntilMs = 0;
    quint64 m_nextId = 1;
};

} // namespace prime
