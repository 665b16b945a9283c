#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace prime {

// One mutation the app performed (or tried to).
struct AuditEntry
{
    enum class Outcome { Succeeded, Failed, Unknown };

    QDateTime time; // UTC
    QString profile;
    QString operation;    // Prime operation name, e.g. "CreatePrimeApiUserKey"
    QStringList targets;  // ids the mutation touched: user, key, batch, asset
    Outcome outcome = Outcome::Succeeded;
    QString detail;       // error category and Kraken string; never a secret

    QJsonObject toJson() const;
    static std::optional<AuditEntry> fromJson(const QJsonObject &o);
    static QString outcomeName(Outcome outcome);

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

// The append-only record of mutations, one JSON object per line. Lines are
// written and flushed one at a time, so a crash loses at most the line being
// written and never rewrites earlier ones.
class AuditLog : public QObject
{
    Q_OBJECT
public:
    explicit AuditLog(QString path, QObject *parent = nullptr);

    // <AppDataLocation>/audit.jsonl
    static QString defaultPath();
    const QString &path() const { return m_path; }

    bool append(const AuditEntry &entry, QString *error = nullptr);
    // Every readable entry, oldest first; unreadable lines are skipped and counted.
    QList<AuditEntry> entries(int *skippedLines = nullptr) const;
    // Copies the log as it is (JSON lines) to `target`.
    bool exportTo(const QString &target, QString *error = nullptr) const;

signals:
    void appended(const prime::AuditEntry &entry);

private:
    QString m_path;
};

} // namespace prime
