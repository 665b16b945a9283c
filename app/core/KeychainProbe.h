#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace prime {

// Tells apart "the keychain refused" from "there is no keychain at all" after a
// QtKeychain job failed with an unspecific error (libsecret reports a missing
// D-Bus or Secret Service as a generic error). On Linux it asks the session bus,
// asynchronously, whether a Secret Service or KWallet is running or can be
// started; elsewhere it reports the backend as present.
struct KeychainProbeResult
{
    bool backendPresent = true;
    QString detail; // why not, in plain words
};

void probeKeychainBackend(QObject *receiver, int timeoutMs,
                          std::function<void(const KeychainProbeResult &)> done);

} // namespace prime
