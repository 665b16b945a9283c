#include "CommandLine.h"

#include "CliContext.h"
#include "ExitCodes.h"

namespace prime::cli {

QString helpText(const CommandSpec &spec)
{
    QString text = QStringLiteral("Usage: primectl ") + spec.name;
    for (const QString &p : spec.positionals)
        text += QLatin1Char(' ') + p;
    if (!spec.synopsis.isEmpty())
        text += QLatin1Char(' ') + spec.synopsis;
    text += QStringLiteral(" [global options]\n\n") + spec.description + QStringLiteral("\n");
    if (!spec.options.isEmpty()) {
        text += QStringLiteral("\nOptions:\n");
        for (const QCommandLineOption &o : spec.options) {
            QString name = QStringLiteral("--") + o.names().constLast();
            if (!o.valueName().isEmpty())
                name += QLatin1Char(' ') + o.valueName();
            text += QStringLiteral("  ") + name.leftJustified(22) + QLatin1Char(' ') + o.description()
                    + QLatin1Char('\n');
        }
    }
    if (spec.needsServer) {
        text += QStringLiteral(
            "\nGlobal options:\n"
            "  --profile NAME         saved profile: public key from the profile, secret from the keychain\n"
            "  --url URL              override the base URL (default https://api.kraken.com, or PRIME_API_URL)\n"
            "  --secret-stdin         read the API secret from stdin (with PRIME_API_KEY)\n"
            "  --format json|table    output format (default json)\n"
            "Without --profile: PRIME_API_KEY holds the public key, PRIME_API_SECRET_FILE names a file\n"
            "with the secret (or use --secret-stdin). A secret is never accepted as an argument.\n");
    }
    if (!spec.examples.isEmpty())
        text += QStringLiteral("\nExamples:\n") + spec.examples;
    return text;
}

std::optional<QStringList> parseCommand(CliContext &ctx, QCommandLineParser &parser,
                                        const CommandSpec &spec, const QStringList &args)
{
    Output &out = ctx.output();
    out.setCommand(spec.name);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOption(help);
    parser.addOptions(spec.options);
    if (spec.needsServer)
        ctx.addGlobalOptions(parser);
    // args: program, sub-command word(s) already consumed by the dispatcher.
    if (!parser.parse(args)) {
        out.error(parser.errorText() + QStringLiteral(" (see primectl ") + spec.name
                  + QStringLiteral(" --help)"));
        ctx.finish(ExitUsage);
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        out.out() << helpText(spec);
        ctx.finish(ExitOk);
        return std::nullopt;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != spec.positionals.size()) {
        out.error(positional.size() < spec.positionals.size()
                      ? QStringLiteral("missing %1 (see primectl %2 --help)")
                            .arg(spec.positionals.mid(positional.size()).join(QLatin1Char(' ')), spec.name)
                      : QStringLiteral("unexpected argument \"%1\" (see primectl %2 --help)")
                            .arg(positional.value(spec.positionals.size()), spec.name));
        ctx.finish(ExitUsage);
        return std::nullopt;
    }
    for (const QString &p : positional) {
        if (p.isEmpty()) {
            out.error(QStringLiteral("empty argument (see primectl %1 --help)").arg(spec.name));
            ctx.finish(ExitUsage);
            return std::nullopt;
        }
    }
    ctx.setTargets(positional);
    if (spec.needsServer && !ctx.applyGlobalOptions(parser)) {
        ctx.finish(ExitUsage);
        return std::nullopt;
    }
    return positional;
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

std::optional<qint64> parseInteger(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || text.startsWith(QLatin1Char('+')) || v < min || v > max)
        return std::nullopt;
    return v;
}

} // namespace prime::cli
