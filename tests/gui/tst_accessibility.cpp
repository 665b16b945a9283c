// Accessibility of the main window and every dialog, against the in-process
// sandbox: every visible interactive widget has an accessible name (what a
// screen reader says), Tab cycles through each dialog and pane in reading order
// without getting stuck, and no two controls of a window share a mnemonic.
#include "AccessibilityChecks.h"

using namespace a11ytest;

namespace {

const QStringList kDialogs{
    QStringLiteral("profile"),   QStringLiteral("audit"),      QStringLiteral("createUser"),
    QStringLiteral("changeRole"), QStringLiteral("disableUser"), QStringLiteral("secret"),
    QStringLiteral("allowList"), QStringLiteral("revoke"),     QStringLiteral("rotation"),
    QStringLiteral("createBatch"), QStringLiteral("settleOne"),  QStringLiteral("settleAll"),
};

QDialog *openDialog(GuiFixture &f, const QString &name)
{
    QWidget *parent = f.window.get();
    if (name == QLatin1String("profile"))
        return new ProfileDialog(nullptr, nullptr, parent);
    if (name == QLatin1String("audit"))
        return new AuditLogDialog(&f.audit, parent);
    UsersPane *users = usersPane(f);
    const QString userId = f.sandbox()->users().first().id;
    if (name == QLatin1String("createUser")) {
        users->actions()->createAction()->trigger();
        return users->actions()->dialog();
    }
    if (name == QLatin1String("changeRole") || name == QLatin1String("disableUser")) {
        users->selectUser(userId);
        (name == QLatin1String("changeRole") ? users->actions()->roleAction() : users->actions()->enableAction())
            ->trigger();
        return users->actions()->dialog();
    }
    ApiKey key;
    if (name == QLatin1String("secret")) {
        key.id = QStringLiteral("TESTKEY1");
        key.publicKey = QStringLiteral("pub-TESTKEY1");
        QByteArray bytes("c2VjcmV0LWJ5dGVzLWZvci1hLXRlc3Q=");
        return new SecretRevealDialog(key, SecretBytes::adopt(bytes), {true, {}, QStringLiteral("entry")}, parent);
    }
    if (name == QLatin1String("allowList") || name == QLatin1String("revoke") || name == QLatin1String("rotation")) {
        f.window->setCurrentPane(QStringLiteral("keys"));
        if (!selectDemoKey(f, &key))
            return nullptr;
        KeyActions *actions = keysPane(f)->actions();
        if (name == QLatin1String("allowList")) {
            actions->allowListAction()->trigger();
            return actions->allowListEditor();
        }
        if (name == QLatin1String("revoke")) {
            actions->revokeAction()->trigger();
            return actions->revokeDialog();
        }
        actions->rotateAction()->trigger();
        return actions->rotationWizard();
    }
    SettlementPane *settlement = settlementPane(f);
    if (name == QLatin1String("createBatch"))
        return new CreateBatchDialog(settlement->batches()->records(), parent);
    const std::optional<Batch> batch = openDemoBatch(f);
    if (!batch)
        return nullptr;
    const QStringList eligible = SettlementRun::eligibleAssets(*batch);
    QList<Leg> legs;
    for (const Leg &l : batch->legs)
        if (eligible.contains(l.asset) && (name == QLatin1String("settleAll") || legs.isEmpty()))
            legs << l;
    return new SettleDialog(*batch, legs, parent);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase() { isolateSettings(m_settingsDir, QStringLiteral("tst_accessibility")); }

    void checksCatchProblems();
    void everyWidgetInTheWindowIsNamed();
    void everyWidgetInEachDialogIsNamed();
    void tabCyclesThroughEachDialogInReadingOrder();
    void tabCyclesThroughEachPaneInReadingOrder();
    void mnemonicsAreUniqueInEachViewAndDialog();
};

// The checks themselves: an unnamed table and a reversed tab order are reported.
void TestAccessibility::checksCatchProblems()
{
    QDialog d;
    auto *layout = new QVBoxLayout(&d);
    auto *label = new QLabel(QStringLiteral("&Name:"), &d);
    auto *field = new QLineEdit(&d);
    label->setBuddy(field);
    auto *table = new QTableView(&d);
    auto *first = new QPushButton(QStringLiteral("First"), &d);
    auto *second = new QPushButton(QStringLiteral("Second"), &d);
    for (QWidget *w : std::initializer_list<QWidget *>{label, field, table, first, second})
        layout->addWidget(w);
    QVERIFY(activate(&d));
    const QStringList unnamed = unnamedWidgets(&d);
    QCOMPARE(unnamed.size(), 1);
    QVERIFY(unnamed.first().startsWith(QStringLiteral("QTableView")));
    QCOMPARE(accessibleName(field), QStringLiteral("Name:"));
    field->setFocus();
    QCOMPARE(checkTabCycle(&d), QString());
    QWidget::setTabOrder(field, second); // field → second → first → table: jumps back
    QWidget::setTabOrder(second, first);
    QWidget::setTabOrder(first, table);
    field->setFocus();
    QVERIFY(checkTabCycle(&d).contains(QStringLiteral("jumps back")));
    QCOMPARE(mnemonicClashes(&d), QStringList());
    first->setText(QStringLiteral("&First"));
    second->setText(QStringLiteral("&Fine"));
    QCOMPARE(mnemonicClashes(&d).size(), 1);
}


void TestAccessibility::everyWidgetInTheWindowIsNamed()
{
    GuiFixture f;
    f.window->setPersistSettings(false);
    QVERIFY(activate(f.window.get()));
    QStringList offenders;
    offenders << unnamedWidgets(f.window.get()); // the welcome page
    QVERIFY(openSandbox(f));
    // The message bar with details and an action, as after a failure.
    f.window->messageBar()->showMessage(MessageBar::Kind::Error, QStringLiteral("Something failed."),
                                        QStringLiteral("EGeneral:Internal error"));
    f.window->messageBar()->setAction(QStringLiteral("Retry"), [] {});
    for (Pane *pane : f.window->panes()) {
        f.window->setCurrentPane(pane->key());
        QTest::qWait(20);
        for (const QString &o : unnamedWidgets(f.window.get()))
            offenders << pane->key() + QStringLiteral(": ") + o;
    }
    // The batch detail page with its chart, legs and trade ids.
    const std::optional<Batch> batch = openDemoBatch(f);
    QVERIFY(batch);
    QVERIFY(settlementPane(f)->openBatch(batch->id));
    f.window->setCurrentPane(QStringLiteral("settlement"));
    QVERIFY(waitIdle(f));
    QVERIFY(settlementPane(f)->detail()->isVisible());
    for (const QString &o : unnamedWidgets(f.window.get()))
        offenders << QStringLiteral("batch detail: ") + o;
    offenders.removeDuplicates();
    QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("without an accessible name:\n  ")
                                             + offenders.join(QStringLiteral("\n  "))));

    // Names and descriptions say what a widget is and does, in words.
    LegsChart *chart = settlementPane(f)->detail()->chart();
    QVERIFY(!accessibleName(chart).isEmpty());
    const QString summary = QAccessible::queryAccessibleInterface(chart)->text(QAccessible::Description);
    for (const Leg &l : batch->legs)
        QVERIFY2(summary.contains(l.asset), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("incoming")) || summary.contains(QStringLiteral("outgoing")));
    // The keys table's secret marker is read in words (a dash or a check mark is not).
    f.window->setCurrentPane(QStringLiteral("keys"));
    QAccessibleTableInterface *keysTable
        = QAccessible::queryAccessibleInterface(keysPane(f)->view())->tableInterface();
    QVERIFY(keysTable);
    QAccessibleInterface *secretCell = keysTable->cellAt(0, models::KeysModel::Secret);
    QVERIFY(secretCell);
    QVERIFY2(secretCell->text(QAccessible::Name).contains(QStringLiteral("keychain")),
             qPrintable(secretCell->text(QAccessible::Name)));
    // So is the batches' settled-legs column ("2 of 5 legs settled", not "2 / 5").
    QAccessibleTableInterface *batchTable
        = QAccessible::queryAccessibleInterface(settlementPane(f)->view())->tableInterface();
    QVERIFY(batchTable);
    QAccessibleInterface *progressCell = batchTable->cellAt(0, models::BatchesModel::Progress);
    QVERIFY(progressCell);
    QVERIFY2(progressCell->text(QAccessible::Name).contains(QStringLiteral("settled")),
             qPrintable(progressCell->text(QAccessible::Name)));
    // Status bar labels are read by their text (the profile says production or test in words).
    auto *profile = f.window->findChild<QLabel *>(QStringLiteral("statusProfile"));
    QCOMPARE(accessibleName(profile), profile->text());
    QVERIFY(profile->text().contains(QStringLiteral("test")) || profile->text().contains(QStringLiteral("production")));
    auto *bar = f.window->messageBar();
    QVERIFY(QAccessible::queryAccessibleInterface(bar)->text(QAccessible::Description).startsWith(QStringLiteral("Error")));
}


void TestAccessibility::everyWidgetInEachDialogIsNamed()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    QStringList offenders;
    for (const QString &name : kDialogs) {
        QDialog *d = openDialog(f, name);
        QVERIFY2(d, qPrintable(name));
        QVERIFY(activate(d));
        for (const QString &o : unnamedWidgets(d))
            offenders << name + QStringLiteral(": ") + o;
        if (d->accessibleName().isEmpty() && d->windowTitle().isEmpty())
            offenders << name + QStringLiteral(": the dialog has no title");
        delete d;
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("without an accessible name:\n  ")
                                             + offenders.join(QStringLiteral("\n  "))));
}


void TestAccessibility::tabCyclesThroughEachDialogInReadingOrder()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    QStringList problems;
    for (const QString &name : kDialogs) {
        QDialog *d = openDialog(f, name);
        QVERIFY2(d, qPrintable(name));
        QVERIFY(activate(d));
        if (name == QLatin1String("allowList")) // rows to tab past, as when editing a real list
            qobject_cast<IpAllowListEditor *>(d)->setRows({QStringLiteral("203.0.113.7")});
        if (const QString problem = checkTabCycle(d); !problem.isEmpty())
            problems << name + QStringLiteral(": ") + problem;
        for (const QString &w : unreachableWidgets(d))
            problems << name + QStringLiteral(": not focusable: ") + w;
        delete d;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}


// The window with each pane (and the batch detail page): Tab from the filter field
// visits the toolbar, the view list, the pane's controls and the status bar in order.
void TestAccessibility::tabCyclesThroughEachPaneInReadingOrder()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    QStringList problems;
    auto check = [&](const QString &what) {
        QWidget *filter = f.window->findChild<QWidget *>(QStringLiteral("filterField"));
        filter->setFocus(Qt::TabFocusReason);
        QTest::qWait(20);
        if (const QString problem = checkTabCycle(f.window.get()); !problem.isEmpty())
            problems << what + QStringLiteral(": ") + problem;
        for (const QString &w : unreachableWidgets(f.window.get()))
            problems << what + QStringLiteral(": not focusable: ") + w;
    };
    for (Pane *pane : f.window->panes()) {
        f.window->setCurrentPane(pane->key());
        check(pane->key());
    }
    const std::optional<Batch> batch = openDemoBatch(f);
    QVERIFY(batch);
    QVERIFY(settlementPane(f)->openBatch(batch->id));
    QVERIFY(waitIdle(f));
    check(QStringLiteral("batch detail"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}


// Alt+letter must do one thing: no two visible buttons, labelled fields or menus
// of one window share a mnemonic.
void TestAccessibility::mnemonicsAreUniqueInEachViewAndDialog()
{
    GuiFixture f;
    QVERIFY(openSandbox(f));
    QStringList problems;
    for (Pane *pane : f.window->panes()) {
        f.window->setCurrentPane(pane->key());
        for (const QString &c : mnemonicClashes(f.window.get()))
            problems << pane->key() + QStringLiteral(": ") + c;
    }
    const std::optional<Batch> batch = openDemoBatch(f);
    QVERIFY(batch);
    QVERIFY(settlementPane(f)->openBatch(batch->id));
    QVERIFY(waitIdle(f));
    for (const QString &c : mnemonicClashes(f.window.get()))
        problems << QStringLiteral("batch detail: ") + c;
    settlementPane(f)->showList();
    for (const QString &name : kDialogs) {
        QDialog *d = openDialog(f, name);
        QVERIFY2(d, qPrintable(name));
        QVERIFY(activate(d));
        for (const QString &c : mnemonicClashes(d))
            problems << name + QStringLiteral(": ") + c;
        delete d;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}


QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
