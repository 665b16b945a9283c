#include "RotationJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcRotationJournal, "prime.core.rotationjournal")

namespace prime {

namespace {
QJsonArray toArray(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        if (e.isString())
            out << e.toString();
    return out;
}
} // namespace

QString RotationRecord::id() const
{
    return baseUrl + QLatin1Char(' ') + profile + QLatin1Char(' ') + userId + QLatin1Char(' ') + oldKeyId;
}

QJsonObject RotationRecord::toJson() const
{
    return {
        {QLatin1String("profile"), profile},
        {QLatin1String("base_url"), baseUrl},
        {QLatin1String("user_id"), userId},
        {QLatin1String("old_key_id"), oldKeyId},
        {QLatin1String("new_key_id"), newKeyId},
        {QLatin1String("key_ids_before"), toArray(keyIdsBefore)},
        {QLatin1String("step"), step},
        {QLatin1String("new_secret_kept"), newSecretKept},
        {QLatin1String("old_revoked"), oldRevoked},
        {QLatin1String("outcome"), outcome},
        {QLatin1String("last_error"), lastError},
        {QLatin1String("orphan_key_ids"), toArray(orphanKeyIds)},
        {QLatin1String("started_at"), startedAt.toString(Qt::ISODateWithMs)},
        {QLatin1String("updated_at"), updatedAt.toString(Qt::ISODateWithMs)},
    };
}

std::optional<RotationRecord> RotationRecord::fromJson(const QJsonObject &o)
{
    RotationRecord r;
    r.profile = o.value(QLatin1String("profile")).toString();
    r.baseUrl = o.value(QLatin1String("base_url")).toString();
    r.userId = o.value(QLatin1String("user_id")).toString();
    r.oldKeyId = o.value(QLatin1String("old_key_id")).toString();
    if (r.baseUrl.isEmpty() || r.userId.isEmpty() || r.oldKeyId.isEmpty())
        return std::nullopt;
    r.newKeyId = o.value(QLatin1String("new_key_id")).toString();
    r.keyIdsBefore = fromArray(o.value(QLatin1String("key_ids_before")));
    r.step = o.value(QLatin1String("step")).toString();
    r.newSecretKept = o.value(QLatin1String("new_secret_kept")).toBool();
    r.oldRevoked = o.value(QLatin1String("old_revoked")).toBool();
    r.outcome = o.value(QLatin1String("outcome")).toString();
    r.lastError = o.value(QLatin1String("last_error")).toString();
    r.orphanKeyIds = fromArray(o.value(QLatin1String("orphan_key_ids")));
    r.startedAt = QDateTime::fromString(o.value(QLatin1String("started_at")).toString(), Qt::ISODateWithMs);
    r.updatedAt = QDateTime::fromString(o.value(QLatin1String("updated_at")).toString(), Qt::ISODateWithMs);
    return r;
}

RotationJournal::RotationJournal(QString path, QObject *parent) : QObject(parent), m_path(std::move(path))
{
}

QString RotationJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/rotations.json");
}

QList<RotationRecord> RotationJournal::records() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<RotationRecord> out;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    for (const QJsonValue &v : doc.object().value(QLatin1String("rotations")).toArray())
        if (auto r = RotationRecord::fromJson(v.toObject()))
            out << *r;
    return out;
}

QList<RotationRecord> RotationJournal::pending(const QString &profile, const QString &baseUrl) const
{
    QList<RotationRecord> out;
    for (const RotationRecord &r : records())
        if (r.profile == profile && r.baseUrl == baseUrl)
            out << r;
    return out;
}

bool RotationJournal::writeAll(const QList<RotationRecord> &records, QString *error)
{
    QJsonArray a;
    for (const RotationRecord &r : records)
        a.append(r.toJson());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)
        || f.write(QJsonDocument(QJsonObject{{QLatin1String("rotations"), a}}).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        qCWarning(lcRotationJournal) << "cannot write" << m_path << f.errorString();
        return false;
    }
    emit changed();
    return true;
}

bool RotationJournal::save(const RotationRecord &record, QString *error)
{
    QList<RotationRecord> all = records();
    RotationRecord stamped = record;
    stamped.updatedAt = QDateTime::currentDateTimeUtc();
    if (!stamped.startedAt.isValid())
        stamped.startedAt = stamped.updatedAt;
    bool replaced = false;
    for (RotationRecord &r : all)
        if (r.id() == record.id()) {
            r = stamped;
            replaced = true;
        }
    if (!replaced)
        all << stamped;
    return writeAll(all, error);
}

bool RotationJournal::remove(const QString &id, QString *error)
{
    QList<RotationRecord> all = records();
    const auto n = all.removeIf([&](const RotationRecord &r) { return r.id() == id; });
    return n == 0 || writeAll(all, error);
}

void RotationJournal::track(KeyRotation *rotation, const RotationRecord &initial)
{
    auto record = std::make_shared<RotationRecord>(initial);
    record->outcome = QStringLiteral("running");
    save(*record);
    using Step = KeyRotation::Step;
    connect(rotation, &KeyRotation::stepChanged, this, [this, rotation, record](Step step) {
        if (step == Step::Finished)
            return;
        record->step = KeyRotation::stepName(step);
        if (rotation->newKey())
            record->newKeyId = rotation->newKey()->id;
        // The rotation only leaves KeepSecret once the keeper reported the secret safe.
        if (step > Step::KeepSecret)
            record->newSecretKept = true;
        record->oldRevoked = rotation->oldKeyRevoked();
        save(*record);
    });
    connect(rotation, &KeyRotation::finished, this, [this, rotation, record](KeyRotation::Outcome outcome) {
        if (outcome == KeyRotation::Outcome::Completed) {
            remove(record->id());
            return;
        }
        if (rotation->newKey())
            record->newKeyId = rotation->newKey()->id;
        record->oldRevoked = rotation->oldKeyRevoked();
        record->outcome = outcome == KeyRotation::Outcome::Failed ? QStringLiteral("failed")
                                                                   : QStringLiteral("outcome_unknown");
        record->lastError = rotation->journal().isEmpty() ? QString() : rotation->journal().constLast().text;
        record->orphanKeyIds = rotation->orphanKeyIds();
        // A rotation that failed before creating anything leaves nothing to recover.
        if (record->newKeyId.isEmpty() && record->orphanKeyIds.isEmpty() && outcome == KeyRotation::Outcome::Failed)
            remove(record->id());
        else
            save(*record);
    });
}

} // namespace prime
