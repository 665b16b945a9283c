#include "SettlementPane.h"

#include "Icons.h"
#include "PaneHeader.h"
#include "RecordTableView.h"

#include <BatchesModel.h>
#include <LegsModel.h>
#include <PrimeClient.h>
#include <RecordFilterModel.h>
#include <Session.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace prime::ui {

using models::BatchesModel;
using models::LegsModel;

namespace {
constexpr int kPageSize = 200;    // the server's maximum
constexpr int kMaxBatches = 2000; // enough history for a desktop list
} // namespace

SettlementPane::SettlementPane(QWidget *parent)
    : Pane(parent),
      m_batches(new BatchesModel(this)),
      m_legs(new LegsModel(this)),
      m_proxy(new models::RecordFilterModel(this)),
      m_legsProxy(new models::RecordFilterModel(this)),
      m_header(new PaneHeader(Icons::settlement(), tr("Settlement batches"), this)),
      m_view(new RecordTableView(this)),
      m_legsTitle(new QLabel(this)),
      m_legsView(new RecordTableView(this)),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("settlementPane"));
    m_view->setObjectName(QStringLiteral("batchesView"));
    m_legsView->setObjectName(QStringLiteral("legsView"));
    m_splitter->setObjectName(QStringLiteral("settlementSplitter"));
    m_proxy->setSourceModel(m_batches);
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->sortByColumn(BatchesModel::Created, Qt::DescendingOrder);
    QHeaderView *h = m_view->horizontalHeader();
    h->resizeSection(BatchesModel::Id, 130);
    h->resizeSection(BatchesModel::Status, 125);
    h->resizeSection(BatchesModel::Confirmed, 85);
    h->resizeSection(BatchesModel::AssetKind, 125);
    h->resizeSection(BatchesModel::Created, 150);
    h->resizeSection(BatchesModel::Updated, 150);
    h->resizeSection(BatchesModel::Trades, 60);
    h->resizeSection(BatchesModel::Legs, 190);

    m_legsProxy->setSourceModel(m_legs);
    m_legsView->setModel(m_legsProxy);
    m_legsView->sortByColumn(LegsModel::Asset, Qt::AscendingOrder);
    QHeaderView *lh = m_legsView->horizontalHeader();
    lh->resizeSection(LegsModel::Asset, 110);
    lh->resizeSection(LegsModel::Direction, 110);
    lh->resizeSection(LegsModel::Amount, 160);
    lh->resizeSection(LegsModel::Status, 130);
    lh->resizeSection(LegsModel::CanSettle, 90);
    lh->resizeSection(LegsModel::SettledAt, 160);

    auto *copyId = new QAction(tr("Copy batch &id"), this);
    connect(copyId, &QAction::triggered, this, [this] {
        const QModelIndex cur = m_view->currentIndex();
        if (cur.isValid())
            QApplication::clipboard()->setText(cur.data(models::IdRole).toString());
    });
    m_view->addContextAction(copyId);

    QFont bold = m_legsTitle->font();
    bold.setBold(true);
    m_legsTitle->setFont(bold);
    auto *legsBox = new QWidget(this);
    auto *legsLayout = new QVBoxLayout(legsBox);
    legsLayout->setContentsMargins(0, 8, 0, 0);
    legsLayout->addWidget(m_legsTitle);
    legsLayout->addWidget(m_legsView, 1);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(legsBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SettlementPane::showSelectedLegs);
    // A refresh may change the legs of the batch on show.
    connect(m_batches, &QAbstractItemModel::dataChanged, this, &SettlementPane::showSelectedLegs);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &SettlementPane::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SettlementPane::updateSummary);
    connect(m_batches, &QAbstractItemModel::dataChanged, this, &SettlementPane::updateSummary);
    showSelectedLegs();
    updateSummary();
}

QString SettlementPane::title() const
{
    return tr("Settlement");
}

QIcon SettlementPane::icon() const
{
    return Icons::settlement();
}

void SettlementPane::setSession(Session *session)
{
    cancel();
    m_session = session;
    m_loaded = false;
    m_batches->resetRecords({});
    showSelectedLegs();
    updateSummary();
}

void SettlementPane::refresh()
{
    if (!m_session)
        return;
    cancel();
    loadPage(0, {});
}

void SettlementPane::loadPage(int offset, QList<Batch> collected)
{
    BatchQuery query;
    query.limit = kPageSize;
    query.offset = offset;
    const bool wasBusy = isBusy();
    m_pending = m_session->client()->listBatches(
        query, this, [this, offset, collected](const Result<BatchPage> &r) mutable {
            m_pending = 0;
            if (!r.ok()) {
                if (r.error.category != PrimeError::Category::Cancelled)
                    emit failed(tr("Loading settlement batches"), r.error);
                updateSummary();
                emit busyChanged(false);
                return;
            }
            collected += r.value->batches;
            const bool more = r.value->pagination.hasMore && !r.value->batches.isEmpty()
                              && collected.size() < kMaxBatches;
            if (more) {
                loadPage(offset + int(r.value->batches.size()), collected);
                return;
            }
            m_batches->setRecords(collected);
            m_loaded = true;
            if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            showSelectedLegs();
            updateSummary();
            emit busyChanged(false);
        });
    if (!wasBusy) {
        updateSummary();
        emit busyChanged(true);
    }
}

void SettlementPane::cancel()
{
    if (!m_session || m_pending == 0)
        return;
    const quint64 id = m_pending;
    m_session->client()->cancel(id); // reports Cancelled through the callback
    if (m_pending == id) {
        m_pending = 0;
        emit busyChanged(false);
    }
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

void SettlementPane::showSelectedLegs()
{
    const QModelIndex cur = m_view->currentIndex();
    const int row = cur.isValid() ? m_batches->rowOf(cur.data(models::IdRole).toString()) : -1;
    if (row < 0) {
        m_legs->showBatch({}, {});
        m_legsTitle->setText(tr("Legs"));
        m_legsView->setPlaceholderText(tr("Select a batch to see its legs."));
        return;
    }
    const Batch &b = m_batches->record(row);
    m_legs->showBatch(b.id, b.legs);
    m_legsTitle->setText(tr("Legs of batch %1 — %2 of %3 settled")
                             .arg(b.id)
                             .arg(b.settledLegCount())
                             .arg(b.legs.size()));
    m_legsView->setPlaceholderText(tr("This batch has no legs."));
}

void SettlementPane::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("panes/settlement/header"), m_view->saveHeaderState());
    settings.setValue(QStringLiteral("panes/settlement/legsHeader"), m_legsView->saveHeaderState());
    settings.setValue(QStringLiteral("panes/settlement/splitter"), m_splitter->saveState());
}

void SettlementPane::restoreState(const QSettings &settings)
{
    m_view->restoreHeaderState(settings.value(QStringLiteral("panes/settlement/header")).toByteArray());
    m_legsView->restoreHeaderState(
        settings.value(QStringLiteral("panes/settlement/legsHeader")).toByteArray());
    const QByteArray splitter = settings.value(QStringLiteral("panes/settlement/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void SettlementPane::updateSummary()
{
    int active = 0;
    for (const Batch &b : m_batches->records())
        active += b.status == QLatin1String("completed") ? 0 : 1;
    QString summary = tr("%n batch(es)", nullptr, m_batches->rowCount());
    if (active > 0)
        summary += tr(", %n active", nullptr, active);
    if (m_proxy->rowCount() != m_batches->rowCount())
        summary += tr(" — %n shown", nullptr, m_proxy->rowCount());
    m_header->setSummary(m_session ? summary : QString());

    if (!m_session)
        m_view->setPlaceholderText(tr("Not connected."));
    else if (isBusy() && m_batches->rowCount() == 0)
        m_view->setPlaceholderText(tr("Loading settlement batches…"));
    else if (m_batches->rowCount() == 0)
        m_view->setPlaceholderText(m_loaded ? tr("No settlement batches yet.")
                                            : tr("Press Refresh (F5) to load the batches."));
    else
        m_view->setPlaceholderText(tr("No batch matches “%1”.").arg(m_proxy->filterText()));
}

} // namespace prime::ui
