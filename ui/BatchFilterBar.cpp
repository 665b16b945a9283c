#include "BatchFilterBar.h"

#include <Format.h>

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QToolButton>

namespace prime::ui {

namespace {
const QStringList kStatuses{QStringLiteral("unsettled"), QStringLiteral("partially_settled"),
                            QStringLiteral("settled"), QStringLiteral("completed")};
}

BatchFilterBar::BatchFilterBar(QWidget *parent)
    : QWidget(parent),
      m_useFrom(new QCheckBox(tr("Created from"), this)),
      m_from(new QDateEdit(this)),
      m_useUntil(new QCheckBox(tr("to"), this)),
      m_until(new QDateEdit(this))
{
    setObjectName(QStringLiteral("batchFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const QString &s : kStatuses) {
        auto *box = new QCheckBox(models::formatStatus(s), this);
        box->setObjectName(QStringLiteral("status_") + s);
        box->setProperty("status", s);
        //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
        box->setToolTip(tr("Only batches with this status (none ticked: every status)"));
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_silent)
                emit changed();
        });
        m_statuses.append(box);
        layout->addWidget(box);
    }
    layout->addSpacing(8);
    m_useFrom->setObjectName(QStringLiteral("useFrom"));
    m_useUntil->setObjectName(QStringLiteral("useUntil"));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_until->setObjectName(QStringLiteral("untilDate"));
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    m_useFrom->setAccessibleDescription(tr("Only batches created on or after the date beside it"));
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    m_useUntil->setAccessibleDescription(tr("Only batches created on or before the date beside it"));
    m_from->setAccessibleName(tr("Created from date"));
    m_until->setAccessibleName(tr("Created to date"));
    for (QDateEdit *edit : {m_from, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(models::dateFormat()); // the date as the tables show it
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_silent)
                emit changed();
        });
    }
    for (auto [box, edit] : {std::pair{m_useFrom, m_from}, std::pair{m_useUntil, m_until}}) {
        connect(box, &QCheckBox::toggled, this, [this, edit = edit](bool on) {
            edit->setEnabled(on);
            if (!m_silent)
                emit changed();
        });
    }
    layout->addWidget(m_useFrom);
    layout->addWidget(m_from);
    layout->addWidget(m_useUntil);
    layout->addWidget(m_until);
    auto *reset = new QToolButton(this);
    reset->setObjectName(QStringLiteral("clearBatchFilters"));
    reset->setText(tr("All"));
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    reset->setToolTip(tr("Show batches of every status, created at any time"));
    reset->setAccessibleName(tr("Clear the filters"));
    connect(reset, &QToolButton::clicked, this, &BatchFilterBar::clear);
    layout->addWidget(reset);
    layout->addStretch(1);
    // Reading order, left to right (the date check boxes were created first).
    const QWidgetList chain = tabChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

QWidgetList BatchFilterBar::tabChain() const
{
    QWidgetList chain;
    for (QCheckBox *box : m_statuses)
        chain << box;
    chain << QWidgetList{m_useFrom, m_from, m_useUntil, m_until, findChild<QWidget *>(QStringLiteral("clearBatchFilters"))};
    return chain;
}

BatchQuery BatchFilterBar::query() const
{
    BatchQuery q;
    for (QCheckBox *box : m_statuses) {
        if (box->isChecked())
            q.statuses.append(box->property("status").toString());
    }
    // `from` is exclusive on the server: one ms before local midnight includes it.
    if (m_useFrom->isChecked())
        q.from = m_from->date().startOfDay().toMSecsSinceEpoch() - 1;
    if (m_useUntil->isChecked())
        q.until = m_until->date().addDays(1).startOfDay().toMSecsSinceEpoch() - 1;
    return q;
}

void BatchFilterBar::setStatuses(const QStringList &statuses)
{
    m_silent = true;
    for (QCheckBox *box : m_statuses)
        box->setChecked(statuses.contains(box->property("status").toString()));
    m_silent = false;
    emit changed();
}

void BatchFilterBar::setRange(const QDate &from, const QDate &until)
{
    m_silent = true;
    m_useFrom->setChecked(from.isValid());
    if (from.isValid())
        m_from->setDate(from);
    m_useUntil->setChecked(until.isValid());
    if (until.isValid())
        m_until->setDate(until);
    m_silent = false;
    emit changed();
}

void BatchFilterBar::clear()
{
    m_silent = true;
    for (QCheckBox *box : m_statuses)
        box->setChecked(false);
    m_useFrom->setChecked(false);
    m_useUntil->setChecked(false);
    m_silent = false;
    emit changed();
}

} // namespace prime::ui
