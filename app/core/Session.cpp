#include "Session.h"

#include "AuditLog.h"
#include "PrimeClient.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace prime {

Q_LOGGING_CATEGORY(lcSession, "prime.core.session")

QString SessionProfile::effectiveColour() const
{
    if (!colour.isEmpty())
        return colour;
    return production ? QStringLiteral("#c0392b") : QStringLiteral("#2e7d32");
}

bool SessionProfile::looksLikeProduction(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

Session::Session(SessionProfile profile, Credentials credentials, TransportOptions options,
                 QObject *parent)
    : QObject(parent),
      m_profile(std::move(profile)),
      m_nam(new QNetworkAccessManager(this)),
      m_client(new PrimeClient(m_nam, std::move(credentials), std::move(options), this))
{
    PrimeTransport *transport = m_client->transport();
    connect(transport, &PrimeTransport::pendingCountChanged, this, &Session::pendingCountChanged);
    connect(transport, &PrimeTransport::callSucceeded, this,
            [this] { setState(ConnectionState::Connected); });
    connect(transport, &PrimeTransport::callFailed, this,
            [this](const QString &operation, const PrimeError &error) {
                if (isConnectionFailure(error))
                    setState(ConnectionState::Lost);
                else if (error.category != PrimeError::Category::Cancelled
                         && error.category != PrimeError::Category::Configuration)
                    setState(ConnectionState::Connected); // the server answered
                emit callFailed(operation, error);
            });
    qCInfo(lcSession) << "session for profile" << m_profile.name << "on" << m_profile.baseUrl.host();
}

Session::~Session()
{
    // Queued callbacks must not run into half-destroyed panes.
    m_client->transport()->cancelAllReads();
}

int Session::pendingCount() const
{
    return m_client->transport()->pendingCount();
}

void Session::cancelAllReads()
{
    m_client->transport()->cancelAllReads();
}

bool Session::recordMutation(const QString &operation, const QStringList &targets,
                             const PrimeError &error)
{
    if (!m_audit)
        return true;
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.profile = m_profile.name;
    entry.operation = operation;
    entry.targets = targets;
    if (!error.isError())
        entry.outcome = AuditEntry::Outcome::Succeeded;
    else if (error.outcomeUnknown)
        entry.outcome = AuditEntry::Outcome::Unknown;
    else
        entry.outcome = AuditEntry::Outcome::Failed;
    if (error.isError())
        entry.detail = error.categoryName() + QStringLiteral(": ") + error.details();
    return m_audit->append(entry);
}

bool Session::isConnectionFailure(const PrimeError &error)
{
    using C = PrimeError::Category;
    switch (error.category) {
    case C::Network:
    case C::Timeout:
    case C::ServerError:
    case C::ServiceUnavailable:
        return true;
    default:
        return false;
    }
}

void Session::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcSession) << "connection" << state;
    emit connectionStateChanged(state);
}

} // namespace prime
