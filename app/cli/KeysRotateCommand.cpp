// `primectl keys rotate`: the CLI face of prime::KeyRotation.
#include "CommandLine.h"
#include "CommandSupport.h"
#include "KeyRotation.h"
#include "KeySecrets.h"
#include "RotationJournal.h"
#include "SecretStore.h"

namespace prime::cli {

void keysRotate(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const CommandSpec spec{
        QStringLiteral("keys rotate"), QStringLiteral("[--yes] [--show-secret]"),
        QStringLiteral(
            "Replaces a key in the safe order: create the new key, keep its secret, copy the old\n"
            "allow-list to it, revoke the old key, forget the old secret. The old key is never\n"
            "revoked before the new secret is kept: with --profile in the keychain (verified);\n"
            "without a profile on stdout, printed before the old key is revoked, as the only copy.\n"
            "Prints the new key (with \"api_secret\" when it was printed as the copy or with\n"
            "--show-secret); the steps are reported on stderr. Never retries a change: after an\n"
            "ambiguous answer the keys are re-read and the exit code is 7 if the rotation stopped."),
        QStringLiteral("  primectl keys rotate 2T0RXL9B8K5D6 3RM9K4ZTC0C00 --profile prod --yes\n"
                       "  umask 077; primectl keys rotate 2T0RXL9B8K5D6 3RM9K4ZTC0C00 --yes > new-key.json\n"),
        {QCommandLineOption(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation.")),
         QCommandLineOption(QStringLiteral("show-secret"),
                            QStringLiteral("Also print the new secret when it is stored in the keychain."))},
        {QStringLiteral("USER_ID"), QStringLiteral("KEY_ID")}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    const QString userId = pos->at(0);
    const QString keyId = pos->at(1);
    const bool show = parser.isSet(QStringLiteral("show-secret"));
    if (!ctx.confirmOrFinish(parser.isSet(QStringLiteral("yes")),
                             QStringLiteral("Rotate key %1 of user %2? The old key will be revoked.").arg(keyId, userId)))
        return;

    ctx.withClient([&ctx, userId, keyId, show](PrimeClient &client) {
        const bool printNow = !ctx.profile();
        auto printed = std::make_shared<bool>(false);
        auto keep = [&ctx, userId, show, printNow, printed](const CreatedKey &created, KeyRotation::Report done) {
            if (printNow) {
                // No keychain: stdout is the copy, and it is written before the old key goes.
                ctx.output().document(keyDocument(created.key, &created.secret));
                *printed = true;
                done({});
                return;
            }
            keepSecret(ctx, userId, created, [&ctx, created, show, printed, done](const QString &error) {
                if (error.isEmpty() && show) {
                    ctx.output().document(keyDocument(created.key, &created.secret));
                    *printed = true;
                }
                done(error);
            });
        };
        auto forget = [&ctx, userId](const ApiKey &old, KeyRotation::Report done) {
            forgetKeySecret(ctx, userId, old.id, std::move(done));
        };
        auto *rotation = new KeyRotation(&client, userId, keyId, keep, forget, &ctx);
        QObject::connect(rotation, &KeyRotation::journalAppended, &ctx,
                         [&ctx](const KeyRotation::JournalEntry &e) {
                             ctx.output().note(QStringLiteral("[%1] %2").arg(KeyRotation::stepName(e.step), e.text));
                         });
        QObject::connect(rotation, &KeyRotation::finished, &ctx,
                         [&ctx, rotation, printed](KeyRotation::Outcome outcome) {
                             if (!*printed && rotation->newKey())
                                 ctx.output().document(keyDocument(*rotation->newKey()));
                             switch (outcome) {
                             case KeyRotation::Outcome::Completed:
                                 return ctx.finish(ExitOk);
                             case KeyRotation::Outcome::OutcomeUnknown:
                                 return ctx.finish(ExitOutcomeUnknown);
                             case KeyRotation::Outcome::Failed:
                             case KeyRotation::Outcome::Running:
                                 break;
                             }
                             const int code = exitCodeFor(rotation->error());
                             ctx.finish(code == ExitOk ? ExitFailure : code);
                         });
        if (!ctx.profile())
            return rotation->start();
        // With a profile the rotation is journaled like the GUI's, so an interrupted
        // rotation (killed script, lost answer) is offered for recovery in the app.
        client.listKeys(userId, &ctx, [&ctx, rotation, userId, keyId](const Result<QList<ApiKey>> &r) {
            if (!r.ok())
                return failWith(ctx, QStringLiteral("reading the keys of user %1 failed").arg(userId), r.error);
            RotationRecord record;
            record.profile = ctx.profile()->name;
            record.baseUrl = SecretStore::normalizedBaseUrl(ctx.profile()->baseUrl);
            record.userId = userId;
            record.oldKeyId = keyId;
            for (const ApiKey &k : *r.value)
                record.keyIdsBefore << k.id;
            record.startedAt = QDateTime::currentDateTimeUtc();
            auto *journal = new RotationJournal(RotationJournal::defaultPath(), &ctx);
            journal->track(rotation, record);
            rotation->start();
        });
    });
}

} // namespace prime::cli
