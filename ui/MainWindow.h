#pragma once

#include <PrimeError.h>
#include <Session.h>

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace prime {
class AuditLog;
class ProfileStore;
class SecretStore;
class Session;
struct ConnectionProfile;
} // namespace prime

namespace prime::ui {

class MessageBar;
class Pane;
class SessionStatus;
class WelcomePage;
class Workspace;

// The application window: the welcome page until a session opens, then the
// panes with navigation, toolbar (Refresh, Cancel, filter), the banners and the
// message bar on top and the session status at the bottom.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Starts the in-process sandbox and returns a session on it (the server
    // lives as the session's child), or nullptr with `error` set.
    using SandboxFactory = std::function<Session *(QString *error)>;

    MainWindow(ProfileStore *profiles, SecretStore *secrets, AuditLog *audit,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void setSandboxFactory(SandboxFactory factory) { m_sandboxFactory = std::move(factory); }
    // Screenshot runs and tests: do not write window state back to QSettings.
    void setPersistSettings(bool persist) { m_persist = persist; }

    // Takes ownership and shows the workspace; the previous session closes.
    void openSession(Session *session);
    void closeSession();
    Session *session() const { return m_session; }

    void startSandbox();
    // Reads the profile's secret from the keychain (asynchronously), then opens it.
    void openProfile(const QString &name);
    void showConnectDialog();
    void showAuditLog();

    QList<Pane *> panes() const;
    Pane *currentPane() const;
    Pane *pane(const QString &key) const;
    void setCurrentPane(const QString &key);
    bool isWelcomeShown() const;

    MessageBar *messageBar() const { return m_messageBar; }
    MessageBar *connectionBar() const { return m_connectionBar; }
    QWidget *sandboxBanner() const;
    SessionStatus *sessionStatus() const { return m_status; }
    QLineEdit *filterField() const { return m_filter; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *cancelAction() const { return m_cancel; }

    // The one place errors are shown: the message bar for recoverable errors.
    void reportError(const QString &what, const PrimeError &error);

    void saveSettings() const;
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildLanguageMenu(QMenu *view);
    void updateBusyActions();
    void showConnectionState();
    // The panes are built on first use (a session opening, or a test asking for
    // a pane), not at start: the welcome page is what shows first.
    Workspace *workspace() const;
    void buildWorkspace();

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    AuditLog *m_audit;
    SandboxFactory m_sandboxFactory;
    QPointer<Session> m_session;
    bool m_persist = true;

    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    Workspace *m_workspace = nullptr;
    bool m_restoreWorkspace = false; // restoreSettings() ran before the panes were built
    QMenu *m_viewMenu = nullptr;
    QAction *m_paneActionsEnd = nullptr; // the pane actions go before it in the View menu
    QLabel *m_sandboxBanner;
    MessageBar *m_connectionBar;
    MessageBar *m_messageBar;
    SessionStatus *m_status;
    QLineEdit *m_filter;
    QAction *m_refresh = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_sandbox = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace prime::ui
