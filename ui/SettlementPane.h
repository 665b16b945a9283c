#pragma once

#include "Pane.h"

#include <Settlement.h>

#include <QPointer>

class QLabel;
class QSplitter;

namespace prime::models {
class BatchesModel;
class LegsModel;
class RecordFilterModel;
} // namespace prime::models

namespace prime::ui {

class PaneHeader;
class RecordTableView;

// Settlement batches and, below, the legs of the selected batch.
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
    bool isBusy() const override { return m_pending != 0; }
    void setFilterText(const QString &text) override;
    int visibleRowCount() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;

    models::BatchesModel *batches() const { return m_batches; }
    models::LegsModel *legs() const { return m_legs; }
    RecordTableView *view() const { return m_view; }
    RecordTableView *legsView() const { return m_legsView; }

private:
    void loadPage(int offset, QList<Batch> collected);
    void showSelectedLegs();
    void updateSummary();

    models::BatchesModel *m_batches;
    models::LegsModel *m_legs;
    models::RecordFilterModel *m_proxy;
    models::RecordFilterModel *m_legsProxy;
    PaneHeader *m_header;
    RecordTableView *m_view;
    QLabel *m_legsTitle;
    RecordTableView *m_legsView;
    QSplitter *m_splitter;
    QPointer<Session> m_session;
    quint64 m_pending = 0;
    bool m_loaded = false;
};

} // namespace prime::ui
