#pragma once

#include <QString>

#include <optional>

namespace prime::sandbox {

// Exact signed decimal amounts for net positions: money never goes through
// double. Values are kept as integers scaled by 10^18 (18 fractional digits,
// up to 19 integer digits), which covers every crypto and fiat precision.
class Decimal
{
public:
    Decimal() = default;
    // Accepts [+-]digits[.digits]; at most 19 integer and 18 fractional digits.
    static std::optional<Decimal> parse(QStringView text);
    static Decimal fromString(QStringView text) { return parse(text).value_or(Decimal()); }

    // Canonical text: no exponent, no trailing fractional zeros, "-" for negatives.
    QString toString() const;
    bool isZero() const { return m_scaled == 0; }
    bool isNegative() const { return m_scaled < 0; }
    Decimal abs() const { return isNegative() ? -*this : *this; }

    Decimal operator-() const { Decimal d; d.m_scaled = -m_scaled; return d; }
    Decimal operator+(const Decimal &o) const { Decimal d; d.m_scaled = m_scaled + o.m_scaled; return d; }
    Decimal operator-(const Decimal &o) const { return *this + (-o); }
    Decimal &operator+=(const Decimal &o) { m_scaled += o.m_scaled; return *this; }
    friend bool operator==(const Decimal &a, const Decimal &b) { return a.m_scaled == b.m_scaled; }
    friend bool operator<(const Decimal &a, const Decimal &b) { return a.m_scaled < b.m_scaled; }

private:
    __int128 m_scaled = 0;
};

} // namespace prime::sandbox
