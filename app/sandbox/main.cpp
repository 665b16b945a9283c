// prime-sandbox: runs the local Prime REST server from the command line.
#include "CoreDumps.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using prime::sandbox::SandboxServer;

namespace {
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    // host:port, [v6]:port
    static const QRegularExpression re(QStringLiteral("^(?:\\[([^\\]]+)\\]|([^:]+)):(\\d{1,5})$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QString host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    const uint p = m.captured(3).toUInt();
    if (p > 65535)
        return false;
    *port = quint16(p);
    if (host == QLatin1String("localhost")) {
        *address = QHostAddress(QHostAddress::LocalHost);
        return true;
    }
    return address->setAddress(host);
}

// SIGINT/SIGTERM end the event loop through a pipe (only write() is safe in a
// signal handler), so the state file is saved on the way out.
int g_signalPipe[2] = {-1, -1};

void watchTerminationSignals(QCoreApplication *app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] { QCoreApplication::quit(); });
    auto handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &byte, 1);
    };
    std::signal(SIGINT, handler);
    std::signal(SIGTERM, handler);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "prime-sandbox: %s\n", qUtf8Printable(message));
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    // First of all: no core file may ever hold a secret from this process.
    prime::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prime-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRIME_VERSION));
    watchTerminationSignals(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local Kraken Prime REST server with demo data, for trying Prime Admin and for tests.\n"
        "Serves the 13 documented operations under /0/private/ and a control API under /sandbox/."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port (127.0.0.1:8800)."),
                                    QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8800"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Initial data: demo or empty."),
                                  QStringLiteral("demo|empty"), QStringLiteral("demo"));
    const QCommandLineOption credentialsOut(QStringLiteral("credentials-out"),
                                            QStringLiteral("Write the admin key as JSON (mode 0600)."),
                                            QStringLiteral("file"));
    const QCommandLineOption state(QStringLiteral("state"), QStringLiteral("Keep the state in this file across restarts."),
                                   QStringLiteral("file"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"),
                                         QStringLiteral("Allow listening on a non-loopback address (plain HTTP!)."));
    const QCommandLineOption confirmDelay(QStringLiteral("confirm-delay"),
                                          QStringLiteral("Sandbox ms until a new batch is confirmed (5000)."),
                                          QStringLiteral("ms"), QStringLiteral("5000"));
    const QCommandLineOption transferDelay(QStringLiteral("transfer-delay"),
                                           QStringLiteral("Sandbox ms until a transfer completes (8000)."),
                                           QStringLiteral("ms"), QStringLiteral("8000"));
    const QCommandLineOption completeDelay(QStringLiteral("complete-delay"),
                                           QStringLiteral("Sandbox ms from settled to completed (5000)."),
                                           QStringLiteral("ms"), QStringLiteral("5000"));
    const QCommandLineOption speed(QStringLiteral("clock-speed"),
                                   QStringLiteral("Sandbox clock speed relative to real time (1.0)."),
                                   QStringLiteral("factor"), QStringLiteral("1.0"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Do not log requests."));
    parser.addOptions({listen, seed, credentialsOut, state, allowRemote, confirmDelay, transferDelay, completeDelay,
                       speed, quiet});
    parser.process(app);

    SandboxServer::Options o;
    if (!parseListen(parser.value(listen), &o.address, &o.port))
        return fail(QStringLiteral("--listen expects host:port, e.g. 127.0.0.1:8800"));
    const QString seedName = parser.value(seed);
    if (seedName != QLatin1String("demo") && seedName != QLatin1String("empty"))
        return fail(QStringLiteral("--seed expects demo or empty"));
    o.seed = seedName == QLatin1String("demo") ? SandboxServer::Options::Seed::Demo : SandboxServer::Options::Seed::Empty;
    o.allowRemote = parser.isSet(allowRemote);
    o.statePath = parser.value(state);
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    o.confirmDelayMs = parser.value(confirmDelay).toLongLong(&ok1);
    o.transferDelayMs = parser.value(transferDelay).toLongLong(&ok2);
    o.completeDelayMs = parser.value(completeDelay).toLongLong(&ok3);
    o.clockSpeed = parser.value(speed).toDouble(&ok4);
    if (!ok1 || !ok2 || !ok3 || o.confirmDelayMs < 0 || o.transferDelayMs < 0 || o.completeDelayMs < 0)
        return fail(QStringLiteral("delays are non-negative milliseconds"));
    if (!ok4 || o.clockSpeed <= 0)
        return fail(QStringLiteral("--clock-speed expects a positive number"));

    if (!parser.isSet(quiet))
        QLoggingCategory::setFilterRules(QStringLiteral("prime.sandbox.request.info=true"));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{message}"));

    SandboxServer server(o);
    QString error;
    if (!server.start(&error))
        return fail(error);
    if (parser.isSet(credentialsOut) && !server.writeCredentials(parser.value(credentialsOut), &error))
        return fail(QStringLiteral("cannot write credentials: ") + error);
    std::fprintf(stderr, "prime-sandbox: serving %s\n", qUtf8Printable(server.url().toString()));
    const int rc = app.exec();
    server.saveState();
    return rc;
}
