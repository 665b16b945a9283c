#include "BatchDetailView.h"

#include "LegsChart.h"
#include "RecordTableView.h"
#include "SettleDialog.h"

#include <BatchCsv.h>
#include <BatchTracker.h>
#include <Format.h>
#include <LegsModel.h>
#include <RecordFilterModel.h>
#include <Session.h>

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace prime::ui {

using models::LegsModel;

BatchDetailView::BatchDetailView(QWidget *parent)
    : QWidget(parent),
      m_legs(new LegsModel(this)),
      m_legsProxy(new models::RecordFilterModel(this)),
      m_title(new QLabel(this)),
      m_attributes(new QLabel(this)),
      m_retry(new QPushButton(tr("Try again…"), this)),
      m_progressRow(new QWidget(this)),
      m_progress(new QProgressBar(m_progressRow)),
      m_progressText(new QLabel(m_progressRow)),
      //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing)
      m_stop(new QPushButton(tr("Stop after this leg"), m_progressRow)),
      m_summary(new QLabel(this)),
      m_chart(new LegsChart(this)),
      m_chartScroll(new QScrollArea(this)),
      m_legsView(new RecordTableView(this)),
      m_tradeIds(new QPlainTextEdit(this)),
      m_tradeTitle(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("batchDetail"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attributes->setObjectName(QStringLiteral("batchAttributes"));
    m_attributes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attributes->setWordWrap(true);

    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    auto *back = new QPushButton(tr("\u2190 All batches"), this);
    back->setObjectName(QStringLiteral("backToBatches"));
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    back->setAccessibleName(tr("Back to all batches"));
    // Some platform themes (offscreen, Windows) bind no Back key: Alt+Left then.
    const QList<QKeySequence> backKeys = QKeySequence::keyBindings(QKeySequence::Back);
    back->setShortcut(backKeys.isEmpty() ? QKeySequence(Qt::ALT | Qt::Key_Left) : backKeys.first());
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    back->setToolTip(tr("Back to the list of batches (%1)").arg(back->shortcut().toString(QKeySequence::NativeText)));
    connect(back, &QPushButton::clicked, this, [this] {
        leave();
        emit backRequested();
    });
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(back);
    titleRow->addSpacing(8);
    titleRow->addWidget(m_title, 1);

    auto *actionBar = new QWidget(this);
    buildActions(actionBar);

    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progress->setObjectName(QStringLiteral("settleProgress"));
    m_progress->setMaximumWidth(260);
    m_progressText->setObjectName(QStringLiteral("settleProgressText"));
    m_stop->setObjectName(QStringLiteral("settleStop"));
    //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "settle" = pay or receive a leg's amount by a transfer, which closes the leg
    m_stop->setAccessibleDescription(tr("Finishes the leg being settled and settles no further legs"));
    //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
    m_progress->setAccessibleName(tr("Settlement progress"));
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_progressText, 1);
    progressLayout->addWidget(m_stop);
    m_progressRow->hide();
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->stop();
    });
    m_summary->setObjectName(QStringLiteral("settleSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->hide();

    m_chartScroll->setObjectName(QStringLiteral("legsChartScroll"));
    m_chartScroll->setFocusPolicy(Qt::NoFocus); // the chart itself takes the focus and scrolls to its row
    m_chartScroll->setWidget(m_chart);
    m_chartScroll->setWidgetResizable(true);
    m_chartScroll->setFrameShape(QFrame::StyledPanel);
    connect(m_chart, &LegsChart::assetClicked, this, &BatchDetailView::selectAsset);

    m_legsProxy->setSourceModel(m_legs);
    m_legsView->setObjectName(QStringLiteral("legsView"));
    //: "Legs" = the per-asset parts of a settlement batch: an amount you receive or send
    m_legsView->setAccessibleName(tr("Legs"));
    m_legsView->setAccessibleDescription(
        //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        tr("One row per asset leg of the batch. Select a leg that can settle, then Settle leg (Alt+S)."));
    m_legsView->setModel(m_legsProxy);
    m_legsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_legsView->sortByColumn(LegsModel::Asset, Qt::AscendingOrder);
    QHeaderView *lh = m_legsView->horizontalHeader();
    lh->resizeSection(LegsModel::Asset, 60);
    lh->resizeSection(LegsModel::Direction, 75);
    lh->resizeSection(LegsModel::Amount, 115);
    // The widths suit English; translated statuses and titles ("Nicht
    // abgewickelt", "Abwickelbar") widen their column.
    int statusWidth = 75;
    for (const char *status : {"unsettled", "settled", "pending"})
        statusWidth = qMax(statusWidth, m_legsView->fontMetrics().horizontalAdvance(
                                            models::formatStatus(QString::fromLatin1(status))) + 16);
    lh->resizeSection(LegsModel::Status, statusWidth);
    lh->resizeSection(LegsModel::CanSettle,
                      qMax(70, lh->fontMetrics().horizontalAdvance(
                                   m_legs->headerData(LegsModel::CanSettle, Qt::Horizontal, Qt::DisplayRole).toString()) + 12));
    m_legsView->fitTimeColumn(LegsModel::SettledAt);
    connect(m_legsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_chart->setHighlightedAsset(selectedAsset());
        updateActions();
    });

    m_tradeIds->setObjectName(QStringLiteral("tradeIds"));
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    m_tradeIds->setAccessibleName(tr("Trade ids of the batch"));
    m_tradeIds->setReadOnly(true);
    m_tradeIds->setTabChangesFocus(true);
    m_tradeIds->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_tradeIds->setFont(mono);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_legsView, 3);
    auto *tradeRow = new QHBoxLayout;
    tradeRow->addWidget(m_tradeTitle, 1);
    tradeRow->addWidget(m_copyTrades);
    rightLayout->addLayout(tradeRow);
    rightLayout->addWidget(m_tradeIds, 1);
    m_splitter->addWidget(m_chartScroll);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({520, 520}); // scaled to the space there is: half chart, half table
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(titleRow);
    layout->addWidget(m_attributes);
    layout->addWidget(actionBar);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    // Reading order: title row, actions, progress, then the chart, the legs and the trade ids.
    const QWidgetList chain{back, m_settle, m_settleAll, m_retry, m_export, m_stop, m_chart, m_legsView, m_copyTrades, m_tradeIds};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    updateActions();
}

BatchDetailView::~BatchDetailView() = default;

void BatchDetailView::buildActions(QWidget *bar)
{
    //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "settle" = pay or receive a leg's amount by a transfer, which closes the leg
    m_settle = new QPushButton(tr("&Settle leg…"), bar);
    m_settle->setObjectName(QStringLiteral("settleLeg"));
    //: "settle a leg" = start the transfer that pays or receives that asset's amount of the batch
    m_settle->setAccessibleDescription(tr("Starts the transfer of funds that settles the selected leg, after you "
                                          "confirm. The request is never sent twice."));
    //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "settle" = pay or receive a leg's amount by a transfer, which closes the leg
    m_settleAll = new QPushButton(tr("Settle &all eligible legs…"), bar);
    m_settleAll->setObjectName(QStringLiteral("settleAll"));
    //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "settle" = pay or receive a leg's amount by a transfer, which closes the leg
    m_settleAll->setAccessibleDescription(tr("Starts the transfers of every leg that can settle now, one after "
                                             "the other, after you confirm. Funds move."));
    m_export = new QPushButton(tr("&Export CSV…"), bar);
    m_export->setObjectName(QStringLiteral("exportBatch"));
    //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    m_export->setAccessibleDescription(tr("Writes the batch, its legs and trade ids to a CSV file"));
    m_copyTrades = new QPushButton(tr("Copy &trade ids"), this);
    m_copyTrades->setObjectName(QStringLiteral("copyTradeIds"));
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    m_copyTrades->setAccessibleDescription(tr("Copies the batch's trade ids to the clipboard, one per line"));
    m_retry->setObjectName(QStringLiteral("settleRetry"));
    //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "settle" = pay or receive a leg's amount by a transfer, which closes the leg
    m_retry->setAccessibleDescription(tr("Asks again before settling the leg whose transfer did not start"));
    m_retry->hide();
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_settle);
    layout->addWidget(m_settleAll);
    layout->addWidget(m_retry);
    layout->addStretch(1);
    layout->addWidget(m_export);
    connect(m_settle, &QPushButton::clicked, this, [this] { settleAsset(selectedAsset()); });
    connect(m_settleAll, &QPushButton::clicked, this, &BatchDetailView::settleAllEligible);
    connect(m_retry, &QPushButton::clicked, this, [this] { settleAsset(m_retryAsset); });
    connect(m_export, &QPushButton::clicked, this, &BatchDetailView::chooseExportFile);
    connect(m_copyTrades, &QPushButton::clicked, this, &BatchDetailView::copyTradeIds);
}

void BatchDetailView::setSession(Session *session)
{
    leave();
    delete m_tracker;
    m_tracker = nullptr;
    m_session = session;
    if (session) {
        m_tracker = new BatchTracker(session->client(), this);
        connect(m_tracker, &BatchTracker::updated, this, [this](const Batch &b) {
            applyBatch(b);
            emit batchUpdated(b);
        });
        connect(m_tracker, &BatchTracker::pollFailed, this,
                //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
                [this](const PrimeError &e) { emit failed(tr("Following the batch"), e); });
    }
    m_batch.reset();
    m_legs->showBatch({}, {});
    m_chart->setLegs({});
    updateActions();
}

void BatchDetailView::setBatch(const Batch &batch)
{
    if (m_batch && m_batch->id != batch.id) {
        leave();
        m_summary->clear();
        m_summary->hide();
        m_retry->hide();
    }
    applyBatch(batch);
    // A batch with transfers in flight is followed as soon as it is shown.
    if (m_tracker && BatchTracker::isInMotion(batch))
        m_tracker->track(batch.id);
}

void BatchDetailView::previewBatch(const Batch &batch)
{
    if (m_run || (m_batch && m_batch->id == batch.id))
        return; // never disturb a run or the batch being followed
    leave();
    m_summary->clear();
    m_summary->hide();
    m_retry->hide();
    applyBatch(batch);
}

void BatchDetailView::hideEvent(QHideEvent *event)
{
    if (m_tracker)
        m_tracker->stop();
    QWidget::hideEvent(event);
}

void BatchDetailView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_tracker && m_batch && BatchTracker::isInMotion(*m_batch))
        m_tracker->track(m_batch->id);
}

void BatchDetailView::leave()
{
    if (m_tracker)
        m_tracker->stop();
    if (m_dialog)
        m_dialog->reject();
}

void BatchDetailView::applyBatch(const Batch &b)
{
    const QString keep = selectedAsset();
    Batch merged = b;
    if (m_batch && m_batch->id == b.id && !b.tradeIds && m_batch->tradeIds)
        merged.tradeIds = m_batch->tradeIds; // Get may omit trade ids the list had
    m_batch = merged;
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    m_title->setText(tr("Batch %1").arg(merged.id));
    m_attributes->setText(
        //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        tr("Status: %1    Confirmed: %2    Asset kind: %3    Trades: %4    Legs settled: %5 of %6\n"
           "Created: %7    Updated: %8")
            .arg(models::formatStatus(merged.status), merged.confirmed ? tr("yes") : tr("not yet"),
                 merged.assetKind.isEmpty() ? tr("not stated") : models::formatStatus(merged.assetKind))
            .arg(merged.tradeCount)
            .arg(merged.settledLegCount())
            .arg(merged.legs.size())
            .arg(models::formatTime(merged.createdAt), models::formatTime(merged.updatedAt)));
    m_legs->showBatch(merged.id, merged.legs);
    m_chart->setLegs(merged.legs);
    const QStringList trades = merged.tradeIds.value_or(QStringList());
    m_tradeTitle->setText(merged.tradeIds ? tr("Trade ids (%n)", nullptr, int(trades.size()))
                                          :
                                            //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
                                            tr("Trade ids: not sent by the server for this batch"));
    if (m_tradeIds->toPlainText() != trades.join(QLatin1Char('\n')))
        m_tradeIds->setPlainText(trades.join(QLatin1Char('\n')));
    if (!keep.isEmpty()) {
        selectAsset(keep);
    } else if (m_legsProxy->rowCount() > 0 && !m_legsView->currentIndex().isValid()) {
        // Start on a leg that can be settled, so "Settle leg…" is ready.
        const QStringList eligible = SettlementRun::eligibleAssets(merged);
        if (!eligible.isEmpty())
            selectAsset(eligible.first());
        else
            m_legsView->setCurrentIndex(m_legsProxy->index(0, 0));
    }
    updateActions();
}

SettleDialog *BatchDetailView::pendingDialog() const
{
    return m_dialog;
}

QString BatchDetailView::selectedAsset() const
{
    const QModelIndex cur = m_legsView->currentIndex();
    return cur.isValid() ? cur.data(models::IdRole).toString() : QString();
}

void BatchDetailView::selectAsset(const QString &asset)
{
    for (int row = 0; row < m_legsProxy->rowCount(); ++row) {
        const QModelIndex idx = m_legsProxy->index(row, 0);
        if (idx.data(models::IdRole).toString() == asset) {
            m_legsView->setCurrentIndex(idx);
            return;
        }
    }
}

void BatchDetailView::updateActions()
{
    const bool running = m_run != nullptr;
    const bool connected = m_session != nullptr;
    bool canSettle = false;
    if (m_batch && m_batch->confirmed) {
        const int row = m_legs->rowOf(selectedAsset());
        canSettle = row >= 0 && m_legs->record(row).canSettle;
    }
    const bool anyEligible = m_batch && !SettlementRun::eligibleAssets(*m_batch).isEmpty();
    m_settle->setEnabled(connected && !running && canSettle);
    m_settleAll->setEnabled(connected && !running && anyEligible);
    m_retry->setEnabled(connected && !running);
    m_export->setEnabled(m_batch.has_value());
    m_copyTrades->setEnabled(m_batch && m_batch->tradeIds && !m_batch->tradeIds->isEmpty());
    if (!m_batch)
        m_settle->setToolTip(QString());
    else if (!m_batch->confirmed)
        //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        m_settle->setToolTip(tr("Kraken has not confirmed this batch yet; legs can be settled once it is."));
    else if (!canSettle)
        //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        m_settle->setToolTip(tr("The selected leg cannot be settled now (settled, or a transfer is in flight)."));
    else
        //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        m_settle->setToolTip(tr("Starts the transfer that settles the selected leg, after you confirm."));
}

void BatchDetailView::settleAsset(const QString &asset)
{
    if (!m_batch || m_run || m_dialog || asset.isEmpty())
        return;
    const auto it = std::find_if(m_batch->legs.cbegin(), m_batch->legs.cend(),
                                 [&asset](const Leg &l) { return l.asset == asset; });
    if (it == m_batch->legs.cend())
        return;
    auto *dialog = new SettleDialog(*m_batch, {*it}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, asset] { startRun({asset}); });
    dialog->open();
}

void BatchDetailView::settleAllEligible()
{
    if (!m_batch || m_run || m_dialog)
        return;
    const QStringList assets = SettlementRun::eligibleAssets(*m_batch);
    QList<Leg> legs;
    for (const Leg &l : m_batch->legs) {
        if (assets.contains(l.asset))
            legs.append(l);
    }
    if (legs.isEmpty())
        return;
    auto *dialog = new SettleDialog(*m_batch, legs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, assets] { startRun(assets); });
    dialog->open();
}

void BatchDetailView::startRun(const QStringList &assets)
{
    if (!m_session || !m_batch || m_run)
        return;
    m_summary->hide();
    m_retry->hide();
    m_run = new SettlementRun(m_session->client(), m_batch->id, assets, this);
    m_run->setAuditLog(m_session->auditLog(), m_session->profile().name);
    m_progress->setRange(0, int(assets.size()));
    m_progress->setValue(0);
    m_stop->setVisible(assets.size() > 1);
    m_progressRow->show();
    connect(m_run, &SettlementRun::legStarted, this, [this](int index, const QString &asset) {
        m_progressText->setText(
            //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
            tr("Settling %1 (%2 of %3)…").arg(asset).arg(index + 1).arg(m_run->legs().size()));
    });
    connect(m_run, &SettlementRun::legFinished, this, [this](int index, const SettlementRun::LegResult &) {
        m_progress->setValue(index + 1);
    });
    connect(m_run, &SettlementRun::batchReread, this, [this](const Batch &b) {
        applyBatch(b);
        emit batchUpdated(b);
    });
    connect(m_run, &SettlementRun::finished, this, &BatchDetailView::runFinished);
    updateActions();
    emit settlingChanged(true);
    m_run->start();
}

void BatchDetailView::runFinished(SettlementRun::Outcome outcome)
{
    SettlementRun *run = m_run;
    m_run = nullptr;
    run->deleteLater();
    m_progressRow->hide();
    m_summary->setText(run->summary());
    m_summary->show();
    m_retryAsset.clear();
    bool anyStarted = false;
    for (const SettlementRun::LegResult &leg : run->legs()) {
        anyStarted = anyStarted || leg.state == SettlementRun::LegState::Started;
        if (leg.state == SettlementRun::LegState::Failed && leg.ambiguous && leg.transferExists == false)
            m_retryAsset = leg.asset; // re-read shows no transfer: trying again cannot double-settle
        if (leg.state == SettlementRun::LegState::Failed || leg.state == SettlementRun::LegState::Unknown)
            //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "settle" = pay or receive a leg's amount by a transfer, which closes the leg
            emit failed(tr("Settling the %1 leg").arg(leg.asset), leg.error);
    }
    m_retry->setText(tr("Try %1 again…").arg(m_retryAsset));
    m_retry->setVisible(!m_retryAsset.isEmpty());
    if (outcome == SettlementRun::Outcome::OutcomeUnknown && m_tracker && m_batch)
        m_tracker->track(m_batch->id); // keep re-reading: the state will tell
    else if (anyStarted && m_tracker && m_batch)
        m_tracker->track(m_batch->id);
    updateActions();
    emit settlingChanged(false);
}

QString BatchDetailView::runSummary() const
{
    return m_summary->text();
}

bool BatchDetailView::exportCsv(const QString &path, QString *error) const
{
    if (!m_batch)
        return false;
    const QByteArray csv = csv::batchToCsv(*m_batch);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void BatchDetailView::chooseExportFile()
{
    if (!m_batch)
        return;
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    auto *dialog = new QFileDialog(this, tr("Export batch %1").arg(m_batch->id));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(m_batch->id + QStringLiteral(".csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!exportCsv(path, &error))
            emit failed(
                        //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
                        tr("Exporting the batch"),
                        PrimeError::make(PrimeError::Category::Other, tr("%1: %2").arg(path, error)));
    });
    dialog->open();
}

void BatchDetailView::copyTradeIds()
{
    if (m_batch && m_batch->tradeIds)
        QApplication::clipboard()->setText(m_batch->tradeIds->join(QLatin1Char('\n')));
}

} // namespace prime::ui
