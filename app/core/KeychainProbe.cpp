#include "KeychainProbe.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#ifdef PRIME_KEYCHAIN_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <memory>
#endif

namespace prime {

#ifdef PRIME_KEYCHAIN_DBUS
namespace {
// Names under which a keychain QtKeychain can use answers on the session bus.
const QStringList &keychainBusNames()
{
    static const QStringList names{QStringLiteral("org.freedesktop.secrets"),
                                   QStringLiteral("org.kde.kwalletd5"),
                                   QStringLiteral("org.kde.kwalletd6"),
                                   QStringLiteral("org.kde.kwalletd")};
    return names;
}

struct ProbeState
{
    int answersLeft = 2;
    bool found = false;
    QString error;
    std::function<void(const KeychainProbeResult &)> done;
};

void ask(const QDBusConnection &bus, const QString &method, int timeoutMs, QObject *receiver,
         std::shared_ptr<ProbeState> state)
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), method);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, timeoutMs), receiver);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, receiver,
                     [watcher, state] {
                         watcher->deleteLater();
                         const QDBusPendingReply<QStringList> reply = *watcher;
                         if (reply.isError()) {
                             state->error = reply.error().message();
                         } else {
                             for (const QString &name : keychainBusNames())
                                 state->found = state->found || reply.value().contains(name);
                         }
                         if (--state->answersLeft > 0)
                             return;
                         KeychainProbeResult result;
                         result.backendPresent = state->found;
                         if (!state->found) {
                             result.detail = state->error.isEmpty()
                                 ? QCoreApplication::translate(
                                       "KeychainProbe",
                                       "no Secret Service or KWallet is running on the session bus, "
                                       "and none can be started")
                                 : QCoreApplication::translate(
                                       "KeychainProbe", "the session bus did not answer (%1)")
                                       .arg(state->error);
                         }
                         state->done(result);
                     });
}
} // namespace
#endif

void probeKeychainBackend(QObject *receiver, int timeoutMs,
                          std::function<void(const KeychainProbeResult &)> done)
{
#ifdef PRIME_KEYCHAIN_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        KeychainProbeResult result;
        result.backendPresent = false;
        const QString why = bus.lastError().message();
        result.detail = QCoreApplication::translate(
                            "KeychainProbe", "the D-Bus session bus is not reachable%1")
                            .arg(why.isEmpty() ? QString() : QStringLiteral(" (") + why + u')');
        QTimer::singleShot(0, receiver, [done, result] { done(result); });
        return;
    }
    auto state = std::make_shared<ProbeState>();
    state->done = std::move(done);
    ask(bus, QStringLiteral("ListNames"), timeoutMs, receiver, state);
    ask(bus, QStringLiteral("ListActivatableNames"), timeoutMs, receiver, state);
#else
    Q_UNUSED(timeoutMs)
    QTimer::singleShot(0, receiver, [done] { done(KeychainProbeResult{}); });
#endif
}

} // namespace prime
