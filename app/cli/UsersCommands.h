#pragma once

#include <QStringList>

namespace prime::cli {

class CliContext;

// `primectl users list|get|create|rename|enable|disable|set-role ...`
void runUsers(CliContext &ctx, QStringList args);
QString usersUsage();

} // namespace prime::cli
