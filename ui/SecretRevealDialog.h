#pragma once

#include <ApiKey.h>
#include <SecretBytes.h>

#include <QDialog>

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace prime {
class SecretClipboard;
}

namespace prime::ui {

// Shows a new key's secret exactly once: masked with a reveal toggle, a copy
// button (sensitive clipboard, cleared after a delay), the public key, and an
// explicit "I have stored this secret" step before Done is enabled. Closing
// early asks for confirmation inside the dialog (no nested event loop). When
// the keychain did not keep the secret a prominent warning says so, because
// Kraken will never return it again. The text is wiped from the widgets when
// the dialog closes.
class SecretRevealDialog : public QDialog
{
    Q_OBJECT
public:
    struct Storage
    {
        bool stored = false;  // written to the keychain and read back
        QString problem;      // why not, in words
        QString entry;        // the keychain entry name (shown to the user)
    };

    SecretRevealDialog(const ApiKey &key, const SecretBytes &secret, Storage storage,
                       QWidget *parent = nullptr);
    ~SecretRevealDialog() override;

    bool isRevealed() const;
    bool confirmedStored() const;
    // True while the "close without confirming?" question is shown.
    bool isAskingToClose() const;
    SecretClipboard *clipboard() const { return m_clipboard; }

    void done(int result) override;

signals:
    // The dialog closed; `confirmed`: the user ticked "I have stored this secret".
    void closedWith(bool confirmed);

private:
    void wipe();

    SecretClipboard *m_clipboard;
    QLineEdit *m_secret;
    QToolButton *m_reveal;
    QPushButton *m_copy;
    QCheckBox *m_stored;
    QPushButton *m_done;
    QFrame *m_closeQuestion;
    bool m_closeConfirmed = false;
};

} // namespace prime::ui
