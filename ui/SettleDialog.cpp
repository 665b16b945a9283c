#include "SettleDialog.h"

#include <AssetAmount.h>
#include <Format.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prime::ui {

SettleDialog::SettleDialog(const Batch &batch, const QList<Leg> &legs, QWidget *parent)
    : QDialog(parent), m_legs(legs), m_table(new QTableWidget(int(legs.size()), 4, this))
{
    setObjectName(QStringLiteral("settleDialog"));
    const bool single = legs.size() == 1;
    //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "settle" = pay or receive a leg's amount by a transfer, which closes the leg
    setWindowTitle(single ? tr("Settle the %1 leg").arg(legs.first().asset)
                          :
                            //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "settle" = pay or receive a leg's amount by a transfer, which closes the leg
                            tr("Settle %n leg(s)", nullptr, int(legs.size())));

    if (single) {
        const Leg &l = legs.first();
        const QString amount = formatAmount(l.amount, l.asset);
        m_question = l.direction == QLatin1String("outgoing")
                         //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
                         ? tr("Send %1 %2 to Kraken to settle this leg of batch %3?").arg(amount, l.asset, batch.id)
                     : l.direction == QLatin1String("incoming")
                         //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
                         ? tr("Receive %1 %2 from Kraken to settle this leg of batch %3?").arg(amount, l.asset, batch.id)
                         //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
                         : tr("Settle %1 %2 of batch %3?").arg(amount, l.asset, batch.id);
    } else {
        //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        m_question = tr("Settle these %n leg(s) of batch %1, one after the other?", nullptr, int(legs.size()))
                         .arg(batch.id);
    }
    auto *question = new QLabel(m_question, this);
    question->setObjectName(QStringLiteral("settleQuestion"));
    QFont big = question->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.1);
    question->setFont(big);
    question->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("settleLegsTable"));
    //: "Legs" = the per-asset parts of a settlement batch that this dialog is about to settle
    m_table->setAccessibleName(tr("Legs to settle"));
    m_table->setHorizontalHeaderLabels({tr("Asset"), tr("Direction"), tr("Amount"), tr("Exact amount from Kraken")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::TabFocus); // readable with the keyboard; Cancel keeps the initial focus
    m_table->setTabKeyNavigation(false);
    for (int row = 0; row < legs.size(); ++row) {
        const Leg &l = legs.at(row);
        const QString direction = l.direction == QLatin1String("incoming")   ? tr("\u2192 Incoming (you receive)")
                                  : l.direction == QLatin1String("outgoing") ? tr("\u2190 Outgoing (you send)")
                                                                             : models::formatStatus(l.direction);
        auto *amount = new QTableWidgetItem(formatSignedAmount(l.amount, l.direction, l.asset));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *exact = new QTableWidgetItem(l.amount);
        exact->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, new QTableWidgetItem(l.asset));
        m_table->setItem(row, 1, new QTableWidgetItem(direction));
        m_table->setItem(row, 2, amount);
        m_table->setItem(row, 3, exact);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // As tall as its rows (up to 8, then it scrolls): no empty box under one leg.
    const int rows = qMin<int>(int(legs.size()), 8);
    const int height = m_table->horizontalHeader()->sizeHint().height()
                       + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth();
    m_table->setFixedHeight(height);

    auto *warning = new QLabel(
        //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
        tr("This starts a transfer of funds. Batch %1 is %2. The request is sent once and never "
           "retried automatically; if the answer is lost, Prime Admin re-reads the batch and shows "
           "whether the transfer exists before offering to try again.%3")
            .arg(batch.id, batch.confirmed ? tr("confirmed") : tr("NOT confirmed"),
                 //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "settle" = pay or receive a leg's amount by a transfer, which closes the leg
                 single ? QString() : tr(" The legs are settled one after the other; the run stops at the first failure.")),
        this);
    warning->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
    m_settle = buttons->addButton(single ? tr("Settle %1").arg(legs.first().asset)
                                         :
                                           //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "settle" = pay or receive a leg's amount by a transfer, which closes the leg
                                           tr("Settle %n leg(s)", nullptr, int(legs.size())),
                                  QDialogButtonBox::AcceptRole);
    m_settle->setObjectName(QStringLiteral("settleConfirmButton"));
    m_settle->setAutoDefault(false);
    m_settle->setAccessibleDescription(m_question + QLatin1Char(' ') + warning->text());
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setAccessibleDescription(tr("Closes this question; nothing is sent"));
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_table);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    resize(qMax(560, sizeHint().width()), sizeHint().height());
}

QStringList SettleDialog::assets() const
{
    QStringList a;
    for (const Leg &l : m_legs)
        a << l.asset;
    return a;
}

QString SettleDialog::question() const
{
    return m_question;
}

} // namespace prime::ui
