// prime::RotationJournal storage: records survive a restart, are replaced by id,
// removed, filtered per server and profile, and never hold more than ids.
#include "RotationJournal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using prime::RotationJournal;
using prime::RotationRecord;

class TestRotationJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultPathIsInAppData();
    void roundTripAcrossInstances();
    void saveReplacesSameRotation();
    void removeLeavesOthers();
    void pendingFiltersServerAndProfile();
    void unreadableFileIsEmpty();
    void recordWithoutIdsIsRejected();

private:
    static RotationRecord sample(const QString &oldKey = QStringLiteral("K-old"));
};

void TestRotationJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

RotationRecord TestRotationJournal::sample(const QString &oldKey)
{
    RotationRecord r;
    r.profile = QStringLiteral("Production");
    r.baseUrl = QStringLiteral("https://api.kraken.com");
    r.userId = QStringLiteral("U-1");
    r.oldKeyId = oldKey;
    r.newKeyId = QStringLiteral("K-new");
    r.keyIdsBefore = {oldKey, QStringLiteral("K-other")};
    r.step = QStringLiteral("copy_allow_list");
    r.newSecretKept = true;
    r.outcome = QStringLiteral("outcome_unknown");
    r.orphanKeyIds = {QStringLiteral("K-orphan")};
    return r;
}

void TestRotationJournal::defaultPathIsInAppData()
{
    QVERIFY(RotationJournal::defaultPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(RotationJournal::defaultPath().endsWith(QStringLiteral("/rotations.json")));
}

void TestRotationJournal::roundTripAcrossInstances()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/rotations.json"));
    {
        RotationJournal j(path);
        QSignalSpy changed(&j, &RotationJournal::changed);
        QVERIFY(j.save(sample()));
        QCOMPARE(changed.size(), 1);
    }
    RotationJournal again(path);
    const QList<RotationRecord> all = again.records();
    QCOMPARE(all.size(), 1);
    RotationRecord expected = sample();
    expected.startedAt = all.first().startedAt;
    expected.updatedAt = all.first().updatedAt;
    QVERIFY(all.first().startedAt.isValid());
    QCOMPARE(all.first(), expected);
}

void TestRotationJournal::saveReplacesSameRotation()
{
    QTemporaryDir dir;
    RotationJournal j(dir.filePath(QStringLiteral("r.json")));
    RotationRecord r = sample();
    QVERIFY(j.save(r));
    const QDateTime started = j.records().first().startedAt;
    r.startedAt = started;
    r.step = QStringLiteral("revoke_old_key");
    r.oldRevoked = true;
    QVERIFY(j.save(r));
    QCOMPARE(j.records().size(), 1);
    QCOMPARE(j.records().first().step, QStringLiteral("revoke_old_key"));
    QVERIFY(j.records().first().oldRevoked);
    QCOMPARE(j.records().first().startedAt, started);
}

void TestRotationJournal::removeLeavesOthers()
{
    QTemporaryDir dir;
    RotationJournal j(dir.filePath(QStringLiteral("r.json")));
    QVERIFY(j.save(sample(QStringLiteral("K-a"))));
    QVERIFY(j.save(sample(QStringLiteral("K-b"))));
    QCOMPARE(j.records().size(), 2);
    QVERIFY(j.remove(sample(QStringLiteral("K-a")).id()));
    QCOMPARE(j.records().size(), 1);
    QCOMPARE(j.records().first().oldKeyId, QStringLiteral("K-b"));
    QVERIFY(j.remove(QStringLiteral("no such rotation")));
    QCOMPARE(j.records().size(), 1);
}

void TestRotationJournal::pendingFiltersServerAndProfile()
{
    QTemporaryDir dir;
    RotationJournal j(dir.filePath(QStringLiteral("r.json")));
    RotationRecord a = sample(QStringLiteral("K-a"));
    RotationRecord b = sample(QStringLiteral("K-b"));
    b.baseUrl = QStringLiteral("http://127.0.0.1:8080");
    RotationRecord c = sample(QStringLiteral("K-c"));
    c.profile = QStringLiteral("Other");
    QVERIFY(j.save(a) && j.save(b) && j.save(c));
    const auto p = j.pending(QStringLiteral("Production"), QStringLiteral("https://api.kraken.com"));
    QCOMPARE(p.size(), 1);
    QCOMPARE(p.first().oldKeyId, QStringLiteral("K-a"));
    QCOMPARE(j.pending(QStringLiteral("Production"), QStringLiteral("http://127.0.0.1:8080")).size(), 1);
    QVERIFY(j.pending(QStringLiteral("Nobody"), a.baseUrl).isEmpty());
}

void TestRotationJournal::unreadableFileIsEmpty()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.json"));
    RotationJournal j(path);
    QVERIFY(j.records().isEmpty()); // missing file
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    QVERIFY(j.records().isEmpty());
    QVERIFY(j.save(sample())); // a broken journal is replaced, not appended to
    QCOMPARE(j.records().size(), 1);
}

void TestRotationJournal::recordWithoutIdsIsRejected()
{
    QJsonObject o = sample().toJson();
    QVERIFY(RotationRecord::fromJson(o).has_value());
    o.remove(QStringLiteral("old_key_id"));
    QVERIFY(!RotationRecord::fromJson(o).has_value());
    QVERIFY(!RotationRecord::fromJson({}).has_value());
}

QTEST_GUILESS_MAIN(TestRotationJournal)
#include "tst_rotationjournal.moc"
