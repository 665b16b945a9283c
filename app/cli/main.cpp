// primectl: the Prime Admin operations for scripts.
#include "SignCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {
QString usage()
{
    return QStringLiteral(
        "Usage: primectl COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  sign      compute Kraken's API-Sign for a request (secret on stdin)\n"
        "\n"
        "Run 'primectl COMMAND --help' for the options of a command.\n");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PrimeAdmin"));
    QCoreApplication::setApplicationName(QStringLiteral("primectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRIME_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        (args.size() < 2 ? err : out) << usage();
        return args.size() < 2 ? 2 : 0;
    }
    if (args.at(1) == QLatin1String("--version")) {
        out << "primectl " << PRIME_VERSION << '\n';
        return 0;
    }
    const QString command = args.at(1);
    args.removeAt(1);
    if (command == QLatin1String("sign"))
        return prime::cli::runSign(args, out, err);
    err << "primectl: unknown command '" << command << "'\n\n" << usage();
    return 2;
}
