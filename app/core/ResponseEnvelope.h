#pragma once

#include "PrimeError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace prime {

// Reads one HTTP answer of the Prime REST API: the {"error":[...],"result":{...}}
// envelope (reference 3.1). An `error` array holding any E... entry is a failure;
// W... entries alone are warnings on a success. For a mutation, an answer that
// leaves open whether the change was applied (5xx, unreadable 200, Deadline
// elapsed, Internal error) is marked outcomeUnknown.
struct ResponseEnvelope
{
    PrimeError error;
    QJsonObject result;
    QStringList warnings;

    static ResponseEnvelope parse(int httpStatus, const QByteArray &body, bool mutation);
};

} // namespace prime
