#include "RevokeKeyDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prime::ui {

RevokeKeyDialog::RevokeKeyDialog(const QString &keyId, const QString &userName, bool keychainHoldsSecret,
                                 QWidget *parent)
    : QDialog(parent), m_keyId(keyId), m_confirm(new QLineEdit(this)),
      m_revoke(new QPushButton(tr("&Revoke key"), this))
{
    setObjectName(QStringLiteral("revokeKeyDialog"));
    setWindowTitle(tr("Revoke key %1").arg(keyId));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    QString text = tr("Revoking key %1 of %2 cannot be undone. Every program that signs with it is refused "
                      "from now on.").arg(keyId, userName);
    if (keychainHoldsSecret)
        text += QLatin1Char(' ') + tr("Its secret is deleted from this keychain afterwards.");
    auto *explain = new QLabel(text, this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto *ask = new QLabel(tr("Type the key id <b>%1</b> to confirm:").arg(keyId.toHtmlEscaped()), this);
    ask->setBuddy(m_confirm);
    layout->addWidget(ask);
    m_confirm->setObjectName(QStringLiteral("confirmField"));
    m_confirm->setPlaceholderText(keyId);
    m_confirm->setAccessibleName(tr("Key id to confirm"));
    m_confirm->setAccessibleDescription(tr("Type the key id %1 exactly; only then can the key be revoked").arg(keyId));
    layout->addWidget(m_confirm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_revoke->setEnabled(false);
    m_revoke->setAccessibleDescription(text);
    m_revoke->setStyleSheet(QStringLiteral("QPushButton:enabled { background: #c0392b; color: white; }"));
    buttons->addButton(m_revoke, QDialogButtonBox::DestructiveRole);
    layout->addWidget(buttons);

    connect(m_confirm, &QLineEdit::textChanged, this, [this] { m_revoke->setEnabled(canRevoke()); });
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        if (canRevoke())
            emit revokeRequested(m_keyId);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool RevokeKeyDialog::canRevoke() const
{
    // Exactly the id, so a pasted neighbour's id or a prefix cannot confirm.
    return m_confirm->text().trimmed() == m_keyId;
}

} // namespace prime::ui
