#include "Credentials.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace prime {

QString checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("Credentials", "The server address \"%1\" is not a valid URL.")
            .arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        const QString host = url.host();
        const QHostAddress address(host);
        if (host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
            return {};
        return QCoreApplication::translate(
                   "Credentials",
                   "Refusing plain http:// to %1: API secrets and signatures would travel unencrypted. "
                   "Use https:// (plain http is only allowed to this computer, for the sandbox).")
            .arg(host);
    }
    return QCoreApplication::translate("Credentials", "Unsupported URL scheme \"%1\": use https://.")
        .arg(url.scheme());
}

} // namespace prime
