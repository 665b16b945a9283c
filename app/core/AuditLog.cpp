#include "AuditLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

namespace prime {

Q_LOGGING_CATEGORY(lcAudit, "prime.core.audit")

namespace {
QLatin1StringView key(const char *k)
{
    return QLatin1StringView(k);
}
} // namespace

QString AuditEntry::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject o{{key("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                  {key("profile"), profile},
                  {key("operation"), operation},
                  {key("targets"), QJsonArray::fromStringList(targets)},
                  {key("outcome"), outcomeName(outcome)}};
    if (!detail.isEmpty())
        o.insert(key("detail"), detail);
    return o;
}

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.time = QDateTime::fromString(o.value(key("time")).toString(), Qt::ISODateWithMs);
    e.profile = o.value(key("profile")).toString();
    e.operation = o.value(key("operation")).toString();
    for (const QJsonValue &v : o.value(key("targets")).toArray())
        e.targets.append(v.toString());
    const QString outcome = o.value(key("outcome")).toString();
    if (outcome == outcomeName(Outcome::Succeeded))
        e.outcome = Outcome::Succeeded;
    else if (outcome == outcomeName(Outcome::Failed))
        e.outcome = Outcome::Failed;
    else if (outcome == outcomeName(Outcome::Unknown))
        e.outcome = Outcome::Unknown;
    else
        return std::nullopt;
    e.detail = o.value(key("detail")).toString();
    if (!e.time.isValid() || e.operation.isEmpty())
        return std::nullopt;
    return e;
}

AuditLog::AuditLog(QString path, QObject *parent) : QObject(parent), m_path(std::move(path)) {}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/audit.jsonl");
}

bool AuditLog::append(const AuditEntry &entry, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    // Append only: the file is never truncated or rewritten by the app.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = file.errorString();
        qCWarning(lcAudit) << "cannot open the audit log:" << file.errorString();
        return false;
    }
    QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    line += '\n';
    if (file.write(line) != line.size() || !file.flush()) {
        if (error)
            *error = file.errorString();
        qCWarning(lcAudit) << "cannot write the audit log:" << file.errorString();
        return false;
    }
    emit appended(entry);
    return true;
}

QList<AuditEntry> AuditLog::entries(int *skippedLines) const
{
    QList<AuditEntry> result;
    int skipped = 0;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            const auto entry = doc.isObject() ? AuditEntry::fromJson(doc.object()) : std::nullopt;
            if (entry)
                result.append(*entry);
            else
                ++skipped;
        }
    }
    if (skippedLines)
        *skippedLines = skipped;
    return result;
}

bool AuditLog::exportTo(const QString &target, QString *error) const
{
    QFile source(m_path);
    QByteArray data;
    if (source.exists()) {
        if (!source.open(QIODevice::ReadOnly)) {
            if (error)
                *error = source.errorString();
            return false;
        }
        data = source.readAll();
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace prime
