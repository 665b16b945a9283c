#include "KeysCommands.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "IpAllowList.h"
#include "KeySecrets.h"

#include <QSet>

namespace prime::cli {

namespace {

const QString kUserId = QStringLiteral("USER_ID");
const QString kKeyId = QStringLiteral("KEY_ID");

QCommandLineOption yesOption()
{
    return QCommandLineOption(QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation."));
}

void keysList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const CommandSpec spec{QStringLiteral("keys list"), {},
                           QStringLiteral("Lists a user's API keys (JSON array, public key as \"key\"; never secrets)."),
                           QStringLiteral("  primectl keys list 2T0RXL9B8K5D6\n"
                                          "  primectl keys list 2T0RXL9B8K5D6 | jq -r '.[] | [.id, (.whitelisted_ips|join(\",\"))] | @tsv'\n"),
                           {}, {kUserId}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    const QString userId = pos->at(0);
    ctx.withClient([&ctx, userId](PrimeClient &client) {
        client.listKeys(userId, &ctx, [&ctx, userId](const Result<QList<ApiKey>> &r) {
            if (!r.ok())
                return failWith(ctx, QStringLiteral("listing the keys of user %1 failed").arg(userId), r.error);
            noteWarnings(ctx, r);
            ctx.output().document(toJsonArray(*r.value, [](const ApiKey &k) {
                return k.toJson(ApiKey::PublicKeyField::Key);
            }));
            ctx.finish(ExitOk);
        });
    });
}

void keysSetIps(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption ipsOpt(QStringLiteral("ips"),
                                    QStringLiteral("Comma-separated allow-list; an empty string clears it."),
                                    QStringLiteral("A,B,..."));
    const CommandSpec spec{QStringLiteral("keys set-ips"), QStringLiteral("--ips A,B,..."),
                           QStringLiteral("Replaces a key's IP allow-list and prints the key."),
                           QStringLiteral("  primectl keys set-ips 2T0RXL9B8K5D6 3RM9K4ZTC0C00 --ips 192.0.2.10,192.0.2.11\n"
                                          "  primectl keys set-ips 2T0RXL9B8K5D6 3RM9K4ZTC0C00 --ips ''   # clear\n"),
                           {ipsOpt}, {kUserId, kKeyId}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    if (!parser.isSet(ipsOpt)) {
        ctx.output().error(QStringLiteral("--ips is required (use --ips '' to clear the allow-list)"));
        return ctx.finish(ExitUsage);
    }
    const QString userId = pos->at(0);
    const QString keyId = pos->at(1);
    // The same rules as the GUI's editor: IPv4/IPv6 addresses or CIDR ranges, normalized.
    const IpAllowList::Parsed parsed = IpAllowList::parse(splitList(parser.value(ipsOpt)));
    if (!parsed.ok()) {
        for (const IpAllowList::Problem &p : parsed.problems)
            ctx.output().error(QStringLiteral("--ips: \"%1\": %2").arg(p.text, p.error));
        return ctx.finish(ExitUsage);
    }
    if (!parsed.duplicates.isEmpty())
        ctx.output().note(QStringLiteral("dropped repeated entries: ") + parsed.duplicates.join(QStringLiteral(", ")));
    const QStringList ips = parsed.entries;
    ctx.withClient([&ctx, userId, keyId, ips](PrimeClient &client) {
        client.updateKeyIps(userId, keyId, ips, &ctx, [&ctx, &client, userId, keyId, ips](const Result<ApiKey> &r) {
            if (r.ok()) {
                noteWarnings(ctx, r);
                ctx.output().document(keyDocument(*r.value));
                return ctx.finish(ExitOk);
            }
            if (!r.error.outcomeUnknown)
                return failWith(ctx, QStringLiteral("updating the allow-list of key %1 failed").arg(keyId), r.error);
            ctx.output().error(QStringLiteral("updating the allow-list got no clear answer"), r.error);
            client.listKeys(userId, &ctx, [&ctx, keyId, ips](const Result<QList<ApiKey>> &list) {
                const ApiKey *found = nullptr;
                if (list.ok())
                    for (const ApiKey &k : *list.value)
                        if (k.id == keyId)
                            found = &k;
                if (!found) {
                    ctx.output().error(QStringLiteral("re-reading the key failed; check with primectl keys list"));
                } else {
                    const bool applied = QSet<QString>(found->whitelistedIps.cbegin(), found->whitelistedIps.cend())
                                         == QSet<QString>(ips.cbegin(), ips.cend());
                    ctx.output().note(applied ? QStringLiteral("re-read: the key has the requested allow-list")
                                              : QStringLiteral("re-read: the key does NOT have the requested allow-list"));
                    ctx.output().document(keyDocument(*found));
                }
                ctx.finish(ExitOutcomeUnknown);
            });
        });
    });
}

void keysRevoke(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const CommandSpec spec{
        QStringLiteral("keys revoke"), QStringLiteral("[--yes]"),
        QStringLiteral("Deletes a key (immediately and for good) and prints {\"deleted\": true, ...}.\n"
                       "Asks for confirmation on a terminal; scripts must pass --yes. With --profile the\n"
                       "key's stored secret is removed from the keychain too."),
        QStringLiteral("  primectl keys revoke 2T0RXL9B8K5D6 3RM9K4ZTC0C00\n"
                       "  primectl keys revoke 2T0RXL9B8K5D6 3RM9K4ZTC0C00 --yes\n"),
        {yesOption()}, {kUserId, kKeyId}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    const QString userId = pos->at(0);
    const QString keyId = pos->at(1);
    if (!ctx.confirmOrFinish(parser.isSet(QStringLiteral("yes")),
                             QStringLiteral("Revoke key %1 of user %2? Requests signed with it will fail.").arg(keyId, userId)))
        return;
    auto deletedDoc = [userId, keyId](bool deleted) {
        return QJsonObject{{QLatin1String("deleted"), deleted},
                           {QLatin1String("user_id"), userId},
                           {QLatin1String("key_id"), keyId}};
    };
    ctx.withClient([&ctx, userId, keyId, deletedDoc](PrimeClient &client) {
        client.deleteKey(userId, keyId, &ctx, [&ctx, &client, userId, keyId, deletedDoc](const Result<bool> &r) {
            if (r.ok()) {
                noteWarnings(ctx, r);
                forgetKeySecret(ctx, userId, keyId, [&ctx, r, deletedDoc](const QString &error) {
                    if (!error.isEmpty())
                        ctx.output().note(QStringLiteral("warning: the stored secret could not be removed: ") + error);
                    ctx.output().document(deletedDoc(*r.value));
                    ctx.finish(*r.value ? ExitOk : ExitFailure);
                });
                return;
            }
            if (!r.error.outcomeUnknown)
                return failWith(ctx, QStringLiteral("revoking key %1 failed").arg(keyId), r.error);
            ctx.output().error(QStringLiteral("revoking the key got no clear answer"), r.error);
            client.listKeys(userId, &ctx, [&ctx, keyId, deletedDoc](const Result<QList<ApiKey>> &list) {
                if (!list.ok()) {
                    ctx.output().error(QStringLiteral("re-reading the keys failed too; check with primectl keys list"),
                                       list.error);
                    return ctx.finish(ExitOutcomeUnknown);
                }
                const bool present = std::any_of(list.value->cbegin(), list.value->cend(),
                                                 [&](const ApiKey &k) { return k.id == keyId; });
                ctx.output().note(present ? QStringLiteral("re-read: the key is still active")
                                          : QStringLiteral("re-read: the key is gone (revoked)"));
                ctx.output().document(deletedDoc(!present));
                ctx.finish(ExitOutcomeUnknown);
            });
        });
    });
}

} // namespace

QString keysUsage()
{
    return QStringLiteral(
        "Usage: primectl keys SUBCOMMAND ...\n"
        "  list USER_ID                          the user's keys (JSON array)\n"
        "  create USER_ID [--show-secret]        issue a key; secret to the keychain (--profile)\n"
        "  set-ips USER_ID KEY_ID --ips A,B,...  replace the IP allow-list ('' clears)\n"
        "  revoke USER_ID KEY_ID [--yes]         delete a key\n"
        "  rotate USER_ID KEY_ID [--yes]         new key, keep secret, copy allow-list, revoke old\n"
        "Run 'primectl keys SUBCOMMAND --help' for details and examples.\n");
}

void runKeys(CliContext &ctx, QStringList args)
{
    const QString sub = takeSubcommand(args);
    ctx.output().setCommand(QStringLiteral("keys"));
    if (sub == QLatin1String("list"))
        return keysList(ctx, args);
    if (sub == QLatin1String("create"))
        return keysCreate(ctx, args);
    if (sub == QLatin1String("set-ips"))
        return keysSetIps(ctx, args);
    if (sub == QLatin1String("revoke"))
        return keysRevoke(ctx, args);
    if (sub == QLatin1String("rotate"))
        return keysRotate(ctx, args);
    if (sub.isEmpty() && args.size() > 1 && (args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h"))) {
        ctx.output().out() << keysUsage();
        return ctx.finish(ExitOk);
    }
    ctx.output().error(sub.isEmpty() ? QStringLiteral("missing subcommand")
                                     : QStringLiteral("unknown subcommand \"%1\"").arg(sub));
    ctx.output().err() << keysUsage();
    ctx.finish(ExitUsage);
}

} // namespace prime::cli
