#include "PaneHeader.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

namespace prime::ui {

PaneHeader::PaneHeader(const QIcon &icon, const QString &title, QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_layout(new QHBoxLayout(this))
{
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(24, 24));
    auto *titleLabel = new QLabel(title, this);
    QFont f = titleLabel->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    titleLabel->setFont(f);
    m_summary->setObjectName(QStringLiteral("paneSummary"));
    QPalette pal = m_summary->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_summary->setPalette(pal);
    m_layout->setContentsMargins(2, 0, 0, 4);
    m_layout->setSpacing(10);
    m_layout->addWidget(iconLabel);
    m_layout->addWidget(titleLabel);
    m_layout->addWidget(m_summary, 0, Qt::AlignBottom);
    m_layout->addStretch(1);
}

void PaneHeader::setSummary(const QString &summary)
{
    m_summary->setText(summary);
}

QString PaneHeader::summary() const
{
    return m_summary->text();
}

void PaneHeader::addControl(QWidget *widget)
{
    m_layout->addWidget(widget);
}

} // namespace prime::ui
