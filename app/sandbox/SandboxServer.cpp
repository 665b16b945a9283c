#include "SandboxServer.h"

#include "Auth.h"
#include "DemoSeed.h"
#include "FaultInjector.h"
#include "Handlers.h"
#include "HttpFrontend.h"
#include "SandboxState.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTimer>
#include <QtHttpServer/QHttpServerRequest>

Q_LOGGING_CATEGORY(lcSandbox, "prime.sandbox")
// One line per request; off in tests, turned on by the prime-sandbox tool.
Q_LOGGING_CATEGORY(lcRequest, "prime.sandbox.request", QtWarningMsg)

namespace prime::sandbox {

namespace {
constexpr int kAdmin = 0, kReadOnly = 1;
constexpr qint64 kSocketCap = 1024 * 1024;

QByteArray envelopeError(const QString &error)
{
    return QJsonDocument(QJsonObject{{QLatin1String("error"), QJsonArray{error}}}).toJson(QJsonDocument::Compact);
}

bool writePrivateFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // Restrict before any byte is written: the file may hold admin secrets.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(data);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

SandboxServer::SandboxServer(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_clock(std::make_unique<SandboxClock>(QDateTime::currentMSecsSinceEpoch(), m_options.clockSpeed)),
      m_state(std::make_unique<SandboxState>(
          m_clock.get(), SandboxState::Delays{m_options.confirmDelayMs, m_options.transferDelayMs,
                                              m_options.completeDelayMs})),
      m_auth(std::make_unique<Authenticator>(
          Authenticator::Limits{m_options.lockoutThreshold, 60000, m_options.lockoutMs})),
      m_faults(std::make_unique<FaultInjector>()), m_tick(new QTimer(this)), m_saveTimer(new QTimer(this))
{
    m_tick->setInterval(200);
    connect(m_tick, &QTimer::timeout, this, &SandboxServer::tick);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(300);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (!saveState(&error))
            qCWarning(lcSandbox) << "cannot save state:" << error;
    });

    bool loaded = false;
    if (!m_options.statePath.isEmpty() && QFile::exists(m_options.statePath)) {
        QFile f(m_options.statePath);
        QString error;
        loaded = f.open(QIODevice::ReadOnly)
                 && m_state->load(QJsonDocument::fromJson(f.readAll()).object(), &error);
        if (!loaded)
            qCWarning(lcSandbox) << "state file not usable, starting fresh:" << error;
    }
    if (!loaded) {
        m_state->addKey(KeyRecord::Kind::Admin, {}, nullptr);
        m_state->addKey(KeyRecord::Kind::AdminReadOnly, {}, nullptr);
        if (m_options.seed == Options::Seed::Demo)
            seedDemo(*m_state);
    }
}

SandboxServer::~SandboxServer()
{
    // Close the listener and its connections while the state they use still exists.
    delete m_http;
    m_http = nullptr;
    if (m_saveTimer->isActive())
        saveState();
}

bool SandboxServer::start(QString *error)
{
    if (!m_options.address.isLoopback() && !m_options.allowRemote) {
        if (error)
            *error = tr("refusing to listen on %1: not a loopback address (allow remote access explicitly)")
                         .arg(m_options.address.toString());
        return false;
    }
    m_http = new HttpFrontend([this](const QHttpServerRequest &r, QTcpSocket *s) { handle(r, s); }, kSocketCap, this);
    m_port = m_http->listenOn(m_options.address, m_options.port, error);
    if (m_port == 0)
        return false;
    m_tick->start();
    if (!m_options.statePath.isEmpty())
        scheduleSave();
    return true;
}

QUrl SandboxServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(m_options.address.toString());
    u.setPort(m_port);
    return u;
}

prime::Credentials SandboxServer::credentialsFor(int kind) const
{
    const auto wanted = kind == kAdmin ? KeyRecord::Kind::Admin : KeyRecord::Kind::AdminReadOnly;
    prime::Credentials c;
    c.baseUrl = url();
    for (const auto &k : m_state->keys) {
        if (k->kind == wanted) {
            c.apiKey = k->publicKey;
            c.secret = k->secret;
            break;
        }
    }
    return c;
}

prime::Credentials SandboxServer::adminCredentials() const { return credentialsFor(kAdmin); }
prime::Credentials SandboxServer::readOnlyAdminCredentials() const { return credentialsFor(kReadOnly); }

qint64 SandboxServer::nowMs() const { return m_clock->nowMs(); }

void SandboxServer::advanceClock(qint64 ms)
{
    m_clock->advance(ms);
    tick();
}

void SandboxServer::setClockFrozen(bool frozen)
{
    m_clock->setFrozen(frozen);
}

void SandboxServer::tick()
{
    if (m_state->process(m_clock->nowMs()))
        scheduleSave();
}

void SandboxServer::scheduleSave()
{
    if (!m_options.statePath.isEmpty() && !m_saveTimer->isActive())
        m_saveTimer->start();
}

bool SandboxServer::saveState(QString *error) const
{
    if (m_options.statePath.isEmpty())
        return true;
    return writePrivateFile(m_options.statePath, QJsonDocument(m_state->save()).toJson(), error);
}

bool SandboxServer::writeCredentials(const QString &path, QString *error) const
{
    const prime::Credentials admin = adminCredentials();
    const prime::Credentials ro = readOnlyAdminCredentials();
    const QJsonObject o{{QLatin1String("url"), url().toString()},
                        {QLatin1String("api_key"), admin.apiKey},
                        {QLatin1String("api_secret"), QString::fromLatin1(admin.secret.view())},
                        {QLatin1String("read_only_api_key"), ro.apiKey},
                        {QLatin1String("read_only_api_secret"), QString::fromLatin1(ro.secret.view())}};
    QByteArray data = QJsonDocument(o).toJson();
    const bool ok = writePrivateFile(path, data, error);
    wipe(data);
    return ok;
}

void SandboxServer::injectFault(const QString &operation, Fault fault, int count, qint64 delayMs)
{
    m_faults->arm(operation, fault, count, delayMs);
}

void SandboxServer::clearFaults() { m_faults->clear(); }

QString SandboxServer::bookTrade(const QString &asset, const QString &signedAmount, const QString &assetKind)
{
    const auto amount = Decimal::parse(signedAmount);
    if (!amount || amount->isZero() || asset.trimmed().isEmpty() || asset.size() > 32 || !isValidAssetKind(assetKind))
        return {};
    const QString id = m_state->addTrade(asset.trimmed(), *amount, assetKind, m_clock->nowMs()).id;
    scheduleSave();
    return id;
}

QList<prime::ApiUser> SandboxServer::users() const
{
    QList<prime::ApiUser> out;
    for (const UserRecord &u : m_state->users)
        out.append(u.toApi());
    return out;
}

QList<prime::ApiKey> SandboxServer::keys(const QString &userId) const
{
    QList<prime::ApiKey> out;
    for (const auto &k : m_state->keys) {
        if (k->kind == KeyRecord::Kind::User && k->userId == userId)
            out.append(k->toApi());
    }
    return out;
}

QList<prime::Batch> SandboxServer::batches() const
{
    QList<prime::Batch> out;
    for (auto it = m_state->batches.crbegin(); it != m_state->batches.crend(); ++it)
        out.append(m_state->toApi(*it));
    std::stable_sort(out.begin(), out.end(), [](const Batch &a, const Batch &b) { return a.createdAt > b.createdAt; });
    return out;
}

int SandboxServer::transferCount(const QString &batchId, const QString &asset) const
{
    int n = 0;
    for (const TransferRecord &t : std::as_const(m_state->transfers))
        n += t.batchId == batchId && t.asset == asset ? 1 : 0;
    return n;
}

int SandboxServer::unsettledTradeCount(const QString &assetKind) const
{
    int n = 0;
    for (const TradeRecord &t : m_state->trades)
        n += t.batchId.isEmpty() && t.assetKind == assetKind ? 1 : 0;
    return n;
}

void SandboxServer::addCompletedBatches(int count, const QString &assetKind)
{
    const qint64 now = m_clock->nowMs();
    for (int i = 0; i < count; ++i)
        addCompletedBatch(*m_state, assetKind, now - qint64(count - i) * 3600 * 1000 - 24 * 3600 * 1000,
                          {{QStringLiteral("BTC"), QString::number(i % 7 + 1) + QStringLiteral(".25")},
                           {QStringLiteral("USD"), QStringLiteral("-") + QString::number(1000 + i)}});
    scheduleSave();
}

void SandboxServer::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    tick();
    if (path.startsWith(QLatin1String("/sandbox/")) && m_options.controlApi) {
        handleControl(request, socket);
    } else if (path.startsWith(QLatin1String("/0/private/"))) {
        handlePrivate(request, socket, path.mid(11));
    } else {
        QHttpServerResponder r = HttpFrontend::responder(request, socket);
        HttpFrontend::writeJson(r, envelopeError(QStringLiteral("EGeneral:Unknown method")), 404);
        qCInfo(lcRequest).noquote() << path.left(64) << 404 << "EGeneral:Unknown method";
    }
}

} // namespace prime::sandbox
