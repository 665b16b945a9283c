// Keyboard-only operation against the in-process sandbox: the legs chart by
// arrow keys (focus frame, tooltip, accessible value), and the main workflows
// driven only by key presses on the focused widget: create a user, issue a key
// through the show-once dialog and revoke it by typing its id (reached by the
// Menu key and Shift+F10), settle a leg. Each checks the sandbox's state.
#include "AccessibilityChecks.h"

using namespace a11ytest;

class TestKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("PrimeAdminTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
    }

    void legsChartWorksFromTheKeyboard();
    void keyboardCreatesAUser();
    void keyboardIssuesAndRevokesAKey();
    void keyboardSettlesALeg();
    void keyboardChangesRoleAndDisablesAUser();
    void keyboardEditsAnAllowList();
    void keyboardSettlesAllEligibleLegs();
    void keyboardCreatesABatch();
    void keyboardRotatesAKey();
};

void TestKeyboard::legsChartWorksFromTheKeyboard()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    const std::optional<Batch> batch = openDemoBatch(f);
    QVERIFY(batch);
    f.window->setCurrentPane(QStringLiteral("settlement"));
    QVERIFY(settlementPane(f)->openBatch(batch->id));
    QVERIFY(waitIdle(f));
    BatchDetailView *detail = settlementPane(f)->detail();
    LegsChart *chart = detail->chart();
    QVERIFY(chart->focusPolicy() & Qt::TabFocus);
    // Tab reaches the chart.
    for (int i = 0; i < 30 && QApplication::focusWidget() != chart; ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : f.window.get(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), chart);
    QTest::keyClick(chart, Qt::Key_Home);
    QCOMPARE(detail->selectedAsset(), chart->legs().first().asset);
    QTest::keyClick(chart, Qt::Key_Down);
    QCOMPARE(detail->selectedAsset(), chart->legs().at(1).asset);
    QCOMPARE(chart->highlightedRow(), 1);
    QVERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(chart->legs().at(1).asset));
    // A visible focus frame (the highlight colour) runs along the current leg's row.
    const QColor highlight = chart->palette().color(QPalette::Highlight);
    const int rowY = chart->barRect(1).center().y();
    QCOMPARE(chart->grab().toImage().pixelColor(2, rowY), highlight);
    // Assistive technology hears the leg the keyboard is on.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart);
    QCOMPARE(iface->role(), QAccessible::Chart);
    QCOMPARE(iface->text(QAccessible::Value), chart->legDescription(1));
    QVERIFY(iface->text(QAccessible::Value).startsWith(chart->legs().at(1).asset + QLatin1Char(' ')));
    QTest::keyClick(chart, Qt::Key_End);
    QCOMPARE(detail->selectedAsset(), chart->legs().last().asset);
    QTest::keyClick(chart, Qt::Key_Up);
    QCOMPARE(chart->highlightedRow(), int(chart->legs().size()) - 2);
    // Without the focus there is no frame.
    QTest::keyClick(chart, Qt::Key_Tab);
    QVERIFY(!chart->hasFocus());
    QVERIFY(chart->grab().toImage().pixelColor(2, chart->barRect(chart->highlightedRow()).center().y()) != highlight);
    // Selecting in the table moves the chart's highlight too.
    detail->selectAsset(chart->legs().first().asset);
    QCOMPARE(chart->highlightedRow(), 0);
}


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


void TestKeyboard::keyboardSettlesALeg()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    const std::optional<Batch> batch = openDemoBatch(f);
    QVERIFY(batch);
    QTest::keyClick(f.window.get(), Qt::Key_3, Qt::ControlModifier); // the Settlement view
    SettlementPane *pane = settlementPane(f);
    QCOMPARE(f.window->currentPane(), pane);
    RecordTableView *view = pane->view();
    for (int i = 0; i < 30 && QApplication::focusWidget() != view; ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : f.window.get(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), view);
    QTest::keyClick(view, Qt::Key_Home);
    for (int i = 0; i < 50 && view->currentIndex().data(models::IdRole).toString() != batch->id; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().data(models::IdRole).toString(), batch->id);
    QTest::keyClick(view, Qt::Key_Return); // opens the batch
    QVERIFY(QTest::qWaitFor([&] { return pane->isDetailShown(); }, 2000));
    BatchDetailView *detail = pane->detail();
    const QString asset = detail->selectedAsset(); // the detail starts on a leg that can settle
    QVERIFY(SettlementRun::eligibleAssets(*batch).contains(asset));
    QCOMPARE(f.sandbox()->transferCount(batch->id, asset), 0);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::AltModifier); // "&Settle leg…"
    QVERIFY(QTest::qWaitFor([&] { return detail->pendingDialog() != nullptr; }, 2000));
    SettleDialog *dialog = detail->pendingDialog();
    QVERIFY(activate(dialog)); // as a window manager activates a new dialog
    // Cancel has the focus and is the default: Enter alone never moves funds.
    QPushButton *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QCOMPARE(QApplication::focusWidget(), cancel);
    QVERIFY(cancel->isDefault());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("settleConfirmButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(QTest::qWaitFor([&] { return f.sandbox()->transferCount(batch->id, asset) == 1; }, 15000));
    QVERIFY(QTest::qWaitFor([&] { return !detail->isSettling(); }, 15000));
    QVERIFY(activate(f.window.get())); // the window manager gives the focus back
    // Alt+Left goes back to the list.
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : f.window.get(), Qt::Key_Left,
                    Qt::AltModifier);
    QVERIFY(QTest::qWaitFor([&] { return !pane->isDetailShown(); }, 2000));
}


// Opens the context menu of `view`'s current row with Shift+F10 and picks the entry with `key`.
static bool contextMenuPick(QAbstractItemView *view, Qt::Key key)
{
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    if (!QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()) != nullptr; }, 2000))
        return false;
    QTest::keyClick(QApplication::activePopupWidget(), key);
    return QTest::qWaitFor([] { return QApplication::activePopupWidget() == nullptr; }, 2000);
}

// Tabs from the current focus until `target` has it (at most `steps` presses).
static bool tabTo(QWidget *window, QWidget *target, int steps = 30)
{
    for (int i = 0; i < steps && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
    return QApplication::focusWidget() == target;
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

void TestKeyboard::keyboardSettlesAllEligibleLegs()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    const std::optional<Batch> batch = openDemoBatch(f);
    QVERIFY(batch);
    const QStringList eligible = SettlementRun::eligibleAssets(*batch);
    QTest::keyClick(f.window.get(), Qt::Key_3, Qt::ControlModifier);
    SettlementPane *pane = settlementPane(f);
    QVERIFY(pane->openBatch(batch->id)); // as Enter on its row does (keyboardSettlesALeg)
    QVERIFY(waitIdle(f));
    QTest::keyClick(f.window.get(), Qt::Key_A, Qt::AltModifier); // "Settle &all eligible legs…"
    QVERIFY(QTest::qWaitFor([&] { return pane->detail()->pendingDialog() != nullptr; }, 2000));
    SettleDialog *dialog = pane->detail()->pendingDialog();
    QCOMPARE(dialog->assets().size(), eligible.size());
    QVERIFY(activate(dialog));
    // Escape asks nothing and sends nothing.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([&] { return pane->detail()->pendingDialog() == nullptr; }, 2000));
    for (const QString &asset : eligible)
        QCOMPARE(f.sandbox()->transferCount(batch->id, asset), 0);
    QVERIFY(activate(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_A, Qt::AltModifier);
    QVERIFY(QTest::qWaitFor([&] { return pane->detail()->pendingDialog() != nullptr; }, 2000));
    dialog = pane->detail()->pendingDialog();
    QVERIFY(activate(dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("settleConfirmButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(QTest::qWaitFor([&] {
        return std::all_of(eligible.cbegin(), eligible.cend(),
                           [&](const QString &a) { return f.sandbox()->transferCount(batch->id, a) == 1; });
    }, 20000));
}

void TestKeyboard::keyboardCreatesABatch()
{
    GuiFixture f;
    f.window->setSandboxFactory([](QString *error) { // no demo batches: nothing active yet
        sandbox::SandboxOptions options;
        options.seed = sandbox::SandboxOptions::Seed::Empty;
        return shell::startSandboxSession(error, options);
    });
    QVERIFY(openSandbox(f));
    f.sandbox()->bookTrade(QStringLiteral("AAPLx"), QStringLiteral("3"), QStringLiteral("tokenized_equity"));
    const int before = int(f.sandbox()->batches().size());
    QTest::keyClick(f.window.get(), Qt::Key_3, Qt::ControlModifier);
    QTest::keyClick(f.window.get(), Qt::Key_C, Qt::AltModifier); // "&Create batch…"
    CreateBatchDialog *dialog = nullptr;
    QVERIFY(QTest::qWaitFor([&] { return (dialog = f.window->findChild<CreateBatchDialog *>()) != nullptr; }, 2000));
    QVERIFY(activate(dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier); // "&Tokenized equity"
    QVERIFY(QTest::qWaitFor([&] { return dialog->assetKind() == QLatin1String("tokenized_equity"); }, 2000));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the default button: Create batch
    QVERIFY(QTest::qWaitFor([&] { return int(f.sandbox()->batches().size()) == before + 1; }, 15000));
    QCOMPARE(f.sandbox()->batches().first().assetKind, QStringLiteral("tokenized_equity"));
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
