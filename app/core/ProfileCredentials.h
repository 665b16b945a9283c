#pragma once

#include "ConnectionProfile.h"
#include "Credentials.h"
#include "SecretStore.h"

#include <functional>
#include <optional>

namespace prime {

class ProfileStore;

// The steps that touch a profile and its keychain entries together, in the order
// that never leaves a profile without its secret or a secret without its profile.
// All are asynchronous; `done` is skipped when `context` (if given) is destroyed.

// Trims a pasted secret and checks that it is base64 and fits every keychain.
// Returns an empty SecretBytes and sets `error` when it cannot be stored.
SecretBytes cleanPastedSecret(const SecretBytes &pasted, QString *error);

// Reads the profile's admin secret and builds the credentials to sign with.
void loadCredentials(const ConnectionProfile &profile, SecretStore &secrets, QObject *context,
                     std::function<void(std::optional<Credentials>, SecretStore::Outcome)> done);

// Validates the profile, writes and verifies the secret, then saves the profile.
// With `replace` false an existing profile of that name is an error. If the
// profile cannot be saved, the secret just written is removed again.
void saveProfileWithSecret(ProfileStore &profiles, SecretStore &secrets, const ConnectionProfile &profile,
                           const SecretBytes &secret, bool replace, QObject *context,
                           std::function<void(const SecretStore::Outcome &)> done);

// Deletes the admin secret and every user-key secret recorded for the profile
// (each verified gone), then the profile. Stops at the first keychain failure and
// keeps the profile, so the user can retry.
void removeProfileWithSecrets(ProfileStore &profiles, SecretStore &secrets, const QString &name,
                              QObject *context, std::function<void(const SecretStore::Outcome &)> done);

// Stores the secret of a Prime user key created through the app under its profile
// and records that this keychain has it (for the keys pane).
void storeUserKeySecret(ProfileStore &profiles, SecretStore &secrets, const ConnectionProfile &profile,
                        const QString &userId, const QString &keyId, const SecretBytes &secret,
                        QObject *context, std::function<void(const SecretStore::Outcome &)> done);

} // namespace prime
