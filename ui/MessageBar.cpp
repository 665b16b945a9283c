#include "MessageBar.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace prime::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_text(new QLabel(this)),
      m_detailsLabel(new QLabel(this)),
      m_detailsButton(new QToolButton(this)),
      m_actionButton(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setAccessibleName(tr("Message"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_detailsLabel->setObjectName(QStringLiteral("messageDetails"));
    m_detailsButton->setObjectName(QStringLiteral("messageDetailsButton"));
    m_actionButton->setObjectName(QStringLiteral("messageAction"));
    m_close->setObjectName(QStringLiteral("messageClose"));

    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setVisible(false);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_detailsLabel->setFont(mono);

    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleDescription(tr("Shows or hides the technical details of this message"));
    m_detailsButton->setAutoRaise(true);
    connect(m_detailsButton, &QToolButton::toggled, m_detailsLabel, &QLabel::setVisible);

    m_actionButton->setVisible(false);
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        auto action = m_action;
        dismiss();
        if (action)
            action();
    });

    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(m_actionButton);
    row->addWidget(m_close, 0, Qt::AlignTop);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(12, 8, 8, 8);
    column->setSpacing(6);
    column->addLayout(row);
    column->addWidget(m_detailsLabel);
    setVisible(false);
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &details)
{
    m_kind = kind;
    m_text->setText(text);
    m_details = details;
    m_detailsLabel->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsButton->setChecked(false);
    m_action = nullptr;
    m_actionButton->setVisible(false);
    applyKind();
    m_actionButton->setAccessibleDescription(text);
    setVisible(true);
    // Screen readers announce a new message like a notification.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MessageBar::setAction(const QString &label, std::function<void()> action)
{
    m_action = std::move(action);
    m_actionButton->setText(label);
    m_actionButton->setVisible(bool(m_action));
}

void MessageBar::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

void MessageBar::dismiss()
{
    if (!isVisible())
        return;
    setVisible(false);
    m_action = nullptr;
    emit dismissed();
}

void MessageBar::applyKind()
{
    // Fixed tints with their own text colour read well on light and dark palettes.
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    //: Severity of a message in the message bar, also read by screen readers
    QString severity = tr("Information");
    QString background = QStringLiteral("#dbeafe"), border = QStringLiteral("#60a5fa");
    switch (m_kind) {
    case Kind::Information:
        break;
    case Kind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        severity = tr("Warning");
        background = QStringLiteral("#fef3c7");
        border = QStringLiteral("#f59e0b");
        break;
    case Kind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        severity = tr("Error");
        background = QStringLiteral("#fee2e2");
        border = QStringLiteral("#ef4444");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    // The severity is told by the icon's shape and in words, not by the tint alone.
    m_icon->setToolTip(severity);
    m_icon->setAccessibleName(severity);
    //: What a screen reader says about the message bar: severity, then the message
    setAccessibleDescription(tr("%1: %2").arg(severity, m_text->text()));
    setStyleSheet(QStringLiteral("QFrame#messageBar { background: %1; border: 1px solid %2; "
                                 "border-radius: 4px; } QFrame#messageBar QLabel, "
                                 "QFrame#messageBar QToolButton { color: #1f2937; }")
                      .arg(background, border));
}

} // namespace prime::ui
