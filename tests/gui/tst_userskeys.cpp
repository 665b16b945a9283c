// The Users and Keys panes against the in-process sandbox and a real keychain:
// create a user, change its role, disable it; issue a key and find its secret
// in the keychain; edit an allow-list with invalid entries rejected; revoke with
// type-to-confirm; rotate a key through the wizard. Audit lines for each.
#include "GuiTestSupport.h"
#include "KeychainTestSupport.h"

#include <IpAllowListEditor.h>
#include <KeyActions.h>
#include <KeysModel.h>
#include <KeysPane.h>
#include <MessageBar.h>
#include <PrimeClient.h>
#include <RecordTableView.h>
#include <RevokeKeyDialog.h>
#include <RotationJournal.h>
#include <RotationRecovery.h>
#include <RotationWizard.h>
#include <SecretRevealDialog.h>
#include <UserActions.h>
#include <UserDialogs.h>
#include <UsersModel.h>
#include <UsersPane.h>

#include <QAbstractProxyModel>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace prime;
using namespace prime::ui;

class TestUsersKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    static bool openSandbox(GuiFixture &f)
    {
        f.window->startSandbox();
        return f.window->session() && waitIdle(f);
    }

    static bool waitIdle(GuiFixture &f)
    {
        return QTest::qWaitFor([&f] {
            const QList<Pane *> panes = f.window->panes();
            return f.window->session()->pendingCount() == 0
                   && std::none_of(panes.cbegin(), panes.cend(), [](Pane *p) { return p->isBusy(); });
        }, 20000);
    }

    static UsersPane *usersPane(GuiFixture &f) { return qobject_cast<UsersPane *>(f.window->pane(QStringLiteral("users"))); }
    static KeysPane *keysPane(GuiFixture &f) { return qobject_cast<KeysPane *>(f.window->pane(QStringLiteral("keys"))); }

    static QStringList operations(GuiFixture &f)
    {
        QStringList ops;
        for (const AuditEntry &e : f.audit.entries())
            ops << e.operation;
        return ops;
    }

    static ConnectionProfile profileOf(GuiFixture &f)
    {
        ConnectionProfile p;
        p.name = f.window->session()->profile().name;
        p.baseUrl = f.window->session()->profile().baseUrl;
        return p;
    }

    // A sandbox user with one key and an allow-list, selected in the Keys pane.
    static bool selectDemoKey(GuiFixture &f, ApiKey *out)
    {
        for (const ApiUser &u : f.sandbox()->users()) {
            const QList<ApiKey> keys = f.sandbox()->keys(u.id);
            if (u.isEnabled() && !keys.isEmpty()) {
                *out = keys.first();
                out->userId = u.id;
                keysPane(f)->showUser(u.id);
                return keysPane(f)->selectKey(u.id, out->id);
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("PrimeAdminTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_userskeys"));
        const QString problem = keychaintest::keychainProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
    }

    void createChangeRoleDisable();
    void issueKeyStoresSecretInKeychain();
    void allowListRejectsInvalidEntries();
    void revokeNeedsTypedKeyId();
    void rotateFromKeysPane();
    void ambiguousCreateUserIsReread();
    void ambiguousRevokeIsReread();
    void unfinishedRotationIsOffered();
};

void TestUsersKeys::createChangeRoleDisable()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    UsersPane *pane = usersPane(f);
    UserActions *actions = pane->actions();
    const int before = int(f.sandbox()->users().size());

    QVERIFY(actions->createAction()->isEnabled());
    actions->createAction()->trigger();
    UserDialog *d = actions->dialog();
    QVERIFY(d);
    d->findChild<QLineEdit *>(QStringLiteral("nameField"))->setText(QStringLiteral("Desk Bot"));
    auto *role = d->findChild<QComboBox *>(QStringLiteral("roleChoice"));
    role->setCurrentIndex(role->findData(QStringLiteral("Viewer")));
    auto *submit = d->findChild<QPushButton *>(QStringLiteral("submitButton"));
    submit->click();
    QVERIFY(!submit->isEnabled()); // in flight
    QVERIFY(!actions->createAction()->isEnabled());
    QVERIFY(QTest::qWaitFor([&] { return !actions->dialog(); }, 15000));
    QCOMPARE(int(f.sandbox()->users().size()), before + 1);
    QString id;
    for (const ApiUser &u : f.sandbox()->users())
        if (u.name == QStringLiteral("Desk Bot"))
            id = u.id;
    QVERIFY(!id.isEmpty());
    auto *model = qobject_cast<models::UsersModel *>(
        qobject_cast<QAbstractProxyModel *>(pane->view()->model())->sourceModel());
    QVERIFY(model);
    QVERIFY(model->rowOf(id) >= 0);
    QCOMPARE(model->record(model->rowOf(id)).role(), QStringLiteral("Viewer"));
    QCOMPARE(f.window->messageBar()->kind(), MessageBar::Kind::Information);

    // Change role: exactly one row changes.
    QVERIFY(pane->selectUser(id));
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    actions->roleAction()->trigger();
    d = actions->dialog();
    QVERIFY(d);
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("consequenceLabel")));
    role = d->findChild<QComboBox *>(QStringLiteral("roleChoice"));
    role->setCurrentIndex(role->findData(QStringLiteral("Trader")));
    d->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
    QVERIFY(QTest::qWaitFor([&] { return !actions->dialog(); }, 15000));
    QCOMPARE(reset.size(), 0);
    QVERIFY(changed.size() >= 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model->rowOf(id));
    QCOMPARE(changed.first().at(1).toModelIndex().row(), model->rowOf(id));
    QCOMPARE(model->record(model->rowOf(id)).role(), QStringLiteral("Trader"));

    // Rename: the row follows the server's answer.
    actions->renameAction()->trigger();
    d = actions->dialog();
    QVERIFY(d);
    d->findChild<QLineEdit *>(QStringLiteral("nameField"))->setText(QStringLiteral("Desk Bot 2"));
    d->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
    QVERIFY(QTest::qWaitFor([&] { return !actions->dialog(); }, 15000));
    QCOMPARE(model->record(model->rowOf(id)).name, QStringLiteral("Desk Bot 2"));

    // Disable: the dialog spells out that the keys stop working.
    actions->enableAction()->trigger();
    d = actions->dialog();
    QVERIFY(d);
    QCOMPARE(d->mode(), UserDialog::Mode::Disable);
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("consequenceLabel"))->text().contains(QStringLiteral("stops working")));
    d->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
    QVERIFY(QTest::qWaitFor([&] { return !actions->dialog(); }, 15000));
    for (const ApiUser &u : f.sandbox()->users())
        if (u.id == id)
            QCOMPARE(u.status, QStringLiteral("Disabled"));
    QCOMPARE(model->record(model->rowOf(id)).status, QStringLiteral("Disabled"));
    QCOMPARE(actions->enableAction()->text(), UserActions::tr("&Enable…"));
    QCOMPARE(operations(f), (QStringList{QStringLiteral("CreatePrimeApiUser"), QStringLiteral("UpdatePrimeApiUserRoles"),
                                         QStringLiteral("UpdatePrimeApiUser"), QStringLiteral("UpdatePrimeApiUser")}));
}

void TestUsersKeys::issueKeyStoresSecretInKeychain()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    KeysPane *pane = keysPane(f);
    ApiKey demo;
    QVERIFY(selectDemoKey(f, &demo));
    const QString userId = demo.userId;
    const int before = int(f.sandbox()->keys(userId).size());
    KeyActions *actions = pane->actions();
    QVERIFY(actions->issueAction()->isEnabled());
    actions->issueAction()->trigger();
    QVERIFY(QTest::qWaitFor([&] { return actions->secretDialog() != nullptr; }, 20000));
    SecretRevealDialog *d = actions->secretDialog();
    QCOMPARE(int(f.sandbox()->keys(userId).size()), before + 1);
    const QString keyId = d->findChild<QLineEdit *>(QStringLiteral("keyIdField"))->text();
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("secretStoredNote")));
    const QString shown = d->findChild<QLineEdit *>(QStringLiteral("secretField"))->text();
    SecretBytes stored;
    const QString entry = profileOf(f).userKeySecretEntry(userId, keyId);
    QVERIFY(keychaintest::read(f.secrets, entry, &stored).ok());
    QCOMPARE(QString::fromLatin1(stored.view()), shown);
    // The keys pane marks the key as held by this keychain.
    auto *model = qobject_cast<models::KeysModel *>(
        qobject_cast<QAbstractProxyModel *>(pane->view()->model())->sourceModel());
    const int row = model->rowOf(userId + QLatin1Char('/') + keyId);
    QVERIFY(row >= 0);
    QVERIFY(model->index(row, models::KeysModel::Secret).data(Qt::DisplayRole).toString().contains(QStringLiteral("✔")));
    d->findChild<QCheckBox *>(QStringLiteral("storedCheck"))->setChecked(true);
    d->findChild<QPushButton *>(QStringLiteral("doneButton"))->click();
    QVERIFY(QTest::qWaitFor([&] { return actions->secretDialog() == nullptr; }, 5000));
    QVERIFY(operations(f).contains(QStringLiteral("CreatePrimeApiUserKey")));
    keychaintest::remove(f.secrets, entry);
}

void TestUsersKeys::allowListRejectsInvalidEntries()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    ApiKey demo;
    QVERIFY(selectDemoKey(f, &demo));
    KeyActions *actions = keysPane(f)->actions();
    actions->allowListAction()->trigger();
    IpAllowListEditor *e = actions->allowListEditor();
    QVERIFY(e);
    e->setRows({QStringLiteral("203.0.113.7"), QStringLiteral("999.1.1.1"), QStringLiteral("2001:db8::/32"),
                QStringLiteral("203.0.113.7")});
    auto *save = e->findChild<QPushButton *>(QStringLiteral("saveButton"));
    QCOMPARE(e->invalidCount(), 1);
    QVERIFY(!save->isEnabled());
    e->setRows({QStringLiteral("203.0.113.7"), QStringLiteral("2001:db8::/32"), QStringLiteral("203.0.113.7")});
    QVERIFY(save->isEnabled());
    save->click();
    QVERIFY(QTest::qWaitFor([&] { return actions->allowListEditor() == nullptr; }, 15000));
    QList<ApiKey> keys = f.sandbox()->keys(demo.userId);
    const auto it = std::find_if(keys.cbegin(), keys.cend(), [&](const ApiKey &k) { return k.id == demo.id; });
    QVERIFY(it != keys.cend());
    QCOMPARE(it->whitelistedIps, (QStringList{QStringLiteral("203.0.113.7"), QStringLiteral("2001:db8::/32")}));
    QVERIFY(operations(f).contains(QStringLiteral("UpdatePrimeApiUserKey")));
}

void TestUsersKeys::revokeNeedsTypedKeyId()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    ApiKey demo;
    QVERIFY(selectDemoKey(f, &demo));
    KeyActions *actions = keysPane(f)->actions();
    actions->revokeAction()->trigger();
    RevokeKeyDialog *d = actions->revokeDialog();
    QVERIFY(d);
    auto *revoke = d->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("confirmField")), demo.id.left(demo.id.size() - 1));
    QVERIFY(!revoke->isEnabled());
    QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("confirmField")), demo.id.right(1));
    QVERIFY(revoke->isEnabled());
    revoke->click();
    QVERIFY(QTest::qWaitFor([&] { return actions->revokeDialog() == nullptr; }, 15000));
    const QList<ApiKey> keys = f.sandbox()->keys(demo.userId);
    QVERIFY(std::none_of(keys.cbegin(), keys.cend(), [&](const ApiKey &k) { return k.id == demo.id; }));
    QVERIFY(keysPane(f)->visibleRowCount() == keys.size());
    QVERIFY(operations(f).contains(QStringLiteral("DeletePrimeApiUserKey")));
}

void TestUsersKeys::rotateFromKeysPane()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    ApiKey demo;
    QVERIFY(selectDemoKey(f, &demo));
    const QStringList ips = [&] {
        for (const ApiKey &k : f.sandbox()->keys(demo.userId))
            if (k.id == demo.id)
                return k.whitelistedIps;
        return QStringList();
    }();
    KeyActions *actions = keysPane(f)->actions();
    actions->rotateAction()->trigger();
    RotationWizard *w = actions->rotationWizard();
    QVERIFY(w);
    QSignalSpy resolved(w, &RotationWizard::resolved);
    w->findChild<QPushButton *>(QStringLiteral("startButton"))->click();
    QVERIFY(QTest::qWaitFor([&] { return w->secretDialog() != nullptr; }, 20000));
    QVERIFY(f.sandbox()->keys(demo.userId).size() >= 2); // the old key stays until the new secret is safe
    w->secretDialog()->findChild<QCheckBox *>(QStringLiteral("storedCheck"))->setChecked(true);
    w->secretDialog()->findChild<QPushButton *>(QStringLiteral("doneButton"))->click();
    QVERIFY(resolved.wait(20000));
    const QString newId = w->rotation()->newKey()->id;
    const QList<ApiKey> keys = f.sandbox()->keys(demo.userId);
    QVERIFY(std::none_of(keys.cbegin(), keys.cend(), [&](const ApiKey &k) { return k.id == demo.id; }));
    const auto it = std::find_if(keys.cbegin(), keys.cend(), [&](const ApiKey &k) { return k.id == newId; });
    QVERIFY(it != keys.cend());
    QCOMPARE(it->whitelistedIps, ips);
    const QString entry = profileOf(f).userKeySecretEntry(demo.userId, newId);
    QVERIFY(keychaintest::read(f.secrets, entry).ok());
    QVERIFY(actions->holdsSecret(demo.userId, newId));
    QVERIFY(actions->pendingRotations().isEmpty());
    keychaintest::remove(f.secrets, entry);
}

void TestUsersKeys::ambiguousCreateUserIsReread()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    UserActions *actions = usersPane(f)->actions();
    f.sandbox()->injectFault(QStringLiteral("CreatePrimeApiUser"), sandbox::SandboxServer::Fault::DropAfterApply);
    actions->createAction()->trigger();
    UserDialog *d = actions->dialog();
    QVERIFY(d);
    d->findChild<QLineEdit *>(QStringLiteral("nameField"))->setText(QStringLiteral("Lost Answer"));
    d->findChild<QPushButton *>(QStringLiteral("submitButton"))->click();
    // The answer is lost; the users are re-read and the new user is found: nothing is sent twice.
    QVERIFY(QTest::qWaitFor([&] { return !actions->dialog(); }, 20000));
    QVERIFY(f.window->messageBar()->text().contains(QStringLiteral("applied")));
    const QList<ApiUser> users = f.sandbox()->users();
    QCOMPARE(std::count_if(users.cbegin(), users.cend(), [](const ApiUser &u) { return u.name == QStringLiteral("Lost Answer"); }), 1);
    QCOMPARE(f.audit.entries().size(), 1);
    QCOMPARE(f.audit.entries().first().outcome, AuditEntry::Outcome::Unknown);
}

void TestUsersKeys::ambiguousRevokeIsReread()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    ApiKey demo;
    QVERIFY(selectDemoKey(f, &demo));
    KeyActions *actions = keysPane(f)->actions();
    f.sandbox()->injectFault(QStringLiteral("DeletePrimeApiUserKey"), sandbox::SandboxServer::Fault::DropAfterApply);
    actions->revokeAction()->trigger();
    RevokeKeyDialog *d = actions->revokeDialog();
    QVERIFY(d);
    d->findChild<QLineEdit *>(QStringLiteral("confirmField"))->setText(demo.id);
    d->findChild<QPushButton *>(QStringLiteral("revokeButton"))->click();
    QVERIFY(QTest::qWaitFor([&] { return actions->revokeDialog() == nullptr; }, 20000));
    QVERIFY(f.window->messageBar()->text().contains(QStringLiteral("re-read shows key %1 revoked").arg(demo.id)));
    auto *model = qobject_cast<models::KeysModel *>(
        qobject_cast<QAbstractProxyModel *>(keysPane(f)->view()->model())->sourceModel());
    QCOMPARE(model->rowOf(demo.userId + QLatin1Char('/') + demo.id), -1);
    QCOMPARE(f.audit.entries().size(), 1);
    QCOMPARE(f.audit.entries().first().outcome, AuditEntry::Outcome::Unknown);
}

void TestUsersKeys::unfinishedRotationIsOffered()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    ApiKey demo;
    QVERIFY(selectDemoKey(f, &demo));
    KeyActions *actions = keysPane(f)->actions();
    auto *resumeButton = keysPane(f)->findChild<QWidget *>(QStringLiteral("resumeRotationButton"));
    QVERIFY(resumeButton);
    QVERIFY(resumeButton->isHidden());

    // What a crash right after creating the new key leaves behind: a key whose secret is lost.
    std::optional<Result<CreatedKey>> created;
    f.window->session()->client()->createKey(demo.userId, nullptr, [&](const Result<CreatedKey> &r) { created = r; });
    QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, 15000) && created->ok());
    RotationRecord record;
    record.profile = f.window->session()->profile().name;
    record.baseUrl = SecretStore::normalizedBaseUrl(f.window->session()->profile().baseUrl);
    record.userId = demo.userId;
    record.oldKeyId = demo.id;
    record.newKeyId = created->value->key.id;
    record.step = QStringLiteral("keep_secret");
    for (const ApiKey &k : f.sandbox()->keys(demo.userId))
        if (k.id != record.newKeyId)
            record.keyIdsBefore << k.id;
    RotationJournal journal(RotationJournal::defaultPath());
    QVERIFY(journal.save(record));

    // A session on that server offers it (as after a restart).
    keysPane(f)->setSession(f.window->session());
    QVERIFY(f.window->messageBar()->text().contains(QStringLiteral("did not finish")));
    QVERIFY(!resumeButton->isHidden());
    QCOMPARE(actions->pendingRotations().size(), 1);
    actions->resumeAction()->trigger();
    RotationWizard *w = actions->rotationWizard();
    QVERIFY(w);
    auto *rollBack = w->findChild<QPushButton *>(QStringLiteral("rollBackButton"));
    QVERIFY(QTest::qWaitFor([&] { return rollBack->isEnabled(); }, 15000));
    QVERIFY(!w->findChild<QPushButton *>(QStringLiteral("resumeButton"))->isEnabled()); // the new secret is lost
    QVERIFY(w->recovery()->assessment().leftovers.contains(record.newKeyId));
    rollBack->click();
    QVERIFY(QTest::qWaitFor([&] { return actions->pendingRotations().isEmpty(); }, 15000));
    QVERIFY(QTest::qWaitFor([&] { return resumeButton->isHidden(); }, 5000));
    const QList<ApiKey> keys = f.sandbox()->keys(demo.userId);
    QVERIFY(std::none_of(keys.cbegin(), keys.cend(), [&](const ApiKey &k) { return k.id == record.newKeyId; }));
    QVERIFY(std::any_of(keys.cbegin(), keys.cend(), [&](const ApiKey &k) { return k.id == demo.id; }));
    QVERIFY(operations(f).contains(QStringLiteral("DeletePrimeApiUserKey")));
}

QTEST_MAIN(TestUsersKeys)
#include "tst_userskeys.moc"
