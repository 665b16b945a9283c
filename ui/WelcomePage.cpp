#include "WelcomePage.h"

#include "Icons.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace prime::ui {

namespace {
QPushButton *bigButton(const QIcon &icon, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(icon, text, parent);
    b->setIconSize(QSize(24, 24));
    b->setMinimumSize(300, 48);
    QFont f = b->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    b->setFont(f);
    return b;
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignCenter);
    return l;
}
} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::application().pixmap(72, 72));
    logo->setFixedSize(72, 72);
    auto *title = new QLabel(tr("Welcome to Prime Admin"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.9);
    tf.setBold(true);
    title->setFont(tf);
    title->setAlignment(Qt::AlignCenter);
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
    auto *intro = wrapped(tr("Manage the API users, API keys and settlement batches of your "
                             "Kraken Prime account."),
                          this);

    auto *sandbox = bigButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Try the sandbox"), this);
    sandbox->setObjectName(QStringLiteral("trySandboxButton"));
    sandbox->setAccessibleDescription(tr("Starts a local Prime server with demo data; no real funds"));
    auto *sandboxNote = wrapped(tr("A local Prime server with demo data runs inside the app. "
                                   "No account needed, no real funds."),
                                this);
    auto *connectButton = bigButton(Icons::keys(), tr("Connect to Kraken Prime…"), this);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setAccessibleDescription(tr("Opens a dialog for the API key of your Prime account"));
    connectButton->setDefault(true);
    auto *connectNote = wrapped(tr("Use an administrator API key of your Prime account. "
                                   "Its secret goes to the system keychain, never to a file."),
                                this);
    for (QLabel *note : {sandboxNote, connectNote, intro}) {
        QPalette pal = note->palette();
        pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
        note->setPalette(pal);
    }
    intro->setPalette(QPalette());

    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(logo, 0, Qt::AlignHCenter);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(28);
    column->addWidget(sandbox, 0, Qt::AlignHCenter);
    column->addWidget(sandboxNote);
    column->addSpacing(16);
    column->addWidget(connectButton, 0, Qt::AlignHCenter);
    column->addWidget(connectNote);

    auto *holder = new QWidget(this);
    holder->setLayout(column);
    holder->setFixedWidth(520);
    // The wrapped notes make the column's height depend on its width; without a
    // minimum the outer layout squeezes the logo into the title.
    holder->setMinimumHeight(holder->heightForWidth(520));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addWidget(holder, 0, Qt::AlignHCenter);
    outer->addStretch(3);

    connect(sandbox, &QPushButton::clicked, this, &WelcomePage::sandboxRequested);
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::connectRequested);
}

} // namespace prime::ui
