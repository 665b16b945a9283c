#include "CreateBatchDialog.h"

#include <Format.h>

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace prime::ui {

namespace {
const QStringList kKinds{QStringLiteral("currency"), QStringLiteral("tokenized_equity")};
}

CreateBatchDialog::CreateBatchDialog(const QList<Batch> &known, QWidget *parent)
    : QDialog(parent), m_known(known), m_kinds(new QButtonGroup(this)), m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("createBatchDialog"));
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
    setWindowTitle(tr("Create a settlement batch"));

    auto *intro = new QLabel(
        //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        tr("Creating a batch asks Kraken to take a snapshot of your unsettled trades of one asset kind "
           "and to net them per asset into legs: one leg per asset, incoming (you receive) or outgoing "
           "(you send). Nothing moves yet. Kraken confirms the batch, then you settle each leg."),
        this);
    intro->setWordWrap(true);

    auto *currency = new QRadioButton(tr("&Currency — fiat and crypto positions"), this);
    currency->setObjectName(QStringLiteral("kindCurrency"));
    auto *equity = new QRadioButton(tr("&Tokenized equity — tokenized stock positions"), this);
    equity->setObjectName(QStringLiteral("kindTokenizedEquity"));
    m_kinds->addButton(currency, 0);
    m_kinds->addButton(equity, 1);
    currency->setChecked(true);
    //: "Asset kind" of a settlement batch: currencies (fiat and crypto) or tokenized equities
    currency->setAccessibleDescription(tr("Batch of currency legs"));
    //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    equity->setAccessibleDescription(tr("Batch of tokenized equity legs"));

    m_explanation->setObjectName(QStringLiteral("createBatchExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    m_create = buttons->addButton(tr("C&reate batch"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createBatchButton"));
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    m_create->setAccessibleDescription(tr("Asks Kraken to create the batch; it is created once and never re-sent "
                                          "automatically"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            update();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(currency);
    layout->addWidget(equity);
    layout->addSpacing(6);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
    layout->addWidget(buttons);
    update();
    resize(560, sizeHint().height());
}

std::optional<Batch> CreateBatchDialog::activeBatch(const QList<Batch> &batches, const QString &kind)
{
    for (const Batch &b : batches) {
        const QString bKind = b.assetKind.isEmpty() ? QStringLiteral("currency") : b.assetKind;
        if (bKind == kind && b.status != QLatin1String("completed"))
            return b;
    }
    return std::nullopt;
}

QString CreateBatchDialog::assetKind() const
{
    return kKinds.value(qMax(0, m_kinds->checkedId()));
}

void CreateBatchDialog::setAssetKind(const QString &kind)
{
    if (QAbstractButton *b = m_kinds->button(int(kKinds.indexOf(kind))))
        b->setChecked(true);
}

QString CreateBatchDialog::explanation() const
{
    return m_explanation->text();
}

void CreateBatchDialog::update()
{
    const QString kind = assetKind();
    const auto active = activeBatch(m_known, kind);
    if (active) {
        m_explanation->setText(
            //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
            tr("Batch %1 (%2, created %3) is still active for %4. Kraken allows one active batch per "
               "asset kind at a time, so a new one would be refused. Settle its legs and wait until it "
               "is completed, or pick the other asset kind.")
                .arg(active->id, models::formatStatus(active->status).toLower(),
                     models::formatTime(active->createdAt), models::assetKindInText(kind)));
        m_create->setEnabled(false);
    } else {
        m_explanation->setText(
            //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
            tr("A new %1 batch will include every %1 trade not yet in a batch. If there is none, "
               "Kraken refuses to create an empty batch.")
                .arg(models::assetKindInText(kind)));
        m_create->setEnabled(true);
    }
}

} // namespace prime::ui
