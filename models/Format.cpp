#include "Format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace prime::models {

QString dateFormat(const QLocale &locale)
{
    // A two-digit year is ambiguous in an audit trail.
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return date;
}

// The locale's date and its time with seconds ("27.11.2026 14:05:09",
// "11/27/2026 2:05:09 PM"): settlement and audit times are read to the second.
static QString dateTimeFormat(const QLocale &locale)
{
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(QLatin1String("ss")))
        time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return dateFormat(locale) + QLatin1Char(' ') + time;
}

QString formatTime(std::optional<qint64> unixMs)
{
    if (!unixMs || *unixMs <= 0)
        return {};
    const QLocale locale;
    return locale.toString(QDateTime::fromMSecsSinceEpoch(*unixMs).toLocalTime(), dateTimeFormat(locale));
}

QString formatStatus(const QString &value)
{
    static const QHash<QString, const char *> known{
        //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        {QStringLiteral("unsettled"), QT_TRANSLATE_NOOP("Format", "Unsettled")},
        //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        {QStringLiteral("partially_settled"), QT_TRANSLATE_NOOP("Format", "Partially settled")},
        //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        {QStringLiteral("settled"), QT_TRANSLATE_NOOP("Format", "Settled")},
        {QStringLiteral("completed"), QT_TRANSLATE_NOOP("Format", "Completed")},
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("Format", "Pending")},
        {QStringLiteral("incoming"), QT_TRANSLATE_NOOP("Format", "Incoming")},
        {QStringLiteral("outgoing"), QT_TRANSLATE_NOOP("Format", "Outgoing")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("Format", "Currency")},
        {QStringLiteral("tokenized_equity"), QT_TRANSLATE_NOOP("Format", "Tokenized equity")},
        // API user status (the user API sends these capitalised).
        {QStringLiteral("Enabled"), QT_TRANSLATE_NOOP("Format", "Enabled")},
        {QStringLiteral("Disabled"), QT_TRANSLATE_NOOP("Format", "Disabled")},
    };
    const auto it = known.constFind(value);
    return it == known.cend() ? value : QCoreApplication::translate("Format", it.value());
}

QString assetKindInText(const QString &kind)
{
    if (kind == QLatin1String("currency"))
        return QCoreApplication::translate("Format", "currency", "asset kind inside a sentence, e.g. \"a currency batch\"");
    if (kind == QLatin1String("tokenized_equity"))
        return QCoreApplication::translate("Format", "tokenized equity",
                                           "asset kind inside a sentence, e.g. \"a tokenized equity batch\"");
    return kind;
}

QString elideMiddle(const QString &text, int keep)
{
    if (text.size() <= 2 * keep + 1)
        return text;
    return text.left(keep) + QChar(0x2026) + text.right(keep / 2);
}

QString allowListSummary(const QStringList &ips)
{
    if (ips.isEmpty())
        return QCoreApplication::translate("Format", "Any address");
    if (ips.size() <= 2)
        return ips.join(QStringLiteral(", "));
    // The count is a plain variable: lupdate 6.4 silently skips a call whose
    // count argument is an expression like int(size) - 2.
    const int more = int(ips.size()) - 2;
    return QCoreApplication::translate("Format", "%1, %2 and %n more", nullptr, more).arg(ips.at(0), ips.at(1));
}

} // namespace prime::models
