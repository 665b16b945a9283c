// The profile dialog: validation as the user types, and "Test connection"
// performing one read call against a sandbox and explaining the result.
#include <ProfileDialog.h>
#include <ProfileStore.h>
#include <SandboxServer.h>
#include <SecretStore.h>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prime;
using namespace prime::ui;

class TestProfileDialog : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        ProfileStore profiles{dir.filePath(QStringLiteral("profiles.ini"))};
        SecretStore secrets{QStringLiteral("PrimeAdminGuiTest")};
        ProfileDialog dialog{&profiles, &secrets};

        QLineEdit *field(const char *name) const
        {
            return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        }
        void fill(const QString &name, const QString &url, const QString &key, const QString &secret)
        {
            field("profileName")->setText(name);
            field("profileUrl")->setText(url);
            field("profileApiKey")->setText(key);
            field("profileSecret")->setText(secret);
        }
        QPushButton *testButton() const
        {
            return dialog.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
        }
    };

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void validation_data();
    void validation();
    void testConnectionExplainsResult_data();
    void testConnectionExplainsResult();
};

void TestProfileDialog::validation_data()
{
    const QString secret = QStringLiteral("kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("valid");
    QTest::newRow("complete") << QStringLiteral("Prod") << QStringLiteral("https://api.kraken.com") << secret << true;
    QTest::newRow("no name") << QString() << QStringLiteral("https://api.kraken.com") << secret << false;
    QTest::newRow("plain http to a remote host") << QStringLiteral("Prod") << QStringLiteral("http://api.kraken.com") << secret << false;
    QTest::newRow("plain http to loopback") << QStringLiteral("Local") << QStringLiteral("http://127.0.0.1:8080") << secret << true;
    QTest::newRow("no secret") << QStringLiteral("Prod") << QStringLiteral("https://api.kraken.com") << QString() << false;
    QTest::newRow("secret not base64") << QStringLiteral("Prod") << QStringLiteral("https://api.kraken.com") << QStringLiteral("not base64!") << false;
}

void TestProfileDialog::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, secret);
    QFETCH(bool, valid);
    Fixture f;
    f.fill(name, url, QStringLiteral("PUBLICKEY1234567890"), secret);
    QCOMPARE(f.dialog.problem().isEmpty(), valid);
    QCOMPARE(f.testButton()->isEnabled(), valid);
    const QList<QPushButton *> buttons = f.dialog.findChildren<QPushButton *>();
    const auto save = std::find_if(buttons.cbegin(), buttons.cend(),
                                   [](QPushButton *b) { return b->text().contains(QStringLiteral("Save")); });
    QVERIFY(save != buttons.cend());
    QCOMPARE((*save)->isEnabled(), valid);
}

void TestProfileDialog::testConnectionExplainsResult_data()
{
    QTest::addColumn<bool>("rightSecret");
    QTest::addColumn<QString>("expected");
    QTest::newRow("works") << true << QStringLiteral("It works");
    QTest::newRow("wrong secret") << false << QStringLiteral("signature");
}

void TestProfileDialog::testConnectionExplainsResult()
{
    QFETCH(bool, rightSecret);
    QFETCH(QString, expected);
    // A sandbox of its own: no other client uses its key, so nonces never collide.
    sandbox::SandboxServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const Credentials admin = server.adminCredentials();
    const QString secret = rightSecret
        ? QString::fromLatin1(admin.secret.view())
        : QStringLiteral("kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==");
    Fixture f;
    f.fill(QStringLiteral("Local sandbox"), server.url().toString(), admin.apiKey, secret);
    QVERIFY2(f.dialog.problem().isEmpty(), qPrintable(f.dialog.problem()));
    QTest::mouseClick(f.testButton(), Qt::LeftButton);
    // While the call runs the button cancels it and the fields are read-only.
    QVERIFY(f.testButton()->text().contains(QStringLiteral("Cancel")));
    QVERIFY(f.field("profileSecret")->isReadOnly());
    QTRY_VERIFY_WITH_TIMEOUT(f.testButton()->text().contains(QStringLiteral("Test connection")), 15000);
    QVERIFY2(f.dialog.resultText().contains(expected), qPrintable(f.dialog.resultText()));
    QVERIFY(!f.field("profileSecret")->isReadOnly());
    // Nothing is saved by a test.
    QVERIFY(f.profiles.profiles().isEmpty());
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
