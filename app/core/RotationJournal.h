#pragma once

#include "KeyRotation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

namespace prime {

// What is known about one key rotation that has not completed. Ids and steps
// only: never a secret.
struct RotationRecord
{
    QString profile;   // profile name
    QString baseUrl;   // normalized server URL (two servers never share a record)
    QString userId;
    QString oldKeyId;
    QString newKeyId;  // empty until the new key was created
    QStringList keyIdsBefore; // the user's keys before the rotation created anything
    QString step;      // KeyRotation::stepName()
    bool newSecretKept = false;
    bool oldRevoked = false;
    QString outcome;   // "running", "failed", "outcome_unknown"
    QString lastError; // plain words
    QStringList orphanKeyIds;
    QDateTime startedAt;
    QDateTime updatedAt;

    QString id() const; // baseUrl + profile + user + old key
    QJsonObject toJson() const;
    static std::optional<RotationRecord> fromJson(const QJsonObject &o);
    friend bool operator==(const RotationRecord &, const RotationRecord &) = default;
};

// The persisted journal of unfinished key rotations (<AppDataLocation>/rotations.json,
// written atomically). A rotation's record is written before each step starts and
// removed only when it completed, so after a crash or a failure in the middle the
// next start finds it and offers to resume or roll back.
class RotationJournal : public QObject
{
    Q_OBJECT
public:
    explicit RotationJournal(QString path = defaultPath(), QObject *parent = nullptr);
    static QString defaultPath();
    const QString &path() const { return m_path; }

    QList<RotationRecord> records() const;
    // Unfinished rotations on one server and profile.
    QList<RotationRecord> pending(const QString &profile, const QString &baseUrl) const;
    bool save(const RotationRecord &record, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);

    // Keeps `record` current while `rotation` runs (the record must carry profile,
    // server, user, old key and the keys before); removes it when the rotation completes.
    void track(KeyRotation *rotation, const RotationRecord &record);

signals:
    void changed();

private:
    bool writeAll(const QList<RotationRecord> &records, QString *error);

    QString m_path;
};

} // namespace prime
