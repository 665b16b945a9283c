// The audit log: JSON lines, append-only, tolerant reading, export.
#include <AuditLog.h>

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prime;

namespace {
AuditEntry entry(const QString &operation, AuditEntry::Outcome outcome, QStringList targets)
{
    AuditEntry e;
    e.time = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    e.profile = QStringLiteral("Treasury");
    e.operation = operation;
    e.targets = std::move(targets);
    e.outcome = outcome;
    if (outcome != AuditEntry::Outcome::Succeeded)
        e.detail = QStringLiteral("server_error: HTTP 500");
    return e;
}
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roundTrip_data();
    void roundTrip();
    void appendOnlyKeepsEarlierLines();
    void skipsUnreadableLines();
    void exportCopiesTheLog();
    void defaultPathIsInAppData();
};

void TestAuditLog::roundTrip_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("outcomeName");
    QTest::newRow("succeeded") << int(AuditEntry::Outcome::Succeeded) << QStringLiteral("succeeded");
    QTest::newRow("failed") << int(AuditEntry::Outcome::Failed) << QStringLiteral("failed");
    QTest::newRow("unknown") << int(AuditEntry::Outcome::Unknown) << QStringLiteral("unknown");
}

void TestAuditLog::roundTrip()
{
    QFETCH(int, outcome);
    QFETCH(QString, outcomeName);
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("sub/audit.jsonl")));
    QSignalSpy appended(&log, &AuditLog::appended);
    const AuditEntry e = entry(QStringLiteral("DeletePrimeApiUserKey"), AuditEntry::Outcome(outcome),
                               {QStringLiteral("U1"), QStringLiteral("K1")});
    QVERIFY(log.append(e));
    QCOMPARE(appended.count(), 1);
    QFile file(log.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray line = file.readAll();
    QVERIFY(line.endsWith('\n'));
    QCOMPARE(line.count('\n'), 1);
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    QCOMPARE(o.value(QLatin1StringView("outcome")).toString(), outcomeName);
    QCOMPARE(o.value(QLatin1StringView("time")).toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
    const QList<AuditEntry> read = log.entries();
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first(), e);
}

void TestAuditLog::appendOnlyKeepsEarlierLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
    {
        AuditLog log(path);
        QVERIFY(log.append(entry(QStringLiteral("CreatePrimeApiUser"), AuditEntry::Outcome::Succeeded, {QStringLiteral("U1")})));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray first = file.readAll();
    file.close();
    AuditLog again(path); // a later run of the app
    QVERIFY(again.append(entry(QStringLiteral("CreatePrimeApiUserKey"), AuditEntry::Outcome::Unknown, {QStringLiteral("U1")})));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray both = file.readAll();
    QVERIFY(both.startsWith(first));
    QCOMPARE(again.entries().size(), 2);
    QCOMPARE(again.entries().at(1).outcome, AuditEntry::Outcome::Unknown);
}

void TestAuditLog::skipsUnreadableLines()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(log.append(entry(QStringLiteral("CreatePrimeSettlementBatch"), AuditEntry::Outcome::Succeeded, {})));
    QFile file(log.path());
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"time\":\"2023-11-14T22:13:20Z\",\"operation\":\"X\",\"outcome\":\"maybe\"}\n");
    file.write("not json at all\n\n");
    file.close();
    QVERIFY(log.append(entry(QStringLiteral("SettlePrimeSettlementBatchAsset"), AuditEntry::Outcome::Failed, {QStringLiteral("B1"), QStringLiteral("BTC")})));
    int skipped = -1;
    const QList<AuditEntry> read = log.entries(&skipped);
    QCOMPARE(skipped, 2);
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(1).targets, (QStringList{QStringLiteral("B1"), QStringLiteral("BTC")}));
}

void TestAuditLog::exportCopiesTheLog()
{
    QTemporaryDir dir;
    AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(log.append(entry(QStringLiteral("UpdatePrimeApiUser"), AuditEntry::Outcome::Succeeded, {QStringLiteral("U9")})));
    const QString target = dir.filePath(QStringLiteral("export.jsonl"));
    QVERIFY(log.exportTo(target));
    QFile a(log.path()), b(target);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
    QString error;
    QVERIFY(!log.exportTo(dir.filePath(QStringLiteral("missing-dir/x.jsonl")), &error));
    QVERIFY(!error.isEmpty());
}

void TestAuditLog::defaultPathIsInAppData()
{
    QVERIFY(AuditLog::defaultPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(AuditLog::defaultPath().endsWith(QStringLiteral("audit.jsonl")));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
