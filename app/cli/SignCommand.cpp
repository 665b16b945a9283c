#include "SignCommand.h"

#include "RequestSigner.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace prime::cli {

namespace {
constexpr int kExitUsage = 2;

QString helpText()
{
    return QStringLiteral(
        "Usage: primectl sign --path PATH --nonce N --body BODY\n"
        "\n"
        "Computes Kraken's API-Sign for one request and prints it. The API secret is\n"
        "read from the first line of standard input (never from the command line).\n"
        "Use it to check your own signer when Kraken answers EAPI:Invalid signature.\n"
        "\n"
        "Options:\n"
        "  --path PATH   URI path, e.g. /0/private/ListPrimeApiUsers\n"
        "  --nonce N     the nonce, an unsigned 64-bit integer, as in the body\n"
        "  --body BODY   the exact request body bytes, e.g. '{\"nonce\":1616492376594}'\n"
        "\n"
        "Example:\n"
        "  printf '%s\\n' \"$SECRET\" | primectl sign --path /0/private/ListPrimeApiUsers \\\n"
        "      --nonce 1616492376594 --body '{\"nonce\":1616492376594}'\n");
}
} // namespace

int runSign(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    QCommandLineOption pathOpt(QStringLiteral("path"), QString(), QStringLiteral("PATH"));
    QCommandLineOption nonceOpt(QStringLiteral("nonce"), QString(), QStringLiteral("N"));
    QCommandLineOption bodyOpt(QStringLiteral("body"), QString(), QStringLiteral("BODY"));
    QCommandLineOption helpOpt(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({pathOpt, nonceOpt, bodyOpt, helpOpt});
    if (!parser.parse(args)) {
        err << "primectl sign: " << parser.errorText() << "\n\n" << helpText();
        return kExitUsage;
    }
    if (parser.isSet(helpOpt)) {
        out << helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "primectl sign: unexpected argument " << parser.positionalArguments().first()
            << " (a secret is never accepted on the command line; pipe it to stdin)\n";
        return kExitUsage;
    }
    if (!parser.isSet(pathOpt) || !parser.isSet(nonceOpt) || !parser.isSet(bodyOpt)) {
        err << "primectl sign: --path, --nonce and --body are all required\n\n" << helpText();
        return kExitUsage;
    }
    const QString path = parser.value(pathOpt);
    if (!path.startsWith(QLatin1Char('/'))) {
        err << "primectl sign: --path must be a URI path starting with '/', e.g. /0/private/ListPrimeApiUsers\n";
        return kExitUsage;
    }
    bool ok = false;
    const quint64 nonce = parser.value(nonceOpt).toULongLong(&ok);
    if (!ok || parser.value(nonceOpt).startsWith(QLatin1Char('+'))) {
        err << "primectl sign: --nonce must be an unsigned 64-bit integer\n";
        return kExitUsage;
    }

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << "primectl sign: cannot read the secret from standard input\n";
        return kExitUsage;
    }
    QByteArray line = in.readLine(8192);
    const SecretBytes secret = SecretBytes::adopt(line).trimmed();
    if (secret.isEmpty()) {
        err << "primectl sign: no secret on standard input (pipe the API secret as the first line)\n";
        return kExitUsage;
    }
    const RequestSigner signer(secret);
    if (!signer.isValid()) {
        err << "primectl sign: " << signer.errorString() << '\n';
        return kExitUsage;
    }
    out << signer.sign(path.toUtf8(), nonce, parser.value(bodyOpt).toUtf8()) << '\n';
    return 0;
}

} // namespace prime::cli
