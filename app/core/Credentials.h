#pragma once

#include "SecretBytes.h"

#include <QString>
#include <QUrl>

namespace prime {

// What signs requests for one API key on one server.
struct Credentials
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.kraken.com"));
    QString apiKey;     // public half
    SecretBytes secret; // base64, as Kraken shows it
};

// Plain http:// is allowed only to loopback hosts (the local sandbox); https
// always verifies certificates. Returns an empty string when the URL is usable.
QString checkBaseUrl(const QUrl &url);

} // namespace prime
