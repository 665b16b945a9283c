#include "CallCommand.h"

#include "CommandLine.h"
#include "CommandSupport.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace prime::cli {

void runCall(CliContext &ctx, QStringList args)
{
    QCommandLineParser parser;
    const QCommandLineOption bodyOpt(QStringLiteral("body"),
                                     QStringLiteral("Request fields as a JSON object; the nonce is added."),
                                     QStringLiteral("JSON"), QStringLiteral("{}"));
    const QCommandLineOption yesOpt(QStringLiteral("yes"),
                                    QStringLiteral("Confirm an operation that changes state (not List*/Get*)."));
    const CommandSpec spec{
        QStringLiteral("call"), QStringLiteral("[--body JSON] [--yes]"),
        QStringLiteral("Signs and sends one call of /0/private/OPERATION with the given fields and prints\n"
                       "the raw \"result\" object. List* and Get* operations are reads (retried when\n"
                       "transient); everything else is a mutation: sent once, and it needs --yes or a\n"
                       "terminal confirmation."),
        QStringLiteral("  primectl call ListPrimeApiUsers\n"
                       "  primectl call GetPrimeSettlementBatch --body '{\"batch_id\":\"B_Y7T2LPVX\"}'\n"),
        {bodyOpt, yesOpt}, {QStringLiteral("OPERATION")}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    const QString operation = pos->at(0);
    static const QRegularExpression name(QStringLiteral("^[A-Za-z][A-Za-z0-9]*$"));
    if (!name.match(operation).hasMatch()) {
        ctx.output().error(QStringLiteral("OPERATION must be a Prime operation name like ListPrimeApiUsers"));
        return ctx.finish(ExitUsage);
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(parser.value(bodyOpt).toUtf8(), &pe);
    if (!doc.isObject()) {
        ctx.output().error(QStringLiteral("--body must be a JSON object: %1")
                               .arg(pe.error != QJsonParseError::NoError ? pe.errorString()
                                                                         : QStringLiteral("not an object")));
        return ctx.finish(ExitUsage);
    }
    const QJsonObject params = doc.object();
    if (params.contains(QLatin1StringView("nonce"))) {
        ctx.output().error(QStringLiteral("--body must not hold a nonce: primectl draws it from the key's nonce source"));
        return ctx.finish(ExitUsage);
    }
    const bool mutation = PrimeClient::isMutation(operation);
    if (mutation && !ctx.confirmOrFinish(parser.isSet(yesOpt),
                                         QStringLiteral("%1 changes state on the server. Send it?").arg(operation)))
        return;
    ctx.withClient([&ctx, operation, params, mutation](PrimeClient &client) {
        client.call(operation, params, mutation ? CallKind::Mutation : CallKind::Read, &ctx,
                    [&ctx, operation](const Result<QJsonObject> &r) {
                        if (!r.ok())
                            return failWith(ctx, operation + QStringLiteral(" failed"), r.error);
                        noteWarnings(ctx, r);
                        ctx.output().document(*r.value);
                        ctx.finish(ExitOk);
                    });
    });
}

} // namespace prime::cli
