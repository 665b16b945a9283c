#include "CliContext.h"

#include "AuditLog.h"
#include "CredentialResolver.h"
#include "ExitCodes.h"
#include "PrimeClient.h"
#include "ProfileCredentials.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define STDIN_FILENO 0
#define STDERR_FILENO 2
#else
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcCli, "prime.cli")

namespace prime::cli {

namespace {
// Only write() is safe in a signal handler: the byte wakes the event loop.
int g_interruptPipe[2] = {-1, -1};
} // namespace

CliContext::CliContext(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_output(out, err),
      m_profileOpt(QStringLiteral("profile"), QStringLiteral("Use the saved connection profile NAME."),
                   QStringLiteral("NAME")),
      m_urlOpt(QStringLiteral("url"), QStringLiteral("Override the server base URL."), QStringLiteral("URL")),
      m_secretStdinOpt(QStringLiteral("secret-stdin"),
                       QStringLiteral("Read the API secret from the first line of stdin.")),
      m_formatOpt(QStringLiteral("format"), QStringLiteral("Output format: json (default) or table."),
                  QStringLiteral("FORMAT"), QStringLiteral("json")),
      m_nam(new QNetworkAccessManager(this))
{
    watchInterrupts();
}

void CliContext::watchInterrupts()
{
#ifdef Q_OS_UNIX
    if (g_interruptPipe[0] < 0 && ::pipe(g_interruptPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_interruptPipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, &CliContext::interrupted);
    auto handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const auto n = ::write(g_interruptPipe[1], &byte, 1);
    };
    std::signal(SIGINT, handler);
    std::signal(SIGTERM, handler);
#endif
}

void CliContext::interrupted()
{
    if (m_mutationInFlight.isEmpty()) {
        m_output.error(tr("interrupted"));
        finish(ExitInterrupted);
        return;
    }
    PrimeError unknown = PrimeError::make(PrimeError::Category::Cancelled, tr("interrupted"));
    unknown.outcomeUnknown = true;
    const QString operation = m_mutationInFlight;
    audit(operation, &unknown);
    m_output.error(tr("interrupted while %1 was in flight: it may or may not have been applied; "
                      "re-read before trying again").arg(operation));
    finish(ExitOutcomeUnknown);
}

CliContext::~CliContext() = default;

void CliContext::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_profileOpt, m_urlOpt, m_secretStdinOpt, m_formatOpt});
}

bool CliContext::applyGlobalOptions(const QCommandLineParser &parser)
{
    m_profile = parser.value(m_profileOpt);
    m_url = parser.value(m_urlOpt);
    m_secretStdin = parser.isSet(m_secretStdinOpt);
    const QString format = parser.value(m_formatOpt);
    if (format == QLatin1String("json")) {
        m_output.setFormat(Output::Format::Json);
    } else if (format == QLatin1String("table")) {
        m_output.setFormat(Output::Format::Table);
    } else {
        m_output.error(tr("--format must be json or table, not \"%1\"").arg(format));
        return false;
    }
    if (!m_profile.isEmpty() && m_secretStdin) {
        m_output.error(tr("--secret-stdin and --profile exclude each other: a profile's secret is in the keychain"));
        return false;
    }
    return true;
}

ProfileStore &CliContext::profiles()
{
    if (!m_profiles)
        m_profiles = new ProfileStore(ProfileStore::defaultSettingsPath(), this);
    return *m_profiles;
}

SecretStore &CliContext::secrets()
{
    if (!m_secrets)
        m_secrets = new SecretStore(QStringLiteral("PrimeAdmin"), this);
    return *m_secrets;
}

void CliContext::withClient(std::function<void(PrimeClient &)> ready)
{
    if (m_client) {
        ready(*m_client);
        return;
    }
    if (m_profile.isEmpty()) {
        ResolvedCredentials r = credentialsFromEnvironment({m_profile, m_url, m_secretStdin});
        if (!r.error.isEmpty()) {
            m_output.error(r.error);
            finish(ExitAuthentication);
            return;
        }
        createClient(std::move(r.credentials), std::move(ready));
        return;
    }
    m_profileData = profiles().profile(m_profile);
    if (!m_profileData) {
        m_output.error(tr("there is no profile named \"%1\" (see primectl profile list)").arg(m_profile));
        finish(ExitUsage);
        return;
    }
    loadCredentials(*m_profileData, secrets(), this,
                    [this, ready = std::move(ready)](std::optional<Credentials> c,
                                                     const SecretStore::Outcome &o) mutable {
                        if (!c) {
                            m_output.error(tr("cannot read the secret of profile \"%1\" from the keychain: %2")
                                               .arg(m_profile, o.message));
                            finish(ExitAuthentication);
                            return;
                        }
                        if (!m_url.isEmpty())
                            c->baseUrl = QUrl(m_url);
                        createClient(std::move(*c), std::move(ready));
                    });
}

void CliContext::createClient(Credentials credentials, std::function<void(PrimeClient &)> ready)
{
    m_credentials.baseUrl = credentials.baseUrl;
    m_credentials.apiKey = credentials.apiKey;
    // Reads are retried a little; a script should not wait minutes for a dead server.
    TransportOptions options;
    options.timeoutMs = 30000;
    options.maxReadAttempts = 3;
    m_client = new PrimeClient(m_nam, std::move(credentials), options, this);
    connect(m_client->transport(), &PrimeTransport::requestSent, this, [this](const QString &operation, int) {
        if (PrimeClient::isMutation(operation))
            m_mutationInFlight = operation;
    });
    // Every mutation lands in the same audit log as the GUI's (same application name).
    connect(m_client->transport(), &PrimeTransport::callSucceeded, this,
            [this](const QString &operation) { audit(operation, nullptr); });
    connect(m_client->transport(), &PrimeTransport::callFailed, this,
            [this](const QString &operation, const PrimeError &error) { audit(operation, &error); });
    const QString configError = m_client->transport()->configurationError();
    if (!configError.isEmpty()) {
        m_output.error(configError);
        finish(ExitAuthentication);
        return;
    }
    ready(*m_client);
}

void CliContext::audit(const QString &operation, const PrimeError *error)
{
    if (!PrimeClient::isMutation(operation))
        return;
    m_mutationInFlight.clear();
    AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.profile = m_profile;
    entry.operation = operation;
    entry.targets = m_targets;
    entry.detail = QStringLiteral("primectl");
    if (error) {
        entry.outcome = error->outcomeUnknown ? AuditEntry::Outcome::Unknown : AuditEntry::Outcome::Failed;
        entry.detail += QStringLiteral(": ") + error->categoryName();
        if (!error->krakenErrors.isEmpty())
            entry.detail += QLatin1Char(' ') + error->krakenErrors.join(QStringLiteral(", "));
    }
    if (!m_audit)
        m_audit = new AuditLog(AuditLog::defaultPath(), this);
    QString problem;
    if (!m_audit->append(entry, &problem))
        m_output.note(tr("warning: the audit log could not be written: %1").arg(problem));
}

bool CliContext::canAsk()
{
    return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
}

CliContext::Confirmation CliContext::confirm(const QString &question)
{
    if (!canAsk())
        return Confirmation::NoTerminal;
    m_output.err() << question << " [y/N] ";
    m_output.err().flush();
    // A blocking read of the terminal, before any request is queued: nothing waits on the loop.
    char answer[64] = {};
    if (!std::fgets(answer, sizeof answer, stdin))
        return Confirmation::No;
    const QString text = QString::fromLocal8Bit(answer).trimmed().toLower();
    return text == QLatin1String("y") || text == QLatin1String("yes") ? Confirmation::Yes
                                                                       : Confirmation::No;
}

bool CliContext::confirmOrFinish(bool yes, const QString &question)
{
    if (yes)
        return true;
    switch (confirm(question)) {
    case Confirmation::Yes:
        return true;
    case Confirmation::No:
        m_output.error(tr("not confirmed; nothing was changed"));
        finish(ExitDeclined);
        return false;
    case Confirmation::NoTerminal:
        m_output.error(tr("this command changes state and needs confirmation, but there is no terminal "
                          "to ask: pass --yes to confirm in scripts"));
        finish(ExitUsage);
        return false;
    }
    return false;
}

void CliContext::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = code;
    qCDebug(lcCli) << "finished with" << code;
    m_output.out().flush();
    m_output.err().flush();
    QCoreApplication::exit(code);
}

} // namespace prime::cli
