#include <QDir>
#include <QTest>

void fuzzResponses(const QByteArray &bytes);
void fuzzSandboxRequest(const QByteArray &bytes);

// Replays every seed and every input that once crashed a fuzzer through the same
// entry points, in the normal (and the sanitizer) build.
class TestFuzzReplay : public QObject
{
    Q_OBJECT
    static void addFiles(const QString &target)
    {
        QTest::addColumn<QString>("file");
        const QString root = QStringLiteral(FUZZ_DIR);
        int n = 0;
        for (const QString &sub : QStringList{QStringLiteral("/corpus/") + target, QStringLiteral("/regressions/") + target}) {
            const QDir dir(root + sub);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(sub.section(QLatin1Char('/'), 1, 1) + QLatin1Char('/') + name))
                    << dir.filePath(name);
                ++n;
            }
        }
        QVERIFY2(n >= 20, "the seed corpus is missing");
    }

private slots:
    void responses_data() { addFiles(QStringLiteral("responses")); }
    void responses()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        fuzzResponses(f.readAll()); // must not crash, hang or trip a sanitizer
    }

    void sandbox_data() { addFiles(QStringLiteral("sandbox")); }
    void sandbox()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        fuzzSandboxRequest(f.readAll());
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzz_replay.moc"
