#pragma once

#include "CliContext.h"
#include "ExitCodes.h"
#include "PrimeClient.h"

#include <QJsonArray>

namespace prime::cli {

// Reports a failed call and ends the command with the matching exit code.
inline void failWith(CliContext &ctx, const QString &what, const PrimeError &error)
{
    ctx.output().error(what, error);
    ctx.finish(exitCodeFor(error));
}

template<typename T>
void noteWarnings(CliContext &ctx, const Result<T> &r)
{
    for (const QString &w : r.warnings)
        ctx.output().note(QStringLiteral("Kraken warning: ") + w);
}

template<typename T, typename ToJson>
QJsonArray toJsonArray(const QList<T> &items, ToJson toJson)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(toJson(item));
    return a;
}

// Takes the sub-command word out of args (args[0] is the program); empty if none.
inline QString takeSubcommand(QStringList &args)
{
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-')))
        return {};
    return args.takeAt(1);
}

} // namespace prime::cli
