#pragma once

#include "Pane.h"

#include <Settlement.h>

#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace prime {
class BatchPager;
namespace models {
class BatchesModel;
class RecordFilterModel;
} // namespace models
} // namespace prime

namespace prime::ui {

class BatchDetailView;
class BatchFilterBar;
class PaneHeader;
class RecordTableView;

// Settlement: the list of batches (server-side status and date filters, pages
// of 200 with progress and Cancel, "Load all" for reports, text filter and sort
// in the proxy, CSV export, Create batch) and, on a second page, one batch in
// detail (BatchDetailView: chart, legs, settle, tracking, export).
class SettlementPane : public Pane
{
    Q_OBJECT
public:
    explicit SettlementPane(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString key() const override { return QStringLiteral("settlement"); }
    void setSession(Session *session) override;
    void refresh() override;
    void cancel() override;
    bool isBusy() const override;
    void setFilterText(const QString &text) override;
    int visibleRowCount() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;

    models::BatchesModel *batches() const { return m_batches; }
    RecordTableView *view() const { return m_view; }
    BatchFilterBar *filterBar() const { return m_filters; }
    BatchDetailView *detail() const { return m_detail; }
    BatchPager *pager() const { return m_pager; }

    void loadMore();
    void loadAll();
    // Opens the detail page of a batch of the list; false when it is not loaded.
    bool openBatch(const QString &batchId);
    void showList();
    bool isDetailShown() const;
    void showCreateBatchDialog();
    void createBatch(const QString &assetKind);
    bool exportList(const QString &path, QString *error = nullptr) const;

private:
    void buildListPage(QWidget *page);
    void startLoading(int pages);
    void pageArrived(const QList<Batch> &batches, int loaded, bool hasMore);
    void loadingEnded();
    void updateSummary();
    void updatePaging();

    models::BatchesModel *m_batches;
    models::RecordFilterModel *m_proxy;
    PaneHeader *m_header;
    QStackedWidget *m_stack;
    BatchFilterBar *m_filters;
    RecordTableView *m_view;
    QProgressBar *m_progress;
    QLabel *m_pagingText;
    QPushButton *m_loadMore;
    QPushButton *m_loadAll;
    QPushButton *m_cancelLoad;
    QPushButton *m_create;
    QPushButton *m_exportList;
    QPushButton *m_open;
    BatchDetailView *m_detail;
    BatchPager *m_pager = nullptr;
    QPointer<Session> m_session;
    bool m_loaded = false;
    bool m_creating = false;
    bool m_resetOnFirstPage = false;
};

} // namespace prime::ui
