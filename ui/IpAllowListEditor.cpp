#include "IpAllowListEditor.h"

#include <IpAllowList.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prime::ui {

namespace {
enum Column { Address, Status };
const QColor kInvalid(0xfa, 0xdb, 0xd8);
} // namespace

IpAllowListEditor::IpAllowListEditor(const QString &keyId, const QStringList &current, QWidget *parent)
    : QDialog(parent),
      m_keyId(keyId),
      m_current(current),
      m_table(new QTableWidget(0, 2, this)),
      m_diff(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_problems(new QLabel(this)),
      m_save(new QPushButton(tr("&Save"), this)),
      m_remove(new QPushButton(tr("&Remove row"), this))
{
    setObjectName(QStringLiteral("ipAllowListEditor"));
    //: "allow-list" = the IP addresses and ranges from which an API key may be used
    setWindowTitle(tr("IP allow-list of key %1").arg(keyId));
    resize(560, 460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Requests with this key are accepted only from these addresses. One IPv4 or IPv6 "
                                "address, or a CIDR range such as 198.51.100.0/24, per row."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(QStringLiteral("allowListTable"));
    //: "allow-list" = the IP addresses and ranges an API key may be used from
    m_table->setAccessibleName(tr("Allowed addresses"));
    m_table->setAccessibleDescription(tr("One address or range per row. F2 or typing edits a row; the second "
                                         "column says whether it is valid."));
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->setHorizontalHeaderLabels({tr("Address or range"), tr("Check")});
    m_table->horizontalHeader()->setSectionResizeMode(Address, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Status, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Typing, F2 or a double click edit a row; merely tabbing onto the table does not.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_table, 1);

    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add row"), this);
    add->setObjectName(QStringLiteral("addRowButton"));
    add->setAccessibleDescription(tr("Adds an empty row and starts editing it"));
    m_remove->setAccessibleDescription(tr("Removes the selected row"));
    //: "allow-list" = the IP addresses and ranges from which an API key may be used
    m_save->setAccessibleDescription(tr("Sends the new allow-list to Kraken; an empty list allows any address"));
    m_remove->setObjectName(QStringLiteral("removeRowButton"));
    rowButtons->addWidget(add);
    setTabOrder(add, m_remove); // m_remove was created first
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);

    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b;"));
    layout->addWidget(m_problems);
    m_empty->setObjectName(QStringLiteral("emptyWarning"));
    m_empty->setWordWrap(true);
    //: "allow-list" = the IP addresses and ranges from which an API key may be used
    m_empty->setText(tr("An empty allow-list lets this key be used from ANY address."));
    m_empty->setStyleSheet(QStringLiteral("QLabel { background: #f39c12; color: black; padding: 6px; "
                                          "border-radius: 4px; font-weight: 600; }"));
    layout->addWidget(m_empty);
    m_diff->setObjectName(QStringLiteral("diffLabel"));
    m_diff->setWordWrap(true);
    m_diff->setTextFormat(Qt::RichText);
    layout->addWidget(m_diff);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, Address);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Address));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            revalidate();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            revalidate();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (canSave())
            emit saveRequested(entries());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setRows(current);
}

QStringList IpAllowListEditor::rows() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out << (m_table->item(r, Address) ? m_table->item(r, Address)->text() : QString());
    return out;
}

void IpAllowListEditor::setRows(const QStringList &rows)
{
    m_updating = true;
    m_table->setRowCount(0);
    for (const QString &r : rows)
        addRow(r);
    m_updating = false;
    revalidate();
}

void IpAllowListEditor::addRow(const QString &text)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Address, new QTableWidgetItem(text));
    auto *status = new QTableWidgetItem;
    status->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, Status, status);
    m_updating = wasUpdating;
    if (!m_updating)
        revalidate();
}

QStringList IpAllowListEditor::entries() const
{
    return IpAllowList::parse(rows()).entries;
}

bool IpAllowListEditor::canSave() const
{
    return m_invalid == 0 && !IpAllowList::diff(m_current, entries()).isEmpty();
}

QString IpAllowListEditor::diffText() const
{
    return m_diff->text();
}

bool IpAllowListEditor::isEmptyWarningShown() const
{
    return !m_empty->isHidden();
}

void IpAllowListEditor::revalidate()
{
    m_updating = true;
    m_invalid = 0;
    QSet<QString> seen;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QTableWidgetItem *address = m_table->item(r, Address);
        QTableWidgetItem *status = m_table->item(r, Status);
        const QString text = address ? address->text() : QString();
        QString note;
        bool bad = false;
        if (text.trimmed().isEmpty()) {
            note = tr("empty row, ignored");
        } else if (const IpAllowList::Check c = IpAllowList::check(text); !c.ok()) {
            note = c.error;
            bad = true;
        } else if (seen.contains(c.normalized)) {
            note = tr("duplicate of %1, dropped").arg(c.normalized);
        } else {
            seen.insert(c.normalized);
            note = c.normalized.contains(QLatin1Char('/')) ? tr("range %1").arg(c.normalized)
                   : c.normalized.contains(QLatin1Char(':')) ? tr("IPv6 address") : tr("IPv4 address");
        }
        m_invalid += bad ? 1 : 0;
        status->setText(note);
        const QBrush background = bad ? QBrush(kInvalid) : QBrush();
        address->setBackground(background);
        status->setBackground(background);
    }
    m_updating = false;

    const QStringList list = entries();
    const IpAllowList::Diff d = IpAllowList::diff(m_current, list);
    QStringList lines;
    for (const QString &a : d.added)
        lines << QStringLiteral("<span style='color:#1e8449'>+ %1</span>").arg(a.toHtmlEscaped());
    for (const QString &r : d.removed)
        lines << QStringLiteral("<span style='color:#c0392b'>− %1</span>").arg(r.toHtmlEscaped());
    m_diff->setText(d.isEmpty() ? tr("No change.")
                                : tr("<b>Change:</b> %1 kept<br>").arg(d.kept.size()) + lines.join(QStringLiteral("<br>")));
    m_empty->setVisible(m_invalid == 0 && list.isEmpty());
    m_problems->setText(m_invalid ? tr("%n entry(ies) are not valid addresses or ranges; fix or remove them.",
                                       nullptr, m_invalid)
                                  : QString());
    m_problems->setVisible(m_invalid > 0);
    m_save->setEnabled(canSave());
    m_remove->setEnabled(m_table->rowCount() > 0);
}

} // namespace prime::ui
