// tst_secret_audit, the workflow: what a user does, through the window, on a
// saved profile (tst_secret_audit_children.cpp: the other programs). Each step
// only checks that it happened as it should: the scan for secrets is at the end.
#include "SecretAuditTest.h"

#include <BatchDetailView.h>
#include <CreateBatchDialog.h>
#include <IpAllowListEditor.h>
#include <KeyActions.h>
#include <KeysPane.h>
#include <ProfileDialog.h>
#include <RevokeKeyDialog.h>
#include <RotationWizard.h>
#include <SandboxState.h>
#include <ScreenshotRenderer.h>
#include <SecretClipboard.h>
#include <SecretRevealDialog.h>
#include <SettleDialog.h>
#include <SettlementPane.h>
#include <UserActions.h>
#include <UserDialogs.h>
#include <UsersPane.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace prime;
using namespace prime::ui;
using namespace secretaudit;

void TestSecretAudit::harvest()
{
    const auto take = [this](sandbox::SandboxServer *server, const QString &origin) {
        if (!server)
            return;
        for (const auto &k : server->state().keys) {
            QString label;
            if (k->kind == sandbox::KeyRecord::Kind::Admin)
                label = origin.isEmpty() ? QStringLiteral("the profile secret") : origin + QStringLiteral(" admin secret");
            else if (k->kind == sandbox::KeyRecord::Kind::AdminReadOnly)
                label = (origin.isEmpty() ? QStringLiteral("sandbox") : origin) + QStringLiteral(" read-only admin secret");
            else
                label = QString(origin + QStringLiteral(" key %1 of user %2").arg(k->id, k->userId)).trimmed();
            m_scanner.add(label, bytesOf(k->secret));
        }
    };
    take(m_server.get(), {});
    take(m_shotServer.data(), QStringLiteral("screenshot sandbox"));
}

QByteArray TestSecretAudit::serverSecret(const QString &keyId) const
{
    const sandbox::KeyRecord *k = m_server->state().keyById(keyId);
    return k ? bytesOf(k->secret) : QByteArray();
}

ConnectionProfile TestSecretAudit::profile() const
{
    return m_profiles->profile(kProfileName).value_or(ConnectionProfile{});
}

QByteArray TestSecretAudit::keychainSecret(const QString &entry) const
{
    SecretBytes s;
    return keychaintest::read(*m_secrets, entry, &s).ok() ? bytesOf(s) : QByteArray();
}

bool TestSecretAudit::waitIdle() const
{
    return QTest::qWaitFor([this] {
        const QList<Pane *> panes = m_window->panes();
        return m_window->session() && m_window->session()->pendingCount() == 0
               && std::none_of(panes.cbegin(), panes.cend(), [](Pane *p) { return p->isBusy(); });
    }, 30000);
}

bool TestSecretAudit::copyAndWaitForClear(SecretRevealDialog *d, const QByteArray &secret, QString *why)
{
    d->clipboard()->setClearDelayMs(kClipboardMs);
    QSignalSpy cleared(d->clipboard(), &SecretClipboard::cleared);
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("copySecretButton")), Qt::LeftButton);
    if (!clipboardBytes().contains(secret))
        return *why = QStringLiteral("the copy button did not put the secret on the clipboard"), false;
    if (!cleared.wait(kClipboardMs * 20))
        return *why = QStringLiteral("the clipboard was not cleared after its delay"), false;
    const QStringList left = m_scanner.scan(clipboardBytes(), QStringLiteral("clipboard after the delay"));
    *why = left.join(u'\n');
    return left.isEmpty();
}

void TestSecretAudit::keepOutput(const QString &name, const Child &run)
{
    m_childOutput.append({name + QStringLiteral(" stdout"), run.out});
    m_childOutput.append({name + QStringLiteral(" stderr"), run.err});
}

void TestSecretAudit::addProfileWithSecret()
{
    m_paints = std::make_unique<PaintWatch>(&m_scanner);
    m_profiles = std::make_unique<ProfileStore>(ProfileStore::defaultSettingsPath());
    m_secrets = std::make_unique<SecretStore>();
    m_audit = std::make_unique<AuditLog>(AuditLog::defaultPath());
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_secrets.get(), m_audit.get());
    m_window->restoreSettings();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    m_window->showConnectDialog();
    auto *dialog = m_window->findChild<ProfileDialog *>();
    QVERIFY(dialog);
    const auto field = [dialog](const char *name) { return dialog->findChild<QLineEdit *>(QLatin1StringView(name)); };
    QTest::keyClicks(field("profileName"), kProfileName);
    field("profileUrl")->clear();
    QTest::keyClicks(field("profileUrl"), m_server->url().toString());
    QTest::keyClicks(field("profileApiKey"), m_server->adminCredentials().apiKey);
    QTest::keyClicks(field("profileSecret"), QString::fromLatin1(kProfileSecret)); // typed (or pasted) by the user
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([&] { return dialog->resultText().contains(QStringLiteral("It works")); }, 30000),
             qPrintable(dialog->resultText()));
    QSignalSpy saved(dialog, &ProfileDialog::profileSaved);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY2(saved.wait(30000), qPrintable(dialog->resultText()));
    QVERIFY(QTest::qWaitFor([&] { return m_window->session() != nullptr; }, 30000));
    QVERIFY(waitIdle());
    QCOMPARE(m_window->session()->profile().name, kProfileName);
    QVERIFY(keychainSecret(profile().secretEntry()) == kProfileSecret);
}

void TestSecretAudit::createUser()
{
    QVERIFY(m_window && m_window->session());
    m_window->setCurrentPane(QStringLiteral("users"));
    UserActions *actions = pane<UsersPane>("users")->actions();
    actions->createAction()->trigger();
    UserDialog *d = actions->dialog();
    QVERIFY(d);
    QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("nameField")), QStringLiteral("Audit Desk"));
    auto *role = d->findChild<QComboBox *>(QStringLiteral("roleChoice"));
    role->setCurrentIndex(role->findData(QStringLiteral("Trader")));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("submitButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !actions->dialog(); }, 20000));
    for (const ApiUser &u : m_server->users())
        if (u.name == QStringLiteral("Audit Desk"))
            m_userId = u.id;
    QVERIFY(!m_userId.isEmpty());
    QVERIFY(waitIdle());
}

void TestSecretAudit::issueKeyAndCopyIt()
{
    QVERIFY(!m_userId.isEmpty());
    m_window->setCurrentPane(QStringLiteral("keys"));
    auto *keys = pane<KeysPane>("keys");
    keys->showUser(m_userId);
    KeyActions *actions = keys->actions();
    QVERIFY(QTest::qWaitFor([&] { return actions->issueAction()->isEnabled(); }, 10000));
    actions->issueAction()->trigger();
    QVERIFY(QTest::qWaitFor([&] { return actions->secretDialog() != nullptr; }, 30000));
    SecretRevealDialog *d = actions->secretDialog();
    QVERIFY(QTest::qWaitForWindowExposed(d));
    m_keyId = d->findChild<QLineEdit *>(QStringLiteral("keyIdField"))->text();
    const QByteArray secret = serverSecret(m_keyId);
    QVERIFY(!secret.isEmpty());
    harvest();
    QVERIFY(keychainSecret(profile().userKeySecretEntry(m_userId, m_keyId)) == secret);
    // On screen the secret is masked; the dialog as --screenshots draws it goes to the home.
    QVERIFY(!d->findChild<QLineEdit *>(QStringLiteral("secretField"))->displayText().toLatin1().contains(secret));
    QVERIFY(QDir().mkpath(g_dirs->home + QStringLiteral("/screenshots")));
    QVERIFY(ScreenshotRenderer::renderWindow(m_window.get(), d)
                .save(g_dirs->home + QStringLiteral("/screenshots/workflow-secret-dialog.png")));
    QString why;
    QVERIFY2(copyAndWaitForClear(d, secret, &why), qPrintable(why));
    d->findChild<QCheckBox *>(QStringLiteral("storedCheck"))->setChecked(true);
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("doneButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return actions->secretDialog() == nullptr; }, 10000));
    QVERIFY(waitIdle());
}

void TestSecretAudit::editAllowList()
{
    QVERIFY(!m_keyId.isEmpty());
    auto *keys = pane<KeysPane>("keys");
    QVERIFY(keys->selectKey(m_userId, m_keyId));
    KeyActions *actions = keys->actions();
    actions->allowListAction()->trigger();
    IpAllowListEditor *e = actions->allowListEditor();
    QVERIFY(e);
    e->setRows({QStringLiteral("203.0.113.7"), QStringLiteral("2001:db8::/32")});
    QTest::mouseClick(e->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return actions->allowListEditor() == nullptr; }, 20000));
    const sandbox::KeyRecord *k = m_server->state().keyById(m_keyId);
    QVERIFY(k);
    QCOMPARE(k->whitelistedIps, (QStringList{QStringLiteral("203.0.113.7"), QStringLiteral("2001:db8::/32")}));
    QVERIFY(waitIdle());
}

void TestSecretAudit::rotateKey()
{
    QVERIFY(!m_keyId.isEmpty());
    auto *keys = pane<KeysPane>("keys");
    QVERIFY(keys->selectKey(m_userId, m_keyId));
    KeyActions *actions = keys->actions();
    actions->rotateAction()->trigger();
    RotationWizard *w = actions->rotationWizard();
    QVERIFY(w);
    QSignalSpy resolved(w, &RotationWizard::resolved);
    QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return w->secretDialog() != nullptr; }, 30000));
    SecretRevealDialog *d = w->secretDialog();
    m_rotatedKeyId = d->findChild<QLineEdit *>(QStringLiteral("keyIdField"))->text();
    const QByteArray secret = serverSecret(m_rotatedKeyId);
    QVERIFY(!secret.isEmpty());
    harvest();
    QString why;
    QVERIFY2(copyAndWaitForClear(d, secret, &why), qPrintable(why));
    d->findChild<QCheckBox *>(QStringLiteral("storedCheck"))->setChecked(true);
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("doneButton")), Qt::LeftButton);
    QVERIFY(resolved.wait(30000));
    QVERIFY(!m_server->state().keyById(m_keyId)); // the old key is revoked...
    QVERIFY(keychainSecret(profile().userKeySecretEntry(m_userId, m_keyId)).isEmpty()); // ...and forgotten
    QVERIFY(keychainSecret(profile().userKeySecretEntry(m_userId, m_rotatedKeyId)) == secret);
    w->close();
    QVERIFY(waitIdle());
}

void TestSecretAudit::revokeKey()
{
    QVERIFY(!m_rotatedKeyId.isEmpty());
    auto *keys = pane<KeysPane>("keys");
    QVERIFY(QTest::qWaitFor([&] { return keys->selectKey(m_userId, m_rotatedKeyId); }, 10000));
    KeyActions *actions = keys->actions();
    actions->revokeAction()->trigger();
    RevokeKeyDialog *d = actions->revokeDialog();
    QVERIFY(d);
    QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("confirmField")), m_rotatedKeyId);
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("revokeButton")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return actions->revokeDialog() == nullptr; }, 20000));
    QVERIFY(!m_server->state().keyById(m_rotatedKeyId));
    QVERIFY(QTest::qWaitFor([&] {
        return keychainSecret(profile().userKeySecretEntry(m_userId, m_rotatedKeyId)).isEmpty();
    }, 10000));
    QVERIFY(waitIdle());
}

void TestSecretAudit::createBatchAndSettleLeg()
{
    QVERIFY(m_window && m_window->session());
    m_server->bookTrade(QStringLiteral("BTC"), QStringLiteral("0.5"));
    m_server->bookTrade(QStringLiteral("USD"), QStringLiteral("-21000.50"));
    m_window->setCurrentPane(QStringLiteral("settlement"));
    auto *settlement = pane<SettlementPane>("settlement");
    QVERIFY(waitIdle());
    settlement->showCreateBatchDialog();
    auto *create = settlement->findChild<CreateBatchDialog *>();
    QVERIFY(create);
    QVERIFY(QTest::qWaitFor([&] { return create->createButton()->isEnabled(); }, 10000));
    QTest::mouseClick(create->createButton(), Qt::LeftButton);
    QVERIFY(waitIdle());
    QVERIFY(settlement->isDetailShown() && settlement->detail()->batch());
    const QString id = settlement->detail()->batch()->id;
    m_server->advanceClock(sandbox::SandboxOptions().confirmDelayMs);
    settlement->openBatch(id);
    QVERIFY(QTest::qWaitFor([&] { return settlement->detail()->batch() && settlement->detail()->batch()->confirmed; }, 10000));
    settlement->detail()->selectAsset(QStringLiteral("BTC"));
    auto *settle = settlement->detail()->findChild<QPushButton *>(QStringLiteral("settleLeg"));
    QVERIFY(settle && settle->isEnabled());
    QTest::mouseClick(settle, Qt::LeftButton);
    SettleDialog *question = settlement->detail()->pendingDialog();
    QVERIFY(question);
    QTest::mouseClick(question->settleButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !settlement->detail()->isSettling(); }, 20000));
    QCOMPARE(m_server->transferCount(id, QStringLiteral("BTC")), 1);
    QVERIFY(waitIdle());
}
