#pragma once

#include <PrimeError.h>

#include <QHash>
#include <QWidget>

class QAction;
class QListWidget;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace prime {
class Session;
namespace models {
class KeysModel;
class UsersModel;
} // namespace models
} // namespace prime

namespace prime::ui {

class AccountLoader;
class Pane;

// The panes with their navigation list: owns the shared users/keys models and
// their loader, remembers a filter text per pane, and saves the splitter and
// the panes' header states.
class Workspace : public QWidget
{
    Q_OBJECT
public:
    explicit Workspace(QWidget *parent = nullptr);

    QList<Pane *> panes() const { return m_panes; }
    Pane *currentPane() const;
    Pane *pane(const QString &key) const;
    void setCurrentPane(const QString &key);
    // One action per pane (Ctrl+1, Ctrl+2, ...) for the View menu.
    QList<QAction *> paneActions() const { return m_paneActions; }

    void setSession(Session *session);
    void refreshAll();
    void cancelAll();
    bool isBusy() const;

    // Applies to the current pane; each pane keeps its own text.
    void setFilterText(const QString &text);
    QString filterText() const;

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

signals:
    void currentPaneChanged();
    void busyChanged();
    void failed(const QString &what, const prime::PrimeError &error);

private:
    void addPane(Pane *pane);

    models::UsersModel *m_users;
    models::KeysModel *m_keys;
    AccountLoader *m_loader;
    QList<Pane *> m_panes;
    QList<QAction *> m_paneActions;
    QHash<const Pane *, QString> m_filters;
    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
};

} // namespace prime::ui
