#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace prime::ui {

// Confirms revoking a key by having the user type its id. Revoking cannot be
// undone: whatever uses the key stops working at once, and the secret this
// keychain holds for it is deleted afterwards.
class RevokeKeyDialog : public QDialog
{
    Q_OBJECT
public:
    RevokeKeyDialog(const QString &keyId, const QString &userName, bool keychainHoldsSecret,
                    QWidget *parent = nullptr);

    QString keyId() const { return m_keyId; }
    bool canRevoke() const;

signals:
    void revokeRequested(const QString &keyId);

private:
    QString m_keyId;
    QLineEdit *m_confirm;
    QPushButton *m_revoke;
};

} // namespace prime::ui
