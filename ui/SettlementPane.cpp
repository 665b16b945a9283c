#include "SettlementPane.h"

#include "BatchCreation.h"
#include "BatchDetailView.h"
#include "BatchFilterBar.h"
#include "CreateBatchDialog.h"
#include "Icons.h"
#include "PaneHeader.h"
#include "RecordTableView.h"

#include <BatchCsv.h>
#include <BatchPager.h>
#include <BatchesModel.h>
#include <Format.h>
#include <PrimeClient.h>
#include <RecordFilterModel.h>
#include <Session.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace prime::ui {

using models::BatchesModel;

SettlementPane::SettlementPane(QWidget *parent)
    : Pane(parent),
      m_batches(new BatchesModel(this)),
      m_proxy(new models::RecordFilterModel(this)),
      //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
      m_header(new PaneHeader(Icons::settlement(), tr("Settlement batches"), this)),
      m_stack(new QStackedWidget(this)),
      m_filters(new BatchFilterBar(this)),
      m_view(new RecordTableView(this)),
      m_progress(new QProgressBar(this)),
      m_pagingText(new QLabel(this)),
      m_loadMore(new QPushButton(tr("Load &more"), this)),
      m_loadAll(new QPushButton(tr("Load a&ll"), this)),
      m_cancelLoad(new QPushButton(tr("Cancel"), this)),
      //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
      m_create(new QPushButton(tr("&Create batch…"), this)),
      m_exportList(new QPushButton(tr("E&xport list…"), this)),
      //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
      m_open(new QPushButton(tr("&Open batch"), this)),
      m_detail(new BatchDetailView(this))
{
    setObjectName(QStringLiteral("settlementPane"));
    m_view->setObjectName(QStringLiteral("batchesView"));
    m_progress->setObjectName(QStringLiteral("batchesProgress"));
    m_pagingText->setObjectName(QStringLiteral("batchesPagingText"));
    m_loadMore->setObjectName(QStringLiteral("loadMoreBatches"));
    m_loadAll->setObjectName(QStringLiteral("loadAllBatches"));
    m_cancelLoad->setObjectName(QStringLiteral("cancelBatchLoad"));
    m_create->setObjectName(QStringLiteral("createBatch"));
    m_exportList->setObjectName(QStringLiteral("exportBatchList"));
    m_open->setObjectName(QStringLiteral("openBatch"));
    m_stack->setObjectName(QStringLiteral("settlementStack"));
    //: "Batch" = a settlement batch: Kraken's snapshot of unsettled trades, netted per asset into legs
    m_view->setAccessibleName(tr("Settlement batches"));
    //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
    m_view->setAccessibleDescription(tr("One row per settlement batch. Enter opens the selected batch with its legs."));
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    m_progress->setAccessibleName(tr("Loading batches"));
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    m_cancelLoad->setAccessibleDescription(tr("Stops loading further pages of batches"));
    //: "leg" = one asset's part of a settlement batch: the net amount you receive (incoming) or send (outgoing); "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    m_open->setAccessibleDescription(tr("Opens the selected batch with its legs (Enter)"));
    //: "Legs" = the per-asset parts of a batch: an amount you receive or send
    m_create->setAccessibleDescription(tr("Asks Kraken to net your unsettled trades of one asset kind into a new "
                                          "batch of legs; nothing moves yet"));

    auto *listPage = new QWidget(this);
    buildListPage(listPage);
    m_stack->addWidget(listPage);
    m_stack->addWidget(m_detail);
    m_header->addControl(m_create);
    // Reading order: the header's button, the filters above the table, the buttons under it.
    QWidgetList chain{m_create};
    chain << m_filters->tabChain() << QWidgetList{m_view, m_open, m_cancelLoad, m_loadMore, m_loadAll, m_exportList};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_detail, &BatchDetailView::backRequested, this, &SettlementPane::showList);
    connect(m_detail, &BatchDetailView::batchUpdated, this, [this](const Batch &b) { m_batches->upsert(b); });
    connect(m_detail, &BatchDetailView::failed, this, &Pane::failed);
    connect(m_filters, &BatchFilterBar::changed, this, &SettlementPane::refresh);
    connect(m_create, &QPushButton::clicked, this, &SettlementPane::showCreateBatchDialog);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &SettlementPane::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SettlementPane::updateSummary);
    connect(m_batches, &QAbstractItemModel::dataChanged, this, &SettlementPane::updateSummary);
    updateSummary();
    updatePaging();
}

void SettlementPane::buildListPage(QWidget *page)
{
    m_proxy->setSourceModel(m_batches);
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->sortByColumn(BatchesModel::Created, Qt::DescendingOrder);
    QHeaderView *h = m_view->horizontalHeader();
    // Kraken's batch ids are "B_" and eight characters.
    h->resizeSection(BatchesModel::Id, m_view->fontMetrics().horizontalAdvance(QStringLiteral("B_WWWWWWWW")) + 12);
    // Translations are longer than the English the widths were chosen for:
    // the status column fits its longest value ("Teilweise abgewickelt").
    h->resizeSection(BatchesModel::Status,
                     qMax(120, m_view->fontMetrics().horizontalAdvance(
                                   models::formatStatus(QStringLiteral("partially_settled"))) + 16));
    h->resizeSection(BatchesModel::Confirmed, 80);
    h->resizeSection(BatchesModel::AssetKind, 120);
    m_view->fitTimeColumn(BatchesModel::Created);
    m_view->fitTimeColumn(BatchesModel::Updated);
    // The narrow number columns fit their titles ("Abgewickelt", "Transactions").
    for (const auto &[column, english] : {std::pair{BatchesModel::Trades, 55}, std::pair{BatchesModel::Legs, 45},
                                          std::pair{BatchesModel::Progress, 65}}) {
        const QString title = m_batches->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        h->resizeSection(column, qMax(english, h->fontMetrics().horizontalAdvance(title) + 12));
    }

    auto openCurrent = [this] {
        const QModelIndex cur = m_view->currentIndex();
        if (cur.isValid())
            openBatch(cur.data(models::IdRole).toString());
    };
    connect(m_view, &QAbstractItemView::activated, this, openCurrent);
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QModelIndex cur = m_view->currentIndex();
        m_open->setEnabled(cur.isValid());
        // The detail page is filled ahead (nothing is polled until it is opened).
        const int row = cur.isValid() ? m_batches->rowOf(cur.data(models::IdRole).toString()) : -1;
        if (row >= 0 && !isDetailShown())
            m_detail->previewBatch(m_batches->record(row));
    });
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    auto *copyId = new QAction(tr("Copy batch &id"), this);
    connect(copyId, &QAction::triggered, this, [this] {
        const QModelIndex cur = m_view->currentIndex();
        if (cur.isValid())
            QApplication::clipboard()->setText(cur.data(models::IdRole).toString());
    });
    m_view->addContextAction(copyId);

    m_progress->setRange(0, 0); // the total is unknown: the API only says "has more"
    m_progress->setMaximumWidth(100);
    m_progress->setTextVisible(false);
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    m_loadAll->setToolTip(tr("Loads every page of batches matching the filters (for reports and exports)."));
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    m_exportList->setToolTip(tr("Writes the batches shown to a CSV file. Use Load all first for a full report."));
    connect(m_loadMore, &QPushButton::clicked, this, &SettlementPane::loadMore);
    connect(m_loadAll, &QPushButton::clicked, this, &SettlementPane::loadAll);
    connect(m_cancelLoad, &QPushButton::clicked, this, &SettlementPane::cancel);
    connect(m_exportList, &QPushButton::clicked, this, [this] {
        //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
        auto *dialog = new QFileDialog(this, tr("Export the batch list"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("CSV files (*.csv)"));
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        dialog->selectFile(QStringLiteral("settlement-batches.csv"));
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            QString error;
            if (!exportList(path, &error))
                emit failed(
                            //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
                            tr("Exporting the batch list"),
                            PrimeError::make(PrimeError::Category::Other, tr("%1: %2").arg(path, error)));
        });
        dialog->open();
    });

    auto *paging = new QHBoxLayout;
    paging->addWidget(m_open);
    paging->addSpacing(12);
    paging->addWidget(m_pagingText, 1);
    paging->addWidget(m_progress);
    paging->addWidget(m_cancelLoad);
    paging->addWidget(m_loadMore);
    paging->addWidget(m_loadAll);
    paging->addWidget(m_exportList);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(paging);
}

QString SettlementPane::title() const
{
    //: "settle" = pay or receive a leg's amount by a transfer, which closes the leg
    return tr("Settlement");
}

QIcon SettlementPane::icon() const
{
    return Icons::settlement();
}

void SettlementPane::setSession(Session *session)
{
    cancel();
    delete m_pager;
    m_pager = nullptr;
    m_session = session;
    m_detail->setSession(session);
    if (session) {
        m_pager = new BatchPager(session->client(), this);
        connect(m_pager, &BatchPager::pageLoaded, this, &SettlementPane::pageArrived);
        connect(m_pager, &BatchPager::finished, this, &SettlementPane::loadingEnded);
        connect(m_pager, &BatchPager::cancelled, this, &SettlementPane::loadingEnded);
        connect(m_pager, &BatchPager::failed, this, [this](const PrimeError &e) {
            //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
            emit failed(tr("Loading settlement batches"), e);
            loadingEnded();
        });
    }
    m_loaded = false;
    m_batches->resetRecords({});
    showList();
    updateSummary();
    updatePaging();
}

void SettlementPane::refresh()
{
    startLoading(1);
}

void SettlementPane::loadMore()
{
    if (!m_pager || m_pager->isRunning() || !m_pager->hasMore())
        return;
    m_pager->loadMore(1);
    emit busyChanged(true);
    updatePaging();
}

void SettlementPane::loadAll()
{
    if (!m_pager || m_pager->isRunning())
        return;
    if (!m_loaded || !m_pager->hasMore()) {
        startLoading(0); // a complete, fresh list (reports want new batches too)
        return;
    }
    m_pager->loadMore(0);
    emit busyChanged(true);
    updatePaging();
}

void SettlementPane::startLoading(int pages)
{
    if (!m_pager)
        return;
    m_resetOnFirstPage = true;
    m_pager->start(m_filters->query(), pages);
    emit busyChanged(true);
    updateSummary();
    updatePaging();
}

void SettlementPane::pageArrived(const QList<Batch> &batches, int, bool)
{
    if (m_resetOnFirstPage) {
        m_resetOnFirstPage = false;
        m_batches->setRecords(batches); // fine-grained: selection and scroll survive
    } else {
        m_batches->upsertRecords(batches); // one insertion per page, not per row
    }
    m_loaded = true;
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updatePaging();
}

void SettlementPane::loadingEnded()
{
    if (m_resetOnFirstPage && m_pager && !m_pager->isRunning())
        m_resetOnFirstPage = false;
    updateSummary();
    updatePaging();
    emit busyChanged(isBusy());
}

void SettlementPane::cancel()
{
    if (m_pager && m_pager->isRunning())
        m_pager->cancel(); // reports cancelled() -> loadingEnded()
}

bool SettlementPane::isBusy() const
{
    return (m_pager && m_pager->isRunning()) || m_creating;
}

void SettlementPane::setFilterText(const QString &text)
{
    m_proxy->setFilterText(text);
    updateSummary();
}

int SettlementPane::visibleRowCount() const
{
    return m_proxy->rowCount();
}

bool SettlementPane::openBatch(const QString &batchId)
{
    const int row = m_batches->rowOf(batchId);
    if (row < 0)
        return false;
    m_detail->setBatch(m_batches->record(row));
    m_stack->setCurrentWidget(m_detail);
    // The list may omit trade ids and be a little old: read the batch itself.
    if (m_session) {
        m_session->client()->getBatch(batchId, this, [this, batchId](const Result<Batch> &r) {
            if (!r.ok()) {
                if (r.error.category != PrimeError::Category::Cancelled)
                    emit failed(
                                //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
                                tr("Reading batch %1").arg(batchId), r.error);
                return;
            }
            m_batches->upsert(*r.value);
            if (m_detail->batch() && m_detail->batch()->id == batchId && isDetailShown())
                m_detail->setBatch(*r.value);
        });
    }
    return true;
}

void SettlementPane::showList()
{
    m_detail->leave();
    m_stack->setCurrentIndex(0);
}

bool SettlementPane::isDetailShown() const
{
    return m_stack->currentWidget() == m_detail;
}

void SettlementPane::showCreateBatchDialog()
{
    if (!m_session || m_creating)
        return;
    auto *dialog = new CreateBatchDialog(m_batches->records(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createBatch(dialog->assetKind()); });
    dialog->open();
}

void SettlementPane::createBatch(const QString &assetKind)
{
    if (!m_session || m_creating)
        return;
    QSet<QString> known;
    for (const Batch &b : m_batches->records())
        known.insert(b.id);
    m_creating = true;
    emit busyChanged(true);
    updatePaging();
    auto *creation = new BatchCreation(m_session, assetKind, known, this);
    connect(creation, &BatchCreation::finished, this,
            [this, creation](const std::optional<Batch> &batch, const QString &what, const PrimeError &error) {
                creation->deleteLater();
                m_creating = false;
                if (batch) {
                    m_batches->upsert(*batch);
                    openBatch(batch->id);
                }
                if (error.isError())
                    emit failed(what, error);
                updatePaging();
                emit busyChanged(isBusy());
            });
    creation->start();
}

bool SettlementPane::exportList(const QString &path, QString *error) const
{
    QList<Batch> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_batches->record(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    const QByteArray data = csv::batchListToCsv(rows);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void SettlementPane::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("panes/settlement/header"), m_view->saveHeaderState());
}

void SettlementPane::restoreState(const QSettings &settings)
{
    m_view->restoreHeaderState(settings.value(QStringLiteral("panes/settlement/header")).toByteArray());
}

void SettlementPane::updatePaging()
{
    const bool running = m_pager && m_pager->isRunning();
    const bool more = m_pager && m_pager->hasMore() && m_loaded;
    m_progress->setVisible(running);
    m_cancelLoad->setVisible(running);
    m_loadMore->setEnabled(!running && more);
    m_loadAll->setEnabled(!running && m_session);
    m_exportList->setEnabled(m_batches->rowCount() > 0);
    m_create->setEnabled(m_session && !m_creating);
    m_open->setEnabled(m_view->currentIndex().isValid());
    const int loaded = int(m_batches->rowCount());
    if (!m_session)
        m_pagingText->clear();
    else if (running)
        //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
        m_pagingText->setText(tr("Loading batches… %n loaded", nullptr, loaded));
    else if (more)
        //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
        m_pagingText->setText(tr("%n batch(es) loaded; more on the server", nullptr, loaded));
    else if (m_loaded)
        //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
        m_pagingText->setText(tr("All %n matching batch(es) loaded", nullptr, loaded));
    else
        m_pagingText->clear();
}

void SettlementPane::updateSummary()
{
    int active = 0;
    for (const Batch &b : m_batches->records())
        active += b.status == QLatin1String("completed") ? 0 : 1;
    //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
    QString summary = tr("%n batch(es)", nullptr, m_batches->rowCount());
    if (active > 0)
        summary += tr(", %n active", nullptr, active);
    if (m_proxy->rowCount() != m_batches->rowCount())
        summary += tr(" — %n shown", nullptr, m_proxy->rowCount());
    m_header->setSummary(m_session ? summary : QString());

    if (!m_session)
        m_view->setPlaceholderText(tr("Not connected."));
    else if (isBusy() && m_batches->rowCount() == 0)
        //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        m_view->setPlaceholderText(tr("Loading settlement batches…"));
    else if (m_batches->rowCount() == 0)
        //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs; "settle" = pay or receive a leg's amount by a transfer, which closes the leg
        m_view->setPlaceholderText(m_loaded ? tr("No settlement batches match the filters.")
                                            :
                                              //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
                                              tr("Press Refresh (F5) to load the batches."));
    else
        //: "batch" = a settlement batch: Kraken's snapshot of your unsettled trades, netted per asset into legs
        m_view->setPlaceholderText(tr("No batch matches “%1”.").arg(m_proxy->filterText()));
}

} // namespace prime::ui
