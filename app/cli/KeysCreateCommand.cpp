// `primectl keys create`: with a profile through prime::KeyIssuance (the GUI's
// workflow: keychain write and read-back before anything is shown); without one
// stdout is the only place the secret can go, so --show-secret is required.
#include "CommandLine.h"
#include "CommandSupport.h"
#include "KeyIssuance.h"
#include "KeySecrets.h"
#include "ProfileStore.h"
#include "SecretStore.h"

namespace prime::cli {

namespace {

QJsonArray keyList(const QList<ApiKey> &keys)
{
    return toJsonArray(keys, [](const ApiKey &k) { return k.toJson(ApiKey::PublicKeyField::Key); });
}

void createWithKeychain(CliContext &ctx, PrimeClient &client, const QString &userId, bool show)
{
    KeyIssuance::Services services;
    services.client = &client;
    services.secrets = &ctx.secrets();
    services.profiles = &ctx.profiles();
    services.profile = *ctx.profile(); // the audit line comes from CliContext, as for every mutation
    auto *issuance = new KeyIssuance(services, userId, &ctx);
    QObject::connect(issuance, &KeyIssuance::finished, &ctx, [&ctx, issuance, userId, show](KeyIssuance::Outcome o) {
        switch (o) {
        case KeyIssuance::Outcome::Stored: {
            const SecretBytes secret = issuance->takeSecret();
            ctx.output().document(keyDocument(*issuance->key(), show ? &secret : nullptr));
            return ctx.finish(ExitOk);
        }
        case KeyIssuance::Outcome::NotStored: {
            const SecretBytes secret = issuance->takeSecret();
            ctx.output().error(QStringLiteral("key %1 was created but the keychain did not keep its secret: %2. %3")
                                   .arg(issuance->key()->id, issuance->storeOutcome().message,
                                        show ? QStringLiteral("The secret is printed below: this is its only copy.")
                                             : QStringLiteral("Without it the key is unusable: revoke it with "
                                                              "primectl keys revoke %1 %2").arg(userId, issuance->key()->id)));
            ctx.output().document(keyDocument(*issuance->key(), show ? &secret : nullptr));
            return ctx.finish(ExitFailure);
        }
        case KeyIssuance::Outcome::OutcomeUnknown:
            ctx.output().error(issuance->summary());
            if (!issuance->orphanKeyIds().isEmpty())
                ctx.output().note(QStringLiteral("key(s) %1 appeared without their secret: revoke them")
                                      .arg(issuance->orphanKeyIds().join(QStringLiteral(", "))));
            ctx.output().document(keyList(issuance->keysAfter()));
            return ctx.finish(ExitOutcomeUnknown);
        case KeyIssuance::Outcome::Failed:
        case KeyIssuance::Outcome::Running:
            break;
        }
        failWith(ctx, QStringLiteral("creating a key for user %1 failed").arg(userId), issuance->error());
    });
    issuance->start();
}

void createToStdout(CliContext &ctx, PrimeClient &client, const QString &userId)
{
    client.createKey(userId, &ctx, [&ctx, &client, userId](const Result<CreatedKey> &r) {
        if (r.ok()) {
            noteWarnings(ctx, r);
            ctx.output().document(keyDocument(r.value->key, &r.value->secret));
            return ctx.finish(ExitOk);
        }
        if (!r.error.outcomeUnknown)
            return failWith(ctx, QStringLiteral("creating a key for user %1 failed").arg(userId), r.error);
        ctx.output().error(QStringLiteral("creating the key got no clear answer"), r.error);
        client.listKeys(userId, &ctx, [&ctx](const Result<QList<ApiKey>> &list) {
            if (!list.ok()) {
                ctx.output().error(QStringLiteral("listing the keys to check failed too"), list.error);
            } else {
                ctx.output().note(QStringLiteral(
                    "re-read: the user's keys are on stdout. A key you do not recognise was created "
                    "without its secret reaching you: revoke it."));
                ctx.output().document(keyList(*list.value));
            }
            ctx.finish(ExitOutcomeUnknown);
        });
    });
}

} // namespace

void keysCreate(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const CommandSpec spec{
        QStringLiteral("keys create"), QStringLiteral("[--show-secret]"),
        QStringLiteral("Issues a new API key for a user and prints it. With --profile the secret is stored\n"
                       "in the keychain (written and read back) before anything is printed; it appears on\n"
                       "stdout as \"api_secret\" only with --show-secret. Without --profile, --show-secret\n"
                       "is required: stdout is then the only copy of the secret. Never retried: after a\n"
                       "lost answer the user's keys are printed and the exit code is 7."),
        QStringLiteral("  primectl keys create 2T0RXL9B8K5D6 --profile prod\n"
                       "  umask 077; primectl keys create 2T0RXL9B8K5D6 --show-secret > new-key.json\n"),
        {QCommandLineOption(QStringLiteral("show-secret"),
                            QStringLiteral("Print the new secret as api_secret (once; Kraken never shows it again)."))},
        {QStringLiteral("USER_ID")}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    const bool show = parser.isSet(QStringLiteral("show-secret"));
    if (ctx.profileName().isEmpty() && !show) {
        ctx.output().error(QStringLiteral(
            "without --profile the new secret has nowhere to go but stdout: add --show-secret "
            "(and keep the output safe), or use --profile to store it in the keychain"));
        return ctx.finish(ExitUsage);
    }
    const QString userId = pos->at(0);
    ctx.withClient([&ctx, userId, show](PrimeClient &client) {
        if (ctx.profile())
            createWithKeychain(ctx, client, userId, show);
        else
            createToStdout(ctx, client, userId);
    });
}

} // namespace prime::cli
