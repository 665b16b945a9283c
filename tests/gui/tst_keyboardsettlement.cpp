// Keyboard-only operation of the settlement workflows against the in-process
// sandbox: the legs chart by arrow keys (focus frame, tooltip, accessible
// value), open a batch with Enter, settle one leg and all eligible legs (Cancel
// is the default), create a batch. Each checks the sandbox's state.
#include "AccessibilityChecks.h"

using namespace a11ytest;

class TestKeyboardSettlement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase() { isolateSettings(m_settingsDir, QStringLiteral("tst_keyboardsettlement")); }

    void legsChartWorksFromTheKeyboard();
    void keyboardSettlesALeg();
    void keyboardSettlesAllEligibleLegs();
    void keyboardCreatesABatch();
};

void TestKeyboardSettlement::legsChartWorksFromTheKeyboard()
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


void TestKeyboardSettlement::keyboardSettlesALeg()
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


void TestKeyboardSettlement::keyboardSettlesAllEligibleLegs()
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


void TestKeyboardSettlement::keyboardCreatesABatch()
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


QTEST_MAIN(TestKeyboardSettlement)
#include "tst_keyboardsettlement.moc"
