#include "SecretRevealDialog.h"

#include <SecretClipboard.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <iterator>

namespace prime::ui {

namespace {
QLabel *banner(const QString &text, const QString &colour, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setContentsMargins(10, 8, 10, 8);
    l->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; font-weight: 600; }")
                         .arg(colour));
    return l;
}
} // namespace

SecretRevealDialog::SecretRevealDialog(const ApiKey &key, const SecretBytes &secret, Storage storage,
                                       QWidget *parent)
    : QDialog(parent),
      m_clipboard(new SecretClipboard(nullptr, this)),
      m_secret(new QLineEdit(this)),
      m_reveal(new QToolButton(this)),
      m_copy(new QPushButton(tr("&Copy secret"), this)),
      m_stored(new QCheckBox(tr("I have &stored this secret where it is needed"), this)),
      m_done(new QPushButton(tr("&Done"), this)),
      m_closeQuestion(new QFrame(this))
{
    setObjectName(QStringLiteral("secretRevealDialog"));
    setWindowTitle(tr("Secret of new key %1").arg(key.id));
    setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Kraken shows a key's secret only once, now. It cannot be retrieved later; "
                                "if it is lost, the key has to be revoked and a new one issued."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (storage.stored) {
        auto *ok = banner(tr("Stored in the keychain and read back to verify."), QStringLiteral("#27ae60"), this);
        ok->setObjectName(QStringLiteral("secretStoredNote"));
        if (!storage.entry.isEmpty())
            ok->setToolTip(tr("Keychain entry: %1").arg(storage.entry));
        layout->addWidget(ok);
    } else {
        auto *warn = banner(tr("The keychain did NOT keep this secret (%1). This is the only time it can be seen: "
                               "copy it now into a password manager or the system that uses the key.")
                                .arg(storage.problem.isEmpty() ? tr("no keychain") : storage.problem),
                            QStringLiteral("#c0392b"), this);
        warn->setObjectName(QStringLiteral("secretWarning"));
        layout->addWidget(warn);
    }

    auto *form = new QFormLayout;
    auto *id = new QLineEdit(key.id, this);
    id->setReadOnly(true);
    id->setObjectName(QStringLiteral("keyIdField"));
    form->addRow(tr("Key id:"), id);
    auto *pub = new QLineEdit(key.publicKey, this);
    pub->setReadOnly(true);
    pub->setObjectName(QStringLiteral("publicKeyField"));
    form->addRow(tr("Public key:"), pub);

    m_secret->setObjectName(QStringLiteral("secretField"));
    m_secret->setAccessibleName(tr("Secret"));
    m_secret->setAccessibleDescription(tr("The new key's secret, hidden until you choose Reveal"));
    m_secret->setReadOnly(true);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setText(QString::fromLatin1(secret.view()));
    m_secret->setContextMenuPolicy(Qt::NoContextMenu); // copying goes through the sensitive clipboard
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setText(tr("Reveal"));
    m_reveal->setCheckable(true);
    m_reveal->setAccessibleDescription(tr("Shows or hides the secret on screen"));
    m_copy->setAccessibleDescription(tr("Copies the secret to the clipboard, which is cleared again after a while"));
    m_stored->setAccessibleDescription(tr("Required before Done: the secret is never shown again"));
    m_copy->setObjectName(QStringLiteral("copySecretButton"));
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_reveal);
    secretRow->addWidget(m_copy);
    form->addRow(tr("Secret:"), secretRow);
    layout->addLayout(form);

    auto *clipNote = new QLabel(tr("A copied secret is hidden from clipboard history and cleared after %n second(s).",
                                   nullptr, SecretClipboard::kDefaultClearDelayMs / 1000), this);
    clipNote->setObjectName(QStringLiteral("clipboardNote"));
    clipNote->setWordWrap(true);
    layout->addWidget(clipNote);

    m_stored->setObjectName(QStringLiteral("storedCheck"));
    layout->addWidget(m_stored);

    // Asked inside the dialog when closing before the secret is confirmed stored.
    m_closeQuestion->setObjectName(QStringLiteral("closeQuestion"));
    m_closeQuestion->setFrameShape(QFrame::StyledPanel);
    auto *q = new QHBoxLayout(m_closeQuestion);
    auto *qText = new QLabel(tr("You have not confirmed that the secret is stored. It will never be shown again."),
                             m_closeQuestion);
    qText->setWordWrap(true);
    auto *closeAnyway = new QPushButton(tr("Close &anyway"), m_closeQuestion);
    closeAnyway->setObjectName(QStringLiteral("closeAnywayButton"));
    closeAnyway->setAccessibleDescription(tr("Closes without a confirmed copy: the secret is lost for good"));
    auto *goBack = new QPushButton(tr("&Go back"), m_closeQuestion);
    goBack->setObjectName(QStringLiteral("goBackButton"));
    q->addWidget(qText, 1);
    q->addWidget(goBack);
    q->addWidget(closeAnyway);
    m_closeQuestion->hide();
    layout->addWidget(m_closeQuestion);

    auto *buttons = new QDialogButtonBox(this);
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_done->setEnabled(false);
    buttons->addButton(m_done, QDialogButtonBox::AcceptRole);
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);

    // Reading order: the id fields were created after the secret's widgets.
    QWidget *order[] = {id, pub, m_secret, m_reveal, m_copy, m_stored};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
        m_secret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(on ? tr("Hide") : tr("Reveal"));
    });
    // The clipboard gets its own copy of the bytes; the field's text is only for display.
    const SecretBytes copyable = secret;
    connect(m_copy, &QPushButton::clicked, this, [this, copyable] { m_clipboard->copy(copyable); });
    connect(m_stored, &QCheckBox::toggled, m_done, &QPushButton::setEnabled);
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(goBack, &QPushButton::clicked, m_closeQuestion, &QWidget::hide);
    connect(closeAnyway, &QPushButton::clicked, this, [this] {
        m_closeConfirmed = true;
        reject();
    });
}

SecretRevealDialog::~SecretRevealDialog()
{
    wipe();
}

bool SecretRevealDialog::isRevealed() const
{
    return m_secret->echoMode() == QLineEdit::Normal;
}

bool SecretRevealDialog::confirmedStored() const
{
    return m_stored->isChecked();
}

bool SecretRevealDialog::isAskingToClose() const
{
    return !m_closeQuestion->isHidden();
}

void SecretRevealDialog::done(int result)
{
    // Escape, the window's close button and Close all come here.
    if (!m_stored->isChecked() && !m_closeConfirmed) {
        m_closeQuestion->show();
        return;
    }
    wipe();
    QDialog::done(result);
    emit closedWith(m_stored->isChecked());
}

void SecretRevealDialog::wipe()
{
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->clear();
}

} // namespace prime::ui
