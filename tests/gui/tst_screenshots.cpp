// `prime-admin --sandbox --screenshots DIR` (the README's and AppStream's
// screenshots): exits 0 and writes every view as a real 1280x800 picture.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshots : public QObject
{
    Q_OBJECT

    static QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        return env;
    }

private slots:
    void rendersEveryView();
    void needsSandbox();
};

void TestScreenshots::rendersEveryView()
{
    QTemporaryDir home;
    const QString out = home.filePath(QStringLiteral("shots"));
    QProcess app;
    app.setProcessEnvironment(isolatedEnvironment(home));
    app.start(QStringLiteral(PRIME_ADMIN_BINARY),
              {QStringLiteral("--sandbox"), QStringLiteral("--screenshots"), out});
    QVERIFY(app.waitForFinished(120000));
    QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
             app.readAllStandardError().constData());

    const QStringList views{QStringLiteral("welcome"), QStringLiteral("users"), QStringLiteral("keys"),
                            QStringLiteral("settlement"), QStringLiteral("batch-detail"),
                            QStringLiteral("settle-dialog"), QStringLiteral("profile-dialog"),
                            QStringLiteral("audit-log"),
                            QStringLiteral("secret-dialog"), QStringLiteral("allow-list-editor"),
                            QStringLiteral("rotation-wizard")};
    for (const QString &view : views) {
        const QString path = out + QLatin1Char('/') + view + QStringLiteral(".png");
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), QSize(1280, 800));
        // A real picture, not a blank canvas: sample a grid of pixels for variety.
        QSet<QRgb> colours;
        for (int y = 10; y < 800; y += 37)
            for (int x = 10; x < 1280; x += 41)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() >= 4, qPrintable(view));
    }
    // The screenshot run never writes the user's audit log.
    QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("data/prime-admin/audit.jsonl"))));
}

void TestScreenshots::needsSandbox()
{
    QTemporaryDir home;
    QProcess app;
    app.setProcessEnvironment(isolatedEnvironment(home));
    app.start(QStringLiteral(PRIME_ADMIN_BINARY), {QStringLiteral("--screenshots"), home.path()});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.readAllStandardError().contains("--sandbox"));
}

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
