#pragma once

#include "ConnectionProfile.h"
#include "Credentials.h"
#include "Output.h"

#include <QCommandLineOption>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QNetworkAccessManager;

namespace prime {
class AuditLog;
class PrimeClient;
struct PrimeError;
class ProfileStore;
class SecretStore;
}

namespace prime::cli {

// What every primectl command shares: the global options, the resolved
// credentials and client, the output, and the way a command ends. Commands are
// asynchronous; each ends exactly once with finish(code).
class CliContext : public QObject
{
    Q_OBJECT
public:
    CliContext(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~CliContext() override;

    Output &output() { return m_output; }

    // Adds --profile, --url, --secret-stdin, --format to a command's parser.
    void addGlobalOptions(QCommandLineParser &parser);
    // Reads them back; false (after printing why) on a bad value.
    bool applyGlobalOptions(const QCommandLineParser &parser);
    QString profileName() const { return m_profile; }
    // The ids a command works on (its positional arguments), for the audit log.
    void setTargets(const QStringList &targets) { m_targets = targets; }

    // Resolves credentials (profile + keychain, or PRIME_API_KEY with the secret
    // from PRIME_API_SECRET_FILE or stdin) and creates the client; then calls
    // `ready`. On failure prints why and finishes with an authentication code.
    void withClient(std::function<void(PrimeClient &)> ready);
    PrimeClient *client() const { return m_client; }
    const Credentials &credentials() const { return m_credentials; }
    // The profile in use (after withClient), for storing user-key secrets.
    const std::optional<ConnectionProfile> &profile() const { return m_profileData; }
    ProfileStore &profiles();
    SecretStore &secrets();

    enum class Confirmation { Yes, No, NoTerminal };
    // Asks on the terminal. Without a terminal (scripts, CI) answers NoTerminal
    // so the command refuses instead of acting unasked.
    Confirmation confirm(const QString &question);
    // Whether confirm() could ask someone (stdin and stderr are a terminal).
    static bool canAsk();
    // confirm() unless `yes`; prints and finishes on refusal. True to go ahead.
    bool confirmOrFinish(bool yes, const QString &question);

    // Ends the command (once): leaves the event loop with `code`.
    void finish(int code);
    bool finished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

private:
    void createClient(Credentials credentials, std::function<void(PrimeClient &)> ready);
    void audit(const QString &operation, const PrimeError *error);
    // SIGINT/SIGTERM end the command; a mutation in flight makes it "outcome unknown".
    void watchInterrupts();
    void interrupted();

    Output m_output;
    QCommandLineOption m_profileOpt;
    QCommandLineOption m_urlOpt;
    QCommandLineOption m_secretStdinOpt;
    QCommandLineOption m_formatOpt;
    QString m_profile;
    QString m_url;
    bool m_secretStdin = false;
    QNetworkAccessManager *m_nam;
    PrimeClient *m_client = nullptr; // child of this
    std::optional<ConnectionProfile> m_profileData;
    ProfileStore *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;
    AuditLog *m_audit = nullptr;
    Credentials m_credentials; // base URL and public key; the secret is cleared after use
    QStringList m_targets;
    QString m_mutationInFlight; // the operation sent and not yet answered
    bool m_finished = false;
    int m_exitCode = 0;
};

} // namespace prime::cli
