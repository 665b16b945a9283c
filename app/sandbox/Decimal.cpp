#include "Decimal.h"

namespace prime::sandbox {

namespace {
constexpr int kScale = 18;
constexpr int kMaxIntegerDigits = 19;
}

std::optional<Decimal> Decimal::parse(QStringView text)
{
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    __int128 value = 0;
    int intDigits = 0, fracDigits = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.' && !point) {
            point = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (point ? ++fracDigits > kScale : ++intDigits > kMaxIntegerDigits)
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (intDigits == 0 || (point && fracDigits == 0))
        return std::nullopt;
    for (int k = fracDigits; k < kScale; ++k)
        value *= 10;
    Decimal d;
    d.m_scaled = negative ? -value : value;
    return d;
}

QString Decimal::toString() const
{
    unsigned __int128 v = m_scaled < 0 ? static_cast<unsigned __int128>(-m_scaled)
                                       : static_cast<unsigned __int128>(m_scaled);
    QString digits;
    do {
        digits.prepend(QChar(u'0' + int(v % 10)));
        v /= 10;
    } while (v != 0);
    while (digits.size() <= kScale)
        digits.prepend(u'0');
    QString integer = digits.left(digits.size() - kScale);
    QString fraction = digits.right(kScale);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    QString out = m_scaled < 0 ? QStringLiteral("-") : QString();
    out += integer;
    if (!fraction.isEmpty())
        out += u'.' + fraction;
    return out;
}

} // namespace prime::sandbox
