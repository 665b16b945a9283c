// Shared by the accessibility and keyboard GUI tests: what counts as an
// interactive widget, its accessible name, the Tab-cycle and mnemonic checks,
// window activation (offscreen has no window manager) and sandbox helpers.
#pragma once

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
#include <QButtonGroup>
#include <QRadioButton>
#include <QToolBar>
#include <QToolTip>

namespace a11ytest {

using namespace prime;
using namespace prime::ui;

inline bool isInteractive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w)
           || qobject_cast<const QTextEdit *>(w) || qobject_cast<const LegsChart *>(w);
}

// The outermost interactive widget holding `w` (a spin box for its line edit, a
// table for its header), or `w` itself: the unit a user tabs to and hears named.
inline QWidget *owner(QWidget *w, const QWidget *root)
{
    QWidget *result = w;
    for (QWidget *p = w ? w->parentWidget() : nullptr; p && p != root; p = p->parentWidget()) {
        if (isInteractive(p))
            result = p;
    }
    return result;
}

inline QString describe(const QWidget *w)
{
    QString text;
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        text = b->text();
    return QStringLiteral("%1 \"%2\" %3").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text);
}

inline QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Visible interactive widgets of `root`'s window without an accessible name.
inline QStringList unnamedWidgets(QWidget *root)
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
inline QList<QWidget *> tabTargets(QWidget *root)
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

inline QRect rectIn(const QWidget *w, const QWidget *root)
{
    return QRect(w->mapTo(root, QPoint(0, 0)), w->size());
}

// True when `b` comes before `a` in reading order (top to bottom, then left to
// right within a row); tops within `tolerance` count as one row.
inline bool readsBefore(const QRect &b, const QRect &a, int tolerance = 10)
{
    if (qAbs(b.top() - a.top()) <= tolerance)
        return b.left() < a.left();
    return b.top() < a.top();
}

// Visible, enabled interactive widgets that Tab can never reach (toolbar buttons
// excepted: their actions are in the menus with shortcuts).
inline QStringList unreachableWidgets(QWidget *root)
{
    QStringList out;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->window() != root->window() || !w->isVisible() || !w->isEnabled() || !isInteractive(w)
            || owner(w, root) != w || qobject_cast<QToolBar *>(w->parentWidget()))
            continue;
        // An exclusive group is one Tab stop (its checked button); arrows move within it.
        if (auto *radio = qobject_cast<QRadioButton *>(w); radio && radio->group() && radio->group()->checkedButton())
            continue;
        QWidget *target = w->focusProxy() ? w->focusProxy() : w;
        if (!(target->focusPolicy() & Qt::TabFocus))
            out << describe(w);
    }
    return out;
}

// Presses Tab from the current focus until the focus is back where it started;
// empty on success, else what went wrong (stuck, unreached widgets, order).
inline QString checkTabCycle(QWidget *root)
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

inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
         i = text.indexOf(QLatin1Char('&'), i + 2)) {
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
    }
    return {};
}

// Mnemonics used by more than one visible control of `root`'s window.
inline QStringList mnemonicClashes(QWidget *root)
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

// Shows and activates a window as a window manager would (offscreen has none) and
// waits until its focus widget has the keyboard.
inline bool activate(QWidget *w)
{
    w->show();
    w->raise();
    w->activateWindow();
    QApplication::setActiveWindow(w);
    return QTest::qWaitForWindowActive(w)
           && QTest::qWaitFor([w] { return QApplication::activeWindow() == w->window(); }, 2000);
}

inline bool waitIdle(GuiFixture &f)
{
    return QTest::qWaitFor([&f] {
        const QList<Pane *> panes = f.window->panes();
        return f.window->session()->pendingCount() == 0
               && std::none_of(panes.cbegin(), panes.cend(), [](Pane *p) { return p->isBusy(); });
    }, 20000);
}

inline bool openSandbox(GuiFixture &f)
{
    f.window->setPersistSettings(false);
    f.window->resize(1280, 800);
    if (!activate(f.window.get()))
        return false;
    f.window->startSandbox();
    return f.window->session() && waitIdle(f);
}


inline UsersPane *usersPane(GuiFixture &f) { return qobject_cast<UsersPane *>(f.window->pane(QStringLiteral("users"))); }
// Each test program keeps its settings in its own temporary directory.
inline void isolateSettings(const QTemporaryDir &dir, const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("PrimeAdminTest"));
    QCoreApplication::setApplicationName(applicationName);
}

inline KeysPane *keysPane(GuiFixture &f) { return qobject_cast<KeysPane *>(f.window->pane(QStringLiteral("keys"))); }
inline SettlementPane *settlementPane(GuiFixture &f)
{
    return qobject_cast<SettlementPane *>(f.window->pane(QStringLiteral("settlement")));
}

// The demo batch that is open, confirmed and has several legs (as the screenshots use).
inline std::optional<Batch> openDemoBatch(GuiFixture &f)
{
    for (const Batch &b : settlementPane(f)->batches()->records())
        if (b.status != QLatin1String("completed") && b.confirmed && b.legs.size() > 2
            && !SettlementRun::eligibleAssets(b).isEmpty())
            return b;
    return std::nullopt;
}

inline bool selectDemoKey(GuiFixture &f, ApiKey *out)
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

// Opens the context menu of `view`'s current row with Shift+F10 and picks the entry with `key`.
inline bool contextMenuPick(QAbstractItemView *view, Qt::Key key)
{
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    if (!QTest::qWaitFor([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()) != nullptr; }, 2000))
        return false;
    QTest::keyClick(QApplication::activePopupWidget(), key);
    return QTest::qWaitFor([] { return QApplication::activePopupWidget() == nullptr; }, 2000);
}

// Tabs from the current focus until `target` has it (at most `steps` presses).
inline bool tabTo(QWidget *window, QWidget *target, int steps = 30)
{
    for (int i = 0; i < steps && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
    return QApplication::focusWidget() == target;
}

} // namespace a11ytest
