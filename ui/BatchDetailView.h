#pragma once

#include <PrimeError.h>
#include <Settlement.h>
#include <SettlementRun.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace prime {
class BatchTracker;
class Session;
namespace models {
class LegsModel;
class RecordFilterModel;
} // namespace models
} // namespace prime

namespace prime::ui {

class LegsChart;
class RecordTableView;
class SettleDialog;

// One batch: its attributes, the legs as a chart (what moves where) and as a
// table, the trade ids (copyable), and the settlement actions. Settling asks
// first (SettleDialog), runs the legs one at a time (SettlementRun) with
// per-leg progress, then follows the transfers (BatchTracker) until they
// complete or the user leaves the batch. Failures are reported through
// failed() (the window's message bar) and summarised in the view; after a lost
// answer the batch is re-read and "Try again" is offered only when no
// transfer exists.
class BatchDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit BatchDetailView(QWidget *parent = nullptr);
    ~BatchDetailView() override;

    void setSession(Session *session);
    // Shows `batch`; a different batch stops following the previous one.
    void setBatch(const Batch &batch);
    const std::optional<Batch> &batch() const { return m_batch; }
    // Fills the view without following the batch (the list's current row,
    // while the detail page is not shown).
    void previewBatch(const Batch &batch);
    // The user left the batch: stop polling, keep nothing running.
    void leave();

    // Asks to settle one leg / every eligible leg (dialog first, then the run).
    void settleAsset(const QString &asset);
    void settleAllEligible();
    // The dialog currently asking, if any (screenshots, tests).
    SettleDialog *pendingDialog() const; // out of line: QPointer needs the complete type
    bool isSettling() const { return m_run != nullptr; }
    BatchTracker *tracker() const { return m_tracker; }

    bool exportCsv(const QString &path, QString *error = nullptr) const;
    QString selectedAsset() const;
    void selectAsset(const QString &asset);

    LegsChart *chart() const { return m_chart; }
    RecordTableView *legsView() const { return m_legsView; }
    models::LegsModel *legs() const { return m_legs; }
    QString runSummary() const;
    QPushButton *retryButton() const { return m_retry; }

signals:
    void backRequested();
    // A newer state of the batch (after a settle, a re-read or a poll).
    void batchUpdated(const prime::Batch &batch);
    void failed(const QString &what, const prime::PrimeError &error);
    void settlingChanged(bool settling);

protected:
    // Following a batch is for the user looking at it: hidden, the polling stops;
    // shown again, it resumes if something still moves.
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildActions(QWidget *bar);
    void startRun(const QStringList &assets);
    void runFinished(SettlementRun::Outcome outcome);
    void applyBatch(const Batch &batch);
    void updateActions();
    void chooseExportFile();
    void copyTradeIds();

    QPointer<Session> m_session;
    std::optional<Batch> m_batch;
    models::LegsModel *m_legs;
    models::RecordFilterModel *m_legsProxy;
    QLabel *m_title;
    QLabel *m_attributes;
    QPushButton *m_settle;
    QPushButton *m_settleAll;
    QPushButton *m_export;
    QPushButton *m_copyTrades;
    QPushButton *m_retry;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_stop;
    QLabel *m_summary;
    LegsChart *m_chart;
    QScrollArea *m_chartScroll;
    RecordTableView *m_legsView;
    QPlainTextEdit *m_tradeIds;
    QLabel *m_tradeTitle;
    QSplitter *m_splitter;
    QPointer<SettleDialog> m_dialog;
    SettlementRun *m_run = nullptr;
    BatchTracker *m_tracker = nullptr;
    QString m_retryAsset;
};

} // namespace prime::ui
