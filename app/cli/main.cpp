// primectl: the Prime Admin operations for scripts, over the same core as the GUI.
#include "CoreDumps.h"
#include "BatchesCommands.h"
#include "CallCommand.h"
#include "CliContext.h"
#include "ExitCodes.h"
#include "KeysCommands.h"
#include "ProfileCommands.h"
#include "SignCommand.h"
#include "UsersCommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace {
QString usage()
{
    return QStringLiteral(
        "Usage: primectl [global options] COMMAND [SUBCOMMAND] [options]\n"
        "\n"
        "Commands:\n"
        "  profile   add, list, remove, test: saved connections (secret in the keychain)\n"
        "  users     list, get, create, rename, enable, disable, set-role\n"
        "  keys      list, create, set-ips, revoke, rotate\n"
        "  batches   list, get, create, settle, settle-all, wait, export\n"
        "  call      call any Prime operation with a raw JSON body (diagnostics)\n"
        "  sign      compute Kraken's API-Sign for a request (secret on stdin)\n"
        "\n"
        "Global options (accepted before or after the command):\n"
        "  --profile NAME   --url URL   --secret-stdin   --format json|table\n"
        "Output is JSON on stdout; errors go to stderr. Exit codes: 0 ok, 1 failure, 2 usage,\n"
        "3 authentication, 4 permission, 5 invalid arguments, 6 transient service failure,\n"
        "7 outcome unknown, 8 wait timed out, 9 declined at the prompt.\n"
        "\n"
        "\n"
        "Examples:\n"
        "  export PRIME_API_KEY=KRA... PRIME_API_SECRET_FILE=~/.prime/secret\n"
        "  user=$(primectl users create --name 'Desk bot' --role Trader | jq -r .id)\n"
        "  primectl keys create \"$user\" --profile prod\n"
        "  primectl batches list --status unsettled --format table\n"
        "\n"
        "Run 'primectl COMMAND --help' for the subcommands, examples and options.\n");
}

// Global options given before the command are moved behind it, so each
// command's parser sees them; "--opt value" and "--opt=value" both work.
QStringList moveLeadingGlobals(QStringList args)
{
    static const QStringList withValue{QStringLiteral("--profile"), QStringLiteral("--url"),
                                       QStringLiteral("--format")};
    QStringList globals;
    while (args.size() > 1 && args.at(1).startsWith(QLatin1StringView("--"))) {
        const QString a = args.at(1);
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if (a == QLatin1String("--secret-stdin")) {
            globals << args.takeAt(1);
        } else if (withValue.contains(name) && a.contains(QLatin1Char('='))) {
            globals << args.takeAt(1);
        } else if (withValue.contains(a) && args.size() > 2) {
            globals << args.takeAt(1) << args.takeAt(1);
        } else {
            break;
        }
    }
    return args + globals;
}
} // namespace

int main(int argc, char *argv[])
{
    // Secrets pass through this process: no core file may ever hold one.
    prime::disableCoreDumps();
    QCoreApplication app(argc, argv);
    // The same organisation and application name as prime-admin: scripts and the
    // GUI share profiles and each key's nonce high-water mark.
    QCoreApplication::setOrganizationName(QStringLiteral("PrimeAdmin"));
    QCoreApplication::setApplicationName(QStringLiteral("prime-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRIME_VERSION));
    // stderr is for the user's words; QT_LOGGING_RULES still turns the logs on.
    QLoggingCategory::setFilterRules(QStringLiteral("prime.*.debug=false\nprime.*.info=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = moveLeadingGlobals(QCoreApplication::arguments());
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")
        || args.at(1) == QLatin1String("help")) {
        (args.size() < 2 ? err : out) << usage();
        return args.size() < 2 ? prime::cli::ExitUsage : prime::cli::ExitOk;
    }
    if (args.at(1) == QLatin1String("--version")) {
        out << "primectl " << PRIME_VERSION << '\n';
        return prime::cli::ExitOk;
    }
    const QString command = args.takeAt(1);
    if (command == QLatin1String("sign"))
        return prime::cli::runSign(args, out, err);
    if (command == QLatin1String("profile"))
        return prime::cli::runProfile(args, out, err);

    prime::cli::CliContext ctx(out, err);
    if (command == QLatin1String("users")) {
        prime::cli::runUsers(ctx, args);
    } else if (command == QLatin1String("keys")) {
        prime::cli::runKeys(ctx, args);
    } else if (command == QLatin1String("batches")) {
        prime::cli::runBatches(ctx, args);
    } else if (command == QLatin1String("call")) {
        prime::cli::runCall(ctx, args);
    } else {
        err << "primectl: unknown command '" << command << "'\n\n" << usage();
        return prime::cli::ExitUsage;
    }
    return ctx.finished() ? ctx.exitCode() : app.exec();
}
