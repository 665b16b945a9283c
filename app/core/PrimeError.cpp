#include "PrimeError.h"

#include <QCoreApplication>

namespace prime {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PrimeError", text);
}
} // namespace

PrimeError::Category PrimeError::categorize(QStringView e)
{
    using C = Category;
    auto starts = [&](const char *prefix) { return e.startsWith(QLatin1StringView(prefix)); };
    if (starts("EAPI:Invalid nonce"))
        return C::Nonce;
    if (starts("EAPI:Invalid key") || starts("EAPI:Invalid signature") || starts("EAuth:"))
        return e.contains(QLatin1StringView("Rate limit")) || e.contains(QLatin1StringView("Too many"))
                   ? C::RateLimit
                   : C::Authentication;
    if (starts("EAPI:Rate limit exceeded") || starts("EService:Throttled")
        || starts("EService: Throttled") || starts("EOrder:Rate limit exceeded"))
        return C::RateLimit;
    if (starts("EGeneral:Temporary lockout"))
        return C::Lockout;
    if (starts("EGeneral:Permission denied") || starts("EAccount:Invalid permissions"))
        return C::Permission;
    if (starts("EGeneral:Invalid arguments") || starts("EQuery:"))
        return C::InvalidArguments;
    if (starts("EService:Unavailable") || starts("EService:Busy") || starts("EService:Market in")
        || starts("EService:Deadline elapsed") || starts("EGeneral:Internal error"))
        return C::ServiceUnavailable;
    return C::Other;
}

PrimeError PrimeError::fromKraken(const QStringList &errors, int httpStatus)
{
    PrimeError err;
    err.krakenErrors = errors;
    err.httpStatus = httpStatus;
    err.category = Category::Other;
    for (const QString &e : errors) {
        if (!e.startsWith(QLatin1Char('E')))
            continue;
        err.category = categorize(e);
        if (err.category == Category::RateLimit && e.contains(QLatin1StringView("Throttled"))) {
            const qsizetype colon = e.lastIndexOf(QLatin1Char(':'));
            bool ok = false;
            const qint64 at = e.mid(colon + 1).trimmed().remove(QLatin1Char('[')).remove(QLatin1Char(']')).toLongLong(&ok);
            // Only a plausible Unix time: callers compute milliseconds from it.
            if (ok && at > 0 && at < 100000000000LL)
                err.retryAtSecs = at;
        }
        if (err.category == Category::InvalidArguments) {
            const QStringList parts = e.split(QLatin1Char(':'));
            if (parts.size() > 2)
                err.detail = parts.mid(2).join(QLatin1Char(':'));
        }
        break;
    }
    return err;
}

PrimeError PrimeError::make(Category c, QString detail)
{
    PrimeError err;
    err.category = c;
    err.detail = std::move(detail);
    return err;
}

bool PrimeError::isTransient() const
{
    switch (category) {
    case Category::ServiceUnavailable:
    case Category::ServerError:
    case Category::Network:
    case Category::Timeout:
    case Category::RateLimit:
        return true;
    default:
        return false;
    }
}

QString PrimeError::categoryName() const
{
    switch (category) {
    case Category::None: return QStringLiteral("none");
    case Category::Authentication: return QStringLiteral("authentication");
    case Category::Nonce: return QStringLiteral("nonce");
    case Category::Permission: return QStringLiteral("permission");
    case Category::InvalidArguments: return QStringLiteral("invalid_arguments");
    case Category::RateLimit: return QStringLiteral("rate_limit");
    case Category::Lockout: return QStringLiteral("lockout");
    case Category::ServiceUnavailable: return QStringLiteral("service_unavailable");
    case Category::ServerError: return QStringLiteral("server_error");
    case Category::Network: return QStringLiteral("network");
    case Category::Tls: return QStringLiteral("tls");
    case Category::Timeout: return QStringLiteral("timeout");
    case Category::Protocol: return QStringLiteral("protocol");
    case Category::Configuration: return QStringLiteral("configuration");
    case Category::Cancelled: return QStringLiteral("cancelled");
    case Category::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString PrimeError::message() const
{
    QString text;
    const QString first = krakenErrors.value(0);
    switch (category) {
    case Category::None:
        return {};
    case Category::Authentication:
        text = first.startsWith(QLatin1StringView("EAPI:Invalid signature"))
                   ? tr("Kraken rejected the request signature: the API secret does not belong to this key.")
               : first.startsWith(QLatin1StringView("EAuth:"))
                   ? tr("Kraken refused the account: it is disabled or not confirmed. Contact Kraken support.")
                   : tr("Kraken does not know this API key: it was revoked, mistyped, or belongs to another server.");
        break;
    case Category::Nonce:
        //: "nonce" = the strictly increasing number Kraken requires in every signed request (a technical term)
        text = tr("Another program used this key with a larger nonce: create a key for Prime Admin only.");
        break;
    case Category::Permission:
        text = tr("The key lacks the permission for this operation. Give the key the needed permission in Kraken, or use an administrator key.");
        break;
    case Category::InvalidArguments:
        text = detail.isEmpty() ? tr("Kraken refused the request as invalid.")
                                : tr("Kraken refused the request: the field \"%1\" is invalid.").arg(detail);
        break;
    case Category::RateLimit:
        text = tr("Too many requests for this key: Kraken asks to slow down. Waiting before the next call.");
        break;
    case Category::Lockout:
        text = tr("Kraken locked this key out for a while after failed calls (about 15 minutes). Wait before trying again.");
        break;
    case Category::ServiceUnavailable:
        text = tr("Kraken is unavailable or busy (maintenance or overload). Try again shortly.");
        break;
    case Category::ServerError:
        text = tr("Kraken's server failed (HTTP %1).").arg(httpStatus);
        break;
    case Category::Network:
        text = tr("The connection to Kraken failed.");
        break;
    case Category::Tls:
        text = tr("The server's certificate could not be verified (self-signed, expired or for another "
                  "host). Prime Admin never sends keys over an unverified connection.");
        break;
    case Category::Timeout:
        text = tr("Kraken did not answer in time.");
        break;
    case Category::Protocol:
        text = tr("Kraken's answer could not be read.");
        break;
    case Category::Configuration:
        text = detail.isEmpty() ? tr("The connection settings are not usable.") : detail;
        return text;
    case Category::Cancelled:
        return tr("Cancelled.");
    case Category::Other:
        text = tr("Kraken refused the request.");
        break;
    }
    if (outcomeUnknown)
        text += QLatin1Char(' ')
                + tr("The change may or may not have been applied: re-read before trying again.");
    return text;
}

QString PrimeError::details() const
{
    QStringList parts;
    if (!krakenErrors.isEmpty())
        parts << krakenErrors.join(QStringLiteral(", "));
    if (httpStatus != 0 && httpStatus != 200)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!detail.isEmpty() && category != Category::Configuration)
        parts << detail;
    return parts.join(QStringLiteral("; "));
}

} // namespace prime
