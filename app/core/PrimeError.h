#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace prime {

// A failed Prime call, typed so that callers decide by category and users read
// plain words; the raw Kraken strings stay available for the details.
struct PrimeError
{
    enum class Category {
        None,
        Authentication,   // EAPI:Invalid key / Invalid signature, EAuth:*
        Nonce,            // EAPI:Invalid nonce
        Permission,       // EGeneral:Permission denied, EAccount:Invalid permissions
        InvalidArguments, // EGeneral:Invalid arguments[:field]
        RateLimit,        // EAPI:Rate limit exceeded, EService:Throttled
        Lockout,          // EGeneral:Temporary lockout
        ServiceUnavailable, // EService:Unavailable / Busy / Deadline elapsed, EGeneral:Internal error
        ServerError,      // HTTP 5xx without a Kraken error
        Network,          // connection refused, reset, DNS
        Tls,              // the server's certificate could not be verified: nothing was sent
        Timeout,          // no answer in time
        Protocol,         // an answer that is not the documented envelope or shape
        Configuration,    // bad secret, refused URL: nothing was sent
        Cancelled,
        Other,            // an E... string we do not know
    };

    Category category = Category::None;
    QStringList krakenErrors; // the E.../W... strings as received
    int httpStatus = 0;       // 0 when no HTTP answer arrived
    QString detail;           // technical detail (network error text, field name, ...)
    bool outcomeUnknown = false; // a mutation may or may not have been applied: re-read state
    std::optional<qint64> retryAtSecs; // EService:Throttled:<unix time>

    bool isError() const { return category != Category::None; }
    // Worth retrying a read after a pause (never used for mutations).
    bool isTransient() const;
    // Plain words for users; the Kraken string goes to details().
    QString message() const;
    QString details() const;
    QString categoryName() const; // stable, for scripts and logs ("nonce", "rate_limit", ...)

    static Category categorize(QStringView krakenError);
    static PrimeError fromKraken(const QStringList &errors, int httpStatus = 200);
    static PrimeError make(Category c, QString detail = {});
};

} // namespace prime

Q_DECLARE_METATYPE(prime::PrimeError)
