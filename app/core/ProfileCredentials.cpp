#include "ProfileCredentials.h"

#include "ProfileStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace prime {

namespace {
using Status = SecretStore::Status;
using Outcome = SecretStore::Outcome;

void later(SecretStore &secrets, QObject *context, std::function<void()> call)
{
    QTimer::singleShot(0, context ? context : &secrets, std::move(call));
}
} // namespace

SecretBytes cleanPastedSecret(const SecretBytes &pasted, QString *error)
{
    SecretBytes secret = pasted.trimmed();
    QString problem;
    if (secret.isEmpty())
        problem = QCoreApplication::translate("ProfileCredentials", "The API secret is empty.");
    else if (secret.size() > SecretStore::kMaxSecretBytes)
        problem = QCoreApplication::translate(
                      "ProfileCredentials",
                      "The API secret is longer than any keychain accepts (%1 bytes).")
                      .arg(SecretStore::kMaxSecretBytes);
    else if (!secret.isBase64())
        problem = QCoreApplication::translate(
            "ProfileCredentials",
            "The API secret is not base64 text. Kraken shows the secret as base64 "
            "(letters, digits, '+', '/', ending in '='): copy it again, completely.");
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        secret.clear();
    return secret;
}

void loadCredentials(const ConnectionProfile &profile, SecretStore &secrets, QObject *context,
                     std::function<void(std::optional<Credentials>, SecretStore::Outcome)> done)
{
    secrets.read(profile.secretEntry(), context,
                 [profile, done](const Outcome &o, const SecretBytes &secret) {
                     if (o.status == Status::NotFound) {
                         done(std::nullopt,
                              {Status::NotFound,
                               QCoreApplication::translate(
                                   "ProfileCredentials",
                                   "The keychain holds no secret for the profile \"%1\" (key %2 on "
                                   "%3): add the profile again with its secret.")
                                   .arg(profile.name, profile.apiKey,
                                        SecretStore::normalizedBaseUrl(profile.baseUrl))});
                         return;
                     }
                     if (!o.ok()) {
                         done(std::nullopt, o);
                         return;
                     }
                     if (!secret.isBase64()) {
                         done(std::nullopt, {Status::Error, QCoreApplication::translate(
                                                                "ProfileCredentials",
                                                                "The secret stored for the profile "
                                                                "\"%1\" is not base64: add the "
                                                                "profile again with its secret.")
                                                                .arg(profile.name)});
                         return;
                     }
                     Credentials c;
                     c.baseUrl = profile.baseUrl;
                     c.apiKey = profile.apiKey;
                     c.secret = secret;
                     done(std::move(c), o);
                 });
}

void saveProfileWithSecret(ProfileStore &profiles, SecretStore &secrets,
                           const ConnectionProfile &input, const SecretBytes &pasted, bool replace,
                           QObject *context, std::function<void(const Outcome &)> done)
{
    const ConnectionProfile profile = ProfileStore::normalized(input);
    // Everything that could make save() refuse is checked before the keychain is
    // touched: a refused save after the write would leave a secret behind, or
    // (same key as another profile) overwrite that profile's secret.
    QString problem = profiles.checkSave(profile);
    const std::optional<ConnectionProfile> previous = profiles.profile(profile.name);
    if (problem.isEmpty() && previous && !replace)
        problem = QCoreApplication::translate("ProfileCredentials",
                                              "A profile named \"%1\" exists already.")
                      .arg(profile.name);
    const SecretBytes secret =
        problem.isEmpty() ? cleanPastedSecret(pasted, &problem) : SecretBytes();
    if (!problem.isEmpty()) {
        later(secrets, context, [done, problem] { done({Status::Error, problem}); });
        return;
    }
    QPointer<ProfileStore> store(&profiles);
    QPointer<SecretStore> keychain(&secrets);
    secrets.write(
        profile.secretEntry(), secret, context,
        [store, keychain, profile, previous, context, done](const Outcome &written) {
            if (!written.ok() || !store || !keychain) {
                done(written);
                return;
            }
            QString error;
            if (!store->save(profile, &error)) {
                // The settings file could not be written. A new entry would be
                // orphaned: remove it. One the old profile still names stays.
                if (previous && previous->secretEntry() == profile.secretEntry()) {
                    done({Status::Error, error});
                    return;
                }
                keychain->remove(profile.secretEntry(), context, [done, error](const Outcome &) {
                    done({Status::Error, error});
                });
                return;
            }
            if (previous && previous->secretEntry() != profile.secretEntry()) {
                // The key or server changed: the old secret belongs to nothing now.
                keychain->remove(previous->secretEntry(), context, [done](const Outcome &) {
                    done({Status::Ok, {}});
                });
                return;
            }
            done(written);
        });
}

void removeProfileWithSecrets(ProfileStore &profiles, SecretStore &secrets, const QString &name,
                              QObject *context, std::function<void(const Outcome &)> done)
{
    const std::optional<ConnectionProfile> profile = profiles.profile(name);
    if (!profile) {
        later(secrets, context, [done, name] {
            done({Status::NotFound, QCoreApplication::translate("ProfileCredentials",
                                                                "There is no profile named \"%1\".")
                                        .arg(name)});
        });
        return;
    }
    auto entries = std::make_shared<QStringList>();
    entries->append(profile->secretEntry());
    for (const ProfileStore::UserKeyRef &ref : profiles.userKeysWithSecret(name))
        entries->append(profile->userKeySecretEntry(ref.userId, ref.keyId));

    QPointer<ProfileStore> store(&profiles);
    QPointer<SecretStore> keychain(&secrets);
    const QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    auto finish = [ctx, hasContext, done](const Outcome &o) {
        if (!hasContext || ctx)
            done(o);
    };
    // One entry at a time. The step refers to itself weakly; the keychain call in
    // flight holds it, so the chain lives exactly as long as it runs.
    auto step = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weakStep = step;
    *step = [store, keychain, entries, name, finish, weakStep]() {
        if (!store || !keychain)
            return;
        if (entries->isEmpty()) {
            store->remove(name);
            finish({Status::Ok, {}});
            return;
        }
        keychain->remove(entries->takeFirst(), nullptr,
                         [next = weakStep.lock(), finish](const Outcome &o) {
                             if (!o.ok())
                                 finish(o);
                             else
                                 (*next)();
                         });
    };
    (*step)();
}

void storeUserKeySecret(ProfileStore &profiles, SecretStore &secrets,
                        const ConnectionProfile &profile, const QString &userId,
                        const QString &keyId, const SecretBytes &secret, QObject *context,
                        std::function<void(const Outcome &)> done)
{
    QPointer<ProfileStore> store(&profiles);
    secrets.write(profile.userKeySecretEntry(userId, keyId), secret, context,
                  [store, name = profile.name, userId, keyId, done](const Outcome &o) {
                      if (o.ok() && store)
                          store->addUserKeySecret(name, userId, keyId);
                      done(o);
                  });
}

} // namespace prime
