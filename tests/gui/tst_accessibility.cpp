// Accessibility of the main window and every dialog, against the in-process
// sandbox: every visible interactive widget has an accessible name; Tab cycles
// through each dialog in reading order without getting stuck; the legs chart
// works from the keyboard; and the main workflows (create a user, issue a key
// through the show-once dialog, revoke it by typing its id, settle a leg) run
// with the keyboard alone, checked against the sandbox's state.
#include "GuiTestSupport.h"

#include <AuditLogDialog.h>
#include <BatchDetailView.h>
#include <BatchesModel.h>
#include <CreateBatchDialog.h>
#include <IpAllowListEditor.h>
#include <KeyActions.h>
#include <KeysModel.h>
#include <KeysPane.h>
#include <LegsChart.h>
#include <LegsModel.h>
#include <MessageBar.h>
#include <ProfileDialog.h>
#include <RecordTableView.h>
#include <RevokeKeyDialog.h>
#include <RotationWizard.h>
#include <SecretRevealDialog.h>
#include <SettleDialog.h>
#include <SettlementPane.h>
#include <SettlementRun.h>
#include <UserActions.h>
#include <UserDialogs.h>
#include <UsersPane.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>
#include <QToolTip>

using namespace prime;
using namespace prime::ui;

namespace {

const QStringList kDialogs{
    QStringLiteral("profile"),   QStringLiteral("audit"),      QStringLiteral("createUser"),
    QStringLiteral("changeRole"), QStringLiteral("disableUser"), QStringLiteral("secret"),
    QStringLiteral("allowList"), QStringLiteral("revoke"),     QStringLiteral("rotation"),
    QStringLiteral("createBatch"), QStringLiteral("settleOne"),  QStringLiteral("settleAll"),
};

bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w)
           || qobject_cast<const QTextEdit *>(w) || qobject_cast<const LegsChart *>(w);
}

// The outermost interactive widget holding `w` (a spin box for its line edit, a
// table for its header), or `w` itself: the unit a user tabs to and hears named.
QWidget *owner(QWidget *w, const QWidget *root)
{
    QWidget *result = w;
    for (QWidget *p = w ? w->parentWidget() : nullptr; p && p != root; p = p->parentWidget()) {
        if (isInteractive(p))
            result = p;
    }
    return result;
}

QString describe(const QWidget *w)
{
    QString text;
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    return QStringLiteral("%1 \"%2\" %3").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text);
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Visible interactive widgets of `root`'s window without an accessible name.
QStringList unnamedWidgets(QWidget *root)
{
    QStringList out;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->window() != root->window() || !w->isVisible() || !isInteractive(w) || owner(w, root) != w)
            continue;
        if (accessibleName(w).isEmpty())
            out << describe(w);
    }
    return out;
}

// What Tab should reach in `root`'s window: visible, enabled, tab-focusable units.
QList<QWidget *> tabTargets(QWidget *root)
{
    QList<QWidget *> out;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->window() != root->window() || !w->isVisible() || !w->isEnabled() || w->focusProxy()
            || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        QWidget *unit = owner(w, root);
        if (!out.contains(unit) && unit->isEnabled())
            out << unit;
    }
    return out;
}

QRect rectIn(const QWidget *w, const QWidget *root)
{
    return QRect(w->mapTo(root, QPoint(0, 0)), w->size());
}

// True when `b` comes before `a` in reading order (top to bottom, then left to
// right within a row); tops within `tolerance` count as one row.
bool readsBefore(const QRect &b, const QRect &a, int tolerance = 10)
{
    if (qAbs(b.top() - a.top()) <= tolerance)
        return b.left() < a.left();
    return b.top() < a.top();
}

// Shows and activates a window as a window manager would (offscreen has none) and
// waits until its focus widget has the keyboard.
bool activate(QWidget *w);

// Presses Tab from the current focus until the focus is back where it started;
// empty on success, else what went wrong (stuck, unreached widgets, order).
QString checkTabCycle(QWidget *root)
{
    QWidget *start = owner(QApplication::focusWidget(), root);
    if (!start || start->window() != root->window())
        return QStringLiteral("no initial focus");
    const QList<QWidget *> targets = tabTargets(root);
    QList<QWidget *> cycle{start};
    QWidget *current = start;
    for (int i = 0; i < 3 * targets.size() + 5; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *next = owner(QApplication::focusWidget(), root);
        if (next == start)
            break;
        if (next == current && targets.size() > 1)
            return QStringLiteral("Tab is stuck on %1").arg(describe(current));
        if (cycle.contains(next))
            return QStringLiteral("Tab loops without coming back to %1: at %2").arg(describe(start), describe(next));
        cycle << next;
        current = next;
    }
    QStringList order;
    for (QWidget *w : std::as_const(cycle))
        order << describe(w);
    if (owner(QApplication::focusWidget(), root) != start)
        return QStringLiteral("Tab never returns to %1: %2").arg(describe(start), order.join(QStringLiteral(" → ")));
    QStringList missed;
    for (QWidget *w : targets)
        if (!cycle.contains(w))
            missed << describe(w);
    if (!missed.isEmpty())
        return QStringLiteral("not reached by Tab: %1 (order: %2)").arg(missed.join(QStringLiteral(", ")),
                                                                        order.join(QStringLiteral(" → ")));
    int backwards = 0;
    for (int i = 0; i < cycle.size(); ++i) {
        const QRect a = rectIn(cycle.at(i), root);
        const QRect b = rectIn(cycle.at((i + 1) % cycle.size()), root);
        backwards += cycle.size() > 1 && readsBefore(b, a) ? 1 : 0;
    }
    if (backwards > 1)
        return QStringLiteral("Tab jumps back %1 times (one wrap allowed): %2")
            .arg(backwards)
            .arg(order.join(QStringLiteral(" → ")));
    return {};
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
         i = text.indexOf(QLatin1Char('&'), i + 2)) {
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
    }
    return {};
}

// Mnemonics used by more than one visible control of `root`'s window.
QStringList mnemonicClashes(QWidget *root)
{
    QHash<QChar, QStringList> users;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->window() != root->window() || !w->isVisible())
            continue;
        QString text;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            text = b->text();
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            text = l->text();
        if (const QChar c = mnemonicOf(text); !c.isNull())
            users[c] << text;
    }
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *menu : window->menuBar()->actions())
            if (const QChar c = mnemonicOf(menu->text()); !c.isNull())
                users[c] << menu->text();
    }
    QStringList out;
    for (auto it = users.cbegin(); it != users.cend(); ++it)
        if (it.value().size() > 1)
            out << QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    return out;
}

bool activate(QWidget *w)
{
    w->show();
    w->raise();
    w->activateWindow();
    QApplication::setActiveWindow(w);
    return QTest::qWaitForWindowActive(w)
           && QTest::qWaitFor([w] { return QApplication::activeWindow() == w->window(); }, 2000);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    static bool openSandbox(GuiFixture &f)
    {
        f.window->setPersistSettings(false);
        f.window->resize(1280, 800);
        if (!activate(f.window.get()))
            return false;
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
    static SettlementPane *settlementPane(GuiFixture &f)
    {
        return qobject_cast<SettlementPane *>(f.window->pane(QStringLiteral("settlement")));
    }

    // The demo batch that is open, confirmed and has several legs (as the screenshots use).
    static std::optional<Batch> openDemoBatch(GuiFixture &f)
    {
        for (const Batch &b : settlementPane(f)->batches()->records())
            if (b.status != QLatin1String("completed") && b.confirmed && b.legs.size() > 2
                && !SettlementRun::eligibleAssets(b).isEmpty())
                return b;
        return std::nullopt;
    }

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

    static QDialog *openDialog(GuiFixture &f, const QString &name);

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("PrimeAdminTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    }

    void checksCatchProblems();
    void everyWidgetInTheWindowIsNamed();
    void everyWidgetInEachDialogIsNamed();
    void tabCyclesThroughEachDialogInReadingOrder();
    void tabCyclesThroughEachPaneInReadingOrder();
    void mnemonicsAreUniqueInEachViewAndDialog();
    void legsChartWorksFromTheKeyboard();
    void keyboardCreatesAUser();
    void keyboardIssuesAndRevokesAKey();
    void keyboardSettlesALeg();
};

QDialog *TestAccessibility::openDialog(GuiFixture &f, const QString &name)
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

void TestAccessibility::legsChartWorksFromTheKeyboard()
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

void TestAccessibility::keyboardCreatesAUser()
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

void TestAccessibility::keyboardIssuesAndRevokesAKey()
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

void TestAccessibility::keyboardSettlesALeg()
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

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
