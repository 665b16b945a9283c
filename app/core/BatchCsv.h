#pragma once

#include "Settlement.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace prime::csv {

// CSV exports of settlement data, shared by primectl and the desktop app.
// Every file starts with a header row; amounts are the exact decimal strings
// Kraken sent (never reformatted); times are Unix ms plus an ISO 8601 UTC
// column for people; fields are quoted per RFC 4180 when they hold a comma,
// quote, CR or LF; lines end with CRLF; UTF-8 without BOM.

QString field(const QString &value);
QByteArray row(const QStringList &fields);

// The legs of a batch, one row per leg (primectl `batches export`).
QStringList legsHeader();
QByteArray legsToCsv(const Batch &batch);

// Everything about one batch in one table: a `batch` row with the attributes,
// a `leg` row per leg and a `trade` row per trade id; the first column says
// which, columns that do not apply to a row stay empty.
QStringList batchHeader();
QByteArray batchToCsv(const Batch &batch);

// A list of batches, one row per batch, with leg counts and assets.
QStringList batchListHeader();
QByteArray batchListToCsv(const QList<Batch> &batches);

} // namespace prime::csv
