// Keyboard-only operation of the Users and Keys workflows against the in-process
// sandbox, driven only by key presses on the focused widget (shortcuts, Tab,
// arrows, mnemonics, the Menu key and Shift+F10): create a user, change its role
// and disable it, issue a key through the show-once dialog and revoke it by
// typing its id, edit an allow-list, rotate a key. Each checks the sandbox.
#include "AccessibilityChecks.h"

using namespace a11ytest;

class TestKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase() { isolateSettings(m_settingsDir, QStringLiteral("tst_keyboard")); }

    void keyboardCreatesAUser();
    void keyboardChangesRoleAndDisablesAUser();
    void keyboardIssuesAndRevokesAKey();
    void keyboardEditsAnAllowList();
    void keyboardRotatesAKey();
};

void TestKeyboard::keyboardCreatesAUser()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    const int before = int(f.sandbox()->users().size());
    QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier); // the Users view
    QCOMPARE(f.window->currentPane()->key(), QStringLiteral("users"));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : f.window.get(), Qt::Key_N,
                    Qt::ControlModifier); // "New user…"
    UserDialog *d = usersPane(f)->actions()->dialog();
    QVERIFY(d);
    QVERIFY(activate(d)); // as a window manager activates a new dialog
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("nameField"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Keyboard Desk"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("roleChoice"));
    auto *role = qobject_cast<QComboBox *>(QApplication::focusWidget());
    const QString chosen = role->itemData(role->currentIndex() == 0 ? 1 : 0).toString();
    QTest::keyClick(role, role->currentIndex() == 0 ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(role->currentData().toString(), chosen);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the default button: Create user
    QVERIFY(QTest::qWaitFor([&] { return !usersPane(f)->actions()->dialog(); }, 15000));
    QCOMPARE(int(f.sandbox()->users().size()), before + 1);
    bool found = false;
    for (const ApiUser &u : f.sandbox()->users())
        found = found || (u.name == QStringLiteral("Keyboard Desk") && u.role() == chosen);
    QVERIFY(found);
}


void TestKeyboard::keyboardChangesRoleAndDisablesAUser()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
    UsersPane *pane = usersPane(f);
    RecordTableView *view = pane->view();
    QVERIFY(tabTo(f.window.get(), view));
    QTest::keyClick(view, Qt::Key_Home);
    auto current = [&] {
        const QString id = view->currentIndex().data(models::IdRole).toString();
        for (const ApiUser &u : f.sandbox()->users())
            if (u.id == id)
                return u;
        return ApiUser();
    };
    for (int i = 0; i < 30 && !current().isEnabled(); ++i)
        QTest::keyClick(view, Qt::Key_Down);
    const ApiUser user = current();
    QVERIFY(user.isEnabled());
    const QString newRole = user.role() == QLatin1String("Viewer") ? QStringLiteral("Trader") : QStringLiteral("Viewer");

    QVERIFY(contextMenuPick(view, Qt::Key_R)); // "Change &role…"
    UserDialog *d = pane->actions()->dialog();
    QVERIFY(d);
    QVERIFY(activate(d));
    auto *role = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(role);
    QTest::keyClick(role, newRole == QLatin1String("Trader") ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(role->currentData().toString(), newRole);
    QTest::keyClick(role, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return !pane->actions()->dialog(); }, 15000));
    QCOMPARE(current().role(), newRole);

    QVERIFY(activate(f.window.get()));
    QCOMPARE(QApplication::focusWidget(), view);
    QVERIFY(contextMenuPick(view, Qt::Key_D)); // "&Disable…"
    d = pane->actions()->dialog();
    QVERIFY(d);
    QCOMPARE(d->mode(), UserDialog::Mode::Disable);
    QVERIFY(activate(d));
    // The button says what disabling does, for a screen reader too.
    auto *submit = d->findChild<QPushButton *>(QStringLiteral("submitButton"));
    QVERIFY(submit->accessibleDescription().contains(QStringLiteral("stops working")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([&] { return !pane->actions()->dialog(); }, 15000));
    QCOMPARE(current().status, QStringLiteral("Disabled"));
}


void TestKeyboard::keyboardIssuesAndRevokesAKey()
{
    GuiFixture f;
    f.secrets.setTimeoutMs(5000);
    QVERIFY(openSandbox(f));
    QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier); // the Keys view
    KeysPane *pane = keysPane(f);
    QCOMPARE(f.window->currentPane(), pane);
    // Alt+U focuses the user choice; the first named user with an enabled account gets the key.
    QTest::keyClick(f.window.get(), Qt::Key_U, Qt::AltModifier);
    auto *choice = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(choice);
    QCOMPARE(choice->objectName(), QStringLiteral("keysUserChoice"));
    // Down to a user who has a key already, so the table will hold two rows.
    for (int i = 0; i < 20 && (pane->shownUser().isEmpty() || f.sandbox()->keys(pane->shownUser()).isEmpty()); ++i)
        QTest::keyClick(choice, Qt::Key_Down);
    const QString userId = pane->shownUser();
    QVERIFY(!userId.isEmpty());
    const int before = int(f.sandbox()->keys(userId).size());

    QTest::keyClick(choice, Qt::Key_N, Qt::ControlModifier); // "Issue key…"
    KeyActions *actions = pane->actions();
    QVERIFY(QTest::qWaitFor([&] { return actions->secretDialog() != nullptr; }, 30000));
    SecretRevealDialog *secret = actions->secretDialog();
    QVERIFY(activate(secret)); // as a window manager activates a new dialog
    QCOMPARE(int(f.sandbox()->keys(userId).size()), before + 1);
    const QString keyId = secret->findChild<QLineEdit *>(QStringLiteral("keyIdField"))->text();
    // Escape does not lose the secret: the dialog asks first.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(secret->isAskingToClose());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_G, Qt::AltModifier); // "&Go back"
    QVERIFY(QTest::qWaitFor([&] { return !secret->isAskingToClose(); }, 2000)); // mnemonics animate a click
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier); // "I have &stored this secret…"
    QVERIFY(QTest::qWaitFor([&] { return secret->confirmedStored(); }, 2000));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier); // "&Done"
    QVERIFY(QTest::qWaitFor([&] { return actions->secretDialog() == nullptr; }, 5000));
    QVERIFY(activate(f.window.get())); // the window manager gives the focus back

    // To the keys table with Tab, down to the new key, then the context menu key.
    RecordTableView *view = pane->view();
    for (int i = 0; i < 20 && QApplication::focusWidget() != view; ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : f.window.get(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), view);
    auto currentKey = [&] { return view->currentIndex().siblingAtColumn(models::KeysModel::KeyId).data().toString(); };
    QTest::keyClick(view, Qt::Key_Home);
    for (int i = 0; i < 50 && currentKey() != keyId; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(currentKey(), keyId);
    // The Menu key: the platform turns it into a keyboard context menu event at the
    // mouse cursor (here over another row); the menu is about the current row.
    QVERIFY(view->model()->rowCount() > 1);
    const int other = view->currentIndex().row() == 0 ? 1 : 0;
    const QPoint elsewhere = view->visualRect(view->model()->index(other, 0)).center();
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, elsewhere, view->viewport()->mapToGlobal(elsewhere));
    QApplication::sendEvent(view->viewport(), &menuKey);
    QVERIFY(QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()) != nullptr; }, 2000));
    QCOMPARE(currentKey(), keyId);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().first().row(), view->currentIndex().row());
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([] { return QApplication::activePopupWidget() == nullptr; }, 2000));
    // Shift+F10 does the same from the keyboard alone.
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QVERIFY(QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()) != nullptr; }, 2000));
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_V); // "Re&voke…"
    QVERIFY(QTest::qWaitFor([&] { return actions->revokeDialog() != nullptr; }, 2000));
    RevokeKeyDialog *revoke = actions->revokeDialog();
    QVERIFY(activate(revoke)); // as a window manager activates a new dialog
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("confirmField"));
    // Until the whole id is typed, Enter does nothing.
    QTest::keyClicks(QApplication::focusWidget(), keyId.chopped(1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(actions->revokeDialog(), revoke);
    QVERIFY(!revoke->findChild<QPushButton *>(QStringLiteral("revokeButton"))->isEnabled());
    QCOMPARE(int(f.sandbox()->keys(userId).size()), before + 1);
    QTest::keyClicks(QApplication::focusWidget(), keyId.right(1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("revokeButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(QTest::qWaitFor([&] { return actions->revokeDialog() == nullptr; }, 15000));
    const QList<ApiKey> after = f.sandbox()->keys(userId);
    QVERIFY(std::none_of(after.cbegin(), after.cend(), [&](const ApiKey &k) { return k.id == keyId; }));
    QCOMPARE(int(after.size()), before);
}


void TestKeyboard::keyboardEditsAnAllowList()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
    KeysPane *pane = keysPane(f);
    ApiKey key;
    QVERIFY(selectDemoKey(f, &key)); // the row the user would have reached with the arrows
    QVERIFY(tabTo(f.window.get(), pane->view()));
    QVERIFY(contextMenuPick(pane->view(), Qt::Key_A)); // "IP &allow-list…"
    IpAllowListEditor *editor = pane->actions()->allowListEditor();
    QVERIFY(editor);
    QVERIFY(activate(editor));
    const int rows = editor->rows().size();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier); // "&Add row" edits the new row
    QVERIFY(QTest::qWaitFor([&] { return editor->rows().size() == rows + 1; }, 2000));
    QVERIFY(QTest::qWaitFor([] { return qobject_cast<QLineEdit *>(QApplication::focusWidget()) != nullptr; }, 2000));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("198.51.100.0/24"));
    // Enter ends the editing of the row; it does not send the list.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::qWait(100);
    QCOMPARE(pane->actions()->allowListEditor(), editor);
    QVERIFY(editor->rows().contains(QStringLiteral("198.51.100.0/24")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier); // "&Save"
    QVERIFY(QTest::qWaitFor([&] { return pane->actions()->allowListEditor() == nullptr; }, 15000));
    for (const ApiKey &k : f.sandbox()->keys(key.userId))
        if (k.id == key.id)
            QVERIFY(k.whitelistedIps.contains(QStringLiteral("198.51.100.0/24")));
}


void TestKeyboard::keyboardRotatesAKey()
{
    GuiFixture f;
    f.secrets.setTimeoutMs(5000);
    QVERIFY(openSandbox(f));
    QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
    KeysPane *pane = keysPane(f);
    ApiKey key;
    QVERIFY(selectDemoKey(f, &key));
    const int before = int(f.sandbox()->keys(key.userId).size());
    QVERIFY(tabTo(f.window.get(), pane->view()));
    QVERIFY(contextMenuPick(pane->view(), Qt::Key_O)); // "R&otate…"
    RotationWizard *wizard = pane->actions()->rotationWizard();
    QVERIFY(wizard);
    QVERIFY(activate(wizard));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier); // "&Start rotation"
    SecretRevealDialog *secret = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (secret = wizard->findChild<SecretRevealDialog *>()) != nullptr; }, 30000));
    QVERIFY(activate(secret));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier); // "I have &stored this secret…"
    QVERIFY(QTest::qWaitFor([&] { return secret->confirmedStored(); }, 2000));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_D, Qt::AltModifier); // "&Done"
    QVERIFY(QTest::qWaitFor([&] { return wizard->findChild<SecretRevealDialog *>() == nullptr; }, 5000));
    // The old key is revoked, the new one replaces it.
    QVERIFY(QTest::qWaitFor([&] {
        const QList<ApiKey> keys = f.sandbox()->keys(key.userId);
        return int(keys.size()) == before
               && std::none_of(keys.cbegin(), keys.cend(), [&](const ApiKey &k) { return k.id == key.id; });
    }, 30000));
    QVERIFY(QTest::qWaitFor([&] { return wizard->isResolved(); }, 10000));
    QVERIFY(activate(wizard));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // closes the finished wizard
    QVERIFY(QTest::qWaitFor([&] { return pane->actions()->rotationWizard() == nullptr; }, 5000));
}


QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
