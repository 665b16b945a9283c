#pragma once

#include "ApiKey.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace prime::cli {

class CliContext;

// A key as primectl prints it: the API's field names, plus "api_secret" only
// when a secret is passed (keys create --show-secret, or rotation without a profile).
QJsonObject keyDocument(const ApiKey &key, const SecretBytes *secret = nullptr);

// With --profile: stores a new user-key secret in the keychain (written, read back,
// recorded in the profile). Without a profile there is no store: reports success
// and the caller prints the secret. `done` gets an error text, empty on success.
void keepSecret(CliContext &ctx, const QString &userId, const CreatedKey &created,
                std::function<void(const QString &error)> done);

// Removes a revoked key's secret from the keychain if this profile stored one.
void forgetKeySecret(CliContext &ctx, const QString &userId, const QString &keyId,
                     std::function<void(const QString &error)> done);

// `primectl keys create USER_ID [--show-secret]` (KeysCreateCommand.cpp)
void keysCreate(CliContext &ctx, const QStringList &args);

// `primectl keys rotate USER_ID KEY_ID [--yes] [--show-secret]`
void keysRotate(CliContext &ctx, const QStringList &args);

} // namespace prime::cli
