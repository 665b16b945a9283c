#pragma once

#include "Settlement.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace prime::cli {

// A batch as CSV: a header row, then one row per leg. Amounts are copied as the
// exact decimal strings Kraken sent; fields are quoted per RFC 4180 when they hold
// a comma, quote, CR or LF. Lines end with CRLF.
QByteArray batchToCsv(const Batch &batch);
QString csvField(const QString &value);
QStringList batchCsvHeader();

} // namespace prime::cli
