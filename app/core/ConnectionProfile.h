#pragma once

#include <QString>
#include <QUrl>

namespace prime {

// A saved connection: which server, which admin key, how it looks in the window.
// Lives in QSettings (ProfileStore); the key's secret never does: it is in the OS
// keychain under secretEntry().
struct ConnectionProfile
{
    QString name;
    QUrl baseUrl = QUrl(QStringLiteral("https://api.kraken.com"));
    QString apiKey;            // public half of the admin key
    bool requiresOtp = false;  // the key was created with a 2FA password
    QString label;             // shown in the title bar, e.g. "Production"
    QString colour = QStringLiteral("#c0392b"); // "#rrggbb"
    bool production = true;

    // The keychain entry of the admin key's secret.
    QString secretEntry() const;
    // The keychain entry of a Prime user key's secret created through the app.
    QString userKeySecretEntry(const QString &userId, const QString &keyId) const;

    static QString defaultColour(bool production);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace prime
