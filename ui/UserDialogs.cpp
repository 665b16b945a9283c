#include "UserDialogs.h"

#include <ApiUser.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prime::ui {

UserDialog::UserDialog(Mode mode, const QString &userName, const QString &currentRole, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_originalName(userName), m_originalRole(currentRole),
      m_status(new QLabel(this)), m_submit(new QPushButton(this))
{
    setObjectName(QStringLiteral("userDialog"));
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    if (mode == Mode::Create || mode == Mode::Rename) {
        m_name = new QLineEdit(userName, this);
        m_name->setObjectName(QStringLiteral("nameField"));
        m_name->setMaxLength(128);
        m_name->setAccessibleDescription(tr("The user's name as shown in Kraken Prime"));
        form->addRow(tr("&Name:"), m_name);
        connect(m_name, &QLineEdit::textChanged, this, &UserDialog::update);
    }
    if (mode == Mode::Create || mode == Mode::ChangeRole) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("roleChoice"));
        m_role->addItem(tr("Viewer"), QStringLiteral("Viewer"));
        m_role->addItem(tr("Trader"), QStringLiteral("Trader"));
        const int i = m_role->findData(currentRole);
        m_role->setCurrentIndex(i < 0 ? 0 : i);
        form->addRow(tr("&Role:"), m_role);
        m_roleHelp = new QLabel(this);
        m_roleHelp->setObjectName(QStringLiteral("roleHelp"));
        m_roleHelp->setWordWrap(true);
        m_role->setAccessibleDescription(tr("What the user's API keys may do; the text below explains the role"));
        form->addRow(QString(), m_roleHelp);
        connect(m_role, &QComboBox::currentIndexChanged, this, &UserDialog::update);
    }

    QString consequence;
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("Create API user"));
        m_submit->setText(tr("&Create user"));
        break;
    case Mode::Rename:
        setWindowTitle(tr("Rename %1").arg(userName));
        m_submit->setText(tr("&Rename"));
        break;
    case Mode::ChangeRole:
        setWindowTitle(tr("Change the role of %1").arg(userName));
        m_submit->setText(tr("&Change role"));
        consequence = tr("The new role applies to all of %1's keys at once.").arg(userName);
        break;
    case Mode::Disable:
        setWindowTitle(tr("Disable %1").arg(userName));
        m_submit->setText(tr("&Disable user"));
        consequence = tr("While %1 is disabled, every API key of %1 stops working: requests signed with them "
                         "are refused. The keys are not deleted and work again once the user is enabled.")
                          .arg(userName);
        break;
    case Mode::Enable:
        setWindowTitle(tr("Enable %1").arg(userName));
        m_submit->setText(tr("&Enable user"));
        consequence = tr("Once %1 is enabled, the user's existing API keys work again.").arg(userName);
        break;
    }
    // The consequence of the risky modes is what a screen reader says about the button.
    m_submit->setAccessibleDescription(consequence);
    if (!consequence.isEmpty()) {
        auto *c = new QLabel(consequence, this);
        c->setObjectName(QStringLiteral("consequenceLabel"));
        c->setWordWrap(true);
        layout->addWidget(c);
    }
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    buttons->addButton(m_submit, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        if (canSubmit())
            emit submitted();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString UserDialog::name() const
{
    return m_name ? m_name->text().trimmed() : m_originalName;
}

QString UserDialog::role() const
{
    return m_role ? m_role->currentData().toString() : m_originalRole;
}

bool UserDialog::canSubmit() const
{
    if (m_busy)
        return false;
    switch (m_mode) {
    case Mode::Create: return !name().isEmpty();
    case Mode::Rename: return !name().isEmpty() && name() != m_originalName;
    case Mode::ChangeRole: return role() != m_originalRole;
    case Mode::Disable:
    case Mode::Enable: return true;
    }
    return false;
}

void UserDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Sending to Kraken…"));
        m_status->show();
    }
    if (m_name)
        m_name->setEnabled(!busy);
    if (m_role)
        m_role->setEnabled(!busy);
    update();
}

void UserDialog::showError(const QString &text)
{
    m_status->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_status->setText(text);
    m_status->show();
}

QString UserDialog::roleExplanation(const QString &role)
{
    if (role == QLatin1String("Viewer"))
        return tr("Viewer: read-only. Its keys can query orders, balances and exposure, but cannot submit or amend orders.");
    if (role == QLatin1String("Trader"))
        return tr("Trader: everything a Viewer can, plus submitting and amending orders.");
    return {};
}

void UserDialog::update()
{
    if (m_roleHelp)
        m_roleHelp->setText(roleExplanation(role()));
    m_submit->setEnabled(canSubmit());
}

} // namespace prime::ui
