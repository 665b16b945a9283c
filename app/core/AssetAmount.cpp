#include "AssetAmount.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace prime {

namespace {

struct Parts
{
    bool negative = false;
    QString integer;  // no leading zeros ("0" for zero)
    QString fraction; // as sent, trailing zeros kept
};

std::optional<Parts> split(QStringView text)
{
    if (!isDecimalString(text))
        return std::nullopt;
    Parts p;
    if (text.front() == QLatin1Char('-') || text.front() == QLatin1Char('+')) {
        p.negative = text.front() == QLatin1Char('-');
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    QStringView integer = dot < 0 ? text : text.left(dot);
    p.fraction = dot < 0 ? QString() : text.mid(dot + 1).toString();
    while (integer.size() > 1 && integer.front() == QLatin1Char('0'))
        integer = integer.mid(1);
    p.integer = integer.toString();
    return p;
}

bool isZero(const Parts &p)
{
    auto zeros = [](const QString &s) {
        return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c == QLatin1Char('0'); });
    };
    return zeros(p.integer) && zeros(p.fraction);
}

QString groupDigits(const QString &digits, const QString &separator)
{
    if (separator.isEmpty() || digits.size() <= 3)
        return digits;
    QString out;
    const qsizetype first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out += digits.left(first);
    for (qsizetype i = first; i < digits.size(); i += 3)
        out += separator + digits.mid(i, 3);
    return out;
}

} // namespace

int assetPrecision(const QString &asset)
{
    static const QHash<QString, int> known{
        {QStringLiteral("USD"), 2}, {QStringLiteral("EUR"), 2}, {QStringLiteral("GBP"), 2},
        {QStringLiteral("CAD"), 2}, {QStringLiteral("CHF"), 2}, {QStringLiteral("AUD"), 2},
        {QStringLiteral("ZUSD"), 2}, {QStringLiteral("ZEUR"), 2}, {QStringLiteral("ZGBP"), 2},
        {QStringLiteral("JPY"), 0}, {QStringLiteral("ZJPY"), 0},
        {QStringLiteral("USDT"), 4}, {QStringLiteral("USDC"), 4}, {QStringLiteral("DAI"), 4},
    };
    return known.value(asset.toUpper(), 8);
}

bool isDecimalString(QStringView text)
{
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+')))
        text = text.mid(1);
    if (text.isEmpty())
        return false;
    bool dot = false;
    int digitsBefore = 0;
    int digitsAfter = 0;
    for (QChar c : text) {
        if (c == QLatin1Char('.')) {
            if (dot)
                return false;
            dot = true;
        } else if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            (dot ? digitsAfter : digitsBefore)++;
        } else {
            return false;
        }
    }
    return digitsBefore > 0 && (!dot || digitsAfter > 0);
}

QString formatAmount(const QString &amount, const QString &asset, const QLocale &locale)
{
    const auto p = split(amount);
    if (!p)
        return amount;
    QString fraction = p->fraction;
    const int precision = assetPrecision(asset);
    if (fraction.size() < precision)
        fraction += QString(precision - fraction.size(), QLatin1Char('0'));
    const QString group = locale.numberOptions().testFlag(QLocale::OmitGroupSeparator)
                              ? QString()
                              : locale.groupSeparator();
    QString text = groupDigits(p->integer, group);
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    if (p->negative && !isZero(*p))
        text.prepend(QChar(0x2212));
    return text;
}

QString formatSignedAmount(const QString &amount, const QString &direction, const QString &asset,
                           const QLocale &locale)
{
    const QString text = formatAmount(amount, asset, locale);
    if (!isDecimalString(amount) || text.startsWith(QChar(0x2212)))
        return text;
    if (direction == QLatin1String("incoming"))
        return QLatin1Char('+') + text;
    if (direction == QLatin1String("outgoing"))
        return QChar(0x2212) + text;
    return text;
}

int compareDecimal(QStringView a, QStringView b)
{
    const auto pa = split(a);
    const auto pb = split(b);
    if (!pa || !pb)
        return (pa ? 1 : 0) - (pb ? 1 : 0);
    const bool na = pa->negative && !isZero(*pa);
    const bool nb = pb->negative && !isZero(*pb);
    if (na != nb)
        return na ? -1 : 1;
    // Compare magnitudes: integer length, integer digits, then padded fractions.
    int magnitude = 0;
    if (pa->integer.size() != pb->integer.size()) {
        magnitude = pa->integer.size() < pb->integer.size() ? -1 : 1;
    } else if (const int c = pa->integer.compare(pb->integer); c != 0) {
        magnitude = c < 0 ? -1 : 1;
    } else {
        const qsizetype width = qMax(pa->fraction.size(), pb->fraction.size());
        const QString fa = pa->fraction.leftJustified(width, QLatin1Char('0'));
        const QString fb = pb->fraction.leftJustified(width, QLatin1Char('0'));
        const int f = fa.compare(fb);
        magnitude = f < 0 ? -1 : (f > 0 ? 1 : 0);
    }
    return na ? -magnitude : magnitude;
}

QString decimalSortKey(QStringView amount)
{
    const auto p = split(amount);
    if (!p)
        return {};
    QString digits = p->integer.rightJustified(40, QLatin1Char('0'), true) + QLatin1Char('.')
                     + p->fraction.leftJustified(30, QLatin1Char('0'), true);
    if (!p->negative || isZero(*p))
        return QLatin1Char('1') + digits;
    // Nines' complement: larger magnitudes of negatives sort first.
    for (QChar &c : digits) {
        if (c.isDigit())
            c = QChar(u'9' - (c.unicode() - u'0'));
    }
    return QLatin1Char('0') + digits;
}

double amountMagnitude(QStringView amount)
{
    const auto p = split(amount);
    if (!p || isZero(*p))
        return 0.0;
    // Position of the first significant digit plus a few leading digits is all
    // a bar length needs.
    const QString digits = p->integer + p->fraction;
    const qsizetype first = digits.indexOf(QRegularExpression(QStringLiteral("[1-9]")));
    const int exponent = int(p->integer.size()) - 1 - int(first);
    const QString lead = digits.mid(first, 4);
    const double mantissa = lead.toDouble() / std::pow(10.0, double(lead.size() - 1));
    return double(exponent) + std::log10(mantissa);
}

} // namespace prime
