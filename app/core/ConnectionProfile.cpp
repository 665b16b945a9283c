#include "ConnectionProfile.h"

#include "SecretStore.h"

namespace prime {

namespace {
// Percent-encoding keeps '/' out of the parts, so "a/b"+"c" and "a"+"b/c" differ.
QString part(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}
} // namespace

// The "admin-key/" and "user-key/" prefixes keep the two kinds of secret apart
// even if a key id ever equalled an API key.
QString ConnectionProfile::secretEntry() const
{
    return SecretStore::entryName(baseUrl, QStringLiteral("admin-key/") + part(apiKey));
}

QString ConnectionProfile::userKeySecretEntry(const QString &userId, const QString &keyId) const
{
    return SecretStore::entryName(baseUrl, QStringLiteral("user-key/") + part(userId)
                                               + QLatin1Char('/') + part(keyId));
}

QString ConnectionProfile::defaultColour(bool production)
{
    return production ? QStringLiteral("#c0392b") : QStringLiteral("#27ae60");
}

} // namespace prime
