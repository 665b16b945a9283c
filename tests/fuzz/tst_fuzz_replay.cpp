#include <QDir>
#include <QTest>

void fuzzResponses(const QByteArray &bytes);

// Replays every seed and every input that once crashed a fuzzer through the same
// entry points, in the normal (and the sanitizer) build.
class TestFuzzReplay : public QObject
{
    Q_OBJECT
private slots:
    void responses_data()
    {
        QTest::addColumn<QString>("file");
        const QString root = QStringLiteral(FUZZ_DIR);
        int n = 0;
        for (const QString &sub : {QStringLiteral("/corpus/responses"), QStringLiteral("/regressions/responses")}) {
            const QDir dir(root + sub);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(sub.section(QLatin1Char('/'), 1, 1) + QLatin1Char('/') + name))
                    << dir.filePath(name);
                ++n;
            }
        }
        QVERIFY2(n >= 20, "the seed corpus is missing");
    }
    void responses()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        fuzzResponses(f.readAll()); // must not crash, hang or trip a sanitizer
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzz_replay.moc"
