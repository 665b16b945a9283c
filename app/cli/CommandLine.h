#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace prime::cli {

class CliContext;

// One sub-command's command line: its options, positional arguments and help.
struct CommandSpec
{
    QString name;        // "users create"
    QString synopsis;    // "--name N --role Viewer|Trader"
    QString description; // what it does, what it prints
    QString examples;    // shell lines
    QList<QCommandLineOption> options;
    QStringList positionals; // names, all required
    bool needsServer = true; // adds the global credential options
};

// Parses args (args[0] is the program, args[1] the sub-command name) against the
// spec plus the global options. Prints help and finishes with 0 on --help;
// prints the problem and finishes with a usage code on errors. Returns the
// positional arguments when the command should run.
std::optional<QStringList> parseCommand(CliContext &ctx, QCommandLineParser &parser,
                                        const CommandSpec &spec, const QStringList &args);

QString helpText(const CommandSpec &spec);

// "A,B , C" -> ["A","B","C"]; "" -> [] (clears an allow-list).
QStringList splitList(const QString &text);

// Positive 64-bit integer option; nullopt and an error message when malformed.
std::optional<qint64> parseInteger(const QString &text, qint64 min, qint64 max);

} // namespace prime::cli
