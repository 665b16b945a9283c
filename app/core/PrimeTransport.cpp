#include "PrimeTransport.h"

#include "NonceSource.h"
#include "OneShotBody.h"
#include "ResponseEnvelope.h"
#include "RequestSigner.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTransport, "prime.core.transport", QtInfoMsg)

namespace prime {

using Category = PrimeError::Category;

struct PrimeTransport::Call
{
    quint64 id = 0;
    QString operation;
    QJsonObject params;
    CallKind kind = CallKind::Read;
    QPointer<QObject> context;
    bool hasContext = false;
    Done done;
    int attempt = 0;
    QElapsedTimer lockWait; // waiting for another program's request on this key
    bool timedOut = false;
    bool cancelled = false;
};

namespace {
constexpr int kLockPollMs = 5;

// Failures where the request provably never reached the server.
bool neverSent(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return true;
    default:
        return false;
    }
}

QByteArray defaultUserAgent()
{
    return QByteArrayLiteral("PrimeAdmin/" PRIME_VERSION " (Qt ") + qVersion() + ')';
}
} // namespace

PrimeTransport::PrimeTransport(QNetworkAccessManager *nam, Credentials credentials,
                               TransportOptions options, QObject *parent)
    : QObject(parent), m_nam(nam), m_credentials(std::move(credentials)),
      m_options(std::move(options)), m_timeout(new QTimer(this)), m_retry(new QTimer(this)),
      m_resume(new QTimer(this)), m_limiter(m_options.rateTier)
{
    m_resume->setSingleShot(true);
    connect(m_resume, &QTimer::timeout, this, [this] {
        if (m_pausedUntilMs != 0 && QDateTime::currentMSecsSinceEpoch() >= m_pausedUntilMs) {
            m_pausedUntilMs = 0;
            emit resumed();
        }
        startNext();
    });
    m_timeout->setSingleShot(true);
    m_retry->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (m_current && m_reply) {
            m_current->timedOut = true;
            m_reply->abort();
        }
    });
    connect(m_retry, &QTimer::timeout, this, [this] {
        if (m_current)
            send(m_current.get());
    });
    if (m_options.userAgent.isEmpty())
        m_options.userAgent = defaultUserAgent();

    m_configError = checkBaseUrl(m_credentials.baseUrl);
    if (m_configError.isEmpty() && m_credentials.apiKey.trimmed().isEmpty())
        m_configError = tr("No API key is set.");
    m_signer = std::make_unique<RequestSigner>(m_credentials.secret);
    if (m_configError.isEmpty() && !m_signer->isValid())
        m_configError = m_signer->errorString();
    m_credentials.secret.clear(); // the keyed signer holds what is needed

    QString noncePath = m_options.nonceStatePath;
    if (noncePath.isEmpty())
        noncePath = NonceSource::defaultStatePath(m_credentials.baseUrl.toString(), m_credentials.apiKey);
    else if (noncePath == QLatin1String("-"))
        noncePath.clear();
    m_nonces = std::make_unique<NonceSource>(noncePath);
}

PrimeTransport::~PrimeTransport()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    qDeleteAll(m_queue);
}

QByteArray PrimeTransport::buildBody(quint64 nonce, const QJsonObject &params)
{
    QByteArray body = QByteArrayLiteral("{\"nonce\":") + QByteArray::number(nonce);
    if (!params.isEmpty()) {
        const QByteArray rest = QJsonDocument(params).toJson(QJsonDocument::Compact);
        body += ',';
        body += QByteArrayView(rest).sliced(1); // drop '{', keep the closing '}'
    } else {
        body += '}';
    }
    return body;
}

quint64 PrimeTransport::submit(const QString &operation, const QJsonObject &params, CallKind kind,
                               QObject *context, Done done)
{
    auto *call = new Call;
    call->id = m_nextId++;
    call->operation = operation;
    call->params = params;
    call->kind = kind;
    call->context = context;
    call->hasContext = context != nullptr;
    call->done = std::move(done);
    m_queue.append(call);
    emit pendingCountChanged(pendingCount());
    // Start from the event loop, so callers can connect before anything happens.
    QMetaObject::invokeMethod(this, &PrimeTransport::startNext, Qt::QueuedConnection);
    return call->id;
}

int PrimeTransport::pendingCount() const
{
    return int(m_queue.size()) + (m_current ? 1 : 0);
}

bool PrimeTransport::cancel(quint64 id)
{
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i)->id == id) {
            std::unique_ptr<Call> call(m_queue.takeAt(i));
            complete(std::move(call), PrimeError::make(Category::Cancelled), {}, {});
            return true;
        }
    }
    if (!m_current || m_current->id != id)
        return false;
    if (!m_reply) { // waiting for a retry: nothing is in flight
        m_retry->stop();
        complete(std::move(m_current), PrimeError::make(Category::Cancelled), {}, {});
        return true;
    }
    if (m_current->kind == CallKind::Mutation)
        return false;
    m_current->cancelled = true;
    m_reply->abort();
    return true;
}

void PrimeTransport::cancelAllReads()
{
    QList<quint64> ids;
    for (const Call *c : std::as_const(m_queue))
        if (c->kind == CallKind::Read)
            ids.append(c->id);
    if (m_current && m_current->kind == CallKind::Read)
        ids.append(m_current->id);
    for (quint64 id : ids)
        cancel(id);
}

bool PrimeTransport::isPaused() const
{
    return m_pausedUntilMs != 0 && QDateTime::currentMSecsSinceEpoch() < m_pausedUntilMs;
}

void PrimeTransport::resume()
{
    if (m_pausedUntilMs == 0)
        return;
    m_pausedUntilMs = 0;
    emit resumed();
    if (m_current && !m_reply && m_retry->isActive()) {
        m_retry->stop();
        send(m_current.get());
    }
    startNext();
}

void PrimeTransport::pauseFor(const PrimeError &error)
{
    qint64 pauseMs = error.category == Category::Lockout ? m_options.lockoutPauseMs
                                                          : m_options.rateLimitPauseMs;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (error.retryAtSecs)
        pauseMs = std::max(pauseMs, *error.retryAtSecs * 1000 - now);
    m_limiter.saturate();
    m_pausedUntilMs = std::max(m_pausedUntilMs, now + pauseMs);
    // The end of every pause goes through m_resume, so resumed() always follows paused().
    m_resume->start(int(std::min<qint64>(m_pausedUntilMs - now, std::numeric_limits<int>::max())));
    qCWarning(lcTransport) << "pausing the queue for" << pauseMs << "ms after" << error.categoryName();
    emit paused(m_pausedUntilMs, error);
}

void PrimeTransport::startNext()
{
    if (m_current || m_queue.isEmpty())
        return;
    qint64 waitMs = isPaused() ? m_pausedUntilMs - QDateTime::currentMSecsSinceEpoch() : 0;
    if (waitMs <= 0 && m_configError.isEmpty())
        waitMs = m_limiter.delayFor();
    if (waitMs > 0) {
        m_resume->start(int(std::min<qint64>(waitMs, std::numeric_limits<int>::max())));
        return;
    }
    m_current.reset(m_queue.takeFirst());
    if (!m_configError.isEmpty()) {
        complete(std::move(m_current), PrimeError::make(Category::Configuration, m_configError), {}, {});
        return;
    }
    send(m_current.get());
}

void PrimeTransport::send(Call *call)
{
    // Another program may be mid-request on this key: wait (without blocking)
    // until it has its answer, so our nonce can never arrive before a smaller one.
    if (!m_nonces->tryLock()) {
        if (!call->lockWait.isValid())
            call->lockWait.start();
        if (call->lockWait.elapsed() > m_options.timeoutMs) {
            PrimeError err = PrimeError::make(
                Category::Timeout, tr("another program kept this API key busy for %1 s").arg(m_options.timeoutMs / 1000));
            complete(std::move(m_current), err, {}, {});
            return;
        }
        m_retry->start(kLockPollMs);
        return;
    }
    call->lockWait.invalidate();
    ++call->attempt;
    call->timedOut = false;
    m_limiter.record();
    const quint64 nonce = m_nonces->nextLocked();
    const QByteArray body = buildBody(nonce, call->params);
    QUrl url = m_credentials.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QStringLiteral("/0/private/") + call->operation);
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    request.setRawHeader(QByteArrayLiteral("API-Key"), m_credentials.apiKey.toLatin1());
    request.setRawHeader(QByteArrayLiteral("API-Sign"), m_signer->sign(path, nonce, body));
    // A signed POST is never replayed to another place.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcTransport) << "send" << call->operation << "attempt" << call->attempt;
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OneShotBody(body);
    QNetworkReply *reply = m_nam->post(request, device);
    device->setParent(reply);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finishReply(reply); });
    // Certificate problems are reported, never ignored: there is no switch to bypass them.
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        reply->setProperty("prime.sslErrors", texts);
    });
    m_timeout->start(m_options.timeoutMs);
    emit requestSent(call->operation, call->attempt);
}

void PrimeTransport::finishReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply || !m_current)
        return;
    m_reply = nullptr;
    m_timeout->stop();
    m_nonces->unlock(); // the server has dealt with our nonce (or never will)
    Call *call = m_current.get();
    const bool mutation = call->kind == CallKind::Mutation;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();

    PrimeError err;
    QJsonObject result;
    QStringList warnings;
    if (call->cancelled) {
        err = PrimeError::make(Category::Cancelled);
    } else if (call->timedOut) {
        err = PrimeError::make(Category::Timeout, tr("No answer within %1 s").arg(m_options.timeoutMs / 1000.0));
        err.outcomeUnknown = mutation;
    } else if (status == 0 && reply->error() == QNetworkReply::SslHandshakeFailedError) {
        const QStringList ssl = reply->property("prime.sslErrors").toStringList();
        err = PrimeError::make(Category::Tls, ssl.isEmpty() ? reply->errorString() : ssl.join(QStringLiteral("; ")));
    } else if (status == 0) {
        err = PrimeError::make(Category::Network, reply->errorString());
        err.outcomeUnknown = mutation && !neverSent(reply->error());
    } else {
        ResponseEnvelope envelope = ResponseEnvelope::parse(status, data, mutation);
        err = std::move(envelope.error);
        result = std::move(envelope.result);
        warnings = std::move(envelope.warnings);
    }

    if (err.category == Category::RateLimit || err.category == Category::Lockout)
        pauseFor(err);
    if (err.isError() && !mutation && err.isTransient() && !call->cancelled
        && call->attempt < m_options.maxReadAttempts) {
        scheduleRetry(err);
        return;
    }
    complete(std::move(m_current), err, result, warnings);
}

void PrimeTransport::scheduleRetry(const PrimeError &error)
{
    const int exponent = std::min(m_current->attempt - 1, 16);
    qint64 delay = std::min<qint64>(qint64(m_options.backoffBaseMs) << exponent, m_options.backoffCapMs);
    if (isPaused())
        delay = std::max(delay, m_pausedUntilMs - QDateTime::currentMSecsSinceEpoch());
    qCInfo(lcTransport) << "retrying" << m_current->operation << "in" << delay << "ms after"
                        << error.categoryName();
    m_retry->start(int(delay));
}

void PrimeTransport::complete(std::unique_ptr<Call> call, const PrimeError &error,
                              const QJsonObject &result, const QStringList &warnings)
{
    if (error.isError())
        qCInfo(lcTransport) << call->operation << "failed:" << error.categoryName() << error.details();
    emit pendingCountChanged(pendingCount());
    if (error.isError())
        emit callFailed(call->operation, error);
    else
        emit callSucceeded(call->operation);
    if (call->done && (!call->hasContext || call->context))
        call->done(error, result, warnings);
    call.reset();
    QMetaObject::invokeMethod(this, &PrimeTransport::startNext, Qt::QueuedConnection);
}

} // namespace prime
