#include "Redaction.h"

#include <QRegularExpression>

namespace prime::Redaction {

QString redact(const QString &text)
{
    // A value ends at whitespace, a quote, a separator or a closing brace.
    static const QRegularExpression keyValue(
        QStringLiteral(R"re(((?:api[-_ ]?sign|api[-_ ]?secret|secret|signature|password|private[-_ ]?key)\\?"?'?\s*[:=,]\s*\\?"?'?)([^\s"',;}&]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    // Kraken secrets are 88 base64 characters, signatures 88, public keys 56;
    // 40 leaves room for truncated copies without catching ordinary words.
    static const QRegularExpression base64Run(QStringLiteral(R"re([A-Za-z0-9+/_-]{40,}={0,2})re"));

    QString out = text;
    out.replace(keyValue, QStringLiteral("\\1") + marker);
    out.replace(base64Run, marker);
    return out;
}

} // namespace prime::Redaction
