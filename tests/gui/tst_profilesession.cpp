// Connect to Kraken Prime end to end, with a real keychain (see .ci/test):
// the profile dialog saves the secret and the profile, the window opens the
// profile (secret read back from the keychain) and loads the account.
#include "KeychainTestSupport.h"

#include <AuditLog.h>
#include <MainWindow.h>
#include <Pane.h>
#include <ProfileCredentials.h>
#include <ProfileDialog.h>
#include <ProfileStore.h>
#include <SandboxServer.h>
#include <SecretStore.h>
#include <Session.h>
#include <SessionStatus.h>

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prime;
using namespace prime::ui;

class TestProfileSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString problem = keychaintest::keychainProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
    }
    void saveThenOpenProfile();
};

void TestProfileSession::saveThenOpenProfile()
{
    sandbox::SandboxServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const Credentials admin = server.adminCredentials();
    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
    SecretStore secrets(QStringLiteral("PrimeAdminGuiTest"));
    AuditLog audit(dir.filePath(QStringLiteral("audit.jsonl")));
    const QString name = QStringLiteral("Local sandbox %1").arg(server.url().port());

    ProfileDialog dialog(&profiles, &secrets);
    dialog.findChild<QLineEdit *>(QStringLiteral("profileName"))->setText(name);
    dialog.findChild<QLineEdit *>(QStringLiteral("profileUrl"))->setText(server.url().toString());
    dialog.findChild<QLineEdit *>(QStringLiteral("profileApiKey"))->setText(admin.apiKey);
    dialog.findChild<QLineEdit *>(QStringLiteral("profileSecret"))->setText(QString::fromLatin1(admin.secret.view()));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QSignalSpy saved(&dialog, &ProfileDialog::profileSaved);
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(saved.wait(30000), qPrintable(dialog.resultText()));
    QCOMPARE(saved.first().at(0).toString(), name);
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("profileSecret"))->text().isEmpty());
    const std::optional<ConnectionProfile> profile = profiles.profile(name);
    QVERIFY(profile);
    QVERIFY(!profile->production); // a loopback server is a test server

    MainWindow window(&profiles, &secrets, &audit);
    window.setPersistSettings(false);
    window.show();
    window.openProfile(name);
    QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr, 30000);
    QCOMPARE(window.session()->profile().name, name);
    QVERIFY(!window.session()->profile().temporary);
    QVERIFY(!window.sandboxBanner()->isVisible()); // only the --sandbox session wears the banner
    QTRY_COMPARE_WITH_TIMEOUT(window.pane(QStringLiteral("users"))->visibleRowCount(),
                              int(server.users().size()), 30000);
    QVERIFY(window.sessionStatus()->profileText().contains(QStringLiteral("test")));
    QCOMPARE(profiles.lastProfileName(), name);

    // Clean up the keychain entry this test created.
    bool removed = false;
    removeProfileWithSecrets(profiles, secrets, name, nullptr,
                             [&removed](const SecretStore::Outcome &o) { removed = o.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
}

QTEST_MAIN(TestProfileSession)
#include "tst_profilesession.moc"
