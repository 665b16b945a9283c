#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace prime::models {

// Display text shared by the models; raw values stay available through roles.

// Unix ms as local date and time in the default QLocale's format, to the
// second with a four-digit year; empty for 0 or no value.
QString formatTime(std::optional<qint64> unixMs);
// The date part of that format, for date editors ("dd.MM.yyyy", "M/d/yyyy").
QString dateFormat(const QLocale &locale = QLocale());
// Known enum values read naturally ("partially_settled" -> "Partially settled");
// values the app does not know are shown exactly as the server sent them.
QString formatStatus(const QString &value);
// An asset kind inside a sentence ("a currency batch", "ein Batch (Währung)"):
// its own translation, since lower-casing the table's "Currency" breaks German nouns.
QString assetKindInText(const QString &kind);
// A long token shortened for a table cell, keeping both ends for recognition.
QString elideMiddle(const QString &text, int keep = 10);
// "Any address" for an empty allow-list, else the count and the first entries.
QString allowListSummary(const QStringList &ips);

} // namespace prime::models
