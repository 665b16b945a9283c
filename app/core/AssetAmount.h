#pragma once

#include <QLocale>
#include <QString>

namespace prime {

// Amounts of money are decimal strings end to end (design: never double). These
// helpers only rearrange the characters of such a string: they pad or group
// digits, they never round and never parse into a floating point number.

// Display decimals of an asset (fiat 2, JPY 0, stablecoins 4, crypto and
// tokenized equities 8). Unknown assets get 8, enough for every crypto asset
// Kraken lists at display precision; digits beyond it are still shown.
int assetPrecision(const QString &asset);

// True for [+-]digits[.digits] (what the Prime API sends as decimal strings).
bool isDecimalString(QStringView text);

// "36500" (USD) -> "36,500.00", "1.5" (BTC) -> "1.50000000": fractional zeros are
// appended up to the asset's precision; extra digits the server sent are kept,
// never cut. Grouping and decimal point follow `locale`. Text that is not a
// decimal string is returned unchanged (shown as the server sent it).
QString formatAmount(const QString &amount, const QString &asset, const QLocale &locale = QLocale());

// The amount with its direction as a sign: "+1.50000000" incoming,
// "−1.50000000" (U+2212) outgoing, unsigned when the direction is unknown.
QString formatSignedAmount(const QString &amount, const QString &direction, const QString &asset,
                           const QLocale &locale = QLocale());

// Orders two decimal strings by value without converting them (for sorting):
// <0, 0, >0. Non-decimal text sorts before every number.
int compareDecimal(QStringView a, QStringView b);

// A string whose plain text order is the numeric order of decimal strings
// (up to 40 integer and 30 fractional digits), for models' sort roles that a
// QSortFilterProxyModel compares as strings. Empty for non-decimal text.
QString decimalSortKey(QStringView amount);

// log10 of |amount| from its digits, for drawing bar lengths only (pixels, not
// money); 0 for zero or text that is not a decimal string.
double amountMagnitude(QStringView amount);

} // namespace prime
