#include "ProfileCommands.h"

#include "CoreDumps.h"
#include "ExitCodes.h"
#include "PrimeClient.h"
#include "ProfileCredentials.h"
#include "ProfileStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace prime::cli {

namespace {
using Status = SecretStore::Status;

QString helpText()
{
    return QStringLiteral(
        "Usage: primectl profile SUBCOMMAND [options]\n"
        "\n"
        "  add --name NAME --api-key KEY --secret-stdin [--url URL] [--label TEXT]\n"
        "      [--production|--test] [--colour #rrggbb] [--otp] [--replace]\n"
        "        Saves a profile; its API secret is read from standard input (never from\n"
        "        the command line), checked, written to the OS keychain and read back.\n"
        "  list [--format json|table]     the saved profiles (JSON array by default)\n"
        "  remove --name NAME [--yes]     deletes the profile and its keychain entries;\n"
        "                                 asks on a terminal, refuses without one unless --yes\n"
        "  test --name NAME               reads the API users with the profile's key and\n"
        "                                 explains the result\n"
        "\n"
        "Profiles live in <config>/PrimeAdmin/profiles.ini; secrets never do: they are in the\n"
        "Secret Service / KWallet (Linux), the Keychain (macOS) or the Credential Manager\n"
        "(Windows). Without a usable keychain nothing is stored.\n"
        "\n"
        "Example:\n"
        "  printf '%s\\n' \"$SECRET\" | primectl profile add --name prod --api-key \"$KEY\" --secret-stdin\n");
}

// Runs one asynchronous step to its end. A command-level event loop is fine in
// a CLI; the library underneath never nests one.
void runToEnd(const std::function<void(std::function<void()> finished)> &start)
{
    QEventLoop loop;
    bool done = false;
    start([&] {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}

std::unique_ptr<SecretStore> makeSecretStore()
{
    auto store = std::make_unique<SecretStore>();
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("PRIME_KEYCHAIN_TIMEOUT_MS", &ok);
    if (ok && ms > 0)
        store->setTimeoutMs(ms);
    return store;
}

// The secret from stdin; on a terminal, one line read without echo.
SecretBytes readSecret(QTextStream &err)
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        err << "API secret (input hidden): " << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    QByteArray bytes;
    if (in.open(stdin, QIODevice::ReadOnly))
        bytes = tty ? in.readLine(SecretStore::kMaxSecretBytes * 2) : in.read(SecretStore::kMaxSecretBytes * 2);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << '\n';
    }
    return SecretBytes::adopt(bytes);
}

QJsonObject toJson(const ConnectionProfile &p, const ProfileStore &store)
{
    QJsonArray userKeys;
    for (const ProfileStore::UserKeyRef &ref : store.userKeysWithSecret(p.name))
        userKeys.append(QJsonObject{{QStringLiteral("userId"), ref.userId}, {QStringLiteral("keyId"), ref.keyId}});
    return QJsonObject{
        {QStringLiteral("name"), p.name},
        {QStringLiteral("baseUrl"), p.baseUrl.toString()},
        {QStringLiteral("apiKey"), p.apiKey},
        {QStringLiteral("label"), p.label},
        {QStringLiteral("colour"), p.colour},
        {QStringLiteral("production"), p.production},
        {QStringLiteral("requiresOtp"), p.requiresOtp},
        {QStringLiteral("secretEntry"), p.secretEntry()},
        {QStringLiteral("userKeysWithSecret"), userKeys},
    };
}

int fail(QTextStream &err, const QString &sub, const QString &message, int code)
{
    err << "primectl profile " << sub << ": " << message << '\n';
    return code;
}

int add(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("secret-stdin")))
        return fail(err, QStringLiteral("add"),
                    QStringLiteral("pass --secret-stdin and pipe the API secret to standard input "
                                   "(a secret is never accepted on the command line)"),
                    ExitUsage);
    if (parser.isSet(QStringLiteral("production")) && parser.isSet(QStringLiteral("test")))
        return fail(err, QStringLiteral("add"), QStringLiteral("--production and --test exclude each other"), ExitUsage);
    ConnectionProfile p;
    p.name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("url")))
        p.baseUrl = QUrl(parser.value(QStringLiteral("url")));
    p.apiKey = parser.value(QStringLiteral("api-key"));
    p.label = parser.value(QStringLiteral("label"));
    p.requiresOtp = parser.isSet(QStringLiteral("otp"));
    p.production = !parser.isSet(QStringLiteral("test"));
    p.colour = parser.isSet(QStringLiteral("colour")) ? parser.value(QStringLiteral("colour"))
                                                        : ConnectionProfile::defaultColour(p.production);
    const QString invalid = ProfileStore::validate(ProfileStore::normalized(p));
    if (!invalid.isEmpty())
        return fail(err, QStringLiteral("add"), invalid, ExitUsage);

    QString problem;
    const SecretBytes secret = cleanPastedSecret(readSecret(err), &problem);
    if (secret.isEmpty())
        return fail(err, QStringLiteral("add"), problem, ExitUsage);

    ProfileStore profiles;
    auto secrets = makeSecretStore();
    SecretStore::Outcome outcome;
    runToEnd([&](std::function<void()> finished) {
        saveProfileWithSecret(profiles, *secrets, p, secret, parser.isSet(QStringLiteral("replace")),
                              nullptr, [&outcome, finished](const SecretStore::Outcome &o) {
                                  outcome = o;
                                  finished();
                              });
    });
    if (!outcome.ok())
        return fail(err, QStringLiteral("add"), outcome.message, ExitFailure);
    const ConnectionProfile saved = *profiles.profile(ProfileStore::normalized(p).name);
    out << QJsonDocument(toJson(saved, profiles)).toJson(QJsonDocument::Indented);
    err << "Profile \"" << saved.name << "\" saved; its secret is in the keychain and was read back to verify.\n";
    return ExitOk;
}

int list(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("table"))
        return fail(err, QStringLiteral("list"), QStringLiteral("--format is json or table"), ExitUsage);
    ProfileStore profiles;
    const QList<ConnectionProfile> all = profiles.profiles();
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const ConnectionProfile &p : all)
            array.append(toJson(p, profiles));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << qSetFieldWidth(20) << Qt::left << "NAME" << qSetFieldWidth(36) << "URL" << qSetFieldWidth(12)
        << "KIND" << qSetFieldWidth(0) << "API KEY\n";
    for (const ConnectionProfile &p : all) {
        out << qSetFieldWidth(20) << p.name << qSetFieldWidth(36) << p.baseUrl.toString() << qSetFieldWidth(12)
            << (p.production ? "production" : "test") << qSetFieldWidth(0) << p.apiKey << '\n';
    }
    return ExitOk;
}

int remove(QCommandLineParser &parser, QTextStream &err)
{
    const QString name = parser.value(QStringLiteral("name"));
    ProfileStore profiles;
    if (!profiles.profile(name))
        return fail(err, QStringLiteral("remove"), QStringLiteral("there is no profile named \"%1\"").arg(name), ExitUsage);
    const qsizetype entries = 1 + profiles.userKeysWithSecret(name).size();
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!isatty(STDIN_FILENO))
            return fail(err, QStringLiteral("remove"),
                        QStringLiteral("not removing without confirmation: there is no terminal to "
                                       "ask on, pass --yes"),
                        ExitUsage);
        err << "Remove the profile \"" << name << "\" and delete " << entries
            << " secret(s) from the keychain? [y/N] " << Qt::flush;
        QFile in;
        const QByteArray answer = in.open(stdin, QIODevice::ReadOnly) ? in.readLine(64).trimmed().toLower() : QByteArray();
        if (answer != "y" && answer != "yes")
            return fail(err, QStringLiteral("remove"), QStringLiteral("declined; nothing was removed"), ExitDeclined);
    }
    auto secrets = makeSecretStore();
    SecretStore::Outcome outcome;
    runToEnd([&](std::function<void()> finished) {
        removeProfileWithSecrets(profiles, *secrets, name, nullptr, [&outcome, finished](const SecretStore::Outcome &o) {
            outcome = o;
            finished();
        });
    });
    if (!outcome.ok())
        return fail(err, QStringLiteral("remove"), outcome.message + QStringLiteral(" The profile was kept."), ExitFailure);
    err << "Profile \"" << name << "\" removed; " << entries << " keychain entr" << (entries == 1 ? "y" : "ies")
        << " deleted.\n";
    return ExitOk;
}

int test(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString name = parser.value(QStringLiteral("name"));
    ProfileStore profiles;
    const std::optional<ConnectionProfile> profile = profiles.profile(name);
    if (!profile)
        return fail(err, QStringLiteral("test"), QStringLiteral("there is no profile named \"%1\"").arg(name), ExitUsage);
    auto secrets = makeSecretStore();
    std::optional<Credentials> credentials;
    SecretStore::Outcome outcome;
    runToEnd([&](std::function<void()> finished) {
        loadCredentials(*profile, *secrets, nullptr,
                        [&, finished](std::optional<Credentials> c, const SecretStore::Outcome &o) {
                            credentials = std::move(c);
                            outcome = o;
                            finished();
                        });
    });
    if (!credentials)
        return fail(err, QStringLiteral("test"), outcome.message, ExitAuthentication);

    QNetworkAccessManager nam;
    PrimeClient client(&nam, std::move(*credentials));
    Result<QList<ApiUser>> result;
    runToEnd([&](std::function<void()> finished) {
        client.listUsers(nullptr, [&result, finished](const Result<QList<ApiUser>> &r) {
            result = r;
            finished();
        });
    });
    const QString where = SecretStore::normalizedBaseUrl(profile->baseUrl);
    if (!result.ok()) {
        err << "FAILED: " << where << " did not accept a read with the key " << profile->apiKey << ".\n"
            << result.error.message() << "\nDetails: " << result.error.details() << '\n';
        return exitCodeFor(result.error);
    }
    out << "OK: " << where << " accepted the key " << profile->apiKey << "; it can list the Prime API users ("
        << result.value->size() << " visible).\n";
    return ExitOk;
}
} // namespace

int runProfile(const QStringList &args, QTextStream &out, QTextStream &err)
{
    disableCoreDumps(); // secrets pass through this process's memory
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")
        || args.at(1) == QLatin1String("help")) {
        (args.size() < 2 ? err : out) << helpText();
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    const QString sub = args.at(1);
    QStringList rest = args;
    rest.removeAt(1);

    QCommandLineParser parser;
    auto option = [&parser](const char *name, const char *valueName = nullptr, const QString &fallback = {}) {
        QCommandLineOption o(QString::fromLatin1(name));
        if (valueName) {
            o.setValueName(QString::fromLatin1(valueName));
            o.setDefaultValue(fallback);
        }
        parser.addOption(o);
    };
    // --profile is primectl's global spelling of the same thing.
    auto nameOption = [&parser] {
        parser.addOption(QCommandLineOption({QStringLiteral("name"), QStringLiteral("profile")}, QString(),
                                            QStringLiteral("NAME")));
    };
    option("help");
    if (sub == QLatin1String("add")) {
        nameOption();
        option("url", "URL");
        option("api-key", "KEY");
        option("label", "TEXT");
        option("colour", "COLOUR");
        for (const char *flag : {"secret-stdin", "production", "test", "otp", "replace"})
            option(flag);
    } else if (sub == QLatin1String("list")) {
        option("format", "FORMAT", QStringLiteral("json"));
    } else if (sub == QLatin1String("remove")) {
        nameOption();
        option("yes");
    } else if (sub == QLatin1String("test")) {
        nameOption();
    } else {
        return fail(err, sub, QStringLiteral("unknown subcommand\n\n") + helpText(), ExitUsage);
    }
    if (!parser.parse(rest))
        return fail(err, sub, parser.errorText() + QStringLiteral("\n\n") + helpText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(err, sub,
                    QStringLiteral("unexpected argument (a secret is never accepted on the command line; "
                                   "pipe it to stdin with --secret-stdin)"),
                    ExitUsage);
    if (sub != QLatin1String("list") && parser.value(QStringLiteral("name")).isEmpty())
        return fail(err, sub, QStringLiteral("--name is required"), ExitUsage);
    if (sub == QLatin1String("add"))
        return add(parser, out, err);
    if (sub == QLatin1String("list"))
        return list(parser, out, err);
    if (sub == QLatin1String("remove"))
        return remove(parser, err);
    return test(parser, out, err);
}

} // namespace prime::cli
