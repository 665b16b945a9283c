#include "ResponseEnvelope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace prime {

using Category = PrimeError::Category;

ResponseEnvelope ResponseEnvelope::parse(int status, const QByteArray &data, bool mutation)
{
    ResponseEnvelope out;
    PrimeError &err = out.error;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    const QJsonObject envelope = doc.object();
    const QJsonValue errorValue = envelope.value(QLatin1StringView("error"));
    if (doc.isObject() && (errorValue.isArray() || errorValue.isUndefined())) {
        QStringList errors;
        for (const QJsonValue &v : errorValue.toArray())
            errors.append(v.toString());
        const bool failed = std::any_of(errors.cbegin(), errors.cend(), [](const QString &e) {
            return e.startsWith(QLatin1Char('E'));
        });
        if (failed) {
            err = PrimeError::fromKraken(errors, status);
            const QString first = err.krakenErrors.value(0);
            err.outcomeUnknown = mutation
                                 && (first.startsWith(QLatin1StringView("EService:Deadline elapsed"))
                                     || first.startsWith(QLatin1StringView("EGeneral:Internal error")));
        } else if (status >= 500) {
            err = PrimeError::make(Category::ServerError);
            err.httpStatus = status;
            err.outcomeUnknown = mutation;
        } else if (status != 200 || !envelope.value(QLatin1StringView("result")).isObject()) {
            err = PrimeError::make(Category::Protocol, QCoreApplication::translate(
                                                           "ResponseEnvelope", "the answer has no result object"));
            err.httpStatus = status;
            err.outcomeUnknown = mutation && status == 200;
        } else {
            out.result = envelope.value(QLatin1StringView("result")).toObject();
            out.warnings = errors;
        }
    } else if (status >= 500) {
        err = PrimeError::make(Category::ServerError, QString::fromUtf8(data.left(200)));
        err.httpStatus = status;
        err.outcomeUnknown = mutation;
    } else {
        err = PrimeError::make(Category::Protocol,
                               pe.error != QJsonParseError::NoError
                                   ? pe.errorString()
                                   : QCoreApplication::translate("ResponseEnvelope",
                                                                 "the answer is not a JSON envelope"));
        err.httpStatus = status;
        err.outcomeUnknown = mutation && status == 200;
    }
    return out;
}

} // namespace prime
