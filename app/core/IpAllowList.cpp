#include "IpAllowList.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace prime {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("prime::IpAllowList", text);
}

// QHostAddress also takes shorthand like "10.1" or "127.1"; an allow-list entry
// must spell out all four parts, without leading zeros that some parsers read as octal.
bool isDottedQuad(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i)
        if (m.captured(i).toInt() > 255)
            return false;
    return true;
}
} // namespace

IpAllowList::Check IpAllowList::check(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {{}, tr("empty entry")};
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString addressText = slash < 0 ? text : text.left(slash);
    QHostAddress address;
    bool v4 = false;
    if (isDottedQuad(addressText)) {
        address = QHostAddress(addressText);
        v4 = true;
    } else if (addressText.contains(QLatin1Char(':')) && !addressText.contains(QLatin1Char('%'))
               && address.setAddress(addressText) && address.protocol() == QAbstractSocket::IPv6Protocol) {
        v4 = false;
    } else {
        return {{}, tr("“%1” is not an IPv4 or IPv6 address").arg(addressText)};
    }
    if (slash < 0)
        return {address.toString(), {}};

    const QString prefixText = text.mid(slash + 1);
    static const QRegularExpression digits(QStringLiteral("^(0|[1-9][0-9]{0,2})$"));
    const int maxPrefix = v4 ? 32 : 128;
    const int prefix = digits.match(prefixText).hasMatch() ? prefixText.toInt() : -1;
    if (prefix < 0 || prefix > maxPrefix)
        return {{}, tr("the prefix length must be a number from 0 to %1").arg(maxPrefix)};
    // "192.0.2.7/24" is almost always a typo for one address or for the network;
    // say which network it would be rather than guess.
    const auto [network, len] = QHostAddress::parseSubnet(address.toString() + QLatin1Char('/') + prefixText);
    if (network != address) {
        return {{}, tr("host bits are set: the range is %1/%2")
                        .arg(network.toString()).arg(len)};
    }
    return {address.toString() + QLatin1Char('/') + QString::number(prefix), {}};
}

IpAllowList::Parsed IpAllowList::parse(const QStringList &lines)
{
    Parsed out;
    QSet<QString> seen;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const Check c = check(lines.at(i));
        if (!c.ok()) {
            out.problems.append({i, lines.at(i).trimmed(), c.error});
            continue;
        }
        if (seen.contains(c.normalized)) {
            out.duplicates.append(c.normalized);
            continue;
        }
        seen.insert(c.normalized);
        out.entries.append(c.normalized);
    }
    return out;
}

IpAllowList::Diff IpAllowList::diff(const QStringList &before, const QStringList &after)
{
    auto norm = [](const QString &s) {
        const Check c = check(s);
        return c.ok() ? c.normalized : s.trimmed();
    };
    QStringList b, a;
    for (const QString &s : before)
        if (const QString n = norm(s); !n.isEmpty() && !b.contains(n))
            b.append(n);
    for (const QString &s : after)
        if (const QString n = norm(s); !n.isEmpty() && !a.contains(n))
            a.append(n);
    Diff d;
    for (const QString &s : std::as_const(a))
        (b.contains(s) ? d.kept : d.added).append(s);
    for (const QString &s : std::as_const(b))
        if (!a.contains(s))
            d.removed.append(s);
    return d;
}

} // namespace prime
