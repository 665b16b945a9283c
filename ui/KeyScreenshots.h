#pragma once

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QWidget;

namespace prime {
class RotationJournal;
class SecretStore;
} // namespace prime

namespace prime::ui {

class MainWindow;

// The users/keys part of `--screenshots`: against the window's sandbox session it
// issues a real key (a sandbox secret) and shows the show-once dialog, opens the
// allow-list editor on a demo key with a few typed entries (one invalid, one
// duplicate), and runs a full rotation in the wizard. Keychain entries go to a
// separate service and the rotation journal to a temporary file, both removed
// afterwards, so the app's own keychain and journal are untouched.
class KeyScreenshots : public QObject
{
    Q_OBJECT
public:
    using Save = std::function<void(const QString &name, QWidget *dialog)>;

    KeyScreenshots(MainWindow *window, Save save, QObject *parent = nullptr);
    ~KeyScreenshots() override;

    void start();

signals:
    void finished(bool ok, const QString &error);

private:
    void pickUser();
    void secretDialog();
    void allowListEditor();
    void rotationWizard();
    void later(std::function<void()> step);
    void waitIdleThen(std::function<void()> step);
    void fail(const QString &error);
    void done();

    MainWindow *m_window;
    Save m_save;
    std::unique_ptr<SecretStore> m_secrets;
    QTemporaryDir m_dir;
    std::unique_ptr<RotationJournal> m_journal;
    QString m_userId;
    QString m_userName;
    QStringList m_entries; // keychain entries to remove at the end
    bool m_finished = false;
};

} // namespace prime::ui
