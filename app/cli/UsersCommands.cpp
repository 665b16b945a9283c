#include "UsersCommands.h"

#include "CommandLine.h"
#include "CommandSupport.h"

namespace prime::cli {

namespace {

QCommandLineOption nameOption()
{
    return QCommandLineOption(QStringLiteral("name"), QStringLiteral("Display name of the user."),
                              QStringLiteral("N"));
}

QCommandLineOption roleOption()
{
    return QCommandLineOption(QStringLiteral("role"), QStringLiteral("Viewer (read-only) or Trader."),
                              QStringLiteral("R"));
}

bool checkRole(CliContext &ctx, const QString &role)
{
    if (isValidRole(role))
        return true;
    ctx.output().error(QStringLiteral("--role must be Viewer or Trader, not \"%1\"").arg(role));
    ctx.finish(ExitUsage);
    return false;
}

// After an ambiguous update: read the user back and say whether the change is visible.
void rereadUser(CliContext &ctx, PrimeClient &client, const QString &userId, const PrimeError &first,
                std::function<bool(const ApiUser &)> applied)
{
    ctx.output().error(QStringLiteral("the update of user %1 got no clear answer").arg(userId), first);
    client.getUser(userId, &ctx, [&ctx, applied = std::move(applied)](const Result<ApiUser> &r) {
        if (!r.ok()) {
            ctx.output().error(QStringLiteral("reading the user back failed too; check with `primectl users get`"),
                               r.error);
        } else {
            ctx.output().note(applied(*r.value)
                                  ? QStringLiteral("re-read: the user now has the requested state (printed on stdout)")
                                  : QStringLiteral("re-read: the change is NOT visible (current state on stdout)"));
            ctx.output().document(r.value->toJson());
        }
        ctx.finish(ExitOutcomeUnknown);
    });
}

void printUser(CliContext &ctx, const Result<ApiUser> &r)
{
    noteWarnings(ctx, r);
    ctx.output().document(r.value->toJson());
    ctx.finish(ExitOk);
}

void updateUser(CliContext &ctx, const QString &userId, std::optional<QString> name,
                std::optional<QString> status)
{
    ctx.withClient([&ctx, userId, name, status](PrimeClient &client) {
        client.updateUser(userId, name, status, &ctx, [&ctx, &client, userId, name, status](const Result<ApiUser> &r) {
            if (r.ok())
                return printUser(ctx, r);
            if (!r.error.outcomeUnknown)
                return failWith(ctx, QStringLiteral("updating user %1 failed").arg(userId), r.error);
            rereadUser(ctx, client, userId, r.error, [name, status](const ApiUser &u) {
                return (!name || u.name == *name) && (!status || u.status == *status);
            });
        });
    });
}

void usersList(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const CommandSpec spec{QStringLiteral("users list"), {},
                           QStringLiteral("Lists the Prime API users of the account as a JSON array."),
                           QStringLiteral("  primectl users list --profile prod\n"
                                          "  primectl users list --format table\n"),
                           {}, {}, true};
    if (!parseCommand(ctx, parser, spec, args))
        return;
    ctx.withClient([&ctx](PrimeClient &client) {
        client.listUsers(&ctx, [&ctx](const Result<QList<ApiUser>> &r) {
            if (!r.ok())
                return failWith(ctx, QStringLiteral("listing users failed"), r.error);
            noteWarnings(ctx, r);
            ctx.output().document(toJsonArray(*r.value, [](const ApiUser &u) { return u.toJson(); }));
            ctx.finish(ExitOk);
        });
    });
}

void usersGet(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const CommandSpec spec{QStringLiteral("users get"), {},
                           QStringLiteral("Prints one Prime API user as a JSON object."),
                           QStringLiteral("  primectl users get 2T0RXL9B8K5D6\n"), {},
                           {QStringLiteral("USER_ID")}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    const QString userId = pos->at(0);
    ctx.withClient([&ctx, userId](PrimeClient &client) {
        client.getUser(userId, &ctx, [&ctx, userId](const Result<ApiUser> &r) {
            if (!r.ok())
                return failWith(ctx, QStringLiteral("reading user %1 failed").arg(userId), r.error);
            printUser(ctx, r);
        });
    });
}

void usersCreate(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const CommandSpec spec{
        QStringLiteral("users create"), QStringLiteral("--name N --role Viewer|Trader"),
        QStringLiteral("Creates a Prime API user and prints it. Never retried: if the answer is lost,\n"
                       "the users with that name are listed and the exit code is 7 (outcome unknown)."),
        QStringLiteral("  primectl users create --name 'Desk 3 bot' --role Trader\n"
                       "  id=$(primectl users create --name Ops --role Viewer | jq -r .id)\n"),
        {nameOption(), roleOption()}, {}, true};
    if (!parseCommand(ctx, parser, spec, args))
        return;
    const QString name = parser.value(QStringLiteral("name"));
    const QString role = parser.value(QStringLiteral("role"));
    if (name.trimmed().isEmpty()) {
        ctx.output().error(QStringLiteral("--name is required"));
        return ctx.finish(ExitUsage);
    }
    if (!checkRole(ctx, role))
        return;
    ctx.withClient([&ctx, name, role](PrimeClient &client) {
        client.createUser(name, role, &ctx, [&ctx, &client, name](const Result<ApiUser> &r) {
            if (r.ok())
                return printUser(ctx, r);
            if (!r.error.outcomeUnknown)
                return failWith(ctx, QStringLiteral("creating the user failed"), r.error);
            ctx.output().error(QStringLiteral("creating the user got no clear answer"), r.error);
            client.listUsers(&ctx, [&ctx, name](const Result<QList<ApiUser>> &list) {
                if (!list.ok()) {
                    ctx.output().error(QStringLiteral("listing users to check failed too; check with "
                                                      "`primectl users list` before creating again"),
                                       list.error);
                    return ctx.finish(ExitOutcomeUnknown);
                }
                QJsonArray same;
                for (const ApiUser &u : *list.value)
                    if (u.name == name)
                        same.append(u.toJson());
                ctx.output().note(same.isEmpty()
                                      ? QStringLiteral("re-read: no user named \"%1\" exists; it was probably not created").arg(name)
                                      : QStringLiteral("re-read: %1 user(s) named \"%2\" exist (on stdout); the user was probably created")
                                            .arg(same.size()).arg(name));
                ctx.output().document(same);
                ctx.finish(ExitOutcomeUnknown);
            });
        });
    });
}

void usersRename(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const CommandSpec spec{QStringLiteral("users rename"), QStringLiteral("--name N"),
                           QStringLiteral("Changes a user's display name and prints the user."),
                           QStringLiteral("  primectl users rename 2T0RXL9B8K5D6 --name 'Desk 3 bot (old)'\n"),
                           {nameOption()}, {QStringLiteral("USER_ID")}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    const QString name = parser.value(QStringLiteral("name"));
    if (name.trimmed().isEmpty()) {
        ctx.output().error(QStringLiteral("--name is required"));
        return ctx.finish(ExitUsage);
    }
    updateUser(ctx, pos->at(0), name, std::nullopt);
}

void usersSetStatus(CliContext &ctx, const QStringList &args, bool enable)
{
    QCommandLineParser parser;
    const QString verb = enable ? QStringLiteral("enable") : QStringLiteral("disable");
    const CommandSpec spec{QStringLiteral("users ") + verb, {},
                           enable ? QStringLiteral("Enables a user (status Enabled) and prints the user.")
                                  : QStringLiteral("Disables a user (status Disabled) and prints the user.\n"
                                                   "Prime has no delete for users; disabling is how they are retired."),
                           QStringLiteral("  primectl users ") + verb + QStringLiteral(" 2T0RXL9B8K5D6\n"), {},
                           {QStringLiteral("USER_ID")}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    updateUser(ctx, pos->at(0), std::nullopt,
               enable ? QStringLiteral("Enabled") : QStringLiteral("Disabled"));
}

void usersSetRole(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const CommandSpec spec{QStringLiteral("users set-role"), QStringLiteral("--role Viewer|Trader"),
                           QStringLiteral("Sets a user's role and prints the user."),
                           QStringLiteral("  primectl users set-role 2T0RXL9B8K5D6 --role Viewer\n"),
                           {roleOption()}, {QStringLiteral("USER_ID")}, true};
    const auto pos = parseCommand(ctx, parser, spec, args);
    if (!pos)
        return;
    const QString role = parser.value(QStringLiteral("role"));
    if (!checkRole(ctx, role))
        return;
    const QString userId = pos->at(0);
    ctx.withClient([&ctx, userId, role](PrimeClient &client) {
        client.setUserRole(userId, role, &ctx, [&ctx, &client, userId, role](const Result<ApiUser> &r) {
            if (r.ok())
                return printUser(ctx, r);
            if (!r.error.outcomeUnknown)
                return failWith(ctx, QStringLiteral("setting the role of user %1 failed").arg(userId), r.error);
            rereadUser(ctx, client, userId, r.error,
                       [role](const ApiUser &u) { return u.roles == QStringList{role}; });
        });
    });
}

} // namespace

QString usersUsage()
{
    return QStringLiteral(
        "Usage: primectl users SUBCOMMAND ...\n"
        "  list                                  all API users (JSON array)\n"
        "  get USER_ID                           one user\n"
        "  create --name N --role Viewer|Trader  create a user, print it\n"
        "  rename USER_ID --name N               change the display name\n"
        "  enable USER_ID | disable USER_ID      change the status\n"
        "  set-role USER_ID --role R             change the role\n"
        "Run 'primectl users SUBCOMMAND --help' for details and examples.\n");
}

void runUsers(CliContext &ctx, QStringList args)
{
    const QString sub = takeSubcommand(args);
    ctx.output().setCommand(QStringLiteral("users"));
    if (sub == QLatin1String("list"))
        return usersList(ctx, args);
    if (sub == QLatin1String("get"))
        return usersGet(ctx, args);
    if (sub == QLatin1String("create"))
        return usersCreate(ctx, args);
    if (sub == QLatin1String("rename"))
        return usersRename(ctx, args);
    if (sub == QLatin1String("enable"))
        return usersSetStatus(ctx, args, true);
    if (sub == QLatin1String("disable"))
        return usersSetStatus(ctx, args, false);
    if (sub == QLatin1String("set-role"))
        return usersSetRole(ctx, args);
    if (sub.isEmpty() && args.size() > 1 && (args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h"))) {
        ctx.output().out() << usersUsage();
        return ctx.finish(ExitOk);
    }
    ctx.output().error(sub.isEmpty() ? QStringLiteral("missing subcommand")
                                     : QStringLiteral("unknown subcommand \"%1\"").arg(sub));
    ctx.output().err() << usersUsage();
    ctx.finish(ExitUsage);
}

} // namespace prime::cli
