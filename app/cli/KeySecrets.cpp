#include "KeySecrets.h"

#include "CliContext.h"
#include "ProfileCredentials.h"
#include "ProfileStore.h"
#include "SecretStore.h"

namespace prime::cli {

QJsonObject keyDocument(const ApiKey &key, const SecretBytes *secret)
{
    QJsonObject o = key.toJson();
    if (secret)
        o.insert(QLatin1String("api_secret"), QString::fromLatin1(secret->view()));
    return o;
}

void keepSecret(CliContext &ctx, const QString &userId, const CreatedKey &created,
                std::function<void(const QString &error)> done)
{
    if (!ctx.profile()) {
        done({});
        return;
    }
    storeUserKeySecret(ctx.profiles(), ctx.secrets(), *ctx.profile(), userId, created.key.id,
                       created.secret, &ctx, [done = std::move(done)](const SecretStore::Outcome &o) {
                           done(o.ok() ? QString() : o.message);
                       });
}

void forgetKeySecret(CliContext &ctx, const QString &userId, const QString &keyId,
                     std::function<void(const QString &error)> done)
{
    if (!ctx.profile() || !ctx.profiles().hasUserKeySecret(ctx.profile()->name, userId, keyId)) {
        done({});
        return;
    }
    const ConnectionProfile profile = *ctx.profile();
    ctx.secrets().remove(profile.userKeySecretEntry(userId, keyId), &ctx,
                         [&ctx, profile, userId, keyId, done = std::move(done)](const SecretStore::Outcome &o) {
                             if (o.ok())
                                 ctx.profiles().removeUserKeySecret(profile.name, userId, keyId);
                             done(o.ok() ? QString() : o.message);
                         });
}

} // namespace prime::cli
