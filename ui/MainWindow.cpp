#include "MainWindow.h"

#include "AuditLogDialog.h"
#include "Icons.h"
#include "MessageBar.h"
#include "Pane.h"
#include "ProfileDialog.h"
#include "SessionStatus.h"
#include "WelcomePage.h"
#include "KeyActions.h"
#include "KeysPane.h"
#include "UserActions.h"
#include "UsersPane.h"
#include "Workspace.h"

#include <AuditLog.h>
#include <Language.h>
#include <ProfileCredentials.h>
#include <ProfileStore.h>
#include <SecretStore.h>
#include <Session.h>

#include <RotationJournal.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace prime::ui {

Q_LOGGING_CATEGORY(lcWindow, "prime.ui.window")

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, AuditLog *audit, QWidget *parent)
    : QMainWindow(parent),
      m_profiles(profiles),
      m_secrets(secrets),
      m_audit(audit),
      m_pages(new QStackedWidget(this)),
      m_welcome(new WelcomePage(this)),
      m_sandboxBanner(new QLabel(this)),
      m_connectionBar(new MessageBar(this)),
      m_messageBar(new MessageBar(this)),
      m_status(new SessionStatus(this)),
      m_filter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    setWindowTitle(tr("Prime Admin"));
    m_connectionBar->setObjectName(QStringLiteral("connectionBar"));
    m_connectionBar->setClosable(false);
    m_connectionBar->setAccessibleName(tr("Connection message"));
    m_sandboxBanner->setObjectName(QStringLiteral("sandboxBanner"));
    m_sandboxBanner->setAlignment(Qt::AlignCenter);
    m_sandboxBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #f59e0b; color: #1f1300; font-weight: bold; padding: 6px; }"));
    m_sandboxBanner->setVisible(false);

    buildActions();
    buildMenus();
    m_pages->addWidget(m_welcome);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sandboxBanner);
    auto *bars = new QVBoxLayout;
    bars->setContentsMargins(10, 6, 10, 0);
    bars->setSpacing(6);
    bars->addWidget(m_connectionBar);
    bars->addWidget(m_messageBar);
    layout->addLayout(bars);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_status, 1);

    connect(m_welcome, &WelcomePage::sandboxRequested, this, &MainWindow::startSandbox);
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::showConnectDialog);
    closeSession();
    resize(1280, 800);
}

Workspace *MainWindow::workspace() const
{
    if (!m_workspace)
        const_cast<MainWindow *>(this)->buildWorkspace();
    return m_workspace;
}

void MainWindow::buildWorkspace()
{
    m_workspace = new Workspace(this);
    m_workspace->setSession(nullptr); // the panes' no-session state, as after closeSession()
    m_pages->addWidget(m_workspace);
    m_viewMenu->insertActions(m_paneActionsEnd, m_workspace->paneActions());
    connect(m_workspace, &Workspace::busyChanged, this, &MainWindow::updateBusyActions);
    connect(m_workspace, &Workspace::failed, this, &MainWindow::reportError);
    // The users and keys panes report their mutations' outcomes in the message bar;
    // unfinished key rotations survive restarts in the journal and are offered for resume.
    auto notify = [this](MessageBar::Kind kind, const QString &text) { m_messageBar->showMessage(kind, text); };
    if (auto *users = qobject_cast<UsersPane *>(m_workspace->pane(QStringLiteral("users"))))
        connect(users->actions(), &UserActions::notify, this, notify);
    if (auto *keys = qobject_cast<KeysPane *>(m_workspace->pane(QStringLiteral("keys")))) {
        keys->setStores(m_secrets, m_profiles, new RotationJournal(RotationJournal::defaultPath(), this));
        connect(keys->actions(), &KeyActions::notify, this, notify);
    }
    connect(m_workspace, &Workspace::currentPaneChanged, this, [this] {
        const QSignalBlocker block(m_filter);
        m_filter->setText(m_workspace->filterText());
        updateBusyActions();
    });
    if (m_restoreWorkspace) {
        QSettings settings;
        m_workspace->restoreState(settings);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    m_refresh = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_refresh->setToolTip(tr("Reload the current view from the server (F5)"));
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (Pane *p = currentPane())
            p->refresh();
    });
    m_cancel = new QAction(style()->standardIcon(QStyle::SP_BrowserStop), tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_cancel->setToolTip(tr("Cancel the reads in flight"));
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->cancelAll();
    });
    m_connect = new QAction(Icons::keys(), tr("&Connect to Kraken Prime…"), this);
    connect(m_connect, &QAction::triggered, this, &MainWindow::showConnectDialog);
    m_sandbox = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Open a &sandbox session"), this);
    connect(m_sandbox, &QAction::triggered, this, &MainWindow::startSandbox);
    m_auditAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                tr("&Audit log…"), this);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->setToolTip(tr("Shows every change Prime Admin made to an account"));
    connect(m_auditAction, &QAction::triggered, this, &MainWindow::showAuditLog);
    m_quit = new QAction(tr("&Quit"), this);
    // Some platform themes (Windows, offscreen) define no Quit key: Ctrl+Q then.
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    m_quit->setShortcuts(quitKeys.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)} : quitKeys);
    m_quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    addAction(m_quit); // also when the menu bar is native or hidden

    m_filter->setObjectName(QStringLiteral("filterField"));
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    m_filter->setAccessibleName(tr("Filter rows"));
    m_filter->setAccessibleDescription(tr("Shows only the rows of the current view that contain this text"));
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(find);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_workspace)
            m_workspace->setFilterText(text);
    });

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refresh);
    toolbar->addAction(m_cancel);
    toolbar->addSeparator();
    toolbar->addWidget(m_filter);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addAction(m_auditAction);
}

// View > Language: the choice is saved and applies at the next start (widgets
// built with tr() are not rebuilt on the fly; see translations/README.md).
void MainWindow::buildLanguageMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString saved = i18n::savedLanguage();
    auto add = [this, menu, group, &saved](const QString &code, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("language-") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, text] {
            i18n::saveLanguage(code);
            m_messageBar->showMessage(MessageBar::Kind::Information,
                                      code.isEmpty()
                                          ? tr("Prime Admin will follow the system language from its next start.")
                                          //: %1 is a language name in that language (English, Deutsch, Français)
                                          : tr("Prime Admin will be in %1 from its next start.").arg(text));
        });
    };
    //: View > Language: use the language of the operating system
    add(QString(), tr("System default"));
    for (const i18n::Language &language : i18n::availableLanguages())
        add(language.code, language.nativeName);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connect);
    QMenu *profiles = file->addMenu(tr("Open &profile"));
    connect(profiles, &QMenu::aboutToShow, this, [this, profiles] {
        profiles->clear();
        const QList<ConnectionProfile> all = m_profiles->profiles();
        for (const ConnectionProfile &p : all)
            profiles->addAction(p.name, this, [this, name = p.name] { openProfile(name); });
        if (all.isEmpty())
            profiles->addAction(tr("No saved profiles"))->setEnabled(false);
    });
    file->addAction(m_sandbox);
    file->addSeparator();
    file->addAction(m_auditAction);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_refresh);
    view->addAction(m_cancel);
    view->addSeparator();
    m_viewMenu = view; // the panes' actions (Ctrl+1, ...) come with the panes
    m_paneActionsEnd = view->addSeparator();
    buildLanguageMenu(view);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Prime Admin"), this, [this] {
        auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Prime Admin"),
                                    //: "settlement" = settling the batches of netted trades with Kraken (paying or receiving each asset's amount)
                                    tr("<b>Prime Admin %1</b><br>Administer a Kraken Prime account: "
                                       "API users, API keys and settlement.")
                                        .arg(QApplication::applicationVersion()),
                                    QMessageBox::Close, this);
        box->setIconPixmap(Icons::application().pixmap(64, 64));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

QList<Pane *> MainWindow::panes() const
{
    return workspace()->panes();
}

Pane *MainWindow::currentPane() const
{
    return isWelcomeShown() ? nullptr : workspace()->currentPane();
}

Pane *MainWindow::pane(const QString &key) const
{
    return workspace()->pane(key);
}

void MainWindow::setCurrentPane(const QString &key)
{
    workspace()->setCurrentPane(key);
}

bool MainWindow::isWelcomeShown() const
{
    return m_pages->currentWidget() == m_welcome;
}

QWidget *MainWindow::sandboxBanner() const
{
    return m_sandboxBanner;
}

void MainWindow::updateBusyActions()
{
    m_cancel->setEnabled(m_workspace && m_workspace->isBusy());
}

void MainWindow::reportError(const QString &what, const PrimeError &error)
{
    if (error.category == PrimeError::Category::Cancelled)
        return;
    // `what` is the action, sometimes with what a re-read found in brackets; the
    // bar is an error bar already, so no "failed" that a found batch would contradict.
    //: %1 = what was being done ("Loading API users"), %2 = what went wrong
    const QString text = what.isEmpty() ? error.message() : tr("%1 — %2").arg(what, error.message());
    qCInfo(lcWindow) << "error shown:" << error.categoryName();
    m_messageBar->showMessage(MessageBar::Kind::Error, text, error.details());
    if (m_session)
        m_messageBar->setAction(tr("Retry"), [this] {
            if (Pane *p = currentPane())
                p->refresh();
        });
    m_status->setLastError(error.message(), error.details());
}

void MainWindow::showConnectionState()
{
    if (!m_session)
        return;
    if (m_session->connectionState() == Session::ConnectionState::Lost) {
        m_connectionBar->showMessage(
            MessageBar::Kind::Warning,
            tr("The connection to %1 is lost. This banner goes away as soon as a call succeeds again.")
                .arg(m_session->profile().baseUrl.host()));
        m_connectionBar->setAction(tr("Try again"), [this] { workspace()->refreshAll(); });
    } else {
        m_connectionBar->dismiss();
    }
}

void MainWindow::openSession(Session *session)
{
    closeSession();
    m_session = session;
    session->setParent(this);
    session->setAuditLog(m_audit);
    const SessionProfile &p = session->profile();
    setWindowTitle(tr("%1 — Prime Admin").arg(p.name));
    m_sandboxBanner->setText(tr("SANDBOX — no real funds. Demo data on a local server at %1")
                                 .arg(p.baseUrl.toDisplayString()));
    m_sandboxBanner->setVisible(p.temporary && !p.production);
    m_status->setSession(session);
    connect(session, &Session::connectionStateChanged, this, &MainWindow::showConnectionState);
    workspace()->setSession(session);
    m_pages->setCurrentWidget(m_workspace);
    m_refresh->setEnabled(true);
    m_filter->setEnabled(true);
    qCInfo(lcWindow) << "opened session" << p.name;
    m_workspace->refreshAll();
}

void MainWindow::closeSession()
{
    if (m_workspace)
        m_workspace->setSession(nullptr);
    m_status->setSession(nullptr);
    m_connectionBar->dismiss();
    m_messageBar->dismiss();
    m_sandboxBanner->setVisible(false);
    if (m_session)
        m_session->deleteLater();
    m_session = nullptr;
    setWindowTitle(tr("Prime Admin"));
    m_pages->setCurrentWidget(m_welcome);
    m_refresh->setEnabled(false);
    m_filter->setEnabled(false);
    updateBusyActions();
}

void MainWindow::startSandbox()
{
    if (!m_sandboxFactory)
        return;
    QString error;
    Session *session = m_sandboxFactory(&error);
    if (!session) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The sandbox could not start: %1").arg(error));
        return;
    }
    openSession(session);
}

void MainWindow::openProfile(const QString &name)
{
    const std::optional<ConnectionProfile> profile = m_profiles->profile(name);
    if (!profile) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("There is no saved profile named “%1”.").arg(name));
        return;
    }
    statusBar()->showMessage(tr("Reading the key of “%1” from the keychain…").arg(name));
    loadCredentials(*profile, *m_secrets, this,
                    [this, p = *profile](std::optional<Credentials> credentials,
                                         const SecretStore::Outcome &outcome) {
                        statusBar()->clearMessage();
                        if (!credentials) {
                            m_messageBar->showMessage(
                                MessageBar::Kind::Error,
                                tr("The profile “%1” cannot be opened. %2").arg(p.name, outcome.message),
                                SecretStore::statusName(outcome.status));
                            return;
                        }
                        m_profiles->setLastProfileName(p.name);
                        SessionProfile sp{p.name, p.baseUrl, false, p.production, p.colour};
                        openSession(new Session(sp, std::move(*credentials)));
                    });
}

void MainWindow::showConnectDialog()
{
    auto *dialog = new ProfileDialog(m_profiles, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::profileSaved, this, &MainWindow::openProfile);
    dialog->open();
}

void MainWindow::showAuditLog()
{
    auto *dialog = new AuditLogDialog(m_audit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::saveSettings() const
{
    if (!m_persist)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_workspace) // never built: the saved panes' state stays as it was
        m_workspace->saveState(settings);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (m_workspace)
        m_workspace->restoreState(settings);
    else
        m_restoreWorkspace = true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_session)
        m_session->cancelAllReads();
    event->accept();
}

} // namespace prime::ui
