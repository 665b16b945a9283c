// The window against the in-process sandbox: welcome page, sandbox session,
// panes, filter, error bar and connection banner, cancel, copy, saved state.
#include "GuiTestSupport.h"

#include <KeysPane.h>
#include <MessageBar.h>
#include <Pane.h>
#include <RecordTableModel.h>
#include <RecordTableView.h>
#include <SessionStatus.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>

using namespace prime;
using namespace prime::ui;
using Fault = sandbox::SandboxServer::Fault;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;

    // Opens a sandbox session from the welcome page and waits for every pane to load.
    static bool openSandbox(GuiFixture &f)
    {
        auto *button = f.window->findChild<QPushButton *>(QStringLiteral("trySandboxButton"));
        if (!button)
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
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

    static int totalKeys(GuiFixture &f)
    {
        int n = 0;
        for (const ApiUser &u : f.sandbox()->users())
            n += int(f.sandbox()->keys(u.id).size());
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("PrimeAdminTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }
    void init() { QSettings().clear(); }

    void startsOnWelcomePage();
    void sandboxSessionLoadsEveryPane();
    void switchingPanes();
    void filterAppliesToCurrentPane();
    void showKeysOfUser();
    void errorBarOnInjectedFault();
    void nonTransientErrorKeepsConnection();
    void cancelRead();
    void copyRows();
    void standardShortcuts();
    void geometryAndStateRestore();
};

void TestMainWindow::startsOnWelcomePage()
{
    GuiFixture f;
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    QVERIFY(f.window->isWelcomeShown());
    QVERIFY(f.window->findChild<QPushButton *>(QStringLiteral("trySandboxButton"))->isVisible());
    QVERIFY(f.window->findChild<QPushButton *>(QStringLiteral("connectButton"))->isVisible());
    QVERIFY(!f.window->refreshAction()->isEnabled());
    QVERIFY(!f.window->filterField()->isEnabled());
    QVERIFY(!f.window->sandboxBanner()->isVisible());
    QCOMPARE(f.window->currentPane(), nullptr);
    QCOMPARE(f.window->sessionStatus()->profileText(), QStringLiteral("No profile"));
}

void TestMainWindow::sandboxSessionLoadsEveryPane()
{
    GuiFixture f;
    f.window->show();
    QVERIFY(openSandbox(f));
    QVERIFY(!f.window->isWelcomeShown());
    QVERIFY(f.window->sandboxBanner()->isVisible());
    QVERIFY(f.window->findChild<QWidget *>(QStringLiteral("sandboxBanner")));
    QVERIFY(f.window->session()->profile().temporary);
    QVERIFY(!f.window->session()->profile().production);
    QVERIFY(f.window->refreshAction()->isEnabled());
    // The temporary profile is never saved.
    QVERIFY(f.profiles.profiles().isEmpty());
    QVERIFY(f.profiles.lastProfileName().isEmpty());

    const int users = int(f.sandbox()->users().size());
    QVERIFY(users > 0);
    QCOMPARE(f.window->pane(QStringLiteral("users"))->visibleRowCount(), users);
    QCOMPARE(f.window->pane(QStringLiteral("keys"))->visibleRowCount(), totalKeys(f));
    QCOMPARE(f.window->pane(QStringLiteral("settlement"))->visibleRowCount(),
             int(f.sandbox()->batches().size()));
    QVERIFY(f.window->sessionStatus()->profileText().contains(QStringLiteral("Sandbox")));
    QVERIFY(f.window->sessionStatus()->connectionText().contains(QStringLiteral("Connected")));
    QCOMPARE(f.window->sessionStatus()->requestsText(), QStringLiteral("Idle"));
    QVERIFY(!f.window->messageBar()->isVisible());
    // The first batch is selected and its legs are shown.
    auto *legs = f.window->findChild<RecordTableView *>(QStringLiteral("legsView"));
    QVERIFY(legs && legs->model()->rowCount() > 0);
}

void TestMainWindow::switchingPanes()
{
    GuiFixture f;
    f.window->show();
    QVERIFY(openSandbox(f));
    auto *nav = f.window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QCOMPARE(f.window->currentPane()->key(), QStringLiteral("users"));
    nav->setCurrentRow(1);
    QCOMPARE(f.window->currentPane()->key(), QStringLiteral("keys"));
    QVERIFY(f.window->currentPane()->isVisible());
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(f.window->currentPane()->key(), QStringLiteral("settlement"));
    QCOMPARE(nav->currentRow(), 2);
    f.window->setCurrentPane(QStringLiteral("users"));
    QCOMPARE(nav->currentRow(), 0);
    QVERIFY(f.window->pane(QStringLiteral("users"))->isVisible());
}

void TestMainWindow::filterAppliesToCurrentPane()
{
    GuiFixture f;
    f.window->show();
    QVERIFY(openSandbox(f));
    const ApiUser target = f.sandbox()->users().first();
    Pane *users = f.window->pane(QStringLiteral("users"));
    Pane *keys = f.window->pane(QStringLiteral("keys"));
    const int allUsers = users->visibleRowCount();
    const int allKeys = keys->visibleRowCount();

    QTest::keyClicks(f.window->filterField(), target.id);
    QCOMPARE(users->visibleRowCount(), 1);
    QCOMPARE(keys->visibleRowCount(), allKeys); // other panes are not filtered

    f.window->setCurrentPane(QStringLiteral("keys"));
    QVERIFY(f.window->filterField()->text().isEmpty());
    QTest::keyClicks(f.window->filterField(), QStringLiteral("no-such-key-anywhere"));
    QCOMPARE(keys->visibleRowCount(), 0);
    auto *keysView = f.window->findChild<RecordTableView *>(QStringLiteral("keysView"));
    QVERIFY(keysView->placeholderText().contains(QStringLiteral("no-such-key-anywhere")));

    f.window->setCurrentPane(QStringLiteral("users"));
    QCOMPARE(f.window->filterField()->text(), target.id); // each pane keeps its filter
    f.window->filterField()->clear();
    QCOMPARE(users->visibleRowCount(), allUsers);
}

void TestMainWindow::showKeysOfUser()
{
    GuiFixture f;
    f.window->show();
    QVERIFY(openSandbox(f));
    ApiUser withKeys;
    for (const ApiUser &u : f.sandbox()->users())
        if (!f.sandbox()->keys(u.id).isEmpty() && withKeys.id.isEmpty())
            withKeys = u;
    QVERIFY(!withKeys.id.isEmpty());
    auto *usersView = f.window->findChild<RecordTableView *>(QStringLiteral("usersView"));
    const QModelIndexList match = usersView->model()->match(usersView->model()->index(0, 0),
                                                            models::IdRole, withKeys.id, 1, Qt::MatchExactly);
    QCOMPARE(match.size(), 1);
    usersView->setCurrentIndex(match.first());
    // A widget double-click is press, release, then the double-click event.
    const QPoint at = usersView->visualRect(match.first()).center();
    QTest::mouseClick(usersView->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(usersView->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(f.window->currentPane()->key(), QStringLiteral("keys"));
    auto *keys = qobject_cast<KeysPane *>(f.window->currentPane());
    QCOMPARE(keys->shownUser(), withKeys.id);
    QCOMPARE(keys->visibleRowCount(), int(f.sandbox()->keys(withKeys.id).size()));
}

void TestMainWindow::errorBarOnInjectedFault()
{
    GuiFixture f;
    f.window->show();
    QVERIFY(openSandbox(f));
    // Three HTTP 500s exhaust the read's retries: the server looks gone.
    f.sandbox()->injectFault(QStringLiteral("ListPrimeApiUsers"), Fault::Http500, 3);
    f.window->refreshAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(f.window->messageBar()->isVisible(), 10000);
    QCOMPARE(f.window->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(f.window->messageBar()->text().startsWith(QString::fromUtf8("Loading API users \xe2\x80\x94 ")),
             qPrintable(f.window->messageBar()->text()));
    QVERIFY(f.window->messageBar()->details().contains(QStringLiteral("HTTP 500")));
    QVERIFY(f.window->connectionBar()->isVisible());
    QVERIFY(f.window->sessionStatus()->connectionText().contains(QStringLiteral("lost")));
    QVERIFY(!f.window->sessionStatus()->lastErrorText().isEmpty());
    // The users already shown stay.
    QCOMPARE(f.window->pane(QStringLiteral("users"))->visibleRowCount(), int(f.sandbox()->users().size()));

    // Retry from the bar: the call succeeds, the banner goes away.
    auto *retry = f.window->messageBar()->findChild<QPushButton *>(QStringLiteral("messageAction"));
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!f.window->connectionBar()->isVisible(), 10000);
    QVERIFY(waitIdle(f));
    QVERIFY(!f.window->messageBar()->isVisible());
    QVERIFY(f.window->sessionStatus()->connectionText().contains(QStringLiteral("Connected")));
}

void TestMainWindow::nonTransientErrorKeepsConnection()
{
    GuiFixture f;
    f.window->show();
    QVERIFY(openSandbox(f));
    f.window->setCurrentPane(QStringLiteral("settlement"));
    f.sandbox()->injectFault(QStringLiteral("ListPrimeSettlementBatches"), Fault::InvalidNonce, 1);
    f.window->refreshAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(f.window->messageBar()->isVisible(), 10000);
    QVERIFY(f.window->messageBar()->text().contains(QStringLiteral("nonce")));
    QVERIFY(f.window->messageBar()->details().contains(QStringLiteral("EAPI:Invalid nonce")));
    QVERIFY(!f.window->connectionBar()->isVisible()); // the server answered
    auto *close = f.window->messageBar()->findChild<QWidget *>(QStringLiteral("messageClose"));
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!f.window->messageBar()->isVisible());
}

void TestMainWindow::cancelRead()
{
    GuiFixture f;
    f.window->show();
    QVERIFY(openSandbox(f));
    f.window->setCurrentPane(QStringLiteral("settlement"));
    f.sandbox()->injectFault(QStringLiteral("ListPrimeSettlementBatches"), Fault::Delay, 1, 4000);
    f.window->refreshAction()->trigger();
    Pane *settlement = f.window->currentPane();
    QTRY_VERIFY(settlement->isBusy());
    QVERIFY(f.window->cancelAction()->isEnabled());
    f.window->cancelAction()->trigger();
    QVERIFY(!settlement->isBusy());
    QVERIFY(!f.window->cancelAction()->isEnabled());
    QTRY_COMPARE(f.window->session()->pendingCount(), 0);
    QVERIFY(!f.window->messageBar()->isVisible()); // cancelling is not an error
    QCOMPARE(settlement->visibleRowCount(), int(f.sandbox()->batches().size()));
}

void TestMainWindow::copyRows()
{
    GuiFixture f;
    f.window->show();
    QVERIFY(openSandbox(f));
    auto *view = f.window->findChild<RecordTableView *>(QStringLiteral("usersView"));
    view->setFocus();
    view->selectRow(0);
    const QString name = view->model()->index(0, 0).data().toString();
    const QString id = view->model()->index(0, 1).data().toString();
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(name + QLatin1Char('\t') + id + QLatin1Char('\t')), qPrintable(copied));
    QVERIFY(!copied.contains(QLatin1Char('\n')));
}

void TestMainWindow::standardShortcuts()
{
    GuiFixture f;
    f.window->show();
    QVERIFY(openSandbox(f));
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    auto *view = f.window->findChild<RecordTableView *>(QStringLiteral("usersView"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(f.window->filterField()->hasFocus());
    QSignalSpy pending(f.window->session(), &Session::pendingCountChanged);
    QTest::keyClick(view, Qt::Key_F5);
    QVERIFY(f.window->pane(QStringLiteral("users"))->isBusy());
    QVERIFY(waitIdle(f));
    const int afterF5 = int(pending.count());
    QVERIFY(afterF5 > 0);
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(f.window->pane(QStringLiteral("users"))->isBusy());
    QVERIFY(waitIdle(f));
    QVERIFY(pending.count() > afterF5);
    QTest::keyClick(view, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!f.window->isVisible());
}

void TestMainWindow::geometryAndStateRestore()
{
    GuiFixture f;
    f.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
    f.window->resize(1000, 700);
    f.window->setCurrentPane(QStringLiteral("settlement"));
    auto *splitter = f.window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    splitter->setSizes({240, 700});
    const QList<int> sizes = splitter->sizes();
    auto *users = f.window->findChild<RecordTableView *>(QStringLiteral("usersView"));
    users->horizontalHeader()->resizeSection(0, 333);
    f.window->close(); // saves

    auto second = f.makeWindow();
    second->restoreSettings();
    second->show();
    QVERIFY(QTest::qWaitForWindowExposed(second.get()));
    QCOMPARE(second->size(), QSize(1000, 700));
    QVERIFY(!second->findChild<QListWidget *>(QStringLiteral("navigation"))); // panes are built on first use
    QVERIFY(second->pane(QStringLiteral("settlement")));                      // with the restored state
    QCOMPARE(second->findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow(), 2);
    QCOMPARE(second->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QCOMPARE(second->findChild<RecordTableView *>(QStringLiteral("usersView"))->horizontalHeader()->sectionSize(0), 333);

    // A window that must not persist (screenshots) leaves the settings alone.
    second->setPersistSettings(false);
    second->resize(900, 600);
    second->close();
    auto third = f.makeWindow();
    third->restoreSettings();
    QCOMPARE(third->size(), QSize(1000, 700));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
