#pragma once

#include "Credentials.h"
#include "PrimeError.h"
#include "PrimeTransport.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace prime {

class AuditLog;
class PrimeClient;

// What the window shows about the profile a session runs on.
struct SessionProfile
{
    QString name;
    QUrl baseUrl;
    bool temporary = false; // the --sandbox profile: never saved to settings or keychain
    bool production = true; // production profiles wear a warning colour
    QString colour;         // "#rrggbb"; empty: the default for production or test

    // Loopback servers are test servers (the sandbox); anything else is production.
    static bool looksLikeProduction(const QUrl &url);
    QString effectiveColour() const;
};

// One connection: a profile, its own network access manager, the client for the
// profile's key and the audit log. The UI calls the session's client; the session
// turns transport signals into a connection state and a requests-in-flight count.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class ConnectionState { Unknown, Connected, Lost };
    Q_ENUM(ConnectionState)

    Session(SessionProfile profile, Credentials credentials, TransportOptions options = {},
            QObject *parent = nullptr);
    ~Session() override;

    const SessionProfile &profile() const { return m_profile; }
    PrimeClient *client() const { return m_client; }
    ConnectionState connectionState() const { return m_state; }
    int pendingCount() const;
    void cancelAllReads();

    // Mutations are recorded here by whoever performs them; may be null.
    AuditLog *auditLog() const { return m_audit; }
    void setAuditLog(AuditLog *log) { m_audit = log; }

    // Records a mutation's outcome in the audit log (if any): succeeded when
    // `error` is none, unknown when the transport says the outcome is unknown,
    // failed otherwise. Returns false when the log could not be written.
    bool recordMutation(const QString &operation, const QStringList &targets, const PrimeError &error);

    // Failures that say the server is not reachable (as opposed to a refused request).
    static bool isConnectionFailure(const PrimeError &error);

signals:
    void pendingCountChanged(int count);
    void connectionStateChanged(prime::Session::ConnectionState state);
    void callFailed(const QString &operation, const prime::PrimeError &error);

private:
    void setState(ConnectionState state);

    SessionProfile m_profile;
    QNetworkAccessManager *m_nam;
    PrimeClient *m_client;
    AuditLog *m_audit = nullptr;
    ConnectionState m_state = ConnectionState::Unknown;
};

} // namespace prime
